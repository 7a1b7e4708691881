// Brings the whole object model up, once per process: the type objects (bootstrap.ts), then
// every type's slots and methods, then the dunder attributes that expose native slots.

import { bootstrapTypes } from './bootstrap.js';
import { T, toFastProperties } from './types.js';
import { E } from './exception.js';
import { installDescriptors } from './descriptors.js';
import { installClassMachinery } from './class-create.js';
import { installCoreTypes } from './core-types.js';
import { installExceptionTypes } from './exception-types.js';
import { installInt, installBool, setBoolTruth } from './int-type.js';
import { installFloat } from './float-type.js';
import { exposeNativeSlots } from './slot-wrappers.js';
import { genericSetAttr } from './generic-attr.js';
import { isTrue } from './protocol.js';
import type { PyType } from './type.js';
import { installStr, strNew, asciiOf, PyStr } from './str.js';
import { installBytes, bytesNew, bytearrayNew, bytearrayInit, newBytes, bytesLikeData, PyBytes } from './bytes.js';
import { formatValue } from './str-format.js';
import { defineNew } from './class-create.js';
import { addMethods } from './native.js';
import { factories } from './factories.js';
import { None } from './singletons.js';
import { setIntTextHooks, setIntBytesHooks, asIntValue } from './int-type.js';
import { setFloatTextHooks, setFloatPowImpl } from './float-type.js';
import { libm } from '../modules/math.js';
import { repr, typeError, typeName, typeOf } from './protocol.js';
import { installNumberFormat } from './number-format.js';
import { installComplex, newComplex } from './complex.js';
import { ensureIteratorTypes } from './iterators.js';
import { installSlice, newSlice } from './slice.js';
import { installTuple } from './tuple-type.js';
import { installList } from './list.js';
import { installDict } from './dict-type.js';
import { installSet, newSet, setAdd } from './set.js';
import { installRange } from './range.js';
import { installGenericAlias } from './generic-alias.js';
import { installMemoryView } from './memoryview.js';
import { PySet } from './set.js';
import { PyDict } from './dict.js';
import { PyList } from './tuple.js';
import { PyCell } from './function.js';
import { markMutable } from '../runtime/mutable-fields.js';

let installed = false;

