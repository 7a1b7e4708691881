// The tuple type: slots, methods, constructor, and CPython 3.11's tuple hash (the xxHash-based
// tuplehash, computed in two 32-bit halves so it equals CPython's 64-bit value exactly).
// Also the pieces list and tuple share: lexicographic comparison, index conversion, repeat.

import { enterRecursive, leaveRecursive, IN_COMPARISON } from './recursion.js';
import { type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyTuple, PyList, EMPTY_TUPLE } from './tuple.js';
import { NotImplemented, None } from './singletons.js';
import { PyFloat } from './float.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeOf, typeName, typeError, repr, itemReprs, hashOf, richCompare, richEqBool, compareNumbers } from './protocol.js';
import { addMethods } from './native.js';
import { defineNew } from './class-create.js';
import { indexOf } from './int-type.js';
import { PySlice, sliceBounds, SLICE, sliceIndexValue, hasIndex } from './slice.js';
import {
  withDict, iterateToArray, iterateToArrayHinted, reprEnter, reprLeave, argO, argRange, argNone, noKeywords, registerFastIteration, indexError,
} from './iterate.js';
import { ensureIteratorTypes, PySeqArrayIter } from './iterators.js';
import { type Hash, hashHigh, hashLow, int64FromHalves, foldHalves } from './hash.js';
import { strHashEntry } from './str.js';

// --- shared sequence helpers ----------------------------------------------------------------

const SSIZE_MIN = -(1n << 63n);
const SSIZE_MAX = (1n << 63n) - 1n;

/**
 * An int-like subscript as a JS number (PyNumber_AsSsize_t(key, IndexError)), or undefined when
 * `key` has no __index__. Ints beyond Py_ssize_t raise "cannot fit 'int' into an index-sized
 * integer"; the others beyond the safe range stay approximate (they are out of range anyway).
 */
export function subscriptIndex(key: PyObject): number | undefined {
  switch (typeof key) {
    case 'number': return key;
    case 'boolean': return key ? 1 : 0;
    case 'string': return undefined;
    case 'bigint': return bigToIndex(key, E.IndexError);
  }
  if (key.cls.slots.index === undefined) return undefined;
  const v = indexOf(key);
  return typeof v === 'number' ? v : bigToIndex(v, E.IndexError, key);
}

/** `of`: the object whose __index__ gave v, named in the message (an int when omitted). */
function bigToIndex(v: bigint, err: PyType, of?: PyObject): number {
  if (v < SSIZE_MIN || v > SSIZE_MAX) {
    throw newError(err, `cannot fit '${of === undefined ? 'int' : typeName(of)}' into an index-sized integer`);
  }
  return Number(v);
}

/** PyNumber_AsSsize_t(v, OverflowError) for an operand known to have __index__ (repeat counts). */
export function repeatCount(v: PyObject): number {
  const i = typeof v === 'number' ? v : indexOf(v);
  return typeof i === 'number' ? i : bigToIndex(i, E.OverflowError, v);
}

/** A Py_ssize_t argument (list.insert/pop): __index__, OverflowError beyond Py_ssize_t. */
export function ssizeArg(v: PyObject): number {
  const i = typeof v === 'number' ? v : indexOf(v);
  if (typeof i === 'number') return i;
  if (i < SSIZE_MIN || i > SSIZE_MAX) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(i);
}

/** Start/stop arguments of index(): _PyEval_SliceIndexNotNone. */
export function indexBound(v: PyObject): number {
  return sliceIndexValue(v, 'slice indices must be integers or have an __index__ method');
}

const MAX_ITEMS = 2 ** 30;

/** items * n, as a new array (n <= 0 gives []). */
export function repeatItems(items: PyObject[], n: number): PyObject[] {
  const len = items.length;
  if (n <= 0 || len === 0) return [];
  if (len * n > MAX_ITEMS) throw newError(E.MemoryError);
  if (len === 1) return new Array(n).fill(items[0]);
  const out = new Array<PyObject>(len * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < len; i++) out[k++] = items[i];
  return out;
}

