// The range type: start/stop/step/length as Python ints (JS numbers when safe, bigints beyond),
// O(1) len/index/count/`in` for ints, slicing to a range, reversed(), equality by sequence,
// CPython's hash, and iterators over JS numbers when every value is a safe integer.

import { PyObj, normInt, type PyObject } from './object.js';
import { T } from './types.js';
import { PyTuple } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeName, typeError, repr, richEqBool, getIter, iterNext } from './protocol.js';
import { addMethods, addGetSets, checkPositional } from './native.js';
import { defineNew } from './class-create.js';
import { indexOf } from './int-type.js';
import { PySlice, sliceIndicesBig, hasIndex } from './slice.js';
import { tupleHash } from './tuple-type.js';
import { ensureIteratorTypes, PyRangeIter, PyLongRangeIter } from './iterators.js';
import { argO, argNone, noKeywords, registerFastIteration } from './iterate.js';

type Int = number | bigint;

const big = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export class PyRange extends PyObj {
  /** All four are safe JS numbers (fast paths apply). */
  readonly small: boolean;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int, readonly length: Int) {
    super(T.range, null);
    this.small = typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && typeof length === 'number';
  }
}

/** compute_range_length */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    let lo: number, hi: number, st: number;
    if (step > 0) {
      lo = start;
      hi = stop;
      st = step;
    } else {
      lo = stop;
      hi = start;
      st = -step;
    }
    if (lo >= hi) return 0;
    const d = hi - lo - 1;
    if (Number.isSafeInteger(d)) return Math.floor(d / st) + 1;
  }
  let lo: bigint, hi: bigint, st: bigint;
  if (big(step) > 0n) {
    lo = big(start);
    hi = big(stop);
    st = big(step);
  } else {
    lo = big(stop);
    hi = big(start);
    st = -big(step);
  }
  if (lo >= hi) return 0;
  return normInt((hi - lo - 1n) / st + 1n);
}

export function newRange(start: Int, stop: Int, step: Int): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) + big(b));
}

function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) * big(b));
}

/** The i-th value (i already adjusted and in range). */
function itemAt(r: PyRange, i: Int): Int {
  return add(r.start, mul(i, r.step));
}

function computeItem(r: PyRange, iObj: Int): PyObject {
  let i: Int = iObj;
  if (typeof i === 'number' && typeof r.length === 'number') {
    if (i < 0) i += r.length;
    if (i < 0 || i >= r.length) throw newError(E.IndexError, 'range object index out of range');
    return itemAt(r, i);
  }
  let bi = big(i);
  const len = big(r.length);
  if (bi < 0n) bi += len;
  if (bi < 0n || bi >= len) throw newError(E.IndexError, 'range object index out of range');
  return itemAt(r, normInt(bi));
}

function rangeGetItem(self: PyObject, key: PyObject): PyObject {
  const r = self as PyRange;
  if (typeof key === 'number') return computeItem(r, key);
  if (key instanceof PySlice) {
    const [s, e, st] = sliceIndicesBig(key, big(r.length));
    const step = mul(r.step, normInt(st));
    return newRange(itemAt(r, normInt(s)), itemAt(r, normInt(e)), step);
  }
  if (hasIndex(key)) return computeItem(r, indexOf(key));
  typeError(`range indices must be integers or slices, not ${typeName(key)}`);
}

function isExactInt(v: PyObject): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

function asInt(v: number | bigint | boolean): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** range_contains_long */
function containsInt(r: PyRange, ob: Int): boolean {
  if (r.small && typeof ob === 'number') {
    const start = r.start as number, stop = r.stop as number, step = r.step as number;
    if (step > 0 ? !(start <= ob && ob < stop) : !(ob <= start && stop < ob)) return false;
    return (ob - start) % step === 0;
  }
  const o = big(ob), start = big(r.start), stop = big(r.stop), step = big(r.step);
  if (step > 0n ? !(start <= o && o < stop) : !(o <= start && stop < o)) return false;
  return (o - start) % step === 0n;
}

/** _PySequence_IterSearch over the range. */
function iterSearch(r: PyRange, x: PyObject, mode: 'count' | 'index' | 'contains'): number {
  const it = getIter(r);
  let n = 0;
  let i = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    if (richEqBool(item, x)) {
      if (mode === 'contains') return 1;
      if (mode === 'index') return i;
      n++;
    }
    i++;
  }
  if (mode === 'index') throw newError(E.ValueError, 'sequence.index(x): x not in sequence');
  return mode === 'count' ? n : 0;
}

function rangeContains(self: PyObject, x: PyObject): boolean {
  const r = self as PyRange;
  if (isExactInt(x)) return containsInt(r, asInt(x));
  return iterSearch(r, x, 'contains') === 1;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (!eq(a.length, b.length)) return false;
  if (a.length === 0) return true;
  if (!eq(a.start, b.start)) return false;
  if (a.length === 1) return true;
  return eq(a.step, b.step);
}

function eq(a: Int, b: Int): boolean {
  return a === b || (typeof a !== typeof b && big(a) === big(b));
}

function rangeRepr(v: PyObject): string {
  const r = v as PyRange;
  if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
  return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
}

