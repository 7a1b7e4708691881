// The native parts of functools (CPython 3.11's Modules/_functoolsmodule.c), built on first import
// of `_functools`: reduce, and _lru_cache_wrapper, the callable that lru_cache and cache return
// (lib/functools.py wraps it as CPython's functools.py does). A Python-level wrapper cost a
// Python call, a key tuple, dict pops and re-inserts per call; this one keys a PyDict directly
// and keeps the recency order in a linked list, as CPython does.

import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, newSharedDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeError, getIter, call, isTrue } from '../objects/protocol.js';
import { addMethods, nativeFunction, bindNative } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, argNone, isExc } from '../objects/iterate.js';
import { ssizeArg } from '../objects/tuple-type.js';
import { PyMethod } from '../objects/function.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { interp } from '../runtime/interpreter.js';
import { PyModule } from '../runtime/module.js';

// --- reduce -----------------------------------------------------------------------------------

function reduce(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) typeError('reduce() takes no keyword arguments');
  if (args.length < 2) typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const func = args[0];
  let it: PyObject;
  try {
    it = getIter(args[1]);
  } catch (e) {
    if (isExc(e, E.TypeError)) typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  const next = typeOf(it).slots.iternext!;
  let result: PyObject | undefined = args.length === 3 ? args[2] : undefined;
  for (;;) {
    const x = next(it);
    if (x === undefined) break;
    result = result === undefined ? x : call(func, [result, x]);
  }
  if (result === undefined) typeError('reduce() of empty iterable with no initial value');
  return result;
}

// --- _lru_cache_wrapper -----------------------------------------------------------------------

/** An entry of a bounded cache: its place in the recency list (oldest after `root`). */
class Link {
  prev: Link;
  next: Link;
  constructor(public key: PyObject, public result: PyObject) {
    this.prev = this;
    this.next = this;
  }
}

const UNBOUNDED = -1;

class PyLruWrapper extends PyObj {
  func: PyObject = None;
  /** The maxsize argument as given (cache_info reports it); `maxsize` its value, UNBOUNDED for None. */
  maxsizeObj: PyObject = None;
  maxsize = UNBOUNDED;
  typed = false;
  cacheInfoType: PyObject = None;
  cache = new PyDict();
  root = new Link(None, None);
  hits = 0;
  misses = 0;
}

/** The kwd_mark separating positional arguments from keyword pairs in a key. */
let kwdMark: PyObject;

/**
 * CPython's lru_cache_make_key: one exact int or str argument is its own key; otherwise the
 * arguments, then (with keywords) the mark and name/value pairs, then (typed) their types.
 */
function makeKey(args: PyObject[], kwnames: string[] | null, typed: boolean): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (!typed && nkw === 0) {
    if (args.length === 1) {
      const a = args[0];
      const t = typeof a;
      if (t === 'number' || t === 'string' || t === 'bigint') return a;
    }
    return new PyTuple(args.slice());
  }
  const npos = args.length - nkw;
  const key: PyObject[] = args.slice(0, npos);
  if (nkw > 0) {
    key.push(kwdMark);
    for (let k = 0; k < nkw; k++) key.push(kwnames![k], args[npos + k]);
  }
  if (typed) {
    for (let i = 0; i < npos; i++) key.push(typeOf(args[i]));
    for (let k = 0; k < nkw; k++) key.push(typeOf(args[npos + k]));
  }
  return new PyTuple(key);
}

function unlink(l: Link): void {
  l.prev.next = l.next;
  l.next.prev = l.prev;
}

function append(w: PyLruWrapper, l: Link): void {
  const root = w.root;
  const last = root.prev;
  last.next = l;
  l.prev = last;
  l.next = root;
  root.prev = l;
}