export function installObjectModel(): void {
  if (installed) return;
  installed = true;
  bootstrapTypes();
  installDescriptors();
  installClassMachinery();
  // staticmethod, classmethod and property have a __new__ of their own (PyType_GenericNew:
  // staticmethod.__new__(int) names staticmethod; arguments go to __init__).
  for (const t of [T.staticmethod, T.classmethod, T.property]) defineNew(t, (cls) => cls.alloc!(cls));
  installCoreTypes();
  installExceptionTypes();
  installInt();
  installBool();
  setBoolTruth(isTrue);
  installFloat();
  ensureIteratorTypes();
  installSlice();
  installTuple();
  installList();
  installDict();
  installSet();
  installRange();
  factories.newSet = (items) => newSet(items);
  factories.setAdd = (so, item) => setAdd(so as PySet, item);
  factories.newSlice = newSlice;
  installNumberFormat();
  installComplex();
  factories.newComplex = newComplex;
  setFloatPowImpl(libm.pow);
  installStr();
  defineNew(T.str, strNew);
  installBytes();
  defineNew(T.bytes, bytesNew);
  defineNew(T.bytearray, bytearrayNew);
  addMethods(T.bytearray, {
    __init__: (self, args, kwnames) => {
      bytearrayInit(self, args, kwnames);
      return None;
    },
  });
  installGenericAlias();
  installMemoryView();
  factories.format = formatValue;
  factories.ascii = asciiOf;
  factories.newBytes = newBytes;
  // int.to_bytes / int.from_bytes (from_bytes takes what bytes() takes: PyObject_Bytes).
  setIntBytesHooks(newBytes, (v) => {
    const d = bytesLikeData(v);
    // (A bytes subclass goes through its __bytes__, as bytes(x) does.)
    if (d !== undefined && !(v instanceof PyBytes && v.cls !== T.bytes)) return d;
    // PyObject_Bytes: __bytes__, else PyBytes_FromObject's iterable of ints (never str, nor a
    // count as bytes(n) takes: an int or an object with __index__ is refused).
    const indexLike = asIntValue(v) !== undefined || typeOf(v).slots.index !== undefined;
    if (typeof v === 'string' || v instanceof PyStr || (indexLike && typeOf(v).lookup('__bytes__') === undefined)) {
      typeError(`cannot convert '${typeName(v)}' object to bytes`);
    }
    return (bytesNew(T.bytes, [v], null) as PyBytes).data;
  });
  // int() and float() parse str and bytes-like text alike (bytes read as Latin-1: only ASCII
  // can be valid). int()'s error shows bytearray text as bytes, float()'s as itself.
  const textOf = (x: import('./object.js').PyObject) => {
    if (typeof x === 'string') return x;
    if (x instanceof PyStr) return x.value;
    const d = typeof x === 'object' ? bytesLikeData(x) : undefined;
    if (d === undefined) return undefined;
    // Bytes are read as ASCII text: a byte that is not ASCII, or a separator \x1c-\x1f (space
    // in a str, not in bytes), becomes U+FFFF, which no number syntax accepts.
    let t = '';
    for (const b of d) t += b >= 0x80 || (b >= 0x1c && b <= 0x1f) ? '\uffff' : String.fromCharCode(b);
    return t;
  };
  // int()'s "invalid literal" message formats the text with %.200R: the repr cut to 200
  // characters (of a bytes-like text, the repr of its first 200 bytes, cut the same way).
  const intRepr = (x: import('./object.js').PyObject) => {
    const d = typeof x === 'object' && !(x instanceof PyStr) ? bytesLikeData(x) : undefined;
    const r = d === undefined ? repr(x) : repr(newBytes(d.subarray(0, 200)));
    if (r.length <= 200) return r;
    const cps = Array.from(r);
    return cps.length <= 200 ? r : cps.slice(0, 200).join('');
  };
  setIntTextHooks(textOf, intRepr);
  setFloatTextHooks(textOf, repr);
  const all = [...new Set([...Object.values(T), ...Object.values(E)])].sort((a, b) => a.mro.length - b.mro.length);
  for (const t of all) inheritSlots(t);
  // The types bootstrap made copied object's setattr slot before core-types wrapped it (for
  // `obj.__dict__ = d`): they take the wrapper (bases first), so that only the types CPython
  // gives a setattr slot of their own expose __setattr__/__delattr__ (int.__setattr__ is
  // object's). Of those that use the generic one, these name it themselves, as CPython's do.
  const ownGenericSetattr = new Set<PyType>([E.BaseException, T.module, T.method, T.frame]);
  for (const t of all) {
    if (t.slots.setattro === genericSetAttr && !ownGenericSetattr.has(t) && t.mro.length > 1 &&
      t.mro[1].slots.setattro === T.object.slots.setattro) t.slots.setattro = T.object.slots.setattro;
  }
  // Types of objects only the runtime makes: calling them is "cannot create 'T' instances".
  for (const name of ['builtin_function_or_method', 'method-wrapper', 'wrapper_descriptor', 'method_descriptor', 'classmethod_descriptor',
    'getset_descriptor', 'member_descriptor', 'generator', 'coroutine', 'async_generator', 'frame', 'str_ascii_iterator', 'str_iterator']) {
    if (T[name] !== undefined) T[name].alloc = null;
  }
  for (const t of all) exposeNativeSlots(t);
  // str's truth slot is a shortcut for its length: CPython's str has no __bool__.
  T.str.dict.delete('__bool__');
  // function's setattr slot makes the function's __dict__ when first needed: CPython's uses the
  // generic one, and function.__setattr__ is object's.
  T.function.dict.delete('__setattr__');
  T.function.dict.delete('__delattr__');
  // PyType_Ready puts __doc__ in every type's dict (None without a tp_doc): dir() lists it.
  for (const t of all) if (t.dict.getStr('__doc__') === undefined) t.dict.setStr('__doc__', None);
  toFastProperties(T);
  toFastProperties(E);
  // Fields whose first overwrite would come late, in a program's hot loop (mutable-fields.ts).
  markMutable(new PyList([]), ['items'], { items: [] });
  markMutable(new PyCell(None), ['value']);
  markMutable(new PyDict(), ['keys', 'values', 'fast', 'ints', 'slow', 'size', 'keysVersion', 'mixedEquality', 'shape'], {
    keys: [], values: [], fast: new Map(),
  });
  const set = new PySet();
  markMutable(set, ['table', 'hashes', 'mask', 'fill', 'used', 'finger', 'hash'], { table: set.table.slice(), hashes: set.hashes.slice() });
}

/** Builtin types take the slots they do not define from their bases (after all installs). */
function inheritSlots(t: PyType): void {
  const own = t.slots as Record<string, unknown>;
  for (let i = 1; i < t.mro.length; i++) {
    const base = t.mro[i].slots as Record<string, unknown>;
    for (const k in base) if (own[k] === undefined) own[k] = base[k];
  }
  if (t.alloc === null && t.mro.length > 1 && !t.finalType) t.alloc = t.mro[1].alloc;
}
