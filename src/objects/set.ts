// set and frozenset: CPython's open-addressing set table (Objects/setobject.c), reimplemented
// step for step so that iteration order — and so repr() and every printed set — matches
// CPython for ints, tuples and anything else whose hash is deterministic. Keys follow Python
// semantics (hash, then identity or ==): 1, 1.0 and True are one element.
//
// Table: `table[i]` is undefined (never used), SET_DUMMY (deleted) or the key; `hashes[2i]` and
// `hashes[2i + 1]` are the high and low int32 halves of the key's 64-bit hash (0, 0 for unused;
// -1, -1 for dummies: no Python hash is -1). Keeping halves, not the hash as a Python int, means
// a tuple or str key (whose hash is rarely a safe JS integer) costs no bigint per lookup.
// Probing: LINEAR_PROBES consecutive slots, then the perturbed jump i = i*5 + 1 + (perturb >>= 5),
// with perturb the full unsigned 64-bit hash kept as two uint32 halves.

import { PyObj, normInt, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyDict, DELETED, newSharedDict } from './dict.js';
import { PyTuple, PyList } from './tuple.js';
import { tupleHash64, tupHi, tupLo } from './tuple-type.js';
import { strHashEntry } from './str.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError, newException } from './exception.js';
import { CmpOp } from './slots.js';
import { typeName, typeError, repr, itemReprs, hashOf, richEqBool, getIter, iterNext, typeOf } from './protocol.js';
import { forEachItem } from '../builtins/iterate.js';
import { addMethods, addFastMethods, checkPositional, PyMethodDescriptor } from './native.js';
import { defineNew } from './class-create.js';
import { ensureIteratorTypes, PySetIter, SET_DUMMY } from './iterators.js';
import { reprEnter, reprLeave, argO, argNone, argVar, isExc, registerFastIteration, noKeywords, newItems, iterateToArrayHinted } from './iterate.js';
import { type Hash, hashHigh, hashLow, int64FromHalves } from './hash.js';

type Slot = PyObject | undefined | typeof SET_DUMMY;

const MINSIZE = 8;
const LINEAR_PROBES = 9;

// Fresh tables are copies of per-size templates (slice() is a flat copy, several times faster
// than new Array(n).fill() or a typed array, which V8 allocates slowly). The hashes template is a
// double-elements array, so storing a 64-bit str hash needs no elements-kind transition.
const MAX_TEMPLATE = 1 << 16;
const tableTemplates: Slot[][] = [];
const hashTemplates: number[][] = [];

function newTable(n: number): Slot[] {
  if (n > MAX_TEMPLATE) return new Array<Slot>(n).fill(undefined);
  const b = 31 - Math.clz32(n);
  let t = tableTemplates[b];
  if (t === undefined) t = tableTemplates[b] = new Array<Slot>(n).fill(undefined);
  return t.slice();
}

/** The hashes column, two int32 halves per slot (a double-elements array: storing allocates nothing). */
type HashArray = number[];

function newHashes(n: number): HashArray {
  if (n > MAX_TEMPLATE) return new Array<number>(2 * n).fill(0.5).fill(0);
  const b = 31 - Math.clz32(n);
  let t = hashTemplates[b];
  if (t === undefined) t = hashTemplates[b] = new Array<number>(2 * n).fill(0.5).fill(0);
  return t.slice();
}

function putHash(so: PySet, j: number, hi: number, lo: number): void {
  const hashes = so.hashes;
  hashes[2 * j] = hi;
  hashes[2 * j + 1] = lo;
}

function putDummy(so: PySet, j: number): void {
  putHash(so, j, -1, -1);
}

export class PySet extends PyObj {
  table: Slot[] = newTable(MINSIZE);
  hashes: HashArray = newHashes(MINSIZE);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots (the length). */
  used = 0;
  /** Where pop() resumes its search. */
  finger = 0;
  /** A frozenset's cached hash; -1 = not computed. */
  hash: Hash = -1;
  constructor(cls?: PyType) {
    super(cls ?? T.set, null);
    if (cls !== undefined && cls.hasInstanceDict) this.dict = newSharedDict();
  }
}