/**
 * The other operand's `add`/`mul` slot when a Python class defines the operator (CPython's
 * nb_add/nb_multiply of a heap type), for the sequence fallbacks: list + x tries x.__radd__
 * before "can only concatenate". Builtin sequences' slots are sq_concat/sq_repeat in CPython
 * and are not consulted.
 */
export function pythonNumberSlot(v: PyObject, slot: 'add' | 'mul', names: readonly string[]): ((a: PyObject, b: PyObject) => PyObject) | undefined {
  const t = typeOf(v);
  if (!t.isHeapType) return undefined;
  for (const m of t.mro) {
    for (const n of names) if (m.dict.getStr(n) !== undefined) return m.isHeapType ? t.slots[slot] : undefined;
  }
  return undefined;
}

export const ADD_NAMES = ['__add__', '__radd__'] as const;
export const MUL_NAMES = ['__mul__', '__rmul__'] as const;

/**
 * `seq * b` where b is an instance of a Python class defining * (nb_multiply): binary_op1 calls
 * its slot (b.__rmul__(seq)) before sequence_repeat, even when b has an __index__; the result,
 * or undefined for NotImplemented or any other right operand.
 */
export function reflectedMul(seq: PyObject, b: PyObject): PyObject | undefined {
  const f = pythonNumberSlot(b, 'mul', MUL_NAMES);
  if (f === undefined) return undefined;
  const r = f(seq, b);
  return r === NotImplemented ? undefined : r;
}

/** Anything usable as a repeat count (has __index__)? */
export function isIndexable(v: PyObject): boolean {
  return hasIndex(v);
}

interface HasItems {
  items: PyObject[];
}

/**
 * list/tuple rich comparison: find the first index where the items differ (identity, then ==),
 * then compare those items with `op`, or the lengths when one sequence is a prefix. The items
 * arrays are re-read each step since __eq__ may mutate a list.
 */
export function seqRichCompare(v: HasItems, w: HasItems, op: CmpOp): PyObject {
  if (v.items.length !== w.items.length && (op === CmpOp.EQ || op === CmpOp.NE)) return op === CmpOp.NE;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const a = v.items[i];
    const b = w.items[i];
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') break;
    if (typeof a === 'string' && typeof b === 'string') break;
    if (!itemEq(a, b)) break;
  }
  const vl = v.items.length;
  const wl = w.items.length;
  if (i >= vl || i >= wl) return compareNumbers(vl, wl, op);
  if (op === CmpOp.EQ) return false;
  if (op === CmpOp.NE) return true;
  enterRecursive(IN_COMPARISON);
  try {
    return richCompare(v.items[i], w.items[i], op);
  } finally {
    leaveRecursive();
  }
}

/** Items of two containers compared: a level of CPython's PyObject_RichCompare recursion. */
export function itemEq(a: PyObject, b: PyObject): boolean {
  enterRecursive(IN_COMPARISON);
  try {
    return richEqBool(a, b);
  } finally {
    leaveRecursive();
  }
}

/** `x in seq` for list/tuple: identity or item == x, re-reading the live array. */
export function seqContains(s: HasItems, x: PyObject): boolean {
  if (typeof x === 'number') {
    for (let i = 0; i < s.items.length; i++) {
      const it = s.items[i];
      if (it === x) return true;
      if (typeof it === 'number' || typeof it === 'string') continue;
      if (richEqBool(it, x)) return true;
    }
    return false;
  }
  if (typeof x === 'string') {
    for (let i = 0; i < s.items.length; i++) {
      const it = s.items[i];
      if (it === x) return true;
      if (typeof it === 'number' || typeof it === 'string') continue;
      if (richEqBool(it, x)) return true;
    }
    return false;
  }
  for (let i = 0; i < s.items.length; i++) if (richEqBool(s.items[i], x)) return true;
  return false;
}

/** The count/index loops: item == x with the item on the left, as CPython. */
export function seqCount(s: HasItems, x: PyObject): number {
  let n = 0;
  for (let i = 0; i < s.items.length; i++) if (richEqBool(s.items[i], x)) n++;
  return n;
}

