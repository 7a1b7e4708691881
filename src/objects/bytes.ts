// bytes (immutable: PyBytes over a Uint8Array) and bytearray (mutable: PyByteArray, a
// Uint8Array with spare capacity and a length): representation, slots, iterators and
// constructors. The methods both share are in bytes-methods.ts.

import { allocBytes, copyBytes } from './byte-pool.js';
import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { PyDict, newSharedDict } from './dict.js';
import { sipHashBytes } from './siphash.js';
import type { Hash } from './hash.js';
import { PyFloat } from './float.js';
import { PyTuple, PyList } from './tuple.js';
import { T } from './types.js';
import { E, newError, isPyException } from './exception.js';
import { CmpOp } from './slots.js';
import { NotImplemented, None } from './singletons.js';
import { typeOf, typeName, getIter, iterNext, call } from './protocol.js';
import { PyMethodDescriptor, addMethods, checkPositional } from './native.js';
import { bytesRepr } from '../text/str-repr.js';
import {
  strValue, isStr, indexValue, indexOrError, toSsize, isSlice, sliceIndices, kwArgs, typeError, valueError,
  memoryError, repeatCount, repeatTooLong, makeBuiltinType, MAX_STR_LEN, PY_SSIZE_T_MAX, concatOther, repeatOther,
} from './str.js';
import { encodeText, noNul } from './str-codecs.js';
import { percentFormatBytes } from './percent-format.js';
import { installBytesMethods } from './bytes-methods.js';
import { checkLengthHint } from './iterate.js';
import { pythonNumberSlot, ADD_NAMES, reflectedMul } from './tuple-type.js';

export class PyBytes extends PyObj {
  data: Uint8Array;
  constructor(data: Uint8Array, cls?: PyType) {
    super(cls ?? T.bytes, cls !== undefined && cls.hasInstanceDict ? newSharedDict() : null);
    this.data = data;
  }
}

/** No bytes: what a deletion splices in. */
export const NO_BYTES = new Uint8Array(0);

/** PyByteArray.splice's copy of a short src. */
const SCRATCH = new Uint8Array(64);

export class PyByteArray extends PyObj {
  buf: Uint8Array;
  len: number;
  /** The memoryviews made of it (weakly held; null: none): they may forbid a resize (checkResize). */
  views: WeakRef<PyObj>[] | null = null;
  constructor(data?: Uint8Array, cls?: PyType) {
    super(cls ?? T.bytearray, cls !== undefined && cls.hasInstanceDict ? newSharedDict() : null);
    this.buf = data !== undefined ? copyBytes(data) : new Uint8Array(0);
    this.len = this.buf.length;
  }
  /**
   * PyByteArray_Resize's _canresize: a change of length to n is refused while a memoryview of
   * the data is in use (`src`: the object the new data comes from, maybe such a view).
   */
  checkResize(n: number, src?: PyObject): void {
    if (this.views !== null && n !== this.len && exportsInUse(this, src)) {
      throw newError(E.BufferError, 'Existing exports of data: object cannot be re-sized');
    }
  }
  /** A bytearray whose buffer is `data`, a fresh array nothing else holds (no copy is made). */
  static adopt(data: Uint8Array): PyByteArray {
    const b = new PyByteArray();
    b.buf = data;
    b.len = data.length;
    return b;
  }
  /** The current contents (a view: copy before keeping it across mutations). */
  get data(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
  /** Makes room for n bytes in total (keeps the contents). */
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    if (n > MAX_STR_LEN * 4) memoryError();
    const nb = allocBytes(Math.max(n, this.buf.length * 2, 16));
    nb.set(this.data);
    this.buf = nb;
  }
  /**
   * Replaces [start, stop) with `src` (which may alias this buffer). The tail moves in place
   * (no typed array is made for it: each costs V8 about a microsecond).
   */
  splice(start: number, stop: number, src: Uint8Array, from?: PyObject): void {
    const k = src.length;
    if (this.views !== null) this.checkResize(this.len - (stop - start) + k, from);
    // A short src is read into SCRATCH first, which also settles aliasing (src a view of this
    // buffer). Testing for that with `src.buffer` makes V8 create the ArrayBuffer of a small
    // typed array that lives on its heap: ~250 ns, 5x a one-byte append (`ba += bytes([x])`).
    let ins: Uint8Array | null = src;
    if (k <= SCRATCH.length) {
      for (let i = 0; i < k; i++) SCRATCH[i] = src[i];
      ins = null;
    } else if (src.buffer === this.buf.buffer) ins = src.slice();
    const tail = this.len - stop;
    const n = start + k + tail;
    this.reserve(n);
    const buf = this.buf;
    if (tail > 0 && stop !== start + k) buf.copyWithin(start + k, stop, stop + tail);
    if (ins === null) for (let i = 0; i < k; i++) buf[start + i] = SCRATCH[i];
    else buf.set(ins, start);
    this.len = n;
  }
  /** Appends one byte (0-255). */
  push(v: number): void {
    if (this.views !== null) this.checkResize(this.len + 1);
    if (this.len === this.buf.length) this.reserve(this.len + 1);
    this.buf[this.len++] = v;
  }
  set(data: Uint8Array, from?: PyObject): void {
    if (this.views !== null) this.checkResize(data.length, from);
    this.buf = copyBytes(data);
    this.len = data.length;
  }
}