// keyHash's result: the key's hash as int32 halves. Read them into locals at once (a Python
// __hash__ run by the next keyHash may touch another set).
let KH = 0;
let KL = 0;

/** hash(key) into KH/KL, with int, bool, str and exact-tuple paths that make no Python int. */
function keyHash(key: PyObject): void {
  switch (typeof key) {
    case 'number': {
      const h = key === -1 ? -2 : key;
      KH = (h | 0) === h ? h >> 31 : hashHigh(h) | 0;
      KL = h | 0;
      return;
    }
    case 'boolean':
      KH = 0;
      KL = key ? 1 : 0;
      return;
    case 'string': {
      const e = strHashEntry(key);
      KH = e.hi | 0;
      KL = e.lo | 0;
      return;
    }
  }
  if (key instanceof PyTuple && key.cls === T.tuple) {
    tupleHash64(key.items);
    KH = tupHi;
    KL = tupLo;
    return;
  }
  const h = hashOf(key);
  KH = hashHigh(h) | 0;
  KL = hashLow(h) | 0;
}

/** Keys of these kinds compare equal exactly when they are `===`. */
function plainPair(a: PyObject, b: PyObject): boolean {
  const t = typeof a;
  return t === typeof b && (t === 'number' || t === 'string');
}

/** set_lookkey: the slot holding `key` (whose hash has halves hi, lo), or -1. */
function lookkey(so: PySet, key: PyObject, hi: number, lo: number): number {
  let mask = so.mask;
  let i = lo & mask;
  let pHi = hi >>> 0;
  let pLo = lo >>> 0;
  for (;;) {
    const table = so.table;
    const hashes = so.hashes;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const k = table[j];
      if (k === undefined) return -1;
      if (hashes[2 * j + 1] === lo && hashes[2 * j] === hi) {
        if (k === key) return j;
        if (!plainPair(k as PyObject, key)) {
          const eq = richEqBool(k as PyObject, key);
          if (so.table !== table || table[j] !== k) return lookkey(so, key, hi, lo);
          if (eq) return j;
          mask = so.mask;
        }
      }
      if (probes-- === 0) break;
      j++;
    }
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

/** set_add_entry (the key's hash has halves hi, lo) */
function addEntry(so: PySet, key: PyObject, hi: number, lo: number): void {
  restart: for (;;) {
    let mask = so.mask;
    let i = lo & mask;
    let freeslot = -1;
    let pHi = hi >>> 0;
    let pLo = lo >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = so.table[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            so.used++;
            so.table[freeslot] = key;
            putHash(so, freeslot, hi, lo);
            return;
          }
          so.fill++;
          so.used++;
          so.table[j] = key;
          putHash(so, j, hi, lo);
          if (so.fill * 5 < mask * 3) return;
          tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        const hashes = so.hashes;
        if (hashes[2 * j + 1] === lo && hashes[2 * j] === hi) {
          if (k === key) return;
          if (!plainPair(k as PyObject, key)) {
            const table = so.table;
            if (richEqBool(k as PyObject, key)) return;
            if (table !== so.table || so.table[j] !== k) continue restart;
            mask = so.mask;
          }
        } else if (k === SET_DUMMY) {
          freeslot = j;
        }
        if (probes-- === 0) break;
        j++;
      }
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

/** set_insert_clean: into so's table, known to hold no dummies and not `key`. */
function insertClean(so: PySet, key: PyObject, hi: number, lo: number): void {
  const table = so.table;
  const mask = so.mask;
  let i = lo & mask;
  let pHi = hi >>> 0;
  let pLo = lo >>> 0;
  for (;;) {
    if (table[i] === undefined) {
      table[i] = key;
      putHash(so, i, hi, lo);
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (table[i + j] === undefined) {
          table[i + j] = key;
          putHash(so, i + j, hi, lo);
          return;
        }
      }
    }
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

/** set_table_resize: the smallest power-of-2 table > minused; drops dummies. */
function tableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldTable = so.table;
  const oldHashes = so.hashes;
  const oldMask = so.mask;
  if (newsize === MINSIZE && oldMask === MINSIZE - 1 && so.fill === so.used) return;
  so.mask = newsize - 1;
  so.table = newTable(newsize);
  so.hashes = newHashes(newsize);
  if (so.fill === so.used) {
    for (let i = 0; i <= oldMask; i++) {
      const k = oldTable[i];
      if (k !== undefined) insertClean(so, k as PyObject, oldHashes[2 * i], oldHashes[2 * i + 1]);
    }
  } else {
    so.fill = so.used;
    for (let i = 0; i <= oldMask; i++) {
      const k = oldTable[i];
      if (k !== undefined && k !== SET_DUMMY) insertClean(so, k, oldHashes[2 * i], oldHashes[2 * i + 1]);
    }
  }
}

/** set_discard_entry: true when found (and removed). */
function discardEntry(so: PySet, key: PyObject, hi: number, lo: number): boolean {
  const j = lookkey(so, key, hi, lo);
  if (j < 0) return false;
  so.table[j] = SET_DUMMY;
  putDummy(so, j);
  so.used--;
  return true;
}

function clearInternal(so: PySet): void {
  so.table = newTable(MINSIZE);
  so.hashes = newHashes(MINSIZE);
  so.mask = MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.hash = -1;
}

// --- the exported element operations (BUILD_SET, set comprehensions, `in`) ------------------

export function setAdd(so: PySet, key: PyObject): void {
  keyHash(key);
  addEntry(so, key, KH, KL);
}

export function setContainsKey(so: PySet, key: PyObject): boolean {
  keyHash(key);
  return lookkey(so, key, KH, KL) >= 0;
}

export function setDiscardKey(so: PySet, key: PyObject): boolean {
  keyHash(key);
  return discardEntry(so, key, KH, KL);
}

/** The elements in iteration (table) order. */
export function setItems(so: PySet): PyObject[] {
  const out: PyObject[] = newItems();
  const table = so.table;
  for (let i = 0; i <= so.mask; i++) {
    const k = table[i];
    if (k !== undefined && k !== SET_DUMMY) out.push(k);
  }
  return out;
}

/** A new set (or frozenset, per `cls`) of the given items. */
export function newSet(items: PyObject[] = [], cls: PyType = T.set): PySet {
  const so = new PySet(cls);
  for (let i = 0; i < items.length; i++) {
    keyHash(items[i]);
    addEntry(so, items[i], KH, KL);
  }
  return so;
}

/**
 * The frozenset constant CPython 3.11's compiler makes for a set display of n > 2 constants
 * (`{'a', 'b', 'c'}` is BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1). Its table order is
 * what the program later sees, and the compiler builds it more than once: frozenset(items),
 * then merge_consts_recursive rebuilds it from its own iteration order, and
 * intern_string_constants rebuilds it once more when it interns one of its strings (an
 * identifier-like str of two or more characters; shorter ones are already interned singletons).
 */
export function constSetDisplay(items: PyObject[]): PySet {
  let fs = newSet(items, T.frozenset);
  fs = newSet(setItems(fs), T.frozenset);
  if (items.some((x) => typeof x === 'string' && x.length > 1 && /^[A-Za-z0-9_]+$/.test(x))) {
    fs = newSet(setItems(fs), T.frozenset);
  }
  return fs;
}

function isSetCheck(v: PyObject): boolean {
  return v instanceof PySet && v.cls.isSubtype(T.set);
}

/** `key in so`, with a set key looked up as a frozenset (set_contains). */
export function setContains(so: PySet, key: PyObject): boolean {
  if (typeof key === 'number' || typeof key === 'string') {
    keyHash(key);
    return lookkey(so, key, KH, KL) >= 0;
  }
  try {
    keyHash(key);
    return lookkey(so, key, KH, KL) >= 0;
  } catch (e) {
    if (!isSetCheck(key) || !isExc(e, E.TypeError)) throw e;
    return setContainsKey(so, makeNewSet(T.frozenset, key));
  }
}

// --- whole-set operations (set_update_internal and friends) ---------------------------------

function merge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if (so.fill === 0 && other.fill === other.used) {
    // Into an empty set: when the resize below would give other's table size, the merge is a
    // copy of other's table (CPython's direct-copy case), so take flat copies of its arrays.
    let mask = so.mask;
    if (other.used * 5 >= mask * 3) {
      let n = MINSIZE;
      while (n <= other.used * 2) n *= 2;
      mask = n - 1;
    }
    if (mask === other.mask) {
      so.table = other.table.slice();
      so.hashes = other.hashes.slice();
      so.mask = mask;
      so.fill = other.fill;
      so.used = other.used;
      return;
    }
  }
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== undefined) {
        so.table[i] = k;
        putHash(so, i, other.hashes[2 * i], other.hashes[2 * i + 1]);
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== undefined && k !== SET_DUMMY) insertClean(so, k, other.hashes[2 * i], other.hashes[2 * i + 1]);
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.table[i];
    if (k !== undefined && k !== SET_DUMMY) addEntry(so, k, other.hashes[2 * i], other.hashes[2 * i + 1]);
  }
}

