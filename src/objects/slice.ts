// slice objects and the index arithmetic every sequence shares (CPython's PySlice_Unpack +
// PySlice_AdjustIndices for list/tuple/str/bytes, and _PySlice_GetLongIndices, exact with big
// ints, for slice.indices() and range slicing).

import { PyObj, normInt, type PyObject } from './object.js';
import { T } from './types.js';
import { PyTuple } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeError, repr, richCompare } from './protocol.js';
import { addMethods, addGetSets, checkPositional } from './native.js';
import { defineNew } from './class-create.js';
import { indexOf } from './int-type.js';
import { argO, noKeywords } from './iterate.js';
import { indexValue } from './str.js';

export class PySlice extends PyObj {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super(T.slice, null);
  }
}

const MAX = Number.MAX_SAFE_INTEGER;
const SLICE_INDEX_MSG = 'slice indices must be integers or None or have an __index__ method';

/** Does `v`'s type implement __index__ (CPython's _PyIndex_Check)? */
export function hasIndex(v: PyObject): boolean {
  switch (typeof v) {
    case 'number': case 'bigint': case 'boolean': return true;
    case 'string': return false;
  }
  return v.cls.slots.index !== undefined;
}

/** An index as a JS number, clamped to the safe range (CPython clamps to Py_ssize_t). */
function clampIndex(v: number | bigint): number {
  if (typeof v === 'number') return v;
  return v > 0n ? MAX : -MAX;
}

/**
 * _PyEval_SliceIndex: an int (or __index__) slice component as a clamped number; `msg` is the
 * TypeError for anything else.
 */
export function sliceIndexValue(v: PyObject, msg: string = SLICE_INDEX_MSG): number {
  if (typeof v === 'number') return v;
  if (!hasIndex(v)) typeError(msg);
  return clampIndex(indexOf(v));
}

/** PySlice_Unpack: [start, stop, step] with None replaced by the extremes. */
export function sliceUnpack(s: PySlice): [number, number, number] {
  let step: number;
  if (s.step === None) step = 1;
  else {
    step = sliceIndexValue(s.step);
    if (step === 0) throw newError(E.ValueError, 'slice step cannot be zero');
  }
  const start = s.start === None ? (step < 0 ? MAX : 0) : sliceIndexValue(s.start);
  const stop = s.stop === None ? (step < 0 ? -MAX : MAX) : sliceIndexValue(s.stop);
  return [start, stop, step];
}

/** PySlice_AdjustIndices: clamps start/stop to `length`; returns [start, stop, slicelength]. */
export function adjustIndices(length: number, start: number, stop: number, step: number): [number, number, number] {
  start = clampBound(start, length, step);
  stop = clampBound(stop, length, step);
  return [start, stop, sliceLength(start, stop, step)];
}

/** One bound of PySlice_AdjustIndices: negative from the end, then clamped to the sequence. */
function clampBound(i: number, length: number, step: number): number {
  if (i < 0) {
    i += length;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= length) {
    i = step < 0 ? length - 1 : length;
  }
  return i;
}

/** The number of items from clamped `start` to `stop` by `step`. */
function sliceLength(start: number, stop: number, step: number): number {
  if (step < 0) {
    if (stop < start) return step === -1 ? start - stop : Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    return step === 1 ? stop - start : Math.floor((stop - start - 1) / step) + 1;
  }
  return 0;
}

/** A slice bound that is not a JS number: its __index__ (by slot), clamped. */
function boundIndex(v: PyObject): number {
  const i = indexValue(v);
  if (i === undefined) typeError(SLICE_INDEX_MSG);
  return clampIndex(i);
}

/** sliceBounds' results: read them straight after the call (the next call overwrites them). */
export const SLICE = { start: 0, stop: 0, step: 1, n: 0 };

/**
 * The shared slice logic of list/tuple/str/bytes without an allocation: PySlice_Unpack and
 * PySlice_AdjustIndices of `s` over a sequence of `length` items, into SLICE (start, stop,
 * step, slicelength n; item k of the slice is at start + k*step).
 */
