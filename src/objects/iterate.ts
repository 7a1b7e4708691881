// Shared helpers of the container types: `iterateToArray` (list(x) / tuple(x) / unpacking /
// *args: the items of any iterable as a JS array, with fast paths for the builtin containers),
// the repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave), PySequence_Fast, item and
// length access through the slots, and the argument checks of METH_O / METH_NOARGS /
// METH_VARARGS natives with CPython's messages.

import type { PyObject } from './object.js';
import { T } from './types.js';
import { PyList, PyTuple } from './tuple.js';
import { PyDict, DELETED, newSharedDict } from './dict.js';
import { typeOf, typeName, typeError, getIter, getItem as protoGetItem } from './protocol.js';
import { E, newError, PyBaseException } from './exception.js';
import { checkPositional } from './native.js';
import { PyType } from './type.js';
import { copySlots } from './slots.js';
import { callFoundMethod } from './dunder.js';
import { NotImplemented, None } from './singletons.js';
import { asIntValue } from './int-type.js';
import { PyReversed, PySeqIter, PyRangeIter, PyLongRangeIter } from './iterators.js';
import { hasSurrogates } from './str.js';

// --- the fast paths of iterateToArray are registered by the container installs -------------

/** A native `iter` slot and the way to read its container's items directly. */
const fastIter = new Map<unknown, (v: PyObject) => PyObject[]>();

/** Registers a fast path: values whose type's iter slot is `iterSlot` are read by `read`. */
export function registerFastIteration(iterSlot: unknown, read: (v: PyObject) => PyObject[]): void {
  fastIter.set(iterSlot, read);
}

/**
 * The items of any iterable as a fresh JS array (the caller may keep or mutate it). Builtin
 * containers whose iteration is not overridden are read directly; anything else goes through
 * iter()/next().
 */
export function iterateToArray(v: PyObject): PyObject[] {
  if (v instanceof PyList && v.cls === T.list) return v.items.slice();
  if (v instanceof PyTuple && v.cls === T.tuple) return v.items.slice();
  if (typeof v === 'string') return Array.from(v);
  if (v instanceof PyReversed && v.cls === T.reversed && typeof v.seq === 'string' && !hasSurrogates(v.seq)) {
    // reversed(s) of a str without surrogates (''.join(reversed(s))): its units, last first.
    const s = v.seq;
    const k = v.index < s.length ? v.index : -1;
    const out: PyObject[] = new Array(k + 1);
    for (let j = k; j >= 0; j--) out[k - j] = s[j];
    v.index = -1;
    v.seq = null;
    return out;
  }
  const t = typeOf(v);
  const it = t.slots.iter;
  if (it !== undefined) {
    const fast = fastIter.get(it);
    if (fast !== undefined) return fast(v);
  }
  return iterateGeneric(getIter(v));
}

/**
 * PyObject_LengthHint's checks for a Python-level class (list(x), tuple(x), list.extend(x) and
 * sorted(x) ask for the hint before reading the items): an error from __len__ other than a
 * TypeError propagates, as does a bad __length_hint__ result. The hint itself is not needed.
 */