function isExactDict(v: PyObject): v is PyDict {
  return v instanceof PyDict && v.cls === T.dict;
}

function updateInternal(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    merge(so, other);
    return;
  }
  if (isExactDict(other)) {
    const dictsize = other.size;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) tableResize(so, (so.used + dictsize) * 2);
    const keys = other.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== DELETED) {
        keyHash(k);
        addEntry(so, k, KH, KL);
      }
    }
    return;
  }
  if ((other instanceof PyList && other.cls === T.list) || (other instanceof PyTuple && other.cls === T.tuple)) {
    // The items read in place (the length re-read each step, as the list iterator does: a key's
    // __hash__ or __eq__ may change the list).
    for (let i = 0; i < other.items.length; i++) {
      const key = other.items[i];
      keyHash(key);
      addEntry(so, key, KH, KL);
    }
    return;
  }
  const it = getIter(other);
  if (typeOf(it) === T.generator) {
    // (A VM generator runs its frame once for all its items: forEachItem's visitor.)
    forEachItem(it, (key) => {
      keyHash(key);
      addEntry(so, key, KH, KL);
    });
    return;
  }
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return;
    keyHash(key);
    addEntry(so, key, KH, KL);
  }
}

function makeNewSet(cls: PyType, iterable?: PyObject): PySet {
  const so = new PySet(cls);
  if (iterable !== undefined) updateInternal(so, iterable);
  return so;
}

