// The `_struct` accelerator: the packing and unpacking loops of lib/struct.py in native code.
// lib/struct.py keeps the format parser, the argument checks that raise and their messages:
// its Struct compiles each parsed format into a plan here (`_compile`), and `_pack`/`_unpack`
// run the plan, answering None for anything they do not take (a value out of range or of
// another type, the 'p' and 'e' codes, a buffer that is not exactly bytes or bytearray of the
// right size), for which struct.py runs its own loop, which raises CPython's error or computes
// the rare case. `_frontends(struct_of, pack, unpack)` returns native module-level pack and
// unpack that find a str format's plan in a map (struct_of makes the Struct on a miss) and
// call struct.py's functions for everything else. Before (the Python loops alone), a
// pack + unpack of '<iHd' took ~10 us against CPython's 0.2.

import { PyObj, normInt, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { newTuple } from '../objects/tuple-type.js';
import { None } from '../objects/singletons.js';
import { call, getAttr } from '../objects/protocol.js';
import { nativeFunction } from '../objects/native.js';
import { makeBuiltinType } from '../objects/str.js';
import { PyModule } from '../runtime/module.js';
import { allocBytes } from '../objects/byte-pool.js';

/** Item kinds of a plan. */
const enum K { Int, Float32, Float64, Bool, Char, Bytes, Slow }

class Plan extends PyObj {
  constructor(
    cls: PyType,
    /** Per item (pad bytes left out): kind, byte offset, size (count for 's'), signedness. */
    readonly kinds: Int32Array,
    readonly offsets: Int32Array,
    readonly sizes: Int32Array,
    readonly signed: Uint8Array,
    readonly size: number,
    readonly little: boolean,
    /** Some item is not handled here ('p', 'e'): every call goes to struct.py. */
    readonly slow: boolean,
    /** The Struct this plan is of (module-level functions fall back to its methods). */
    readonly owner: PyObject,
  ) {
    super(cls, null);
  }
}

let planType: PyType | undefined;

const STD_SIZE: Record<string, number> = { c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8 };
const NATIVE_SIZE: Record<string, number> = { ...STD_SIZE, l: 8, L: 8, n: 8, N: 8, P: 8 };

function compilePlan(items: PyObject, size: number, little: boolean, native: boolean, owner: PyObject): Plan {
  const list = (items as PyTuple).items;
  const kinds: number[] = [];
  const offsets: number[] = [];
  const sizes: number[] = [];
  const signed: number[] = [];
  let slow = false;
  for (const it of list) {
    const [code, count, offset] = (it as PyTuple).items as [string, number, number];
    if (code === 'x') continue;
    let kind: K;
    let sz = (native ? NATIVE_SIZE : STD_SIZE)[code] ?? 0;
    switch (code) {
      case 's': kind = K.Bytes; sz = count; break;
      case 'c': kind = K.Char; break;
      case '?': kind = K.Bool; break;
      case 'f': kind = K.Float32; break;
      case 'd': kind = K.Float64; break;
      case 'p': case 'e': case 'P': kind = K.Slow; slow = true; break;
      default: kind = K.Int;
    }
    kinds.push(kind);
    offsets.push(offset);
    sizes.push(sz);
    signed.push(code >= 'a' && code <= 'z' ? 1 : 0);
  }
  planType ??= makeBuiltinType('_struct._plan');
  return new Plan(planType, Int32Array.from(kinds), Int32Array.from(offsets), Int32Array.from(sizes), Uint8Array.from(signed), size, little, slow, owner);
}

// Float bytes go through these (a DataView over a small on-heap typed array makes V8 create
// its ArrayBuffer first).
const F64 = new Float64Array(1);
const F32 = new Float32Array(1);
const F64B = new Uint8Array(F64.buffer);
const F32B = new Uint8Array(F32.buffer);
const HOST_LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const F32_LIMIT = 3.4028235677973366e+38;
const TWO32 = 4294967296;

/** Writes the n low bytes of the 64-bit two's complement word hi:lo (n 8) or of lo. */
function putWords(out: Uint8Array, off: number, n: number, lo: number, hi: number, little: boolean): void {
  for (let k = 0; k < n; k++) {
    const b = k < 4 ? (lo >>> (8 * k)) & 0xff : (hi >>> (8 * (k - 4))) & 0xff;
    out[little ? off + k : off + n - 1 - k] = b;
  }
}

/** The bytes of args packed by plan p, or null for struct.py to handle. */
function packPlan(p: Plan, args: PyObject[], base: number, nargs: number): PyBytes | null {
  const kinds = p.kinds;
  const n = kinds.length;
  if (p.slow || nargs !== n) return null;
  const out = allocBytes(p.size);
  const little = p.little;
  for (let i = 0; i < n; i++) {
    const v = args[base + i];
    const off = p.offsets[i];
    const sz = p.sizes[i];
    switch (kinds[i]) {
      case K.Int: {
        let x: number;
        if (typeof v === 'number') x = v;
        else if (typeof v === 'boolean') x = v ? 1 : 0;
        else if (typeof v === 'bigint' && sz === 8) {
          const ok = p.signed[i] === 1 ? v >= -(2n ** 63n) && v < 2n ** 63n : v >= 0n && v < 2n ** 64n;
          if (!ok) return null;
          const u = BigInt.asUintN(64, v);
          putWords(out, off, 8, Number(u & 0xffffffffn), Number(u >> 32n), little);
          continue;
        } else return null;
        if (p.signed[i] === 1) {
          if (sz < 8) {
            const lim = 2 ** (8 * sz - 1);
            if (x < -lim || x >= lim) return null;
          }
        } else if (x < 0 || (sz < 8 && x >= 2 ** (8 * sz))) return null;
        if (sz === 8) {
          const hi = Math.floor(x / TWO32);
          putWords(out, off, 8, x - hi * TWO32, hi, little);
        } else putWords(out, off, sz, x, 0, little);
        continue;
      }
      case K.Float64: case K.Float32: {
        let x: number;
        if (v instanceof PyFloat) x = v.value;
        else if (typeof v === 'number') x = v;
        else if (typeof v === 'boolean') x = v ? 1 : 0;
        else return null;
        let bytes: Uint8Array;
        if (kinds[i] === K.Float64) {
          F64[0] = x;
          bytes = F64B;
        } else {
          if (Math.abs(x) >= F32_LIMIT && x !== Infinity && x !== -Infinity) return null;
          F32[0] = x;
          bytes = F32B;
        }
        const m = bytes.length;
        if (little === HOST_LITTLE) for (let k = 0; k < m; k++) out[off + k] = bytes[k];
        else for (let k = 0; k < m; k++) out[off + k] = bytes[m - 1 - k];
        continue;
      }
      case K.Bool:
        // (Only values whose truth runs no Python code: struct.py may run the items again.)
        if (typeof v === 'boolean') out[off] = v ? 1 : 0;
        else if (typeof v === 'number') out[off] = v !== 0 ? 1 : 0;
        else if (v === None) out[off] = 0;
        else return null;
        continue;
      case K.Char: {
        if (v instanceof PyBytes) {
          if (v.data.length !== 1) return null;
          out[off] = v.data[0];
        } else if (v instanceof PyByteArray) {
          if (v.len !== 1) return null;
          out[off] = v.buf[0];
        } else return null;
        continue;
      }
      case K.Bytes: {
        let src: Uint8Array;
        if (v instanceof PyBytes) src = v.data;
        else if (v instanceof PyByteArray) src = v.data;
        else return null;
        const m = Math.min(src.length, sz);
        for (let k = 0; k < m; k++) out[off + k] = src[k];
        continue;
      }
      default:
        return null;
    }
  }
  return new PyBytes(out);
}

/** The values plan p unpacks from buffer, or null for struct.py to handle. */
function unpackPlan(p: Plan, buffer: PyObject, start: number): PyTuple | null {
  if (p.slow) return null;
  let data: Uint8Array;
  if (buffer instanceof PyBytes) data = buffer.data;
  else if (buffer instanceof PyByteArray) data = buffer.buf;
  else return null;
  const len = buffer instanceof PyBytes ? data.length : (buffer as PyByteArray).len;
  if (start === -1) {
    if (len !== p.size) return null;
    start = 0;
  } else if (start < 0 || len - start < p.size) return null;
  const kinds = p.kinds;
  const n = kinds.length;
  const little = p.little;
  const res: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const off = start + p.offsets[i];
    const sz = p.sizes[i];
    switch (kinds[i]) {
      case K.Int: {
        if (sz === 8) {
          let lo = 0;
          let hi = 0;
          for (let k = 0; k < 4; k++) {
            lo += data[little ? off + k : off + 7 - k] * 2 ** (8 * k);
            hi += data[little ? off + 4 + k : off + 3 - k] * 2 ** (8 * k);
          }
          if (hi < 0x200000) res[i] = hi * TWO32 + lo;
          else if (p.signed[i] === 1 && hi > 0xffe00000) res[i] = (hi - TWO32) * TWO32 + lo;
          else {
            const u = (BigInt(hi) << 32n) | BigInt(lo);
            res[i] = normInt(p.signed[i] === 1 ? BigInt.asIntN(64, u) : u);
          }
        } else {
          let x = 0;
          for (let k = 0; k < sz; k++) x += data[little ? off + k : off + sz - 1 - k] * 2 ** (8 * k);
          if (p.signed[i] === 1 && x >= 2 ** (8 * sz - 1)) x -= 2 ** (8 * sz);
          res[i] = x;
        }
        continue;
      }
      case K.Float64: case K.Float32: {
        const bytes = kinds[i] === K.Float64 ? F64B : F32B;
        const m = bytes.length;
        if (little === HOST_LITTLE) for (let k = 0; k < m; k++) bytes[k] = data[off + k];
        else for (let k = 0; k < m; k++) bytes[k] = data[off + m - 1 - k];
        res[i] = newFloat(kinds[i] === K.Float64 ? F64[0] : F32[0]);
        continue;
      }
      case K.Bool:
        res[i] = data[off] !== 0;
        continue;
      case K.Char:
        res[i] = new PyBytes(data.slice(off, off + 1));
        continue;
      case K.Bytes:
        res[i] = new PyBytes(data.slice(off, off + sz));
        continue;
      default:
        return null;
    }
  }
  return newTuple(res);
}

