// The memoryview type: a window (byte offset, item count, byte stride) on the buffer of a bytes
// or bytearray object; cast(format, shape) makes C-contiguous N-dimensional views (shape and
// strides kept beside the first dimension's count and stride; 0-d views have count 1), in one of the native struct formats (B b c h H i I l
// L q Q n N f d ?). Indexing, slicing (a new view), item and slice assignment on writable
// buffers, tobytes/tolist/hex/cast/toreadonly/release, the context-manager protocol, equality
// with other buffers and hashing of read-only views, as CPython's Objects/memoryobject.c.
// A bytearray refuses to change its length while a view of it is in use (exports, below).

import { PyObj, normInt, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyTuple, PyList } from './tuple.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeName, typeError, call, argTypeName } from './protocol.js';
import { addMethods, addGetSets, checkPositional, bindNative } from './native.js';
import { defineNew } from './class-create.js';
import { PyBytes, PyByteArray, newBytes, bytesLikeData, bytesHash, setBufferProvider, setExportsInUse } from './bytes.js';
import { makeBuiltinType, isSlice, sliceIndices, indexValue, toSsize, strValue } from './str.js';
import { addressOf } from './identity.js';
import { encodeText } from './str-codecs.js';
import { PyFloat, newFloat } from './float.js';
import { asIntValue, PyIntObj } from './int-type.js';

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
    /** Shape and strides of a view that is not one-dimensional (null: one dimension). */
    readonly shape: number[] | null = null,
    readonly strides: number[] | null = null,
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
    if (this.shape !== null) {
      // C order, item by item.
      const size = this.itemsize;
      const offs = itemOffsets(this);
      const out = new Uint8Array(offs.length * size);
      for (let k = 0; k < offs.length; k++) out.set(d.subarray(offs[k], offs[k] + size), k * size);
      return out;
    }
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

const ndimOf = (m: PyMemoryView): number => (m.shape === null ? 1 : m.shape.length);
const shapeOf = (m: PyMemoryView): number[] => m.shape ?? [m.count];
const stridesOf = (m: PyMemoryView): number[] => m.strides ?? [m.stride];

