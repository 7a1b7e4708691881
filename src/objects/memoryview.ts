// The memoryview type, one-dimensional: a window (byte offset, item count, byte stride) on the
// buffer of a bytes or bytearray object, in one of the native struct formats (B b c h H i I l
// L q Q n N f d ?). Indexing, slicing (a new view), item and slice assignment on writable
// buffers, tobytes/tolist/hex/cast/toreadonly/release, the context-manager protocol, equality
// with other buffers and hashing of read-only views, as CPython's Objects/memoryobject.c.
// A bytearray refuses to change its length while a view of it is in use (exports, below).

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyTuple, PyList } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeName, typeError, call, argTypeName } from './protocol.js';
import { addMethods, addGetSets, checkPositional, bindNative } from './native.js';
import { defineNew } from './class-create.js';
import { PyBytes, PyByteArray, newBytes, bytesLikeData, bytesHash, setBufferProvider, setExportsInUse } from './bytes.js';
import { makeBuiltinType, isSlice, sliceIndices, indexValue, toSsize, strValue } from './str.js';
import { addressOf } from './identity.js';
import { PyFloat, newFloat } from './float.js';
import { asIntValue } from './int-type.js';

/** Item size of each supported format. */
const ITEM_SIZE: Record<string, number> = {
  B: 1, b: 1, c: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8,
};

export class PyMemoryView extends PyObj {
  released = false;
  /** hash(view), kept once computed (a released view still answers it, as CPython's). */
  hashValue: number | bigint | undefined = undefined;
  constructor(
    readonly base: PyBytes | PyByteArray,
    readonly offset: number,
    readonly count: number,
    readonly stride: number,
    readonly fmt: string,
    readonly readonly: boolean,
  ) {
    super(T.memoryview, null);
    if (base instanceof PyByteArray) trackView(base, this);
  }
  get itemsize(): number {
    return ITEM_SIZE[this.fmt];
  }
  /** The viewed bytes, in order (a live subarray when contiguous, else a copy). */
  get data(): Uint8Array {
    const d = live(this).data;
    const n = this.count * this.itemsize;
    if (this.stride === this.itemsize) return d.subarray(this.offset, this.offset + n);
    const out = new Uint8Array(n);
    for (let i = 0; i < this.count; i++) out.set(d.subarray(this.at(i), this.at(i) + this.itemsize), i * this.itemsize);
    return out;
  }
  at(i: number): number {
    return this.offset + i * this.stride;
  }
}

// ---- exports -----------------------------------------------------------------------------
// A bytearray refuses to change its length while a memoryview of it is in use (CPython counts
// the exports; a view stops being one when released, or when freed). Dyad has no reference
// counts: a view not released is in use while the running program can still reach it (a walk
// from the interpreter's roots, made only when such a bytearray is about to be resized).

let reachable: (targets: object[]) => boolean = () => false;

/** The runtime's reachability walk (early-finalize.ts). */
export function setViewReachability(f: (targets: object[]) => boolean): void {
  reachable = f;
}

function trackView(ba: PyByteArray, m: PyMemoryView): void {
  const views = (ba.views ??= []);
  // (Views made and dropped in a loop: the collected ones are let go now and then.)
  if (views.length >= 64 && (views.length & 63) === 0) {
    ba.views = views.filter((w) => {
      const v = w.deref() as PyMemoryView | undefined;
      return v !== undefined && !v.released;
    });
  }
  ba.views!.push(new WeakRef(m));
}

setExportsInUse((ba, src) => {
  const inUse: PyMemoryView[] = [];
  for (const w of ba.views!) {
    const v = w.deref() as PyMemoryView | undefined;
    if (v !== undefined && !v.released) inUse.push(v);
  }
  if (inUse.length === 0) {
    ba.views = null;
    return false;
  }
  // A view passed as the new data is in use during the call.
  if (src instanceof PyMemoryView && src.base === ba && !src.released) return true;
  if (reachable(inUse)) return true;
  ba.views = null;
  return false;
});

function live(m: PyMemoryView): PyBytes | PyByteArray {
  if (m.released) throw newError(E.ValueError, 'operation forbidden on released memoryview object');
  return m.base;
}

const mv = (v: PyObject): PyMemoryView => v as PyMemoryView;