export function checkLengthHint(v: PyObject): void {
  const t = typeOf(v);
  if (!t.isHeapType) {
    // iter(x) of a class with __len__ and __getitem__: the hint is what len(x) leaves
    // (iter_len), whose errors propagate apart from a TypeError.
    // reversed(x)'s hint (reversed_len) calls len(x) again, errors propagating the same way.
    // A mappingproxy's hint is its len(), which asks a dict subclass's own __len__.
    const seq = v instanceof PySeqIter || v instanceof PyReversed ? v.seq : t === T.mappingproxy ? v : null;
    if (seq !== null && (seq === v || typeOf(seq).isHeapType) && typeOf(seq).slots.len !== undefined) {
      try {
        lenOf(seq);
      } catch (e) {
        if (!isExc(e, E.TypeError)) throw e;
      }
    }
    return;
  }
  if (t.slots.len !== undefined) {
    try {
      lenOf(v);
      return;
    } catch (e) {
      if (!isExc(e, E.TypeError)) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === undefined) return;
  let r: PyObject;
  try {
    r = callFoundMethod(hint, v, []);
  } catch (e) {
    if (isExc(e, E.TypeError)) return;
    throw e;
  }
  if (r === NotImplemented) return;
  const n = asIntValue(r);
  if (n === undefined) typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  checkHintValue(n);
}

function checkHintValue(n: number | bigint): void {
  if (typeof n === 'bigint' && (n >= 1n << 63n || n < -(1n << 63n))) {
    throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  if (n < 0) throw newError(E.ValueError, '__length_hint__() should return >= 0');
}

/** iterateToArray as list(x) / tuple(x) / sorted(x) do it: getting the iterator, then checkLengthHint. */
export function iterateToArrayHinted(v: PyObject): PyObject[] {
  const t = typeOf(v);
  if (!t.isHeapType) {
    if (v instanceof PySeqIter || v instanceof PyReversed) checkLengthHint(v);
    else if (v instanceof PyRangeIter || v instanceof PyLongRangeIter) {
      // A range iterator's hint is what it has left: past ssize_t an OverflowError, else too
      // many items for memory (CPython preallocates the list).
      const n = BigInt(v.len);
      if (n >= 1n << 63n) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
      if (n > 1n << 30n) throw newError(E.MemoryError);
    } else if (t === T.mappingproxy) {
      const it = getIter(v);
      checkLengthHint(v);
      return iterateGeneric(it);
    }
    return iterateToArray(v);
  }
  const fast = t.slots.iter !== undefined ? fastIter.get(t.slots.iter) : undefined;
  if (fast !== undefined) {
    checkLengthHint(v);
    return fast(v);
  }
  const it = getIter(v);
  checkLengthHint(v);
  return iterateGeneric(it);
}

const NO_ITEMS: PyObject[] = [];

/**
 * A new empty array for a container's items, made without an allocation site: V8 pretenures
 * what an array literal's site allocates once enough of it has lived long, and a runtime
 * helper's site is shared by every Python call site (list(x) results kept by one part of a
 * program sent every later short-lived one of another straight to the old generation: a loop
 * of list(genexpr) ran twice as long, in scavenges of its old-to-new references).
 */
export function newItems(): PyObject[] {
  return NO_ITEMS.slice();
}

/** Drains an iterator into an array. */
export function iterateGeneric(it: PyObject): PyObject[] {
  const out: PyObject[] = newItems();
  const next = typeOf(it).slots.iternext;
  if (next === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  for (;;) {
    const x = next(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** The live keys of a dict, in order. */
export function dictKeysArray(d: PyDict): PyObject[] {
  const out: PyObject[] = newItems();
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== DELETED) out.push(k);
  }
  return out;
}

/**
 * PySequence_Fast: the items of an exact list or tuple (the live array: do not mutate it), else
 * a new array from iterating `v`; a non-iterable raises TypeError(msg).
 */
export function seqFast(v: PyObject, msg: string): PyObject[] {
  if ((v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple)) return v.items;
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (isExc(e, E.TypeError)) typeError(msg);
    throw e;
  }
  return iterateGeneric(it);
}

/** Is `e` a Python exception of type `t` (or a subclass)? */
export function isExc(e: unknown, t: PyType): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtype(t);
}

// --- repr recursion guard -------------------------------------------------------------------

const reprActive = new Set<PyObject>();

/** Py_ReprEnter: false when `v` is already being repr'd further up (print `[...]`). */
export function reprEnter(v: PyObject): boolean {
  if (reprActive.has(v)) return false;
  reprActive.add(v);
  return true;
}

export function reprLeave(v: PyObject): void {
  reprActive.delete(v);
}

// --- item / length access through the slots ------------------------------------------------

/** o[key] (PyObject_GetItem). */
export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = typeOf(o).slots.getitem;
  if (f === undefined) return protoGetItem(o, key); // a class's __class_getitem__, else the error
  return f(o, key);
}

/** o[key] = value (PyObject_SetItem). */
export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = typeOf(o).slots.setitem;
  if (f === undefined) typeError(`'${typeName(o)}' object does not support item assignment`);
  f(o, key, value);
}

/** len(o) */
export function lenOf(o: PyObject): number {
  const f = typeOf(o).slots.len;
  if (f === undefined) typeError(`object of type '${typeName(o)}' has no len()`);
  const n = f(o);
  return typeof n === 'number' ? n : Number(n);
}

// --- argument checks with CPython's messages ------------------------------------------------

function noKw(qualname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qualname}() takes no keyword arguments`);
}

/** METH_O: exactly one positional argument ("list.append() takes exactly one argument (0 given)"). */
export function argO(qualname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKw(qualname, kwnames);
  if (args.length !== 1) typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS ("list.clear() takes no arguments (1 given)"). */
export function argNone(qualname: string, args: PyObject[], kwnames: string[] | null): void {
  noKw(qualname, kwnames);
  if (args.length !== 0) typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** Positional-only with a range ("pop expected at most 1 argument, got 2"). */
export function argRange(qualname: string, short: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  noKw(qualname, kwnames);
  return checkPositional(short, args, null, min, max);
}

/** _PyArg_CheckPositional with min == max ("sorted expected 1 argument, got 0"). */
export function argExactly(name: string, args: PyObject[], n: number): PyObject[] {
  if (args.length !== n) typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  return args;
}

/**
 * METH_VARARGS without keywords ("set.union() takes no keyword arguments"). Called through a
 * bound method object CPython names the method alone; the method's descriptor is marked
 * `varargs` for that (see md.descrGet).
 */
export function argVar(qualname: string, args: PyObject[], kwnames: string[] | null): PyObject[] {
  noKw(qualname, kwnames);
  return args;
}

/** A builtin type's name check helper for `__init__`/`__new__` keyword refusals ("list() takes no keyword arguments"). */
export function noKeywords(name: string, kwnames: string[] | null): void {
  noKw(name, kwnames);
}

export function valueError(msg: string): never {
  throw newError(E.ValueError, msg);
}

export function indexError(msg: string): never {
  throw newError(E.IndexError, msg);
}

/** Gives an instance of a Python subclass its __dict__ (builtin instances have none). */
export function withDict<O extends { cls: PyType; dict: PyDict | null }>(o: O): O {
  if (o.cls.hasInstanceDict && o.dict === null) o.dict = newSharedDict();
  return o;
}

/** Creates a builtin type (not subclassable unless `base` says so) registered in T. */
export function makeBuiltinType(name: string, subclassable = false, base: PyType = T.object): PyType {
  const existing = T[name];
  if (existing !== undefined) return existing;
  const t = new PyType(T.type, name, [base], new PyDict());
  t.mro = [t, ...base.mro];
  t.isExactBuiltin = true;
  t.slots = copySlots(base.slots);
  t.alloc = null;
  t.finalType = !subclassable;
  t.dict.setStr('__doc__', None); // its own, as PyType_Ready gives every type
  T[name] = t;
  return t;
}