function makeNewSetBaseType(cls: PyType, iterable?: PyObject): PySet {
  if (cls !== T.set && cls !== T.frozenset) cls = cls.isSubtype(T.set) ? T.set : T.frozenset;
  return makeNewSet(cls, iterable);
}

/** set(iterable) / frozenset(iterable) for the backends and builtins. */
export function setFromIterable(iterable: PyObject, cls: PyType = T.set): PySet {
  return makeNewSet(cls, iterable);
}

function setCopy(so: PySet): PySet {
  return makeNewSetBaseType(so.cls, so);
}

function swapBodies(a: PySet, b: PySet): void {
  const t = a.table; a.table = b.table; b.table = t;
  const h = a.hashes; a.hashes = b.hashes; b.hashes = h;
  let n = a.fill; a.fill = b.fill; b.fill = n;
  n = a.used; a.used = b.used; b.used = n;
  n = a.mask; a.mask = b.mask; b.mask = n;
  if (a.cls.isSubtype(T.frozenset) && b.cls.isSubtype(T.frozenset)) {
    const x = a.hash; a.hash = b.hash; b.hash = x;
  } else {
    a.hash = -1;
    b.hash = -1;
  }
}

function intersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = makeNewSetBaseType(so.cls);
  if (other instanceof PySet) {
    let big: PySet = so;
    let small: PySet = other;
    if (small.used > big.used) {
      big = other;
      small = so;
    }
    for (let i = 0; i <= small.mask; i++) {
      const k = small.table[i];
      if (k === undefined || k === SET_DUMMY) continue;
      const hi = small.hashes[2 * i], lo = small.hashes[2 * i + 1];
      if (lookkey(big, k, hi, lo) >= 0) addEntry(result, k, hi, lo);
    }
    return result;
  }
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) break;
    keyHash(key);
    const hi = KH, lo = KL;
    if (lookkey(so, key, hi, lo) >= 0) {
      addEntry(result, key, hi, lo);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function intersectionMulti(so: PySet, args: PyObject[]): PySet {
  if (args.length === 0) return setCopy(so);
  let result = so;
  for (const other of args) result = intersection(result, other);
  return result;
}

function isDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.cls === T.set || other.cls === T.frozenset)) {
    let big: PySet = so;
    let small: PySet = other;
    if (small.used > big.used) {
      big = other;
      small = so;
    }
    for (let i = 0; i <= small.mask; i++) {
      const k = small.table[i];
      if (k === undefined || k === SET_DUMMY) continue;
      if (lookkey(big, k, small.hashes[2 * i], small.hashes[2 * i + 1]) >= 0) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return true;
    if (setContainsKey(so, key)) return false;
  }
}