function memoryviewOf(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    live(obj);
    return new PyMemoryView(obj.base, obj.offset, obj.count, obj.stride, obj.fmt, obj.readonly);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, 'B', true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.data.length, 1, 'B', false);
  typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

function unpack(m: PyMemoryView, i: number): PyObject {
  const d = m.base.data;
  const p = m.at(i);
  const dv = new DataView(d.buffer, d.byteOffset + p, m.itemsize);
  switch (m.fmt) {
    case 'B': return d[p];
    case 'b': return dv.getInt8(0);
    case 'c': return newBytes(d.slice(p, p + 1));
    case '?': return d[p] !== 0;
    case 'h': return dv.getInt16(0, true);
    case 'H': return dv.getUint16(0, true);
    case 'i': return dv.getInt32(0, true);
    case 'I': return dv.getUint32(0, true);
    case 'f': return newFloat(dv.getFloat32(0, true));
    case 'd': return newFloat(dv.getFloat64(0, true));
  }
  const signed = m.fmt === 'l' || m.fmt === 'q' || m.fmt === 'n';
  const v = signed ? dv.getBigInt64(0, true) : dv.getBigUint64(0, true);
  return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
}

function pack(m: PyMemoryView, i: number, value: PyObject): void {
  const d = m.base.data;
  const p = m.at(i);
  const dv = new DataView(d.buffer, d.byteOffset + p, m.itemsize);
  const bad = (): never => { throw newError(E.ValueError, `memoryview: invalid value for format '${m.fmt}'`); };
  const wrongType = (): never => typeError(`memoryview: invalid type for format '${m.fmt}'`);
  switch (m.fmt) {
    case 'c': {
      if (!(value instanceof PyBytes)) wrongType();
      if ((value as PyBytes).data.length !== 1) bad();
      d[p] = (value as PyBytes).data[0];
      return;
    }
    case 'f': case 'd': {
      const f = value instanceof PyFloat ? value.value : asIntValue(value);
      if (f === undefined) wrongType();
      if (m.fmt === 'f') dv.setFloat32(0, Number(f), true);
      else dv.setFloat64(0, Number(f), true);
      return;
    }
    case '?': {
      if (typeof value !== 'boolean' && asIntValue(value) === undefined) wrongType();
      d[p] = value === true || (value !== false && asIntValue(value) !== 0) ? 1 : 0;
      return;
    }
  }
  const iv = asIntValue(value);
  if (iv === undefined) wrongType();
  const v = BigInt(iv!);
  const bits = BigInt(m.itemsize * 8);
  const signed = m.fmt === m.fmt.toLowerCase();
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v < lo || v > hi) bad();
  let u = v < 0n ? v + (1n << bits) : v;
  for (let k = 0; k < m.itemsize; k++, u >>= 8n) d[p + k] = Number(u & 0xffn);
}

function itemIndex(m: PyMemoryView, key: PyObject): number | undefined {
  const i = typeof key === 'number' ? key : indexValue(key);
  if (i === undefined) return undefined;
  let n = toSsize(i, E.IndexError, key);
  if (n < 0) n += m.count;
  if (n < 0 || n >= m.count) throw newError(E.IndexError, 'index out of bounds on dimension 1');
  return n;
}

const hasIndex = (x: PyObject): boolean =>
  typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || (x instanceof PyObj && x.cls.slots.index !== undefined);

/**
 * A tuple key of a (one-dimensional) view, as CPython's memory_subscript/memory_ass_sub: a
 * 1-tuple of an index is that item; other index tuples and tuples of slices are refused.
 */
function tupleItemIndex(m: PyMemoryView, key: PyTuple, assigning: boolean): number {
  const items = key.items;
  if (items.every(hasIndex)) {
    if (items.length < 1) throw newError(E.NotImplementedError, 'sub-views are not implemented');
    if (items.length > 1) typeError(`cannot index 1-dimension view with ${items.length}-element tuple`);
    return itemIndex(m, items[0])!;
  }
  if (items.every(isSlice)) {
    throw newError(E.NotImplementedError, assigning
      ? 'memoryview slice assignments are currently restricted to ndim = 1'
      : 'multi-dimensional slicing is not implemented');
  }
  typeError('memoryview: invalid slice key');
}