/** index(x, start, stop) over the live items; -1 when absent. */
export function seqIndex(s: HasItems, x: PyObject, args: PyObject[]): number {
  let start = args.length > 1 ? indexBound(args[1]) : 0;
  let stop = args.length > 2 ? indexBound(args[2]) : Number.MAX_SAFE_INTEGER;
  const n = s.items.length;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < s.items.length; i++) if (richEqBool(s.items[i], x)) return i;
  return -1;
}

/**
 * a + b as a new packed array. Array.prototype.concat is a generic builtin (spreadable checks):
 * ~80 ns for a 3 + 1 list against ~20 for a copy and pushes; past a few dozen items its
 * block copy wins.
 */
export function concatItems(a: PyObject[], b: PyObject[]): PyObject[] {
  if (a.length + b.length > 32) return a.concat(b);
  const r = a.slice();
  for (let i = 0; i < b.length; i++) r.push(b[i]);
  return r;
}

/** The items of a slice of `items` (a new array). */
export function sliceItems(items: PyObject[], s: PySlice): PyObject[] {
  sliceBounds(s, items.length);
  return boundedItems(items);
}

const SEQ_PARTS: { start: PyObject; stop: PyObject; step: PyObject } = { start: 0, stop: 0, step: 0 };

/**
 * o[a:b:c] of an exact list or tuple by ints and Nones, without the slice object (the VM's
 * compiled BUILD_SLICE + BINARY_SUBSCR): what list/tuple getitem gives for slice(a, b, c).
 */
export function seqSlice(o: PyList | PyTuple, a: PyObject, b: PyObject, c: PyObject): PyObject {
  SEQ_PARTS.start = a;
  SEQ_PARTS.stop = b;
  SEQ_PARTS.step = c;
  const items = o.items;
  sliceBounds(SEQ_PARTS, items.length);
  return o instanceof PyList ? new PyList(boundedItems(items)) : boundedTuple(o);
}

/** The slice of tuple t that sliceBounds just put in SLICE: t itself when whole and exact, as CPython. */
function boundedTuple(t: PyTuple): PyTuple {
  const n = SLICE.n;
  if (SLICE.start === 0 && SLICE.step === 1 && n === t.items.length && t.cls === T.tuple) return t;
  if (n === 0) return EMPTY_TUPLE;
  return new PyTuple(boundedItems(t.items));
}

/** The items of the slice sliceBounds just put in SLICE (a new array). */
function boundedItems(items: PyObject[]): PyObject[] {
  const start = SLICE.start;
  const step = SLICE.step;
  const n = SLICE.n;
  if (step === 1) return items.slice(start, start + n);
  if (step === -1) return items.slice(start - n + 1, start + 1).reverse();
  const out = new Array<PyObject>(n);
  for (let k = 0, i = start; k < n; k++, i += step) out[k] = items[i];
  return out;
}

// --- tuple hash (CPython 3.11 tuplehash, xxHash-style, 64-bit) -----------------------------

// 64-bit values as [hi, lo] 32-bit halves. All the arithmetic is on int32s (Math.imul, shifts
// and 16-bit partial products), so V8 keeps it in registers: no float modulo, no heap numbers.
const P1_HI = 0x9e3779b1 | 0, P1_LO = 0x85ebca87 | 0;
const P2_HI = 0xc2b2ae3d | 0, P2_LO = 0x27d4eb4f | 0;
const P5_HI = 0x27d4eb2f | 0, P5_LO = 0x165667c5 | 0;
const K_HI = 0x27d4eb2f, K_LO = 0x1663b4b6; // P5 ^ 3527539
const P1_L0 = P1_LO & 0xffff, P1_L1 = P1_LO >>> 16;
const P2_L0 = P2_LO & 0xffff, P2_L1 = P2_LO >>> 16;

// The result of tupleHash64, as int32 halves (Smis: writing them allocates nothing). Exported
// (live bindings) for the set table, which keeps every hash as its two halves.
export let tupHi = 0;
export let tupLo = 0;