function differenceUpdateInternal(so: PySet, other: PyObject): void {
  if (so === other) {
    clearInternal(so);
    return;
  }
  if (other instanceof PySet) {
    let o: PySet = other;
    if ((o.used >> 3) > so.used) o = intersection(so, o);
    for (let i = 0; i <= o.mask; i++) {
      const k = o.table[i];
      if (k === undefined || k === SET_DUMMY) continue;
      discardEntry(so, k, o.hashes[2 * i], o.hashes[2 * i + 1]);
    }
  } else {
    const it = getIter(other);
    for (;;) {
      const key = iterNext(it);
      if (key === undefined) break;
      setDiscardKey(so, key);
    }
  }
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function copyAndDifference(so: PySet, other: PyObject): PySet {
  const result = setCopy(so);
  differenceUpdateInternal(result, other);
  return result;
}

function difference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (isExactDict(other)) otherSize = other.size;
  else return copyAndDifference(so, other);
  if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
  const result = makeNewSetBaseType(so.cls);
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === SET_DUMMY) continue;
    const hi = so.hashes[2 * i], lo = so.hashes[2 * i + 1];
    const found = other instanceof PySet ? lookkey(other, k, hi, lo) >= 0 : (other as PyDict).find(k) >= 0;
    if (!found) addEntry(result, k, hi, lo);
  }
  return result;
}

function differenceMulti(so: PySet, args: PyObject[]): PySet {
  if (args.length === 0) return setCopy(so);
  const result = difference(so, args[0]);
  for (let i = 1; i < args.length; i++) differenceUpdateInternal(result, args[i]);
  return result;
}

function symmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    clearInternal(so);
    return;
  }
  if (isExactDict(other)) {
    const keys = other.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED) continue;
      keyHash(k);
      const hi = KH, lo = KL;
      if (!discardEntry(so, k, hi, lo)) addEntry(so, k, hi, lo);
    }
    return;
  }
  const os = other instanceof PySet ? other : makeNewSetBaseType(so.cls, other);
  for (let i = 0; i <= os.mask; i++) {
    const k = os.table[i];
    if (k === undefined || k === SET_DUMMY) continue;
    const hi = os.hashes[2 * i], lo = os.hashes[2 * i + 1];
    if (!discardEntry(so, k, hi, lo)) addEntry(so, k, hi, lo);
  }
}

