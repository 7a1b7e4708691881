// The iterator types: list/tuple/range/dict/set iterators, the old-style sequence iterator
// (classes with only __getitem__), callable_iterator (iter(f, sentinel)), and the builtin
// iterator classes enumerate, zip, map, filter and reversed. Each is a small class with
// monomorphic fields; `iternext` allocates nothing beyond its result.

import { PyObj, normInt, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyList, PyTuple } from './tuple.js';
import { DELETED, type PyDict } from './dict.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError } from './exception.js';
import { typeOf, typeName, typeError, getIter, call, call1, isTrue, richEqBool, setSeqIterFactory } from './protocol.js';
import { addMethods, checkPositional, bindNative, PyMethodDescriptor, type NativeMethodCall } from './native.js';
import { defineNew, setIterateToArray } from './class-create.js';
import { lookupSpecial, callFoundMethod } from './dunder.js';
import { indexOf } from './int-type.js';
import { withDict, makeBuiltinType, isExc, getItem, lenOf, argNone, argExactly, iterateToArray } from './iterate.js';
import type { PySet } from './set.js';

// --- list / tuple ---------------------------------------------------------------------------

/** list_iterator: reads the live list, so items appended during iteration are seen. */
export class PyListIter extends PyObj {
  seq: PyList | null;
  index = 0;
  constructor(seq: PyList) {
    super(T.list_iterator, null);
    this.seq = seq;
  }
}

function listIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyListIter;
  const l = it.seq;
  if (l === null) return undefined;
  const items = l.items;
  if (it.index < items.length) return items[it.index++];
  it.seq = null;
  return undefined;
}

export class PyListRevIter extends PyObj {
  seq: PyList | null;
  index: number;
  constructor(seq: PyList) {
    super(T.list_reverseiterator, null);
    this.seq = seq;
    this.index = seq.items.length - 1;
  }
}

function listRevIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyListRevIter;
  const l = it.seq;
  if (l === null) return undefined;
  const i = it.index;
  if (i >= 0 && i < l.items.length) {
    it.index = i - 1;
    return l.items[i];
  }
  it.index = -1;
  it.seq = null;
  return undefined;
}

/** An iterator over a fixed JS array (tuple_iterator). */
export class PySeqArrayIter extends PyObj {
  items: PyObject[] | null;
  index = 0;
  constructor(cls: PyType, items: PyObject[]) {
    super(cls, null);
    this.items = items;
  }
}

function arrayIterNext(self: PyObject): PyObject | undefined {
  const it = self as PySeqArrayIter;
  const items = it.items;
  if (items === null) return undefined;
  if (it.index < items.length) return items[it.index++];
  it.items = null;
  return undefined;
}

// --- range ----------------------------------------------------------------------------------

/** range_iterator: the next value, the step and the count left, all safe JS numbers. */
export class PyRangeIter extends PyObj {
  /** The first value (for __reduce__: the range iterated and the index reached). */
  readonly start: number;
  constructor(public cur: number, public step: number, public len: number) {
    super(T.range_iterator, null);
    this.start = cur;
  }
}

function rangeIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyRangeIter;
  if (it.len > 0) {
    const r = it.cur;
    it.cur = r + it.step;
    it.len--;
    return r;
  }
  return undefined;
}

/**
 * The same with bigints. Its type is CPython's: range_iterator while the start, the end, the step
 * and the length fit in a C long (CPython's fast_range_iter), longrange_iterator beyond.
 */
export class PyLongRangeIter extends PyObj {
  /** The first value (as PyRangeIter.start). */
  readonly start: bigint;
  constructor(public cur: bigint, public step: bigint, public len: bigint) {
    super(fitsCLong(cur) && fitsCLong(step) && fitsCLong(len) && fitsCLong(cur + len * step) ? T.range_iterator : T.longrange_iterator, null);
    this.start = cur;
  }
}

function fitsCLong(v: bigint): boolean {
  return v >= -(2n ** 63n) && v < 2n ** 63n;
}