let exportsInUse: (ba: PyByteArray, src: PyObject | undefined) => boolean = () => false;

/** memoryview.ts: whether a bytearray's views are still in use. */
export function setExportsInUse(f: (ba: PyByteArray, src: PyObject | undefined) => boolean): void {
  exportsInUse = f;
}

export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

/** Other buffer providers (memoryview, array) can register here. */
let extraBuffer: ((v: PyObject) => Uint8Array | undefined) | null = null;
export function setBufferProvider(f: (v: PyObject) => Uint8Array | undefined): void {
  extraBuffer = f;
}

/** The bytes of a bytes-like object (bytes, bytearray, registered buffers), else undefined. */
export function bytesLikeData(v: PyObject): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data;
  if (extraBuffer !== null && typeof v === 'object') return extraBuffer(v);
  return undefined;
}

/** A bytes-like argument: "a bytes-like object is required, not 'str'". */
export function bytesArg(v: PyObject): Uint8Array {
  const d = bytesLikeData(v);
  if (d === undefined) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

export function latin1Bytes(s: string): Uint8Array {
  const n = s.length;
  const out = allocBytes(n);
  if (n > 64) {
    // Node's Latin-1 encoder writing into our array's memory (a Buffer view of it): 1024
    // units 1.9 -> 0.3 us. (Not the Buffer itself: its slice() shares memory, ours copies.)
    Buffer.from(out.buffer, out.byteOffset, n).write(s, 0, n, 'latin1');
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = allocBytes(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Hash of bytes: the same SipHash as str, so latin-1 text and its bytes hash equal (CPython). */
export function bytesHash(b: Uint8Array): Hash {
  return sipHashBytes(b, b.length);
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A byte value argument (int-like, 0..255). */
export function byteValue(v: PyObject): number {
  const i = indexOrError(v);
  if (typeof i === 'bigint' || i < 0 || i > 255) valueError('byte must be in range(0, 256)');
  return i;
}

/** Looks a special method up on the type and calls it bound to obj (_PyObject_LookupSpecial). */
export function callSpecial(obj: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d === undefined) return undefined;
  if (d instanceof PyMethodDescriptor) return d.fn(obj, args, null);
  const get = typeOf(d).slots.descrGet;
  if (get !== undefined) return call(get(d, obj, t), args);
  return call(d, args);
}

/** The bytes of an iterable of ints (list/tuple fast path); `what` names the error's type. */
function bytesFromIterable(v: PyObject, what: 'bytes' | 'bytearray'): Uint8Array {
  const rangeMsg = what === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)';
  const conv = (x: PyObject): number => {
    const i = indexOrError(x);
    if (typeof i === 'bigint' || i < 0 || i > 255) valueError(rangeMsg);
    return i;
  };
  if ((v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple)) {
    const items = v.items;
    const out = allocBytes(items.length);
    let i = 0;
    for (; i < items.length; i++) {
      const x = items[i];
      if (typeof x !== 'number') break;
      out[i] = conv(x);
    }
    if (i === items.length) return out;
    // An item with __index__ may change the list: follow its current length and items.
    const rest = Array.from(out.subarray(0, i));
    const seq = v as PyList | PyTuple;
    for (; i < seq.items.length; i++) rest.push(conv(seq.items[i]));
    return Uint8Array.from(rest);
  }
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (isPyException(e) && typeOf(e).isSubtype(E.TypeError)) typeError(`cannot convert '${typeName(v)}' object to ${what}`);
    throw e;
  }
  // bytes() sizes its buffer from the length hint (bytearray() does not ask).
  if (what === 'bytes') checkLengthHint(v);
  const out: number[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(conv(x));
  return Uint8Array.from(out);
}

/** CPython's PyBytesObject_SIZE: a bytes object's header and trailing NUL, in bytes. */
const BYTES_HEADER = 33n;

/** An int argument of bytes()/bytearray(): its count, or undefined if not index-like. */
function sizeArg(v: PyObject, what: 'bytes' | 'bytearray'): number | undefined {
  let n: number | bigint | undefined;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (v instanceof PyObj && v.cls.slots.index !== undefined) {
    try {
      n = indexValue(v);
    } catch (e) {
      if (isPyException(e) && typeOf(e).isSubtype(E.TypeError)) return undefined;
      throw e;
    }
  }
  if (n === undefined) return undefined;
  const size = toSsize(n, E.OverflowError, v);
  if (size < 0) valueError('negative count');
  // bytes(n) refuses a size whose object header would not fit in an ssize_t (a bytearray's
  // buffer has no header).
  if (what === 'bytes' && typeof n === 'bigint' && n > PY_SSIZE_T_MAX - BYTES_HEADER) {
    throw newError(E.OverflowError, 'byte string is too large');
  }
  if (size > MAX_STR_LEN * 4) memoryError();
  return size;
}

function encodingOf(fn: string, encoding: PyObject | undefined, errors: PyObject | undefined): [string, string] {
  let enc = 'utf-8';
  let errs = 'strict';
  if (encoding !== undefined) {
    const e = strValue(encoding);
    if (e === undefined) typeError(`${fn}() argument 'encoding' must be str, not ${encoding === None ? 'None' : typeName(encoding)}`);
    enc = noNul(e);
  }
  if (errors !== undefined) {
    const e = strValue(errors);
    if (e === undefined) typeError(`${fn}() argument 'errors' must be str, not ${errors === None ? 'None' : typeName(errors)}`);
    errs = noNul(e);
  }
  return [enc, errs];
}

/** bytes.__new__(cls, source=b'', encoding=..., errors=...) */
export function bytesNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, encoding, errors] = kwArgs('bytes', ['source', 'encoding', 'errors'], args, kwnames);
  const wrap = (d: Uint8Array): PyBytes => new PyBytes(d, cls === T.bytes ? undefined : cls);
  // Argument Clinic checks the encoding and errors types before anything else (as bytearray's).
  if (encoding !== undefined || errors !== undefined) encodingOf('bytes', encoding, errors);
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return wrap(new Uint8Array(0));
  }
  if (encoding !== undefined) {
    const [enc, errs] = encodingOf('bytes', encoding, errors);
    const s = strValue(x);
    if (s === undefined) typeError('encoding without a string argument');
    return wrap(encodeText(s, enc, errs));
  }
  if (errors !== undefined) {
    typeError(isStr(x) ? 'string argument without an encoding' : 'errors without a string argument');
  }
  // bytes(b) of an exact bytes is b itself (its __bytes__ returns self).
  if (x instanceof PyBytes && x.cls === T.bytes && cls === T.bytes) return x;
  if (!(x instanceof PyBytes && x.cls === T.bytes)) {
    const r = callSpecial(x, '__bytes__', []);
    if (r !== undefined) {
      if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      // bytes(x) gives what __bytes__ returned, a bytes subclass included (as CPython).
      return cls === T.bytes ? r : wrap(r.data);
    }
  }
  if (isStr(x)) typeError('string argument without an encoding');
  const size = sizeArg(x, 'bytes');
  if (size !== undefined) return wrap(new Uint8Array(size));
  const d = bytesLikeData(x);
  if (d !== undefined) return wrap(copyBytes(d));
  return wrap(bytesFromIterable(x, 'bytes'));
}