function symmetricDifference(so: PySet, other: PyObject): PySet {
  const result = makeNewSetBaseType(so.cls, other);
  symmetricDifferenceUpdate(result, so);
  return result;
}

function union(so: PySet, args: PyObject[]): PySet {
  const result = setCopy(so);
  for (const other of args) {
    if (other === so) continue;
    updateInternal(result, other);
  }
  return result;
}

function isSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = intersection(so, other);
    return tmp.used === so.used;
  }
  if (so.used > other.used) return false;
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === SET_DUMMY) continue;
    if (lookkey(other, k, so.hashes[2 * i], so.hashes[2 * i + 1]) < 0) return false;
  }
  return true;
}

function isSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return true;
    if (!setContainsKey(so, key)) return false;
  }
}

function setRichCompare(v: PyObject, w: PyObject, op: CmpOp): PyObject {
  if (!(v instanceof PySet) || !(w instanceof PySet)) return NotImplemented;
  switch (op) {
    case CmpOp.EQ:
      if (v.used !== w.used) return false;
      if (v.hash !== -1 && w.hash !== -1 && v.hash !== w.hash) return false;
      return isSubset(v, w);
    case CmpOp.NE:
      return !setRichCompare(v, w, CmpOp.EQ);
    case CmpOp.LE:
      return isSubset(v, w);
    case CmpOp.GE:
      return isSuperset(v, w);
    case CmpOp.LT:
      if (v.used >= w.used) return false;
      return isSubset(v, w);
    default:
      if (v.used <= w.used) return false;
      return isSuperset(v, w);
  }
}

function setPop(so: PySet): PyObject {
  if (so.used === 0) throw newError(E.KeyError, 'pop from an empty set');
  const mask = so.mask;
  let i = so.finger & mask;
  while (so.table[i] === undefined || so.table[i] === SET_DUMMY) {
    i++;
    if (i > mask) i = 0;
  }
  const key = so.table[i] as PyObject;
  so.table[i] = SET_DUMMY;
  putDummy(so, i);
  so.used--;
  so.finger = i + 1;
  return key;
}

/** remove/discard with a set key retried as a frozenset; true when found. */
function discardWithSetKey(so: PySet, key: PyObject): boolean {
  try {
    return setDiscardKey(so, key);
  } catch (e) {
    if (!isSetCheck(key) || !isExc(e, E.TypeError)) throw e;
    return setDiscardKey(so, makeNewSet(T.frozenset, key));
  }
}

// --- hash, repr ---------------------------------------------------------------------------

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

/** The xor of the set's entries' shuffled hashes (a loop kernel: docs/native-loops.md). */
function shuffledHashes(so: PySet): bigint {
  let h = 0n;
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === SET_DUMMY) continue;
    h ^= shuffleBits(BigInt.asUintN(64, int64FromHalves(so.hashes[2 * i], so.hashes[2 * i + 1])));
  }
  return h;
}

