// The native parts of functools (CPython 3.11's Modules/_functoolsmodule.c), built on first import
// of `_functools`: reduce, partial, and _lru_cache_wrapper, the callable that lru_cache and cache return
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
import { typeOf, typeError, getIter, call, isTrue, repr, str as protoStr } from '../objects/protocol.js';
import { addMethods, addGetSets, addClassMethods, nativeFunction, bindNative } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, argNone, isExc, reprEnter, reprLeave } from '../objects/iterate.js';
import { newGenericAlias } from '../objects/generic-alias.js';
import { ssizeArg } from '../objects/tuple-type.js';
import { PyMethod } from '../objects/function.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { enterRecursive, leaveRecursive, IN_CALL } from '../objects/recursion.js';
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

// --- partial ----------------------------------------------------------------------------------

class PyPartial extends PyObj {
  constructor(cls: PyType, public fn: PyObject, public args: PyTuple, public kw: PyDict) {
    super(cls, newSharedDict());
  }
}

function keywordName(k: PyObject): string {
  if (typeof k !== 'string') typeError('keywords must be strings');
  return k;
}

/** partial_call: the stored arguments first, the stored keywords updated by the call's. */
function partialCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const p = self as PyPartial;
  const pa = p.args.items;
  const kw = p.kw;
  if (kw.size === 0) return call(p.fn, pa.length === 0 ? args : pa.concat(args), kwnames);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const names: string[] = [];
  const values: PyObject[] = [];
  for (const [k, v] of kw.entries()) {
    names.push(keywordName(k));
    values.push(v);
  }
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i];
    const at = names.indexOf(name);
    if (at >= 0) values[at] = args[npos + i];
    else {
      names.push(name);
      values.push(args[npos + i]);
    }
  }
  const all = pa.concat(npos === args.length ? args : args.slice(0, npos), values);
  return call(p.fn, all, names);
}

function partialRepr(self: PyObject): string {
  const p = self as PyPartial;
  if (!reprEnter(p)) return '...';
  try {
    let list = '';
    for (const a of p.args.items) list += `, ${repr(a)}`;
    for (const [k, v] of p.kw.entries()) list += `, ${protoStr(k)}=${repr(v)}`;
    return `${typeOf(p).name}(${repr(p.fn)}${list})`;
  } finally {
    reprLeave(p);
  }
}

let partialType: PyType;

function readonly(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

function makePartialType(): void {
  const t = (partialType = makeBuiltinType('functools.partial', true));
  t.hasInstanceDict = true;
  t.slots.call = partialCall;
  t.slots.repr = partialRepr;
  t.alloc = (cls) => new PyPartial(cls, None, new PyTuple([]), new PyDict());
  defineNew(t, (cls, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos < 1) typeError("type 'partial' takes at least one argument");
    let fn = args[0];
    let pargs: PyObject[] = [];
    let pkw: PyDict | null = null;
    // A partial of a partial (one whose type calls like partial, with no attributes set) is flattened.
    if (fn instanceof PyPartial && typeOf(fn).slots.call === partialCall && (fn.dict === null || fn.dict.size === 0)) {
      pargs = fn.args.items;
      pkw = fn.kw;
      fn = fn.fn;
    }
    if (typeOf(fn).slots.call === undefined) typeError('the first argument must be callable');
    const own = args.slice(1, npos);
    const kw = new PyDict();
    if (pkw !== null) for (const [k, v] of pkw.entries()) kw.set(k, v);
    for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[npos + i]);
    return new PyPartial(cls, fn, new PyTuple(pargs.length === 0 ? own : pargs.concat(own)), kw);
  });
  addGetSets(t, {
    func: [(v) => (v as PyPartial).fn, readonly],
    args: [(v) => (v as PyPartial).args, readonly],
    keywords: [(v) => (v as PyPartial).kw, readonly],
  });
  addMethods(t, {
    __reduce__: (self, args, kw) => {
      argNone('__reduce__', args, kw);
      const p = self as PyPartial;
      const d = p.dict !== null && p.dict.size > 0 ? p.dict : None;
      return new PyTuple([typeOf(p), new PyTuple([p.fn]), new PyTuple([p.fn, p.args, p.kw, d])]);
    },
    __setstate__: (self, args, kw) => {
      if ((kw !== null && kw.length > 0) || args.length !== 1) typeError(`__setstate__() takes exactly one argument (${args.length} given)`);
      const state = args[0];
      const p = self as PyPartial;
      if (!(state instanceof PyTuple) || state.items.length !== 4) typeError('invalid partial state');
      const [fn, fnargs, kwObj, dict] = state.items;
      if (typeOf(fn).slots.call === undefined || !(fnargs instanceof PyTuple) || (kwObj !== None && !(kwObj instanceof PyDict))) {
        typeError('invalid partial state');
      }
      p.fn = fn;
      p.args = fnargs.cls === T.tuple ? fnargs : new PyTuple(fnargs.items.slice());
      if (kwObj === None) p.kw = new PyDict();
      else if ((kwObj as PyDict).cls === T.dict) p.kw = kwObj as PyDict;
      else {
        const copy = new PyDict();
        for (const [k, v] of (kwObj as PyDict).entries()) copy.set(k, v);
        p.kw = copy;
      }
      if (dict === None) p.dict = newSharedDict();
      else if (dict instanceof PyDict) p.dict = dict;
      return None;
    },
  });
  addClassMethods(t, { __class_getitem__: (cls, args) => newGenericAlias(cls, args[0]) });
  exposeNativeSlots(t);
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
  enterRecursive(IN_CALL);
  let r: PyObject;
  try {
    r = lookup(self as PyLruWrapper, args, kwnames);
  } catch (e) {
    leaveRecursive();
    throw e;
  }
  leaveRecursive();
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
    makePartialType();
    kwdMark = new PyObj(T.object, null);
  }
  const mod = new PyModule('_functools');
  mod.dict.setStr('reduce', nativeFunction('reduce', reduce));
  mod.dict.setStr('_lru_cache_wrapper', wrapperType);
  mod.dict.setStr('partial', partialType);
  return mod;
}