/** bytearray.__new__: an empty bytearray of class cls (filled by __init__). */
export function bytearrayNew(cls: PyType, _args: PyObject[], _kwnames: string[] | null): PyObject {
  return new PyByteArray(undefined, cls === T.bytearray ? undefined : cls);
}

/** bytearray.__init__(self, source=b'', encoding=..., errors=...) */
export function bytearrayInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const ba = self as PyByteArray;
  const [x, encoding, errors] = kwArgs('bytearray', ['source', 'encoding', 'errors'], args, kwnames);
  // Argument Clinic checks the encoding and errors types before anything else.
  encodingOf('bytearray', encoding, errors);
  // The old contents go first of all (even when the arguments turn out wrong).
  if (ba.len !== 0) ba.set(new Uint8Array(0), x);
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return;
  }
  const s = strValue(x);
  if (s !== undefined) {
    if (encoding === undefined) typeError('string argument without an encoding');
    const [enc, errs] = encodingOf('bytearray', encoding, errors);
    ba.set(encodeText(s, enc, errs));
    return;
  }
  if (encoding !== undefined || errors !== undefined) {
    typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  }
  const size = sizeArg(x, 'bytearray');
  if (size !== undefined) {
    ba.set(new Uint8Array(size));
    return;
  }
  const d = bytesLikeData(x);
  ba.set(d !== undefined ? d : bytesFromIterable(x, 'bytearray'), x);
}