function frozensetHash(v: PyObject): Hash {
  const so = v as PySet;
  if (so.hash !== -1) return so.hash;
  let h = shuffledHashes(so);
  h ^= ((BigInt(so.used) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const r = normInt(BigInt.asIntN(64, h));
  so.hash = r;
  return r;
}

function setRepr(v: PyObject): string {
  const so = v as PySet;
  const name = so.cls.name;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    // A subclass is listed as CPython's PySequence_List does: through its __iter__, then the
    // length hint (its __len__).
    const items = so.cls.isHeapType ? iterateToArrayHinted(so) : setItems(so);
    const body = itemReprs(items).join(', ');
    return so.cls === T.set ? `{${body}}` : `${name}({${body}})`;
  } finally {
    reprLeave(so);
  }
}

function setIter(v: PyObject): PyObject {
  return new PySetIter(v as PySet);
}

// --- install ------------------------------------------------------------------------------

function binary(op: (a: PySet, b: PySet) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => (a instanceof PySet && b instanceof PySet ? op(a, b) : NotImplemented);
}

function inplace(op: (a: PySet, b: PySet) => void) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!(b instanceof PySet)) return NotImplemented;
    op(a as PySet, b);
    return a;
  };
}

function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

export function installSet(): void {
  ensureIteratorTypes();
  const S = T.set;
  const F = T.frozenset;
  S.alloc = (cls) => new PySet(cls);
  F.alloc = (cls) => new PySet(cls);
  for (const t of [S, F]) {
    const s = t.slots;
    s.repr = setRepr;
    s.richcompare = setRichCompare;
    s.len = (v) => (v as PySet).used;
    s.contains = (v, k) => setContains(v as PySet, k);
    s.iter = setIter;
    s.sub = binary(difference);
    s.and = binary(intersection);
    s.xor = binary(symmetricDifference);
    s.or = binary((a, b) => {
      const r = setCopy(a);
      if (a !== b) updateInternal(r, b);
      return r;
    });
  }
  registerFastIteration(setIter, (v) => setItems(v as PySet));
  S.slots.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
  S.dict.setStr('__hash__', None);
  F.slots.hash = frozensetHash;
  const s = S.slots;
  s.isub = inplace(differenceUpdateInternal);
  s.iand = inplace((a, b) => swapBodies(a, intersection(a, b)));
  s.ixor = inplace(symmetricDifferenceUpdate);
  s.ior = inplace(updateInternal);

  defineNew(S, (cls) => new PySet(cls));
  // set() and set(iterable): set.__new__ then set.__init__ in one step.
  S.exactCall = (args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length > 1) return undefined;
    const so = new PySet(S);
    if (args.length === 1) updateInternal(so, args[0]);
    return so;
  };
  defineNew(F, (cls, args, kwnames) => {
    if (cls === F || cls.lookup('__init__') === F.lookup('__init__')) noKeywords('frozenset', kwnames);
    const pos = checkPositional(cls.name, positional(args, kwnames), null, 0, 1);
    const iterable = pos.length > 0 ? pos[0] : undefined;
    if (cls !== F) return makeNewSet(cls, iterable);
    if (iterable instanceof PySet && iterable.cls === F) return iterable;
    return makeNewSet(F, iterable);
  });

  const self = (v: PyObject) => v as PySet;
  const common = (t: PyType) => ({
    difference: (v: PyObject, args: PyObject[], kw: string[] | null) => differenceMulti(self(v), argVar(`${t.name}.difference`, args, kw)),
    intersection: (v: PyObject, args: PyObject[], kw: string[] | null) => intersectionMulti(self(v), argVar(`${t.name}.intersection`, args, kw)),
    isdisjoint: (v: PyObject, args: PyObject[], kw: string[] | null) => isDisjoint(self(v), argO(`${t.name}.isdisjoint`, args, kw)),
    issubset: (v: PyObject, args: PyObject[], kw: string[] | null) => isSubset(self(v), argO(`${t.name}.issubset`, args, kw)),
    issuperset: (v: PyObject, args: PyObject[], kw: string[] | null) => isSuperset(self(v), argO(`${t.name}.issuperset`, args, kw)),
    symmetric_difference: (v: PyObject, args: PyObject[], kw: string[] | null) =>
      symmetricDifference(self(v), argO(`${t.name}.symmetric_difference`, args, kw)),
    union: (v: PyObject, args: PyObject[], kw: string[] | null) => union(self(v), argVar(`${t.name}.union`, args, kw)),
    // set_methods lists __contains__ (METH_O), so its count error is a method's.
    __contains__: (v: PyObject, args: PyObject[], kw: string[] | null) => setContains(self(v), argO(`${t.name}.__contains__`, args, kw)),
    __reduce__: (v: PyObject, args: PyObject[], kw: string[] | null) => {
      argNone(`${t.name}.__reduce__`, args, kw);
      const so = self(v);
      const state = so.dict !== null ? so.dict : None;
      return new PyTuple([so.cls, new PyTuple([new PyList(setItems(so))]), state]);
    },
  });
  addMethods(S, {
    ...common(S),
    add: (v, args, kw) => {
      setAdd(self(v), argO('set.add', args, kw));
      return None;
    },
    clear: (v, args, kw) => {
      argNone('set.clear', args, kw);
      clearInternal(self(v));
      return None;
    },
    copy: (v, args, kw) => {
      argNone('set.copy', args, kw);
      return setCopy(self(v));
    },
    discard: (v, args, kw) => {
      discardWithSetKey(self(v), argO('set.discard', args, kw));
      return None;
    },
    remove: (v, args, kw) => {
      const key = argO('set.remove', args, kw);
      if (!discardWithSetKey(self(v), key)) throw newException(E.KeyError, [key]);
      return None;
    },
    pop: (v, args, kw) => {
      argNone('set.pop', args, kw);
      return setPop(self(v));
    },
    update: (v, args, kw) => {
      for (const o of argVar('set.update', args, kw)) updateInternal(self(v), o);
      return None;
    },
    difference_update: (v, args, kw) => {
      for (const o of argVar('set.difference_update', args, kw)) differenceUpdateInternal(self(v), o);
      return None;
    },
    intersection_update: (v, args, kw) => {
      const so = self(v);
      swapBodies(so, intersectionMulti(so, argVar('set.intersection_update', args, kw)));
      return None;
    },
    symmetric_difference_update: (v, args, kw) => {
      symmetricDifferenceUpdate(self(v), argO('set.symmetric_difference_update', args, kw));
      return None;
    },
    __init__: (v, args, kw) => {
      noKeywords('set', kw);
      checkPositional(typeName(v), args, null, 0, 1);
      const so = self(v);
      if (so.fill > 0) clearInternal(so);
      so.hash = -1;
      if (args.length > 0) updateInternal(so, args[0]);
      return None;
    },
  });
  // s.add(x), s.discard(x) without the argument array.
  addFastMethods(S, {}, {
    add: (v, x) => {
      setAdd(self(v), x);
      return None;
    },
    discard: (v, x) => {
      discardWithSetKey(self(v), x);
      return None;
    },
  });
  addMethods(F, {
    ...common(F),
    copy: (v, args, kw) => {
      argNone('frozenset.copy', args, kw);
      const so = self(v);
      return so.cls === F ? so : setCopy(so);
    },
  });
  // The METH_VARARGS ones (argVar): through a bound method object their errors name them alone.
  const varargs = ['difference', 'intersection', 'union', 'update', 'difference_update', 'intersection_update'];
  for (const t of [S, F]) {
    for (const name of varargs) {
      const d = t.dict.getStr(name);
      if (d instanceof PyMethodDescriptor) d.varargs = true;
    }
  }
}

// --- for the dict views and the builtins ------------------------------------------------------

/** so.update(other) (set_update_internal). */
export function setUpdate(so: PySet, other: PyObject): void {
  updateInternal(so, other);
}

/** so.difference_update(other) */
export function setDifferenceUpdate(so: PySet, other: PyObject): void {
  differenceUpdateInternal(so, other);
}

/** so.symmetric_difference_update(other) */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  symmetricDifferenceUpdate(so, other);
}

/** so.intersection(other) (one argument) */
export function setIntersectionWith(so: PySet, other: PyObject): PySet {
  return intersection(so, other);
}