/** range_iterator's slots serve both classes. */
function anyRangeIterNext(self: PyObject): PyObject | undefined {
  return self instanceof PyRangeIter ? rangeIterNext(self) : longRangeIterNext(self);
}

function longRangeIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyLongRangeIter;
  if (it.len > 0n) {
    const r = it.cur;
    it.cur = r + it.step;
    it.len--;
    return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  }
  return undefined;
}

// --- dict -----------------------------------------------------------------------------------

export const enum DictIterKind { Keys = 0, Values = 1, Items = 2 }

/** The dict iterators (keys/values/items, forward/reversed), over PyDict's entry arrays. */
export class PyDictIter extends PyObj {
  /** The dict iterated (null once exhausted). Not `dict`: that is PyObj's instance __dict__. */
  target: PyDict | null;
  pos: number;
  used: number;
  len: number;
  /**
   * For an OrderedDict, the dict's keysVersion when the iterator was made (any key added,
   * removed or moved since is "OrderedDict mutated during iteration", as CPython's
   * odict iterators say); -1 for other dicts.
   */
  odictVersion: number;
  /** An OrderedDict iterator that yielded its last key (see odictLastCheck). */
  odictLast = false;
  constructor(cls: PyType, dict: PyDict, readonly kind: DictIterKind, readonly reverse: boolean) {
    super(cls, null);
    this.target = dict;
    this.used = dict.size;
    this.len = dict.size;
    this.pos = reverse ? (dict.size > 0 ? dict.keys.length - 1 : -1) : 0;
    const c = dict.cls;
    this.odictVersion = c !== T.dict && odictClass !== null && c.isSubtype(odictClass) ? dict.keysVersion : -1;
  }
}

/** collections.OrderedDict (lib/collections registers it through _collections), or null. */
let odictClass: PyType | null = null;

export function registerOrderedDict(cls: PyType): void {
  odictClass = cls;
}

function odictMutated(it: PyDictIter): never {
  it.target = null;
  throw newError(E.RuntimeError, 'OrderedDict mutated during iteration');
}

function dictIterResult(it: PyDictIter, d: PyDict, i: number): PyObject {
  const kind = it.kind;
  if (kind === DictIterKind.Keys) return d.keys[i] as PyObject;
  if (kind === DictIterKind.Values) return d.values[i];
  return new PyTuple([d.keys[i] as PyObject, d.values[i]]);
}

export function dictIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyDictIter;
  const i = dictIterIndex(it);
  return i < 0 ? undefined : dictIterResult(it, it.target!, i);
}

/** The next entry index of a forward dict iterator (advanced past it), or -1 at the end. */
function dictIterIndex(it: PyDictIter): number {
  const d = it.target;
  if (d === null) return -1;
  if (it.odictLast) {
    it.target = null;
    return -1;
  }
  if (it.odictVersion !== -1 && it.odictVersion !== d.keysVersion) odictMutated(it);
  if (it.used !== d.size) {
    it.used = -1;
    throw newError(E.RuntimeError, 'dictionary changed size during iteration');
  }
  const keys = d.keys;
  const n = keys.length;
  let i = it.pos;
  while (i < n && keys[i] === DELETED) i++;
  if (i >= n) {
    it.target = null;
    return -1;
  }
  if (it.len === 0) {
    it.target = null;
    throw newError(E.RuntimeError, 'dictionary keys changed during iteration');
  }
  it.pos = i + 1;
  it.len--;
  if (it.odictVersion !== -1) odictLastCheck(it, keys, i + 1, 1);
  return i;
}

/**
 * An OrderedDict iterator knows its next key when it yields one (CPython's di_current): after
 * the last, it is exhausted for good, whatever happens to the dict meanwhile (no "mutated
 * during iteration" for a key added after the loop's last item).
 */
function odictLastCheck(it: PyDictIter, keys: unknown[], from: number, step: 1 | -1): void {
  let j = from;
  while (j >= 0 && j < keys.length && keys[j] === DELETED) j += step;
  if (j < 0 || j >= keys.length) it.odictLast = true;
}

function dictRevIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyDictIter;
  const d = it.target;
  if (d === null) return undefined;
  if (it.odictLast) {
    it.target = null;
    return undefined;
  }
  if (it.odictVersion !== -1 && it.odictVersion !== d.keysVersion) odictMutated(it);
  if (it.used !== d.size) {
    it.used = -1;
    throw newError(E.RuntimeError, 'dictionary changed size during iteration');
  }
  const keys = d.keys;
  let i = it.pos;
  if (i >= keys.length) i = keys.length - 1;
  while (i >= 0 && keys[i] === DELETED) i--;
  if (i < 0) {
    it.target = null;
    return undefined;
  }
  it.pos = i - 1;
  it.len--;
  if (it.odictVersion !== -1) odictLastCheck(it, keys, i - 1, -1);
  return dictIterResult(it, d, i);
}

export function newDictIter(d: PyDict, kind: DictIterKind, reverse: boolean): PyDictIter {
  const cls = reverse
    ? kind === DictIterKind.Keys ? T.dict_reversekeyiterator : kind === DictIterKind.Values ? T.dict_reversevalueiterator : T.dict_reverseitemiterator
    : kind === DictIterKind.Keys ? T.dict_keyiterator : kind === DictIterKind.Values ? T.dict_valueiterator : T.dict_itemiterator;
  return new PyDictIter(cls, d, kind, reverse);
}

// --- set ------------------------------------------------------------------------------------

export class PySetIter extends PyObj {
  set: PySet | null;
  used: number;
  pos = 0;
  len: number;
  constructor(s: PySet) {
    super(T.set_iterator, null);
    this.set = s;
    this.used = s.used;
    this.len = s.used;
  }
}

function setIterNext(self: PyObject): PyObject | undefined {
  const it = self as PySetIter;
  const s = it.set;
  if (s === null) return undefined;
  if (it.used !== s.used) {
    it.used = -1;
    throw newError(E.RuntimeError, 'Set changed size during iteration');
  }
  const table = s.table;
  const mask = s.mask;
  let i = it.pos;
  while (i <= mask && (table[i] === undefined || table[i] === SET_DUMMY)) i++;
  it.pos = i + 1;
  if (i > mask) {
    it.set = null;
    return undefined;
  }
  it.len--;
  return table[i] as PyObject;
}

/** The marker a set's table keeps where an element was removed (CPython's `dummy`). */
export const SET_DUMMY: unique symbol = Symbol('set dummy');

// --- the old-style sequence iterator and callable_iterator ----------------------------------

export class PySeqIter extends PyObj {
  seq: PyObject | null;
  index = 0;
  constructor(seq: PyObject) {
    super(T.iterator, null);
    this.seq = seq;
  }
}

function seqIterNext(self: PyObject): PyObject | undefined {
  const it = self as PySeqIter;
  const seq = it.seq;
  if (seq === null) return undefined;
  try {
    const r = getItem(seq, it.index);
    it.index++;
    return r;
  } catch (e) {
    if (isExc(e, E.IndexError) || isExc(e, E.StopIteration)) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
}

export class PyCallIter extends PyObj {
  callable: PyObject | null;
  sentinel: PyObject | null;
  constructor(callable: PyObject, sentinel: PyObject) {
    super(T.callable_iterator, null);
    this.callable = callable;
    this.sentinel = sentinel;
  }
}

function callIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyCallIter;
  const f = it.callable;
  if (f === null) return undefined;
  let r: PyObject;
  try {
    r = call(f, []);
  } catch (e) {
    if (isExc(e, E.StopIteration)) {
      it.callable = it.sentinel = null;
      return undefined;
    }
    throw e;
  }
  const sentinel = it.sentinel;
  if (sentinel === null) return undefined;
  if (!richEqBool(sentinel, r)) return r;
  it.callable = it.sentinel = null;
  return undefined;
}

