// sys.getsizeof: CPython 3.11's sizes on a 64-bit build for the objects whose size does not
// depend on allocation history (ints, floats, str by widest character, bytes, tuples, ranges,
// empty containers, iterators, views and the other fixed-size builtin objects...), a class's own
// __sizeof__ plus the GC and managed-dict pre-header, and 64 for the rest (lists and dicts
// over-allocate in ways a JS array does not reproduce).

import type { PyObject } from '../objects/object.js';
import { T } from '../objects/types.js';
import { None, Ellipsis } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeError } from '../objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { asIntValue } from '../objects/int-type.js';
import { bytesLikeData } from '../objects/bytes.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { lenOf } from '../objects/iterate.js';
import { PyMemberDescriptor } from '../objects/class-create.js';
import { typeLayout, isBuiltinSizeof } from '../objects/core-types.js';

function intSize(v: number | bigint): number {
  let a = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let digits = 0;
  while (a > 0n) {
    a >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(1, digits);
}

function strSize(s: string): number {
  let max = 0;
  let n = 0;
  for (const c of s) {
    n++;
    const cp = c.codePointAt(0)!;
    if (cp > max) max = cp;
  }
  if (max < 128) return 49 + n;
  if (max < 256) return 73 + n;
  if (max < 65536) return 74 + 2 * n;
  return 76 + 4 * n;
}

/** Builtin types whose instances all have one size (CPython 3.11, 64-bit, GC header included). */
const FIXED_SIZES = new Map<string, number>([
  ['list_iterator', 48], ['list_reverseiterator', 48], ['str_ascii_iterator', 48], ['str_iterator', 48],
  ['tuple_iterator', 48], ['range_iterator', 48], ['longrange_iterator', 48], ['bytes_iterator', 48],
  ['bytearray_iterator', 48], ['set_iterator', 64], ['dict_keyiterator', 72], ['dict_valueiterator', 72],
  ['dict_itemiterator', 72], ['dict_reversekeyiterator', 72], ['dict_reversevalueiterator', 72],
  ['dict_reverseitemiterator', 72], ['enumerate', 72], ['zip', 64], ['map', 48], ['filter', 48],
  ['reversed', 48], ['callable_iterator', 48], ['builtin_function_or_method', 72], ['method-wrapper', 48],
  ['dict_keys', 40], ['dict_values', 40], ['dict_items', 40], ['mappingproxy', 40], ['property', 80],
  ['staticmethod', 48], ['classmethod', 48], ['NotImplementedType', 16], ['super', 56], ['memoryview', 184],
  ['module', 72], ['method', 64], ['cell', 40],
]);

/** The size CPython reports, or undefined where it depends on history Dyad does not keep. */
function knownSize(v: PyObject): number | undefined {
  const t = typeOf(v);
  if (!t.isHeapType) {
    const n = FIXED_SIZES.get(t.name);
    if (n !== undefined) return n;
  }
  // An empty bytearray holds no buffer (a non-empty one's allocation depends on its history).
  if (t === T.bytearray && lenOf(v) === 0) return 56;
  if (v === None) return 16;
  if (v === Ellipsis) return 16;
  if (t === T.int || t === T.bool) return intSize(asIntValue(v)!);
  if (t === T.float) return 24;
  if (t === T.complex) return 32;
  if (t === T.str) return strSize(v as string);
  if (t === T.bytes) return 33 + bytesLikeData(v)!.length;
  if (t === T.tuple) return 40 + 8 * (v as PyTuple).items.length;
  if (t === T.list && (v as PyList).items.length === 0) return 56;
  if (t === T.dict && lenOf(v) === 0) return 64;
  if ((t === T.set || t === T.frozenset)) return 216;
  if (t === T.range) return 48;
  if (t === T.slice) return 56;
  if (t === T.object) return 16;
  if (t === T.function) return 152;
  return undefined;
}

/** sys.getsizeof(object[, default]) */
export function getsizeof(v: PyObject, dflt: PyObject | undefined): PyObject {
  const t = typeOf(v);
  if (t.isHeapType) {
    const m = lookupSpecial(v, '__sizeof__');
    if (m !== undefined && !isBuiltinSizeof(m)) {
      let n: number | bigint | undefined;
      try {
        const r = callFoundMethod(m, v, []);
        n = asIntValue(r);
        if (n === undefined) typeError('an integer is required');
      } catch (e) {
        if (dflt !== undefined && e instanceof Object && typeOf(e as PyObject).isSubtype(E.TypeError)) return dflt;
        throw e;
      }
      if (n < 0) throw newError(E.ValueError, '__sizeof__() should return >= 0');
      // (PyNumber_AsSsize_t refuses a result beyond Py_ssize_t; the headers are added as a
      // size_t, exactly.)
      if (typeof n === 'bigint' || n + 32 > Number.MAX_SAFE_INTEGER) {
        if (BigInt(n) > (1n << 63n) - 1n) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
        return BigInt(n) + 16n + (t.hasInstanceDict ? 16n : 0n);
      }
      // The GC header and, for instances with a __dict__, the managed-dict pre-header.
      return Number(n) + 16 + (t.hasInstanceDict ? 16 : 0);
    }
    if (t.mro[t.mro.length - 2]?.isHeapType !== false && t.mro[t.mro.length - 1] === T.object) {
      if (t.hasInstanceDict) return 56;
      // __slots__ only: the object header, the GC header and a pointer per slot.
      let n = 0;
      for (const b of t.mro) {
        if (!b.isHeapType) continue;
        for (const [, x] of b.dict.entries()) if (x instanceof PyMemberDescriptor) n++;
        if (b.dict.getStr('__weakref__') !== undefined) n++;
      }
      return 32 + 8 * n;
    }
    // A subclass of a builtin type: its __sizeof__, the GC header and a managed dict's pre-header.
    if (m !== undefined) {
      const n = asIntValue(callFoundMethod(m, v, []));
      if (n !== undefined) return Number(n) + 16 + ((typeLayout(t)[4] & 0x10) !== 0 ? 16 : 0);
    }
  }
  if (t.isSubtype(E.BaseException) && lookupSpecial(v, '__sizeof__') === T.object.dict.getStr('__sizeof__')) {
    // object.__sizeof__ (the type's basic size) and the GC header.
    const n = asIntValue(callFoundMethod(T.object.dict.getStr('__sizeof__')!, v, []));
    if (n !== undefined) return Number(n) + 16;
  }
  return knownSize(v) ?? 64;
}