function sliceView(m: PyMemoryView, key: PyObject): PyMemoryView {
  const [start, , step, n] = sliceIndices(key as never, m.count);
  return new PyMemoryView(m.base, m.at(start), n, m.stride * step, m.fmt, m.readonly);
}

function getItem(self: PyObject, key: PyObject): PyObject {
  const m = mv(self);
  live(m);
  const i = itemIndex(m, key);
  if (i !== undefined) {
    live(m); // the key's __index__ may have released the view
    return unpack(m, i);
  }
  if (isSlice(key)) return sliceView(m, key);
  if (key instanceof PyTuple) {
    const j = tupleItemIndex(m, key, false);
    live(m);
    return unpack(m, j);
  }
  typeError('memoryview: invalid slice key');
}

function setItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  const m = mv(self);
  live(m);
  if (m.readonly) typeError('cannot modify read-only memory');
  if (value === null) typeError('cannot delete memory');
  const i = itemIndex(m, key);
  if (i !== undefined) {
    live(m); // the key's __index__ may have released the view
    return pack(m, i, value);
  }
  if (!isSlice(key)) {
    if (!(key instanceof PyTuple)) typeError('memoryview: invalid slice key');
    const j = tupleItemIndex(m, key, true);
    live(m);
    return pack(m, j, value);
  }
  const dst = sliceView(m, key);
  const src = value instanceof PyMemoryView ? value : bytesLikeData(value) !== undefined ? memoryviewOf(value) : undefined;
  if (src === undefined) typeError(`a bytes-like object is required, not '${typeName(value)}'`);
  if (src.fmt !== dst.fmt || src.count !== dst.count) {
    throw newError(E.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
  }
  const bytes = src.data.slice();
  const d = m.base.data;
  for (let k = 0; k < dst.count; k++) d.set(bytes.subarray(k * dst.itemsize, (k + 1) * dst.itemsize), dst.at(k));
}

function toList(m: PyMemoryView): PyObject[] {
  live(m);
  const out: PyObject[] = [];
  for (let i = 0; i < m.count; i++) out.push(unpack(m, i));
  return out;
}

function richcompare(self: PyObject, other: PyObject, op: CmpOp): PyObject {
  if (op !== CmpOp.EQ && op !== CmpOp.NE) return NotImplemented;
  const m = mv(self);
  let eq: boolean;
  if (m === other) eq = true;
  else if (m.released || (other instanceof PyMemoryView && other.released)) eq = false;
  else {
    const o = other instanceof PyMemoryView ? other : bytesLikeData(other) !== undefined ? memoryviewOf(other) : undefined;
    if (o === undefined) return NotImplemented;
    const a = toList(m), b = toList(o);
    eq = a.length === b.length && a.every((x, k) => {
      const y = b[k];
      if (x instanceof PyBytes && y instanceof PyBytes) return x.data[0] === y.data[0];
      if (x instanceof PyFloat || y instanceof PyFloat) return Number(x instanceof PyFloat ? x.value : x) === Number(y instanceof PyFloat ? y.value : y);
      return typeof x === typeof y ? x === y : Number(x) === Number(y);
    });
  }
  return op === CmpOp.EQ ? eq : !eq;
}

class PyMemoryIter extends PyObj {
  pos = 0;
  constructor(cls: PyType, readonly view: PyMemoryView) {
    super(cls, null);
  }
}