/** The byte offsets of all the items of a view, in C order (row-major). */
function itemOffsets(m: PyMemoryView): number[] {
  const shape = shapeOf(m);
  const strides = stridesOf(m);
  const out: number[] = [];
  const walk = (dim: number, p: number): void => {
    if (dim === shape.length) {
      out.push(p);
      return;
    }
    for (let i = 0; i < shape[dim]; i++) walk(dim + 1, p + i * strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

/** init_flags: C- (or Fortran-) contiguity of the shape and strides. */
function contiguous(m: PyMemoryView, fortran: boolean): boolean {
  const shape = shapeOf(m);
  const strides = stridesOf(m);
  if (shape.some((n) => n === 0)) return true;
  let want = m.itemsize;
  for (let k = 0; k < shape.length; k++) {
    const dim = fortran ? k : shape.length - 1 - k;
    if (shape[dim] > 1 && strides[dim] !== want) return false;
    want *= shape[dim];
  }
  return true;
}

/** A copy of a view's window (memoryview(m), toreadonly). */
function sameWindow(m: PyMemoryView, readonly: boolean): PyMemoryView {
  return new PyMemoryView(m.base, m.offset, m.count, m.stride, m.fmt, readonly, m.shape, m.strides);
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
    return sameWindow(obj, obj.readonly);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, 'B', true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.data.length, 1, 'B', false);
  typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

function unpack(m: PyMemoryView, i: number): PyObject {
  return unpackAt(m, m.at(i));
}

/** The item at byte position p of the buffer. */
function unpackAt(m: PyMemoryView, p: number): PyObject {
  return unpackFrom(m, m.base.data, p);
}

/**
 * The item at byte position p of d, the buffer's bytes (read once by a caller that takes many
 * items: a bytearray's `data` is a new view each time). Single bytes are read directly; a
 * DataView is made only for the wider formats (memoryview(b).tolist() of 200 bytes: 15 -> ~2 us).
 */
function unpackFrom(m: PyMemoryView, d: Uint8Array, p: number): PyObject {
  switch (m.fmt) {
    case 'B': return d[p];
    case 'b': return (d[p] << 24) >> 24;
    case 'c': return newBytes(d.slice(p, p + 1));
    case '?': return d[p] !== 0;
  }
  const dv = new DataView(d.buffer, d.byteOffset + p, m.itemsize);
  switch (m.fmt) {
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
  packAt(m, m.at(i), value);
}

function packAt(m: PyMemoryView, p: number, value: PyObject): void {
  const d = m.base.data;
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

/** lookup_dimension: the byte position of index `key` along dimension `dim` from position p. */
function lookupDimension(m: PyMemoryView, p: number, dim: number, key: PyObject): number {
  const i = typeof key === 'number' ? key : indexValue(key)!;
  let n = toSsize(i, E.IndexError, key);
  const len = shapeOf(m)[dim];
  if (n < 0) n += len;
  if (n < 0 || n >= len) throw newError(E.IndexError, `index out of bounds on dimension ${dim + 1}`);
  return p + n * stridesOf(m)[dim];
}

const hasIndex = (x: PyObject): boolean =>
  typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || (x instanceof PyObj && x.cls.slots.index !== undefined);

/** memory_item_multi / ptr_from_tuple: the byte position of an index tuple's item. */
function tuplePosition(m: PyMemoryView, items: PyObject[]): number {
  const ndim = ndimOf(m);
  if (items.length < ndim) throw newError(E.NotImplementedError, 'sub-views are not implemented');
  if (items.length > ndim) typeError(`cannot index ${ndim}-dimension view with ${items.length}-element tuple`);
  let p = m.offset;
  for (let dim = 0; dim < items.length; dim++) p = lookupDimension(m, p, dim, items[dim]);
  return p;
}

/**
 * A stride times a huge slice step as CPython computes it, in Py_ssize_t: the step clamped to
 * +-PY_SSIZE_T_MAX (sliceIndices gives +-Number.MAX_VALUE) and the product wrapping around in
 * 64 bits, so that it stays finite (a view of such a slice has at most one item, at offset 0).
 */
function ssizeProduct(stride: number, step: number): number {
  const clamp = (x: number) => (x >= 2 ** 63 ? 2n ** 63n - 1n : x <= -(2 ** 63) ? -(2n ** 63n) + 1n : BigInt(x));
  return Number(BigInt.asIntN(64, clamp(stride) * clamp(step)));
}

/** A slice of the first dimension (init_slice). */
function sliceView(m: PyMemoryView, key: PyObject): PyMemoryView {
  const [start, , step, n] = sliceIndices(key as never, m.count);
  let stride = m.stride * step;
  if (!(Math.abs(stride) <= Number.MAX_SAFE_INTEGER)) stride = ssizeProduct(m.stride, step);
  if (m.shape === null) return new PyMemoryView(m.base, m.at(start), n, stride, m.fmt, m.readonly);
  return new PyMemoryView(m.base, m.at(start), n, stride, m.fmt, m.readonly, [n, ...m.shape.slice(1)], [stride, ...m.strides!.slice(1)]);
}

const invalidZeroDim = (): never => typeError('invalid indexing of 0-dim memory');

/** memory_subscript. */
function getItem(self: PyObject, key: PyObject): PyObject {
  const m = mv(self);
  live(m);
  const ndim = ndimOf(m);
  if (ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return unpackAt(m, m.offset);
    if (key === Ellipsis) return m;
    invalidZeroDim();
  }
  if (hasIndex(key)) {
    if (ndim !== 1) {
      // (The index is converted first, as PyNumber_AsSsize_t.)
      toSsize(typeof key === 'number' ? key : indexValue(key)!, E.IndexError, key);
      throw newError(E.NotImplementedError, 'multi-dimensional sub-views are not implemented');
    }
    const p = lookupDimension(m, m.offset, 0, key);
    live(m); // the key's __index__ may have released the view
    return unpackAt(m, p);
  }
  if (isSlice(key)) return sliceView(m, key);
  if (key instanceof PyTuple && key.items.every(hasIndex)) {
    const p = tuplePosition(m, key.items);
    live(m);
    return unpackAt(m, p);
  }
  if (key instanceof PyTuple && key.items.every(isSlice)) throw newError(E.NotImplementedError, 'multi-dimensional slicing is not implemented');
  typeError('memoryview: invalid slice key');
}

/** memory_ass_sub. */
function setItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  const m = mv(self);
  live(m);
  if (m.readonly) typeError('cannot modify read-only memory');
  if (value === null) typeError('cannot delete memory');
  const ndim = ndimOf(m);
  if (ndim === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) return packAt(m, m.offset, value);
    invalidZeroDim();
  }
  if (hasIndex(key)) {
    if (ndim > 1) throw newError(E.NotImplementedError, 'sub-views are not implemented');
    const p = lookupDimension(m, m.offset, 0, key);
    live(m); // the key's __index__ may have released the view
    return packAt(m, p, value);
  }
  if (isSlice(key) && ndim === 1) {
    const dst = sliceView(m, key);
    const src = value instanceof PyMemoryView ? value : bytesLikeData(value) !== undefined ? memoryviewOf(value) : undefined;
    if (src === undefined) typeError(`a bytes-like object is required, not '${typeName(value)}'`);
    if (src.fmt !== dst.fmt || ndimOf(src) !== 1 || src.count !== dst.count) {
      throw newError(E.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    }
    const bytes = src.data.slice();
    const d = m.base.data;
    for (let k = 0; k < dst.count; k++) d.set(bytes.subarray(k * dst.itemsize, (k + 1) * dst.itemsize), dst.at(k));
    return;
  }
  if (key instanceof PyTuple && key.items.every(hasIndex)) {
    const p = tuplePosition(m, key.items);
    live(m);
    return packAt(m, p, value);
  }
  if (isSlice(key) || (key instanceof PyTuple && key.items.every(isSlice))) {
    throw newError(E.NotImplementedError, 'memoryview slice assignments are currently restricted to ndim = 1');
  }
  typeError('memoryview: invalid slice key');
}

/** The items in C order (flat). */
function toList(m: PyMemoryView): PyObject[] {
  live(m);
  const out: PyObject[] = [];
  const d = m.base.data;
  if (m.shape !== null) {
    for (const p of itemOffsets(m)) out.push(unpackFrom(m, d, p));
    return out;
  }
  for (let i = 0; i < m.count; i++) out.push(unpackFrom(m, d, m.at(i)));
  return out;
}

/** memory_tolist: nested lists by dimension (a 0-d view's one item as it is). */
function toNested(m: PyMemoryView): PyObject {
  if (m.shape === null) return new PyList(toList(m));
  live(m);
  const shape = m.shape;
  const strides = m.strides!;
  const rec = (dim: number, p: number): PyObject => {
    if (dim === shape.length) return unpackAt(m, p);
    const out: PyObject[] = [];
    for (let i = 0; i < shape[dim]; i++) out.push(rec(dim + 1, p + i * strides[dim]));
    return new PyList(out);
  };
  return rec(0, m.offset);
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
    // Views of different shapes are unequal (equiv_shape).
    const sa = shapeOf(m), sb = shapeOf(o);
    if (sa.length !== sb.length || sa.some((n, k) => n !== sb[k])) return op === CmpOp.NE;
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

/** memory_cast: to a one-dimensional view of another format, or (with a shape) 1-D <-> N-D. */
function cast(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const m = mv(self);
  const [fmtA, shapeA] = bindNative('cast', ['format', 'shape'], args, kwnames, 0, 1);
  live(m);
  const fmt = strValue(fmtA!);
  if (fmt === undefined) typeError(`cast() argument 'format' must be str, not ${argTypeName(fmtA!)}`);
  if (!contiguous(m, false)) typeError('memoryview: casts are restricted to C-contiguous views');
  const shapeGiven = shapeA !== undefined;
  if ((shapeGiven || ndimOf(m) !== 1) && shapeOf(m).some((n) => n === 0)) {
    typeError('memoryview: cannot cast view with zeros in shape or strides');
  }
  let dims: PyObject[] = [];
  if (shapeGiven) {
    if (!((shapeA instanceof PyList || shapeA instanceof PyTuple))) typeError('shape must be a list or a tuple');
    dims = (shapeA as PyList | PyTuple).items.slice();
    if (dims.length > 64) throw newError(E.ValueError, 'memoryview: number of dimensions must not exceed 64');
    if (ndimOf(m) !== 1 && dims.length !== 1) typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  // CPython reads the format as ASCII first: another character is the codec's error.
  if (!/^[\x00-\x7f]*$/.test(fmt)) encodeText(fmt, 'ascii', 'strict');
  const f = fmt.startsWith('@') ? fmt.slice(1) : fmt;
  const size = ITEM_SIZE[f];
  if (size === undefined) {
    throw newError(E.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (m.itemsize !== 1 && size !== 1) typeError('memoryview: cannot cast between two non-byte formats');
  const nbytes = itemCount(m) * m.itemsize;
  if (nbytes % size !== 0) typeError('memoryview: length is not a multiple of itemsize');
  if (!shapeGiven) return new PyMemoryView(m.base, m.offset, nbytes / size, size, f, m.readonly);
  // cast_to_ND: the shape's items are ints > 0 whose product fills the buffer.
  const shape: number[] = [];
  for (const d of dims) {
    if (!(typeof d === 'number' || typeof d === 'bigint' || typeof d === 'boolean' || d instanceof PyIntObj)) {
      typeError('memoryview.cast(): elements of shape must be integers');
    }
    const v = asIntValue(d)!;
    if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
    const n = Number(v);
    if (n <= 0) throw newError(E.ValueError, 'memoryview.cast(): elements of shape must be integers > 0');
    shape.push(n);
  }
  let len = size;
  for (const n of shape) len *= n;
  if (len !== nbytes) typeError('memoryview: product(shape) * itemsize != buffer size');
  if (shape.length === 1) return new PyMemoryView(m.base, m.offset, shape[0], size, f, m.readonly);
  const strides = new Array<number>(shape.length);
  let step = size;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  return new PyMemoryView(m.base, m.offset, shape.length === 0 ? 1 : shape[0], shape.length === 0 ? size : strides[0], f, m.readonly, shape, strides);
}

/** The number of items (the product of the shape). */
function itemCount(m: PyMemoryView): number {
  if (m.shape === null) return m.count;
  let n = 1;
  for (const d of m.shape) n *= d;
  return n;
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
      if (ndimOf(mv(self)) === 0) invalidZeroDim();
      if (ndimOf(mv(self)) !== 1) throw newError(E.NotImplementedError, 'multi-dimensional sub-views are not implemented');
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
    tolist: noArgs('tolist', (m) => toNested(m)),
    hex: (self, args, kwnames) => {
      live(mv(self));
      const h = T.bytes.dict.getStr('hex')!;
      return call(h, [newBytes(mv(self).data.slice()), ...args], kwnames);
    },
    toreadonly: noArgs('toreadonly', (m) => {
      live(m);
      return sameWindow(m, true);
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
    nbytes: prop((m) => itemCount(m) * m.itemsize),
    readonly: prop((m) => m.readonly),
    itemsize: prop((m) => m.itemsize),
    format: prop((m) => m.fmt),
    ndim: prop((m) => ndimOf(m)),
    shape: prop((m) => new PyTuple(shapeOf(m))),
    // (A stride from a huge slice step may be beyond 2**53: an int of its double's value.)
    strides: prop((m) => new PyTuple(stridesOf(m).map((x) => (Number.isSafeInteger(x) ? x : normInt(BigInt(x)))))),
    suboffsets: prop(() => new PyTuple([])),
    c_contiguous: prop((m) => contiguous(m, false)),
    f_contiguous: prop((m) => contiguous(m, true)),
    contiguous: prop((m) => contiguous(m, false) || contiguous(m, true)),
  });
  setBufferProvider((v) => (v instanceof PyMemoryView ? v.data : undefined));
}