/** CPython 3.11's tuplehash of `items` into tupHi/tupLo (-1 already replaced). */
export function tupleHash64(items: PyObject[]): void {
  let accHi = P5_HI, accLo = P5_LO;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const x = items[i];
    let laneHi: number, laneLo: number;
    if (typeof x === 'number' && x >= 0 && x < 4294967296) {
      laneHi = 0;
      laneLo = x | 0;
    } else if (typeof x === 'string') {
      const e = strHashEntry(x);
      laneHi = e.hi | 0;
      laneLo = e.lo | 0;
    } else if (x instanceof PyTuple && x.cls === T.tuple) {
      tupleHash64(x.items);
      laneHi = tupHi;
      laneLo = tupLo;
    } else {
      if (typeof x === 'object' && x !== None && !(x instanceof PyFloat && x.cls === T.float)) tupPure = false;
      const h = typeof x === 'number' ? (x === -1 ? -2 : x) : hashOf(x);
      laneHi = hashHigh(h) | 0;
      laneLo = hashLow(h) | 0;
    }
    // p = lane * P2 (mod 2**64): low half by imul, high half from 16-bit partial products.
    let a0 = laneLo & 0xffff, a1 = laneLo >>> 16;
    let p01 = a0 * P2_L1, p10 = a1 * P2_L0;
    let mid = ((a0 * P2_L0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    const pHi = (a1 * P2_L1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(laneHi, P2_LO) + Math.imul(laneLo, P2_HI)) | 0;
    const pLo = Math.imul(laneLo, P2_LO);
    // acc += p
    const lo = (accLo >>> 0) + (pLo >>> 0);
    const hi = (accHi + pHi + (lo > 0xffffffff ? 1 : 0)) | 0;
    const lo32 = lo | 0;
    // acc = rotl(acc, 31)
    const rHi = (hi << 31) | (lo32 >>> 1);
    const rLo = (lo32 << 31) | (hi >>> 1);
    // acc *= P1
    a0 = rLo & 0xffff;
    a1 = rLo >>> 16;
    p01 = a0 * P1_L1;
    p10 = a1 * P1_L0;
    mid = ((a0 * P1_L0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    accHi = (a1 * P1_L1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(rHi, P1_LO) + Math.imul(rLo, P1_HI)) | 0;
    accLo = Math.imul(rLo, P1_LO);
  }
  // acc += len ^ (P5 ^ 3527539)
  const lo = (accLo >>> 0) + ((K_LO ^ n) >>> 0);
  const hi = (accHi + K_HI + (lo > 0xffffffff ? 1 : 0)) | 0;
  const lo32 = lo | 0;
  if (hi === -1 && lo32 === -1) {
    tupHi = 0;
    tupLo = 1546275796;
  } else {
    tupHi = hi;
    tupLo = lo32;
  }
}

/** A uint64 (or int32) pair of halves, read as a signed 64-bit Python int. */
export function signed64(hi: number, lo: number): Hash {
  const v = (hi | 0) * 4294967296 + (lo >>> 0);
  if (Number.isSafeInteger(v)) return v;
  return int64FromHalves(hi | 0, lo >>> 0);
}

export function tupleHash(items: PyObject[]): Hash {
  tupleHash64(items);
  return signed64(tupHi, tupLo);
}

// Cleared by tupleHash64 when an item's hash may run Python code (a user __hash__).
let tupPure = true;

/** foldHash(hash(t)) for an exact tuple, without building the (usually big) Python int; cached on t when pure. */
export function tupleHashKeyOf(t: PyTuple): number {
  const c = t.hk;
  if (c >= 0) return c;
  tupPure = true;
  tupleHash64(t.items);
  const k = foldHalves(tupHi, tupLo);
  if (tupPure) t.hk = k;
  return k;
}

// --- the tuple type ---------------------------------------------------------------------------

export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

function tupleRepr(v: PyObject): string {
  const t = v as PyTuple;
  const n = t.items.length;
  if (n === 0) return '()';
  if (!reprEnter(t)) return '(...)';
  try {
    if (n === 1) return `(${repr(t.items[0])},)`;
    return `(${itemReprs(t.items).join(', ')})`;
  } finally {
    reprLeave(t);
  }
}

function tupleGetItem(self: PyObject, key: PyObject): PyObject {
  const t = self as PyTuple;
  const items = t.items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    indexError('tuple index out of range');
  }
  if (key instanceof PySlice) {
    sliceBounds(key, items.length);
    return boundedTuple(t);
  }
  const idx = subscriptIndex(key);
  if (idx === undefined) typeError(`tuple indices must be integers or slices, not ${typeName(key)}`);
  return tupleGetItem(self, idx);
}

function tupleAdd(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyTuple)) return NotImplemented;
  if (b instanceof PyTuple) {
    if (b.items.length === 0 && a.cls === T.tuple) return a;
    if (a.items.length === 0 && b.cls === T.tuple) return b;
    return newTuple(concatItems(a.items, b.items));
  }
  const fb = pythonNumberSlot(b, 'add', ADD_NAMES);
  if (fb !== undefined) {
    const r = fb(a, b);
    if (r !== NotImplemented) return r;
  }
  typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
}