/** iter(callable, sentinel) */
export function newCallableIterator(callable: PyObject, sentinel: PyObject): PyCallIter {
  return new PyCallIter(callable, sentinel);
}

/** The old-style iterator over a class that only defines __getitem__. */
export function newSeqIter(seq: PyObject): PySeqIter {
  return new PySeqIter(seq);
}

// --- enumerate, zip, map, filter, reversed --------------------------------------------------

const EMPTY: PyObject[] = [];

export class PyEnumerate extends PyObj {
  it: PyObject;
  count: number;
  bigCount: bigint | null = null;
  constructor(cls: PyType, it: PyObject, start: number | bigint) {
    super(cls, null);
    this.it = it;
    if (typeof start === 'number') this.count = start;
    else {
      this.count = 0;
      this.bigCount = start;
    }
  }
}

function iterNextOf(it: PyObject): PyObject | undefined {
  // enumerate/zip/map/filter over a list: its iterator inline, no slot call.
  if (it instanceof PyListIter) return listIterNext(it);
  const f = typeOf(it).slots.iternext;
  if (f === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  return f(it);
}

/**
 * The next item of an iterator that a wrapper (zip, enumerate, map, filter) pulls from inside
 * next() or its __next__: a StopIteration(value) the iterator raises (a class's __next__, a
 * generator's return value, a nested map's function) propagates with its value, as CPython's
 * tp_iternext leaves it set; exhaustion without one is undefined.
 */
function iterNextRaising(it: PyObject): PyObject | undefined {
  if (it instanceof PyListIter) return listIterNext(it);
  const t = typeOf(it);
  if (nextKeepsStopValue(t) || t === T.generator) {
    const m = t.lookup('__next__');
    if (m !== undefined) return callFoundMethod(m, it, []);
  }
  return iterNextOf(it);
}

// --- pair steps: `for a, b in <iterator>` without the tuple -------------------------------------

/** The two values of a pair step (a: the tuple's first item), or in `a` a whole item. */
export const pairOut: { a: PyObject; b: PyObject } = { a: None, b: None };

/**
 * One step of an iterator whose items are 2-tuples, for a loop that unpacks them at once (the
 * VM's FOR_ITER_PAIR): 1 = the two items are in pairOut.a/b and no tuple was made; 2 = the
 * step gave some other item (pairOut.a), to be unpacked as usual; 0 = exhausted.
 */
export type PairNext = (it: PyObject) => number;

function enumeratePair(self: PyObject): number {
  const e = self as PyEnumerate;
  if (e.bigCount !== null || e.count >= Number.MAX_SAFE_INTEGER) {
    const t = enumerateNext(self);
    if (t === undefined) return 0;
    pairOut.a = t;
    return 2;
  }
  const item = iterNextOf(e.it);
  if (item === undefined) return 0;
  pairOut.a = e.count++;
  pairOut.b = item;
  return 1;
}

function zipPair(self: PyObject): number {
  const z = self as PyZip;
  const iters = z.iters;
  if (iters.length !== 2) {
    const t = zipNext(self);
    if (t === undefined) return 0;
    pairOut.a = t;
    return 2;
  }
  const a = iterNextOf(iters[0]);
  if (a === undefined) {
    if (z.strict) zipStrictCheck(z, 0);
    return 0;
  }
  const b = iterNextOf(iters[1]);
  if (b === undefined) {
    if (z.strict) zipStrictCheck(z, 1);
    return 0;
  }
  pairOut.a = a;
  pairOut.b = b;
  return 1;
}

function dictItemPair(self: PyObject): number {
  const it = self as PyDictIter;
  const i = dictIterIndex(it);
  if (i < 0) return 0;
  const d = it.target!;
  pairOut.a = d.keys[i] as PyObject;
  pairOut.b = d.values[i];
  return 1;
}

/** Iterator types with a pair step (exact types only: subclasses may override __next__). */
export const pairSteps = new Map<PyType, PairNext>();

function enumerateNext(self: PyObject, raising = false): PyObject | undefined {
  const e = self as PyEnumerate;
  const item = raising ? iterNextRaising(e.it) : iterNextOf(e.it);
  if (item === undefined) return undefined;
  if (e.bigCount === null) {
    const c = e.count;
    if (c < Number.MAX_SAFE_INTEGER) {
      e.count = c + 1;
      return new PyTuple([c, item]);
    }
    e.bigCount = BigInt(c);
  }
  const c = e.bigCount;
  e.bigCount = c + 1n;
  return new PyTuple([c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c, item]);
}

export class PyZip extends PyObj {
  constructor(cls: PyType, public iters: PyObject[], public strict: boolean) {
    super(cls, null);
  }
}

function zipNext(self: PyObject): PyObject | undefined {
  const z = self as PyZip;
  const iters = z.iters;
  const n = iters.length;
  if (n === 2) {
    // The common zip(a, b): a packed two-item array (new Array(n) would be holey).
    const a = iterNextOf(iters[0]);
    if (a === undefined) {
      if (z.strict) zipStrictCheck(z, 0);
      return undefined;
    }
    const b = iterNextOf(iters[1]);
    if (b === undefined) {
      if (z.strict) zipStrictCheck(z, 1);
      return undefined;
    }
    return new PyTuple([a, b]);
  }
  if (n === 0) return undefined;
  const items = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) {
    const x = iterNextOf(iters[i]);
    if (x === undefined) {
      if (z.strict) zipStrictCheck(z, i);
      return undefined;
    }
    items[i] = x;
  }
  return new PyTuple(items);
}