/** bytearray(data) as a native constructor helper. */
export function newByteArray(data: Uint8Array): PyByteArray {
  return new PyByteArray(data);
}

// ---- slots ----

function asData(self: PyObject): Uint8Array {
  return (self as PyBytes | PyByteArray).data;
}

/** A result of the same kind as `self` (bytes for bytes and subclasses, bytearray likewise). */
export function sameKind(self: PyObject, d: Uint8Array): PyObject {
  return self instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
}

function richcompare(self: PyObject, other: PyObject, op: CmpOp): PyObject {
  const a = bytesLikeData(self);
  // bytes compares with bytes only (bytes_richcompare: a bytearray, or a subclass of it with
  // its own comparisons, answers through its reflected method); a bytearray with any buffer
  // (bytearray_richcompare: memoryview too, by its raw bytes).
  const b = other instanceof PyBytes ? other.data
    : self instanceof PyByteArray ? (other instanceof PyByteArray ? other.data : bytesLikeData(other)) : undefined;
  if (a === undefined || b === undefined) return NotImplemented;
  if (op === CmpOp.EQ || op === CmpOp.NE) {
    let eq = a.length === b.length;
    if (eq) for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { eq = false; break; }
    return op === CmpOp.EQ ? eq : !eq;
  }
  const c = compareBytes(a, b);
  switch (op) {
    case CmpOp.LT: return c < 0;
    case CmpOp.LE: return c <= 0;
    case CmpOp.GT: return c > 0;
    default: return c >= 0;
  }
}

function getItem(self: PyObject, key: PyObject): PyObject {
  const d = asData(self);
  const isBA = self instanceof PyByteArray;
  let i: number | bigint | undefined = typeof key === 'number' ? key : indexValue(key);
  if (i !== undefined) {
    let n = toSsize(i, E.IndexError, key);
    if (n < 0) n += d.length;
    if (n < 0 || n >= d.length) throw newError(E.IndexError, isBA ? 'bytearray index out of range' : 'index out of range');
    return d[n];
  }
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key, d.length);
    // A full forward slice of an exact bytes is the object itself (as CPython).
    if (step === 1 && n === d.length && self instanceof PyBytes && self.cls === T.bytes) return self;
    let out: Uint8Array;
    if (step === 1) out = copyBytes(d, start, start + n);
    else {
      out = allocBytes(n);
      for (let k = 0, j = start; k < n; k++, j += step) out[k] = d[j];
    }
    // (`out` is the slice's own copy: a bytearray takes it as its buffer.)
    return isBA ? PyByteArray.adopt(out) : new PyBytes(out);
  }
  typeError(`${isBA ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeName(key)}`);
}

function contains(self: PyObject, item: PyObject): boolean {
  const d = asData(self);
  // _Py_bytes_contains: an item whose __index__ fails is looked for as a bytes-like object.
  let i: number | bigint | undefined;
  try {
    i = typeof item === 'number' ? item : indexValue(item);
  } catch (e) {
    if (!isPyException(e)) throw e;
  }
  if (i !== undefined) {
    if (typeof i === 'bigint' || i < 0 || i > 255) valueError('byte must be in range(0, 256)');
    return d.indexOf(i) >= 0;
  }
  return findBytes(d, bytesArg(item), 0, d.length) >= 0;
}