export function sliceBounds(s: { start: PyObject; stop: PyObject; step: PyObject }, length: number): void {
  let step = 1;
  const st = s.step;
  if (st !== None) {
    step = typeof st === 'number' ? st : boundIndex(st);
    if (step === 0) throw newError(E.ValueError, 'slice step cannot be zero');
  }
  const a = s.start;
  const b = s.stop;
  const start = clampBound(a === None ? (step < 0 ? MAX : 0) : typeof a === 'number' ? a : boundIndex(a), length, step);
  const stop = clampBound(b === None ? (step < 0 ? -MAX : MAX) : typeof b === 'number' ? b : boundIndex(b), length, step);
  SLICE.start = start;
  SLICE.stop = stop;
  SLICE.step = step;
  SLICE.n = sliceLength(start, stop, step);
}

/**
 * The shared slice logic of list/tuple/str/bytes: [start, stop, step, slicelength] of `s`
 * applied to a sequence of `length` items (item k of the slice is at start + k*step).
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  sliceBounds(s, length);
  return [SLICE.start, SLICE.stop, SLICE.step, SLICE.n];
}

function bigIndex(v: PyObject): bigint {
  if (!hasIndex(v)) typeError(SLICE_INDEX_MSG);
  const i = indexOf(v);
  return typeof i === 'bigint' ? i : BigInt(i);
}

/** _PySlice_GetLongIndices: exact [start, stop, step] for a (big) length, as bigints. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  let step: bigint;
  if (s.step === None) step = 1n;
  else {
    step = bigIndex(s.step);
    if (step === 0n) throw newError(E.ValueError, 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  let start: bigint;
  if (s.start === None) start = neg ? upper : lower;
  else {
    start = bigIndex(s.start);
    if (start < 0n) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  let stop: bigint;
  if (s.stop === None) stop = neg ? lower : upper;
  else {
    stop = bigIndex(s.stop);
    if (stop < 0n) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  return [start, stop, step];
}

export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  return new PySlice(start, stop, step);
}

function readonly(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

export function installSlice(): void {
  const t = T.slice;
  t.finalType = true;
  t.alloc = null;
  const s = t.slots;
  s.repr = (v) => {
    const sl = v as PySlice;
    return `slice(${repr(sl.start)}, ${repr(sl.stop)}, ${repr(sl.step)})`;
  };
  // 3.11: slices are unhashable.
  s.hash = () => typeError("unhashable type: 'slice'");
  t.dict.setStr('__hash__', None);
  s.richcompare = (v, w, op) => {
    if (!(v instanceof PySlice) || !(w instanceof PySlice)) return NotImplemented;
    if (v === w) return op === CmpOp.EQ || op === CmpOp.LE || op === CmpOp.GE;
    return richCompare(new PyTuple([v.start, v.stop, v.step]), new PyTuple([w.start, w.stop, w.step]), op);
  };
  defineNew(t, (_cls, args, kwnames) => {
    noKeywords('slice', kwnames);
    checkPositional('slice', args, null, 1, 3);
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
  });
  addGetSets(t, {
    start: [(v) => (v as PySlice).start, readonly],
    stop: [(v) => (v as PySlice).stop, readonly],
    step: [(v) => (v as PySlice).step, readonly],
  });
  addMethods(t, {
    indices: (self, args, kw) => {
      const lenArg = argO('slice.indices', args, kw);
      const lv = indexOf(lenArg);
      const length = typeof lv === 'bigint' ? lv : BigInt(lv);
      if (length < 0n) throw newError(E.ValueError, 'length should not be negative');
      const [a, b, c] = sliceIndicesBig(self as PySlice, length);
      return new PyTuple([normInt(a), normInt(b), normInt(c)]);
    },
    __reduce__: (self) => {
      const sl = self as PySlice;
      return new PyTuple([T.slice, new PyTuple([sl.start, sl.stop, sl.step])]);
    },
  });
}