function zipNextSafe(it: PyObject): PyObject | undefined {
  try {
    return iterNextOf(it);
  } catch (e) {
    if (isExc(e, E.StopIteration)) return undefined;
    throw e;
  }
}

function zipStrictCheck(z: PyZip, i: number): void {
  if (i > 0) {
    const plural = i === 1 ? ' ' : 's 1-';
    throw newError(E.ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  for (let j = 1; j < z.iters.length; j++) {
    if (zipNextSafe(z.iters[j]) !== undefined) {
      const plural = j === 1 ? ' ' : 's 1-';
      throw newError(E.ValueError, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
    }
  }
}

/** zip's __next__ step: a StopIteration(value) from an iterator propagates (not for strict=True, which checks the others). */
function zipNextRaising(self: PyObject): PyObject | undefined {
  const z = self as PyZip;
  if (z.strict) return zipNext(self);
  const n = z.iters.length;
  if (n === 0) return undefined;
  const items = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) {
    const x = iterNextRaising(z.iters[i]);
    if (x === undefined) return undefined;
    items[i] = x;
  }
  return new PyTuple(items);
}

export class PyMap extends PyObj {
  constructor(cls: PyType, public func: PyObject, public iters: PyObject[]) {
    super(cls, null);
  }
}

/**
 * One step of map() / filter(). A StopIteration the function raises propagates: next() and
 * `__next__` pass it on with its value, as CPython's map_next leaves it set for next() to
 * see; the iternext slot (for-loops, list(), sum(), ...) ends the iteration on it instead.
 */
function mapStep(self: PyObject, raising = false): PyObject | undefined {
  const m = self as PyMap;
  const iters = m.iters;
  const n = iters.length;
  if (n === 1) {
    const x = raising ? iterNextRaising(iters[0]) : iterNextOf(iters[0]);
    if (x === undefined) return undefined;
    return call1(m.func, x);
  }
  const args = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) {
    const x = raising ? iterNextRaising(iters[i]) : iterNextOf(iters[i]);
    if (x === undefined) return undefined;
    args[i] = x;
  }
  return call(m.func, args);
}

export class PyFilter extends PyObj {
  constructor(cls: PyType, public func: PyObject, public it: PyObject) {
    super(cls, null);
  }
}

function filterStep(self: PyObject, raising = false): PyObject | undefined {
  const f = self as PyFilter;
  const func = f.func;
  const plain = func === None || func === T.bool;
  for (;;) {
    const x = raising ? iterNextRaising(f.it) : iterNextOf(f.it);
    if (x === undefined) return undefined;
    if (plain) {
      if (isTrue(x)) return x;
      continue;
    }
    if (isTrue(call1(func, x))) return x;
  }
}

/** The iternext slot of a step above: a StopIteration from the function ends the iteration. */
function quietly(step: (self: PyObject) => PyObject | undefined): (self: PyObject) => PyObject | undefined {
  return (self) => {
    try {
      return step(self);
    } catch (e) {
      if (isExc(e, E.StopIteration)) return undefined;
      throw e;
    }
  };
}

const mapNext = quietly((self) => mapStep(self));
const filterNext = quietly((self) => filterStep(self));

let stickyIters: Set<PyType> | null = null;

/**
 * Is `t` one of the built-in iterators over a list, tuple, range, dict, set, str or bytes: its
 * iternext slot runs no Python code and, once exhausted, stays so. The VM raises StopIteration
 * for next() on one without a JS throw; compiled code leaves to the interpreter to do that,
 * which calls the slot again (vm.ts, jit.ts).
 */
export function stickyIterType(t: PyType): boolean {
  stickyIters ??= new Set(['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'range_iterator', 'longrange_iterator',
    'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator',
    'dict_reverseitemiterator', 'set_iterator', 'str_ascii_iterator', 'str_iterator', 'bytes_iterator', 'bytearray_iterator']
    .map((n) => T[n]).filter((x) => x !== undefined));
  return stickyIters.has(t);
}

/**
 * True when next() and `yield from` call `t`'s `__next__` rather than its iternext slot, so a
 * StopIteration(value) raised inside keeps its value: classes (a Python `__next__`), map and
 * filter (their function's StopIteration).
 */
export function nextKeepsStopValue(t: PyType): boolean {
  return t.isHeapType || t === T.map || t === T.filter || t === T.zip || t === T.enumerate;
}

/** `__next__` of map / filter: the step, with exhaustion as a fresh StopIteration. */
function raisingNext(step: (self: PyObject) => PyObject | undefined): NativeMethodCall {
  return (self, args, kw) => {
    if (kw !== null && kw.length > 0) typeError('wrapper __next__() takes no keyword arguments');
    if (args.length !== 0) typeError(`expected 0 arguments, got ${args.length}`);
    const r = step(self);
    if (r === undefined) throw newError(E.StopIteration);
    return r;
  };
}

export class PyReversed extends PyObj {
  seq: PyObject | null;
  index: number;
  constructor(cls: PyType, seq: PyObject | null, index: number) {
    super(cls, null);
    this.seq = seq;
    this.index = index;
  }
}

function reversedNext(self: PyObject): PyObject | undefined {
  const r = self as PyReversed;
  const seq = r.seq;
  if (seq !== null && r.index >= 0) {
    try {
      const x = getItem(seq, r.index);
      r.index--;
      return x;
    } catch (e) {
      if (!(isExc(e, E.IndexError) || isExc(e, E.StopIteration))) throw e;
    }
  }
  r.index = -1;
  r.seq = null;
  return undefined;
}

/** PySequence_Check: has sequence item access and is not a dict. */
function isSequence(v: PyObject): boolean {
  const t = typeOf(v);
  return t.slots.getitem !== undefined && !t.subscriptOnly && !t.isSubtype(T.dict);
}

/** reversed(seq): __reversed__, else the __len__/__getitem__ protocol. */
export function reversedOf(seq: PyObject, cls: PyType = T.reversed): PyObject {
  if (seq instanceof PyList && seq.cls === T.list && cls === T.reversed) return new PyListRevIter(seq);
  const meth = lookupSpecial(seq, '__reversed__');
  if (meth === None) typeError(`'${typeName(seq)}' object is not reversible`);
  if (meth !== undefined) return callFoundMethod(meth, seq, []);
  if (!isSequence(seq)) typeError(`'${typeName(seq)}' object is not reversible`);
  const n = lenOf(seq);
  return withDict(new PyReversed(cls, seq, n - 1));
}

// --- type objects -----------------------------------------------------------------------------

const selfIter = (v: PyObject): PyObject => v;

function iteratorType(name: string, next: (v: PyObject) => PyObject | undefined, lengthHint?: (v: PyObject) => PyObject): PyType {
  const t = makeBuiltinType(name);
  t.slots.iter = selfIter;
  t.slots.iternext = next;
  if (lengthHint !== undefined) {
    addMethods(t, {
      __length_hint__: (self, args, kw) => {
        argNone(`${name}.__length_hint__`, args, kw);
        return lengthHint(self);
      },
    });
  }
  return t;
}

function subclassableIterator(name: string, next: (v: PyObject) => PyObject | undefined, alloc: (cls: PyType) => PyObj): PyType {
  const t = T[name] ?? makeBuiltinType(name, true);
  t.finalType = false;
  t.isExactBuiltin = true;
  t.slots.iter = selfIter;
  t.slots.iternext = next;
  t.alloc = alloc;
  return t;
}

function dictIterHint(v: PyObject): number {
  const it = v as PyDictIter;
  return it.target !== null && it.used === it.target.size ? it.len : 0;
}

let typesReady = false;

/** Creates the iterator types (idempotent); every container install calls it first. */
export function ensureIteratorTypes(): void {
  if (typesReady) return;
  typesReady = true;
  iteratorType('list_iterator', listIterNext, (v) => {
    const it = v as PyListIter;
    return it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index);
  });
  iteratorType('list_reverseiterator', listRevIterNext, (v) => {
    const it = v as PyListRevIter;
    return it.seq === null || it.index >= it.seq.items.length ? 0 : it.index + 1;
  });
  iteratorType('tuple_iterator', arrayIterNext, (v) => {
    const it = v as PySeqArrayIter;
    return it.items === null ? 0 : Math.max(0, it.items.length - it.index);
  });
  iteratorType('range_iterator', anyRangeIterNext, (v) => (v instanceof PyRangeIter ? v.len : normInt((v as PyLongRangeIter).len)));
  iteratorType('longrange_iterator', longRangeIterNext, (v) => normInt((v as PyLongRangeIter).len));
  for (const name of ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator']) iteratorType(name, dictIterNext, dictIterHint);
  pairSteps.set(T.dict_itemiterator, dictItemPair);
  for (const name of ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator']) {
    iteratorType(name, dictRevIterNext, dictIterHint);
  }
  iteratorType('set_iterator', setIterNext, (v) => {
    const it = v as PySetIter;
    return it.set !== null && it.used === it.set.used ? it.len : 0;
  });
  // iter_len: what is left of a sequence with a length; NotImplemented for one without.
  iteratorType('iterator', seqIterNext, (v) => {
    const it = v as PySeqIter;
    if (it.seq === null) return 0;
    if (typeOf(it.seq).slots.len === undefined) return NotImplemented;
    return Math.max(0, lenOf(it.seq) - it.index);
  });
  iteratorType('callable_iterator', callIterNext);
  setSeqIterFactory(newSeqIter);
  setIterateToArray(iterateToArray);

  const enumerate = subclassableIterator('enumerate', enumerateNext, (cls) => new PyEnumerate(cls, new PySeqArrayIter(T.tuple_iterator, EMPTY), 0));
  pairSteps.set(enumerate, enumeratePair);
  defineNew(enumerate, (cls, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    let iterable: PyObject | undefined;
    let start: PyObject | undefined;
    if (cls === enumerate) {
      // enum_vectorcall's own argument handling.
      const check = (k: number, name: string): void => {
        if (kwnames![k] !== name) typeError(`'${kwnames![k]}' is an invalid keyword argument for enumerate()`);
      };
      if (args.length === 2) {
        if (nkw === 1) check(0, 'start');
        else if (nkw === 2 && kwnames![0] === 'start') {
          check(1, 'iterable');
          args = [args[1], args[0]];
        } else if (nkw === 2) {
          check(0, 'iterable');
          check(1, 'start');
        }
        [iterable, start] = args;
      } else if (args.length === 1) {
        if (nkw === 1) check(0, 'iterable');
        iterable = args[0];
      } else if (npos === 0) {
        typeError("enumerate() missing required argument 'iterable'");
      } else {
        typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
      }
    } else {
      [iterable, start] = bindNative('enumerate', ['iterable', 'start'], args, kwnames, 0, 1);
    }
    // enum_new_impl converts start before taking the iterator.
    const s = start === undefined ? 0 : indexOf(start);
    const it = getIter(iterable!);
    return withDict(new PyEnumerate(cls, it, s));
  });

  enumerate.dict.setStr('__next__', new PyMethodDescriptor(enumerate, '__next__', raisingNext((self) => enumerateNext(self, true)), null, T.wrapper_descriptor));

  const zip = subclassableIterator('zip', zipNext, (cls) => new PyZip(cls, [], false));
  zip.dict.setStr('__next__', new PyMethodDescriptor(zip, '__next__', raisingNext(zipNextRaising), null, T.wrapper_descriptor));
  pairSteps.set(zip, zipPair);
  defineNew(zip, (cls, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    let strict = false;
    // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip") counts the keywords first.
    if (nkw > 1) typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
    for (let k = 0; k < nkw; k++) {
      if (kwnames![k] !== 'strict') typeError(`'${kwnames![k]}' is an invalid keyword argument for zip()`);
      strict = isTrue(args[npos + k]);
    }
    const iters = new Array<PyObject>(npos);
    for (let i = 0; i < npos; i++) iters[i] = getIter(args[i]);
    return withDict(new PyZip(cls, iters, strict));
  });

  const map = subclassableIterator('map', mapNext, (cls) => new PyMap(cls, None, []));
  defineNew(map, (cls, args, kwnames) => {
    if (cls === T.map && kwnames !== null && kwnames.length > 0) typeError('map() takes no keyword arguments');
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos < 2) typeError('map() must have at least two arguments.');
    const iters = new Array<PyObject>(npos - 1);
    for (let i = 1; i < npos; i++) iters[i - 1] = getIter(args[i]);
    return withDict(new PyMap(cls, args[0], iters));
  });

  map.dict.setStr('__next__', new PyMethodDescriptor(map, '__next__', raisingNext((self) => mapStep(self, true)), null, T.wrapper_descriptor));

  const filter = subclassableIterator('filter', filterNext, (cls) => new PyFilter(cls, None, new PySeqArrayIter(T.tuple_iterator, EMPTY)));
  defineNew(filter, (cls, args, kwnames) => {
    if (cls === T.filter && kwnames !== null && kwnames.length > 0) typeError('filter() takes no keyword arguments');
    const pos = args.slice(0, args.length - (kwnames === null ? 0 : kwnames.length));
    checkPositional('filter', pos, null, 2, 2);
    return withDict(new PyFilter(cls, pos[0], getIter(pos[1])));
  });
  filter.dict.setStr('__next__', new PyMethodDescriptor(filter, '__next__', raisingNext((self) => filterStep(self, true)), null, T.wrapper_descriptor));

  const reversed = subclassableIterator('reversed', reversedNext, (cls) => new PyReversed(cls, null, -1));
  defineNew(reversed, (cls, args, kwnames) => {
    if (cls === T.reversed && kwnames !== null && kwnames.length > 0) typeError('reversed() takes no keyword arguments');
    const pos = args.slice(0, args.length - (kwnames === null ? 0 : kwnames.length));
    argExactly('reversed', pos, 1);
    return reversedOf(pos[0], cls);
  });
  addMethods(reversed, {
    __length_hint__: (self, args, kw) => {
      argNone('reversed.__length_hint__', args, kw);
      const r = self as PyReversed;
      if (r.seq === null) return 0;
      const n = lenOf(r.seq);
      return n < r.index + 1 ? 0 : r.index + 1;
    },
  });
}