/** Index of needle in hay[start:end] (positions already adjusted), or -1. */
export function findBytes(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  if (m === 0) return start <= end ? start : -1;
  const first = needle[0];
  const last = end - m;
  for (let i = hay.indexOf(first, start); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

export function rfindBytes(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  for (let i = end - m; i >= start; i--) {
    let k = 0;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

/** bytes + x, bytearray + x (the error names both operands' types, subclasses included). */
function concatSlot() {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = bytesLikeData(a);
    if (x === undefined || !(a instanceof PyBytes || a instanceof PyByteArray)) return NotImplemented;
    const y = bytesLikeData(b);
    if (y === undefined) {
      return concatOther(a, b, `can't concat ${typeName(b)} to ${typeName(a)}`);
    }
    // CPython's bytes and bytearray have no nb_add: another buffer's Python class with __radd__
    // (bytearray + a bytes subclass) answers before the concatenation. (A subclass of a's own
    // type has had its turn already: binary operators try it first.)
    if (!typeOf(b).isSubtype(typeOf(a))) {
      const f = pythonNumberSlot(b, 'add', ADD_NAMES);
      if (f !== undefined) {
        const r = f(a, b);
        if (r !== NotImplemented) return r;
      }
    }
    return sameKind(a, concatBytes(x, y));
  };
}

/** d repeated count times; of a bytearray (`array`), a size beyond sys.maxsize is a MemoryError
 *  as any other impossible one, of bytes an OverflowError. */
export function repeatBytes(d: Uint8Array, count: number | bigint, array = false): Uint8Array {
  if (count <= 0 || d.length === 0) return new Uint8Array(0);
  if (typeof count === 'bigint' || d.length * count > MAX_STR_LEN * 4) {
    if (!array && repeatTooLong(d.length, count)) throw newError(E.OverflowError, 'repeated bytes are too long');
    memoryError();
  }
  const out = allocBytes(d.length * count);
  for (let i = 0; i < count; i++) out.set(d, i * d.length);
  return out;
}

function mulSlot(a: PyObject, b: PyObject): PyObject {
  let seq = a;
  let n = b;
  let reflected = '__rmul__';
  if (!(a instanceof PyBytes || a instanceof PyByteArray)) {
    if (!(b instanceof PyBytes || b instanceof PyByteArray)) return NotImplemented;
    seq = b;
    n = a;
    reflected = '__mul__';
  }
  if (n === b) {
    const r = reflectedMul(a, b);
    if (r !== undefined) return r;
  }
  const count = repeatCount(n, reflected);
  if (count === undefined) return repeatOther(a, b, n);
  // An exact bytes repeated once is itself.
  if (count === 1 && seq instanceof PyBytes && seq.cls === T.bytes) return seq;
  return sameKind(seq, repeatBytes(asData(seq), count, seq instanceof PyByteArray));
}

/** The % slot of bytes (or of bytearray): as in CPython it formats only when the left operand
 * is of its own kind, so `bytearray.__rmod__(b'%s')` is NotImplemented. */
function modSlot(kind: typeof PyBytes | typeof PyByteArray) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!(a instanceof kind)) return NotImplemented;
    return sameKind(a, percentFormatBytes(a.data, b));
  };
}

// ---- bytearray mutation ----

function baSetItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  const ba = self as PyByteArray;
  const i = typeof key === 'number' ? key : indexValue(key);
  if (i !== undefined) {
    let n = toSsize(i, E.IndexError, key);
    // The value is converted first: its __index__ may resize the bytearray.
    const v = value === null ? 0 : byteValue(value);
    if (n < 0) n += ba.len;
    if (n < 0 || n >= ba.len) throw newError(E.IndexError, 'bytearray index out of range');
    if (value === null) ba.splice(n, n + 1, NO_BYTES);
    else ba.buf[n] = v;
    return;
  }
  if (!isSlice(key)) typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  const [start, stop, step, count] = sliceIndices(key, ba.len);
  let src: Uint8Array;
  if (value === null) src = new Uint8Array(0);
  else {
    const d = bytesLikeData(value);
    if (d !== undefined) src = d.slice();
    else {
      const t = typeOf(value);
      const numeric = typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' ||
        value instanceof PyFloat || t.slots.index !== undefined || t.slots.int !== undefined || t.slots.float !== undefined;
      if (isStr(value) || numeric) {
        typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      src = bytesFromIterable(value, 'bytearray');
    }
  }
  if (step === 1) {
    ba.splice(start, Math.max(start, stop), src, value ?? undefined);
    return;
  }
  // CPython's bytearray_ass_subscript deletes an extended slice assigned an empty value.
  if (value === null || src.length === 0) {
    if (count === 0) return;
    const drop = new Set<number>();
    for (let k = 0, j = start; k < count; k++, j += step) drop.add(j);
    const out = new Uint8Array(ba.len - count);
    let w = 0;
    for (let j = 0; j < ba.len; j++) if (!drop.has(j)) out[w++] = ba.buf[j];
    ba.set(out);
    return;
  }
  if (src.length !== count) valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
  for (let k = 0, j = start; k < count; k++, j += step) ba.buf[j] = src[k];
}