function tupleRepeat(t: PyTuple, nObj: PyObject): PyObject {
  const n = repeatCount(nObj);
  if (t.items.length === 0 || n === 1) {
    if (t.cls === T.tuple) return t;
  }
  if (t.items.length === 0 || n <= 0) return EMPTY_TUPLE;
  return new PyTuple(repeatItems(t.items, n));
}

function tupleMul(a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyTuple) {
    const r = reflectedMul(a, b);
    if (r !== undefined) return r;
    if (hasIndex(b)) return tupleRepeat(a, b);
    typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  if (b instanceof PyTuple) {
    if (hasIndex(a)) return tupleRepeat(b, a);
    typeError(`can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  return NotImplemented;
}

function tupleIter(self: PyObject): PyObject {
  return new PySeqArrayIter(T.tuple_iterator, (self as PyTuple).items);
}

export function installTuple(): void {
  ensureIteratorTypes();
  const t = T.tuple;
  t.alloc = (cls) => withDict(new PyTuple([], cls));
  const s = t.slots;
  s.repr = tupleRepr;
  s.hash = (v) => tupleHash((v as PyTuple).items);
  s.richcompare = (v, w, op) => {
    if (!(v instanceof PyTuple) || !(w instanceof PyTuple)) return NotImplemented;
    return seqRichCompare(v, w, op);
  };
  s.len = (v) => (v as PyTuple).items.length;
  s.getitem = tupleGetItem;
  s.contains = (v, x) => seqContains(v as PyTuple, x);
  s.iter = tupleIter;
  s.add = tupleAdd;
  s.mul = tupleMul;
  registerFastIteration(tupleIter, (v) => (v as PyTuple).items.slice());

  defineNew(t, (cls, args, kwnames) => {
    // (A subclass that keeps tuple's __init__ refuses keywords too: CPython's tuple_new.)
    if (cls === T.tuple || cls.lookup('__init__') === T.tuple.lookup('__init__')) noKeywords('tuple', kwnames);
    // (Keywords a subclass's __init__ takes are not tuple's business.)
    if (kwnames !== null && kwnames.length > 0) args = args.slice(0, args.length - kwnames.length);
    argRange('tuple', 'tuple', args, null, 0, 1);
    if (cls === T.tuple) {
      if (args.length === 0) return EMPTY_TUPLE;
      const x = args[0];
      if (x instanceof PyTuple && x.cls === T.tuple) return x;
      return newTuple(iterateToArrayHinted(x));
    }
    return withDict(new PyTuple(args.length === 0 ? [] : iterateToArrayHinted(args[0]), cls));
  });
  addMethods(t, {
    index: (self, args, kw) => {
      argRange('tuple.index', 'index', args, kw, 1, 3);
      const i = seqIndex(self as PyTuple, args[0], args);
      if (i < 0) throw newError(E.ValueError, 'tuple.index(x): x not in tuple');
      return i;
    },
    count: (self, args, kw) => seqCount(self as PyTuple, argO('tuple.count', args, kw)),
    __getnewargs__: (self, args, kw) => {
      argNone('tuple.__getnewargs__', args, kw);
      return new PyTuple([new PyTuple((self as PyTuple).items.slice())]);
    },
  });
}