function cast(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const m = mv(self);
  const [fmtA, shape] = bindNative('cast', ['format', 'shape'], args, kwnames, 0, 1);
  live(m);
  const fmt = strValue(fmtA!);
  if (fmt === undefined) typeError(`cast() argument 'format' must be str, not ${argTypeName(fmtA!)}`);
  if (shape !== undefined) throw newError(E.NotImplementedError, 'memoryview: cast with a shape is not supported');
  const f = fmt.startsWith('@') ? fmt.slice(1) : fmt;
  const size = ITEM_SIZE[f];
  if (size === undefined) {
    throw newError(E.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (m.stride !== m.itemsize) typeError('memoryview: casts are restricted to C-contiguous views');
  if (m.itemsize !== 1 && size !== 1) typeError('memoryview: cannot cast between two non-byte formats');
  const nbytes = m.count * m.itemsize;
  if (nbytes % size !== 0) typeError('memoryview: length is not a multiple of itemsize');
  return new PyMemoryView(m.base, m.offset, nbytes / size, size, f, m.readonly);
}

export function installMemoryView(): void {
  if (T.memoryview !== undefined && T.memory_iterator !== undefined) return;
  const t = T.memoryview ?? makeBuiltinType('memoryview');
  t.finalType = true;
  const itType = makeBuiltinType('memory_iterator');
  itType.finalType = true;
  itType.alloc = null; // only iter() makes them
  itType.slots.iter = (self) => self;
  itType.slots.iternext = (self) => {
    const it = self as PyMemoryIter;
    live(it.view);
    return it.pos < it.view.count ? unpack(it.view, it.pos++) : undefined;
  };
  defineNew(t, (_cls, args, kwnames) => {
    const [obj] = bindNative('memoryview', ['object'], args, kwnames, 0, 1);
    return memoryviewOf(obj!);
  });
  Object.assign(t.slots, {
    repr: (self: PyObject) => `<${mv(self).released ? 'released ' : ''}memory at ${addressOf(self)}>`,
    hash: (self: PyObject) => {
      const m = mv(self);
      if (m.hashValue !== undefined) return m.hashValue;
      live(m);
      if (!m.readonly) throw newError(E.ValueError, 'cannot hash writable memoryview object');
      if (m.fmt !== 'B' && m.fmt !== 'b' && m.fmt !== 'c') throw newError(E.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      m.hashValue = bytesHash(m.data);
      return m.hashValue;
    },
    richcompare,
    len: (self: PyObject) => live(mv(self)) && mv(self).count,
    getitem: getItem,
    setitem: setItem,
    iter: (self: PyObject) => {
      live(mv(self));
      return new PyMemoryIter(itType, mv(self));
    },
  });
  const noArgs = (name: string, f: (m: PyMemoryView) => PyObject) => (self: PyObject, args: PyObject[], kwnames: string[] | null) => {
    checkPositional(`memoryview.${name}`, args, kwnames, 0, 0);
    return f(mv(self));
  };
  addMethods(t, {
    tobytes: (self, args, kwnames) => {
      const [orderArg] = bindNative('tobytes', ['order'], args, kwnames);
      const order = orderArg === undefined || orderArg === None ? undefined : strValue(orderArg);
      if (orderArg !== undefined && orderArg !== None && order === undefined) {
        typeError(`tobytes() argument 'order' must be str or None, not ${argTypeName(orderArg)}`);
      }
      live(mv(self));
      if (order !== undefined && order !== 'C' && order !== 'F' && order !== 'A') {
        throw newError(E.ValueError, "order must be 'C', 'F' or 'A'");
      }
      return newBytes(mv(self).data.slice());
    },
    tolist: noArgs('tolist', (m) => new PyList(toList(m))),
    hex: (self, args, kwnames) => {
      live(mv(self));
      const h = T.bytes.dict.getStr('hex')!;
      return call(h, [newBytes(mv(self).data.slice()), ...args], kwnames);
    },
    toreadonly: noArgs('toreadonly', (m) => {
      live(m);
      return new PyMemoryView(m.base, m.offset, m.count, m.stride, m.fmt, true);
    }),
    release: noArgs('release', (m) => {
      m.released = true;
      return None;
    }),
    cast,
    __enter__: noArgs('__enter__', (m) => {
      live(m);
      return m;
    }),
    __exit__: (self) => {
      mv(self).released = true;
      return None;
    },
  });
  const prop = (f: (m: PyMemoryView) => PyObject): [(self: PyObject) => PyObject] => [(self) => f(live(mv(self)) && mv(self))];
  addGetSets(t, {
    obj: prop((m) => m.base),
    nbytes: prop((m) => m.count * m.itemsize),
    readonly: prop((m) => m.readonly),
    itemsize: prop((m) => m.itemsize),
    format: prop((m) => m.fmt),
    ndim: prop(() => 1),
    shape: prop((m) => new PyTuple([m.count])),
    strides: prop((m) => new PyTuple([m.stride])),
    suboffsets: prop(() => new PyTuple([])),
    c_contiguous: prop((m) => m.stride === m.itemsize || m.count <= 1),
    f_contiguous: prop((m) => m.stride === m.itemsize || m.count <= 1),
    contiguous: prop((m) => m.stride === m.itemsize || m.count <= 1),
  });
  setBufferProvider((v) => (v instanceof PyMemoryView ? v.data : undefined));
}