function baInplaceAdd(a: PyObject, b: PyObject): PyObject {
  const ba = a as PyByteArray;
  const d = bytesLikeData(b);
  if (d === undefined) return concatOther(a, b, `can't concat ${typeName(b)} to ${typeName(a)}`);
  // CPython's iconcat holds b's buffer while it resizes a: `ba += ba` is refused.
  if (b === a && ba.len > 0) throw newError(E.BufferError, 'Existing exports of data: object cannot be re-sized');
  ba.splice(ba.len, ba.len, d, b);
  return ba;
}

function baInplaceMul(a: PyObject, b: PyObject): PyObject {
  const ba = a as PyByteArray;
  const r = reflectedMul(a, b);
  if (r !== undefined) return r;
  const count = repeatCount(b, '__rmul__');
  if (count === undefined) return repeatOther(a, b, b);
  ba.set(repeatBytes(ba.data, count, true));
  return ba;
}

/** repr(bytearray): unlike bytes, a single quote is always escaped (CPython's bytearray_repr). */
function bytearrayRepr(self: PyObject): string {
  const d = asData(self);
  let quote = "'";
  for (const c of d) {
    if (c === 0x22) {
      quote = "'";
      break;
    }
    if (c === 0x27) quote = '"';
  }
  let out = `${typeName(self)}(b${quote}`;
  for (const c of d) {
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote + ')';
}

// ---- iterators ----

export class PyBytesIterator extends PyObj {
  constructor(cls: PyType, readonly seq: PyBytes | PyByteArray, public pos: number) {
    super(cls, null);
  }
}

function iterNextBytes(self: PyObject): PyObject | undefined {
  const it = self as PyBytesIterator;
  const d = it.seq.data;
  if (it.pos >= d.length) {
    // Exhausted for good: a bytearray that grows later does not revive it.
    it.pos = Infinity;
    return undefined;
  }
  return d[it.pos++];
}

export function installBytes(): void {
  if (T.bytes_iterator !== undefined) return;
  const bytesIter = makeBuiltinType('bytes_iterator');
  const baIter = makeBuiltinType('bytearray_iterator');
  for (const it of [bytesIter, baIter]) {
    it.alloc = null; // only iter() makes them
    it.finalType = true;
    it.slots.iter = (self) => self;
    it.slots.iternext = iterNextBytes;
    addMethods(it, {
      __length_hint__: (self, args, kw) => {
        checkPositional(`${it.name}.__length_hint__`, args, kw, 0, 0);
        const i = self as PyBytesIterator;
        return Math.max(0, i.seq.data.length - i.pos);
      },
    });
  }
  const common = {
    richcompare,
    len: (self: PyObject) => asData(self).length,
    getitem: getItem,
    contains,
    mul: mulSlot,
  };
  const b = T.bytes;
  b.alloc = (cls) => new PyBytes(new Uint8Array(0), cls);
  Object.assign(b.slots, common, {
    repr: (self: PyObject) => bytesRepr(asData(self)),
    str: (self: PyObject) => bytesRepr(asData(self)),
    hash: (self: PyObject) => bytesHash(asData(self)),
    iter: (self: PyObject) => new PyBytesIterator(bytesIter, self as PyBytes, 0),
    add: concatSlot(),
    mod: modSlot(PyBytes),
  });
  const ba = T.bytearray;
  ba.alloc = (cls) => new PyByteArray(undefined, cls);
  Object.assign(ba.slots, common, {
    repr: bytearrayRepr,
    str: bytearrayRepr,
    hash: (self: PyObject) => typeError(`unhashable type: '${typeName(self)}'`),
    iter: (self: PyObject) => new PyBytesIterator(baIter, self as PyByteArray, 0),
    add: concatSlot(),
    mod: modSlot(PyByteArray),
    setitem: baSetItem,
    iadd: baInplaceAdd,
    imul: baInplaceMul,
  });
  ba.dict.setStr('__hash__', None);
  installBytesMethods(b, ba);
}