function rangeHash(v: PyObject): Int {
  const r = v as PyRange;
  if (r.length === 0) return tupleHash([r.length, None, None]);
  if (r.length === 1) return tupleHash([r.length, r.start, None]);
  return tupleHash([r.length, r.start, r.step]);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** An iterator from `start` by `step` for `len` values. */
function makeIter(start: Int, step: Int, len: Int): PyObject {
  if (typeof start === 'number' && typeof step === 'number' && typeof len === 'number') {
    // Every produced value must be a safe integer: check the last one.
    const last = len > 0 ? start + (len - 1) * step : start;
    if (Number.isSafeInteger(last) && Math.abs(last) <= MAX_SAFE) return new PyRangeIter(start, step, len);
  }
  return new PyLongRangeIter(big(start), big(step), big(len));
}

function rangeIter(v: PyObject): PyObject {
  const r = v as PyRange;
  return makeIter(r.start, r.step, r.length);
}

/** [start, start + step, ...] (n items; a loop kernel: docs/native-loops.md). */
function arithmeticArray(start: number, step: number, n: number): PyObject[] {
  const out = new Array<PyObject>(n);
  let x = start;
  for (let i = 0; i < n; i++, x += step) out[i] = x;
  return out;
}

function rangeArray(v: PyObject): PyObject[] {
  const r = v as PyRange;
  if (r.small) {
    const n = r.length as number;
    if (n > 2 ** 30) throw newError(E.MemoryError);
    const out = arithmeticArray(r.start as number, r.step as number, n);
    if (n === 0 || Number.isSafeInteger(out[n - 1] as number)) return out;
  }
  // CPython sizes the list by len() first: past ssize_t an OverflowError, else no memory.
  const n = BigInt(r.length);
  if (n > SSIZE_MAX) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (n > 2n ** 30n) throw newError(E.MemoryError);
  const out: PyObject[] = [];
  const it = rangeIter(r);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** The exact length of a range (len() of huge ranges without the double rounding). */
export function rangeLen(r: PyRange): number | bigint {
  return r.length;
}

function readonly(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

export function installRange(): void {
  ensureIteratorTypes();
  const t = T.range;
  t.finalType = true;
  t.alloc = null;
  const s = t.slots;
  s.repr = rangeRepr;
  s.hash = rangeHash;
  s.richcompare = (v, w, op) => {
    if (!(v instanceof PyRange) || !(w instanceof PyRange)) return NotImplemented;
    if (op === CmpOp.EQ) return rangeEquals(v, w);
    if (op === CmpOp.NE) return !rangeEquals(v, w);
    return NotImplemented;
  };
  s.len = (v) => {
    const n = (v as PyRange).length;
    if (typeof n === 'number') return n;
    // Py_ssize_t bound, as CPython; the slot gives a length past 2**53 as the exact bigint.
    if (n > SSIZE_MAX) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
    return n;
  };
  s.bool = (v) => (v as PyRange).length !== 0;
  s.getitem = rangeGetItem;
  s.contains = rangeContains;
  s.iter = rangeIter;
  registerFastIteration(rangeIter, rangeArray);

  defineNew(t, (_cls, args, kwnames) => {
    noKeywords('range', kwnames);
    checkPositional('range', args, null, 1, 3);
    if (args.length === 1) return newRange(0, indexOf(args[0]), 1);
    const start = indexOf(args[0]);
    const stop = indexOf(args[1]);
    const step = args.length === 3 ? indexOf(args[2]) : 1;
    if (step === 0) throw newError(E.ValueError, 'range() arg 3 must not be zero');
    return newRange(start, stop, step);
  });
  addGetSets(t, {
    start: [(v) => (v as PyRange).start, readonly],
    stop: [(v) => (v as PyRange).stop, readonly],
    step: [(v) => (v as PyRange).step, readonly],
  });
  addMethods(t, {
    count: (self, args, kw) => {
      const x = argO('range.count', args, kw);
      const r = self as PyRange;
      if (isExactInt(x)) return containsInt(r, asInt(x)) ? 1 : 0;
      return iterSearch(r, x, 'count');
    },
    index: (self, args, kw) => {
      const x = argO('range.index', args, kw);
      const r = self as PyRange;
      if (isExactInt(x)) {
        const ob = asInt(x);
        if (!containsInt(r, ob)) throw newError(E.ValueError, `${repr(x)} is not in range`);
        if (typeof ob === 'number' && r.small) return Math.floor((ob - (r.start as number)) / (r.step as number));
        const q = (big(ob) - big(r.start)) / big(r.step);
        return normInt(q);
      }
      return iterSearch(r, x, 'index');
    },
    __reversed__: (self, args, kw) => {
      argNone('range.__reversed__', args, kw);
      const r = self as PyRange;
      const len = r.length;
      if (len === 0) return makeIter(r.start, r.step, 0);
      const last = add(r.start, mul(add(len, -1), r.step));
      return makeIter(last, mul(r.step, -1), len);
    },
    __reduce__: (self, args, kw) => {
      argNone('range.__reduce__', args, kw);
      const r = self as PyRange;
      return new PyTuple([T.range, new PyTuple([r.start, r.stop, r.step])]);
    },
  });
}