function lookup(w: PyLruWrapper, args: PyObject[], kwnames: string[] | null): PyObject {
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  const cache = w.cache;
  if (w.maxsize === UNBOUNDED) {
    const hit = cache.get(key);
    if (hit !== undefined) {
      w.hits++;
      return hit;
    }
    w.misses++;
    const result = call(w.func, args, kwnames);
    cache.set(key, result);
    return result;
  }
  const link = cache.get(key) as unknown as Link | undefined;
  if (link !== undefined) {
    unlink(link);
    append(w, link);
    w.hits++;
    return link.result;
  }
  w.misses++;
  const result = call(w.func, args, kwnames);
  // The call may have cached this key itself: the entry is already up to date then.
  if (cache.get(key) !== undefined) return result;
  const root = w.root;
  if (cache.size < w.maxsize || root.next === root) {
    const l = new Link(key, result);
    cache.set(key, l as unknown as PyObject);
    append(w, l);
    return result;
  }
  // Full: the oldest link is reused for the new entry and becomes the newest.
  const old = root.next;
  unlink(old);
  cache.delete(old.key);
  old.key = key;
  old.result = result;
  cache.set(key, old as unknown as PyObject);
  append(w, old);
  return result;
}

function wrapperCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  // Calling the wrapper is a C call in CPython: it counts towards the recursion limit.
  const it = interp();
  if (++it.depth > it.recursionLimit) {
    it.depth--;
    throw newError(E.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
  }
  let r: PyObject;
  try {
    r = lookup(self as PyLruWrapper, args, kwnames);
  } catch (e) {
    it.depth--;
    throw e;
  }
  it.depth--;
  return r;
}

function clearCache(w: PyLruWrapper): void {
  w.hits = 0;
  w.misses = 0;
  w.root.next = w.root;
  w.root.prev = w.root;
  w.cache.clear();
}

let wrapperType: PyType;

function makeWrapperType(): void {
  const t = (wrapperType = makeBuiltinType('functools._lru_cache_wrapper'));
  t.hasInstanceDict = true;
  t.alloc = null;
  t.slots.call = wrapperCall;
  t.slots.descrGet = (self, obj) => (obj === null || obj === None ? self : new PyMethod(self, obj));
  defineNew(t, (cls, args, kwnames) => {
    const [func, maxsize, typed, infoType] = bindNative('lru_cache', ['user_function', 'maxsize', 'typed', 'cache_info_type'], args, kwnames);
    const params = ['user_function', 'maxsize', 'typed', 'cache_info_type'];
    const given = [func, maxsize, typed, infoType];
    for (let i = 0; i < 4; i++) if (given[i] === undefined) typeError(`lru_cache() missing required argument '${params[i]}' (pos ${i + 1})`);
    if (typeOf(func!).slots.call === undefined) typeError('the first argument must be callable');
    const w = new PyLruWrapper(cls, newSharedDict());
    if (maxsize !== None) {
      const s = typeOf(maxsize!).slots;
      if (typeof maxsize !== 'number' && typeof maxsize !== 'bigint' && typeof maxsize !== 'boolean' && s.index === undefined) {
        typeError('maxsize should be integer or None');
      }
      w.maxsize = Math.max(0, ssizeArg(maxsize!));
    }
    w.func = func!;
    w.maxsizeObj = maxsize!;
    w.typed = isTrue(typed!);
    w.cacheInfoType = infoType!;
    return w;
  });
  addMethods(t, {
    cache_info: (self, args, kw) => {
      argNone('cache_info', args, kw);
      const w = self as PyLruWrapper;
      return call(w.cacheInfoType, [w.hits, w.misses, w.maxsizeObj, w.cache.size]);
    },
    cache_clear: (self, args, kw) => {
      argNone('cache_clear', args, kw);
      clearCache(self as PyLruWrapper);
      return None;
    },
    __copy__: (self, args, kw) => {
      argNone('__copy__', args, kw);
      return self;
    },
    __deepcopy__: (self) => self,
  });
  exposeNativeSlots(t);
}

export function makeFunctoolsModule(): PyModule {
  if (wrapperType === undefined) {
    makeWrapperType();
    kwdMark = new PyObj(T.object);
  }
  const mod = new PyModule('_functools');
  mod.dict.setStr('reduce', nativeFunction('reduce', reduce));
  mod.dict.setStr('_lru_cache_wrapper', wrapperType);
  return mod;
}