const MAX_FORMATS = 100;

export function makeStructModule(): PyModule {
  const mod = new PyModule('_struct');
  const d = mod.dict;
  d.setStr('_compile', nativeFunction('_compile', (args) => compilePlan(args[0], args[1] as number, args[2] === true, args[3] === true, args[4])));
  d.setStr('_pack', nativeFunction('_pack', (args) => {
    const t = args[1] as PyTuple;
    return packPlan(args[0] as Plan, t.items, 0, t.items.length) ?? None;
  }));
  d.setStr('_unpack', nativeFunction('_unpack', (args) => unpackPlan(args[0] as Plan, args[1], -1) ?? None));
  d.setStr('_frontends', nativeFunction('_frontends', (fargs) => {
    const [structOf, pyPack, pyUnpack] = fargs;
    const plans = new Map<string, Plan>();
    const planOf = (format: string): Plan => {
      let p = plans.get(format);
      if (p === undefined) {
        if (plans.size >= MAX_FORMATS) plans.clear();
        p = getAttr(call(structOf, [format]), '_plan') as Plan;
        plans.set(format, p);
      }
      return p;
    };
    const pack = nativeFunction('pack', (args, kwnames) => {
      if (kwnames === null && args.length > 0 && typeof args[0] === 'string') {
        const r = packPlan(planOf(args[0]), args, 1, args.length - 1);
        if (r !== null) return r;
      }
      return call(pyPack, args, kwnames);
    });
    const unpack = nativeFunction('unpack', (args, kwnames) => {
      if (kwnames === null && args.length === 2 && typeof args[0] === 'string') {
        const r = unpackPlan(planOf(args[0]), args[1], -1);
        if (r !== null) return r;
      }
      return call(pyUnpack, args, kwnames);
    });
    return newTuple([pack, unpack]);
  }));
  return mod;
}
