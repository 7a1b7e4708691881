// The dict type on top of PyDict (dict.ts): slots (with __missing__ for subclasses), methods,
// the constructor, `|`/`|=`, and the views dict_keys / dict_values / dict_items with their
// set operations, comparisons and reprs.

import { itemEq } from './tuple-type.js';
import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyDict, DELETED } from './dict.js';
import { PyTuple, PyList } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError, newException } from './exception.js';
import { CmpOp } from './slots.js';
import { typeOf, typeName, typeError, repr, richEqBool, getIter, iterNext, call, getAttrOrUndefined } from './protocol.js';
import { addMethods, addClassMethods, addGetSets, addFastMethods, raiseSoft } from './native.js';
import { defineNew } from './class-create.js';
import { callFoundMethod } from './dunder.js';
import { PyMappingProxy } from './core-types.js';
import { ensureIteratorTypes, newDictIter, DictIterKind } from './iterators.js';
import { finalizers, dropped } from './finalizers.js';
import {
  withDict, reprEnter, reprLeave, argO, argNone, argRange, isExc, registerFastIteration, dictKeysArray, newItems, getItem, makeBuiltinType, seqFast,
  iterateToArray, lenOf,
} from './iterate.js';
import {
  PySet, setAdd, setFromIterable, setUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate, setIntersectionWith,
} from './set.js';

// --- item access --------------------------------------------------------------------------

/** d[key] with __missing__ for subclasses (dict_subscript). */
export function dictGetItem(d: PyDict, key: PyObject): PyObject {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (!d.cls.isExactBuiltin) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined) return callFoundMethod(missing, d, [key]);
  }
  throw newException(E.KeyError, [key]);
}

function dictSetItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  const d = self as PyDict;
  if (value !== null) {
    d.set(key, value);
    return;
  }
  if (d.delete(key) === undefined) throw newException(E.KeyError, [key]);
}

// --- update / merge -------------------------------------------------------------------------

function isExactDict(v: PyObject): v is PyDict {
  return v instanceof PyDict && v.cls === T.dict;
}

let dictIterSlot: (v: PyObject) => PyObject;

/** A dict (or subclass) that keeps dict's own __iter__: merges read its table directly. */
export function hasNativeDictIter(b: PyObject): b is PyDict {
  return b instanceof PyDict && (b.cls === T.dict || typeOf(b).slots.iter === dictIterSlot);
}

/** PyDict_Merge(a, b, override=1): b a dict with the native iteration, or any mapping. */
export function dictMerge(a: PyDict, b: PyObject): void {
  if (hasNativeDictIter(b)) {
    if (a === b) return;
    if (a.size === 0 && a.keys.length === 0 && a.shape === null) {
      // Into an empty dict (dict(d), {}.update(d)): a copy of b's table, as CPython's
      // dict_merge copies the keys object (dict(d) of 1000 int keys: 42 -> 4 us).
      a.becomeCopyOf(b);
      return;
    }
    // A key's __eq__ or __hash__ may change b: an entry added (or b cleared) stops the merge,
    // as CPython's dict_merge checks b's entry count (a deletion leaves its entry).
    const keys = b.keys;
    const values = b.values;
    const n = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED) continue;
      a.set(k, values[i]);
      if (b.keys.length !== n || b.keys !== keys) throw newError(E.RuntimeError, 'dict mutated during update');
    }
    return;
  }
  const keysMeth = getAttrOrUndefined(b, 'keys');
  if (keysMeth === undefined) typeError(`'${typeName(b)}' object is not a mapping`);
  for (const k of mappingKeys(b, keysMeth)) a.set(k, getItem(b, k));
}

/**
 * The keys of a mapping that is not a dict, as CPython's PyMapping_Keys gives them to dict_merge
 * (dict.update, {**m}, f(**m)): what its keys() method (`keysMeth`, found on `m`) returns, all
 * collected before any is used; a non-iterable result is "T.keys() returned a non-iterable".
 */
export function mappingKeys(m: PyObject, keysMeth: PyObject): PyObject[] {
  const out = call(keysMeth, []);
  if (out instanceof PyList && out.cls === T.list) return out.items.slice();
  let it: PyObject;
  try {
    it = getIter(out);
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.TypeError)) typeError(`${typeName(m)}.keys() returned a non-iterable (type ${typeName(out)})`);
    throw e;
  }
  return iterateToArray(it);
}

/**
 * PyDict_Copy: a subclass that overrides __iter__ is copied through keys() and __getitem__,
 * unless it is empty (then a new empty dict, nothing called).
 */
function pyDictCopy(v: PyDict): PyDict {
  if (hasNativeDictIter(v)) return v.copy();
  if ((v as PyDict).size === 0) return new PyDict();
  const d = new PyDict();
  dictMerge(d, v);
  return d;
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
function mergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  for (let i = 0; ; i++) {
    const item = iterNext(it);
    if (item === undefined) return;
    let pair: PyObject[];
    try {
      pair = seqFast(item, '');
    } catch (e) {
      if (isExc(e, E.TypeError)) typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (pair.length !== 2) {
      throw newError(E.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

/** dict_update_arg: a dict, anything with keys(), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (isExactDict(arg)) {
    dictMerge(d, arg);
    return;
  }
  if (getAttrOrUndefined(arg, 'keys') !== undefined) dictMerge(d, arg);
  else mergeFromSeq2(d, arg);
}

/** dict.update / dict.__init__: at most one positional argument, then the keywords. */
function updateCommon(d: PyDict, args: PyObject[], kwnames: string[] | null, name: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let k = 0; k < nkw; k++) d.set(kwnames![k], args[npos + k]);
}

// --- repr, equality ---------------------------------------------------------------------------

function dictRepr(v: PyObject): string {
  const d = v as PyDict;
  if (!reprEnter(d)) return '{...}';
  try {
    if (d.size === 0) return '{}';
    return `{${entryReprs(d).join(', ')}}`;
  } finally {
    reprLeave(d);
  }
}

/** `key: value` reprs of d's entries (a loop kernel: docs/native-loops.md). */
function entryReprs(d: PyDict): string[] {
  const parts: string[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === DELETED) continue;
    const val = d.values[i];
    parts.push(`${repr(k)}: ${repr(val)}`);
  }
  return parts;
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === DELETED) continue;
    const av = a.values[i];
    const bv = b.get(k);
    if (bv === undefined) return false;
    if (av !== bv && !itemEq(av, bv)) return false;
  }
  return true;
}

// --- views ------------------------------------------------------------------------------------

export class PyDictView extends PyObj {
  // (Not `dict`: that is PyObj's instance __dict__, which a view does not have.)
  constructor(cls: PyType, readonly target: PyDict, readonly kind: DictIterKind) {
    super(cls, null);
  }
}

function viewType(kind: DictIterKind): PyType {
  return kind === DictIterKind.Keys ? T.dict_keys : kind === DictIterKind.Values ? T.dict_values : T.dict_items;
}

export function newDictView(d: PyDict, kind: DictIterKind): PyDictView {
  return new PyDictView(viewType(kind), d, kind);
}

/** A keys or items view (the set-like ones). */
function isSetView(v: PyObject): v is PyDictView {
  return v instanceof PyDictView && v.kind !== DictIterKind.Values;
}

function viewArray(v: PyDictView): PyObject[] {
  const d = v.target;
  if (v.kind === DictIterKind.Keys) return dictKeysArray(d);
  const out: PyObject[] = newItems();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === DELETED) continue;
    out.push(v.kind === DictIterKind.Values ? d.values[i] : new PyTuple([k, d.values[i]]));
  }
  return out;
}

function viewIter(v: PyObject): PyObject {
  const view = v as PyDictView;
  return newDictIter(view.target, view.kind, false);
}

function itemsContains(d: PyDict, obj: PyObject): boolean {
  if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
  const found = d.get(obj.items[0]);
  if (found === undefined) return false;
  return richEqBool(found, obj.items[1]);
}

function viewContains(v: PyObject, x: PyObject): boolean {
  const view = v as PyDictView;
  if (view.kind === DictIterKind.Keys) return view.target.find(x) >= 0;
  return itemsContains(view.target, x);
}

function viewRepr(v: PyObject): string {
  const view = v as PyDictView;
  if (!reprEnter(view)) return '...';
  try {
    return `${view.cls.name}(${repr(new PyList(viewArray(view)))})`;
  } finally {
    reprLeave(view);
  }
}

function containsVia(container: PyObject, x: PyObject): boolean {
  const f = typeOf(container).slots.contains;
  if (f !== undefined) return f(container, x);
  const it = getIter(container);
  for (;;) {
    const y = iterNext(it);
    if (y === undefined) return false;
    if (richEqBool(y, x)) return true;
  }
}

function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = getIter(self);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (!containsVia(other, x)) return false;
  }
}

function viewRichCompare(v: PyObject, w: PyObject, op: CmpOp): PyObject {
  if (!(w instanceof PySet) && !isSetView(w)) return NotImplemented;
  const ls = lenOf(v);
  const lo = lenOf(w);
  switch (op) {
    case CmpOp.EQ: return ls === lo && allContainedIn(v, w);
    case CmpOp.NE: return !(ls === lo && allContainedIn(v, w));
    case CmpOp.LT: return ls < lo && allContainedIn(v, w);
    case CmpOp.LE: return ls <= lo && allContainedIn(v, w);
    case CmpOp.GT: return ls > lo && allContainedIn(w, v);
    default: return ls >= lo && allContainedIn(w, v);
  }
}

/** dictviews_to_set: a new set of the left operand (a keys view of a dict reads the dict). */
function viewsToSet(self: PyObject): PySet {
  let left = self;
  if (self instanceof PyDictView && self.kind === DictIterKind.Keys && isExactDict(self.target)) left = self.target;
  return setFromIterable(left);
}

function viewsSub(a: PyObject, b: PyObject): PyObject {
  const r = viewsToSet(a);
  setDifferenceUpdate(r, b);
  return r;
}

function viewsOr(a: PyObject, b: PyObject): PyObject {
  const r = viewsToSet(a);
  setUpdate(r, b);
  return r;
}

function itemsXor(a: PyDictView, b: PyDictView): PyObject {
  const temp = a.target.copy();
  const result = new PySet(T.set);
  const d2 = b.target;
  for (let i = 0; i < d2.keys.length; i++) {
    const key = d2.keys[i];
    if (key === DELETED) continue;
    const val2 = d2.values[i];
    const val1 = temp.get(key);
    const del = val1 !== undefined && richEqBool(val1, val2);
    if (del) temp.delete(key);
    else setAdd(result, new PyTuple([key, val2]));
  }
  setUpdate(result, newDictView(temp, DictIterKind.Items));
  return result;
}

function viewsXor(a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyDictView && a.kind === DictIterKind.Items && b instanceof PyDictView && b.kind === DictIterKind.Items) {
    return itemsXor(a, b);
  }
  const r = viewsToSet(a);
  setSymmetricDifferenceUpdate(r, b);
  return r;
}

function viewsAnd(a: PyObject, b: PyObject): PyObject {
  let self = a;
  let other = b;
  if (!isSetView(self)) {
    self = b;
    other = a;
  }
  const view = self as PyDictView;
  const lenSelf = lenOf(view);
  if (other instanceof PySet && other.cls === T.set && lenSelf <= other.used) return setIntersectionWith(other, view);
  let big: PyDictView = view;
  if (isSetView(other) && lenOf(other) > lenSelf) {
    big = other;
    other = view;
  }
  const result = new PySet(T.set);
  const it = getIter(other);
  for (;;) {
    const key = iterNext(it);
    if (key === undefined) return result;
    const has = big.kind === DictIterKind.Keys ? big.target.find(key) >= 0 : itemsContains(big.target, key);
    if (has) setAdd(result, key);
  }
}

function viewsIsDisjoint(self: PyDictView, other: PyObject): boolean {
  if (self === other) return self.target.size === 0;
  let container: PyObject = self;
  let iterable = other;
  if (other instanceof PySet || isSetView(other)) {
    if (lenOf(other) > self.target.size) {
      container = other;
      iterable = self;
    }
  }
  const it = getIter(iterable);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (containsVia(container, x)) return false;
  }
}

const viewBinary = (f: (a: PyObject, b: PyObject) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  return f(a, b);
};

// --- install ------------------------------------------------------------------------------

function dictIter(v: PyObject): PyObject {
  return newDictIter(v as PyDict, DictIterKind.Keys, false);
}

export function installDict(): void {
  ensureIteratorTypes();
  const t = T.dict;
  t.alloc = (cls) => withDict(new PyDict(cls));
  const s = t.slots;
  s.repr = dictRepr;
  s.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
  t.dict.setStr('__hash__', None);
  s.richcompare = (v, w, op) => {
    if (!(v instanceof PyDict) || !(w instanceof PyDict)) return NotImplemented;
    if (op === CmpOp.EQ) return dictEqual(v, w);
    if (op === CmpOp.NE) return !dictEqual(v, w);
    return NotImplemented;
  };
  s.len = (v) => (v as PyDict).size;
  s.getitem = (v, k) => dictGetItem(v as PyDict, k);
  s.setitem = dictSetItem;
  s.contains = (v, k) => (v as PyDict).find(k) >= 0;
  s.iter = dictIter;
  dictIterSlot = dictIter;
  s.or = (a, b) => {
    if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
    const r = pyDictCopy(a);
    dictUpdateArg(r, b);
    return r;
  };
  s.ior = (a, b) => {
    dictUpdateArg(a as PyDict, b);
    return a;
  };
  registerFastIteration(dictIter, (v) => dictKeysArray(v as PyDict));

  defineNew(t, (cls) => withDict(new PyDict(cls)));
  // dict(...): dict.__new__ then dict.__init__ (updateCommon) in one step.
  t.exactCall = (args, kwnames) => {
    const d = new PyDict(t);
    updateCommon(d, args, kwnames, 'dict');
    return d;
  };
  const self = (v: PyObject) => v as PyDict;
  addMethods(t, {
    __init__: (v, args, kw) => {
      updateCommon(self(v), args, kw, 'dict');
      return None;
    },
    __getitem__: (v, args, kw) => dictGetItem(self(v), argO('dict.__getitem__', args, kw)),
    __contains__: (v, args, kw) => self(v).find(argO('dict.__contains__', args, kw)) >= 0,
    __reversed__: (v, args, kw) => {
      argNone('dict.__reversed__', args, kw);
      return newDictIter(self(v), DictIterKind.Keys, true);
    },
    keys: (v, args, kw) => {
      argNone('dict.keys', args, kw);
      return newDictView(self(v), DictIterKind.Keys);
    },
    values: (v, args, kw) => {
      argNone('dict.values', args, kw);
      return newDictView(self(v), DictIterKind.Values);
    },
    items: (v, args, kw) => {
      argNone('dict.items', args, kw);
      return newDictView(self(v), DictIterKind.Items);
    },
    get: (v, args, kw) => {
      argRange('dict.get', 'get', args, kw, 1, 2);
      const r = self(v).get(args[0]);
      return r !== undefined ? r : args.length > 1 ? args[1] : None;
    },
    setdefault: (v, args, kw) => {
      argRange('dict.setdefault', 'setdefault', args, kw, 1, 2);
      return self(v).setDefault(args[0], args.length > 1 ? args[1] : None);
    },
    pop: (v, args, kw) => {
      argRange('dict.pop', 'pop', args, kw, 1, 2);
      const d = self(v);
      const key = args[0];
      if (d.size === 0) {
        if (args.length > 1) return args[1];
        throw newException(E.KeyError, [key]);
      }
      const r = d.delete(key);
      if (r !== undefined) return r;
      if (args.length > 1) return args[1];
      throw newException(E.KeyError, [key]);
    },
    popitem: (v, args, kw) => {
      argNone('dict.popitem', args, kw);
      const e = self(v).popLast();
      if (e === undefined) throw newError(E.KeyError, 'popitem(): dictionary is empty');
      return new PyTuple(e);
    },
    update: (v, args, kw) => {
      updateCommon(self(v), args, kw, 'update');
      return None;
    },
    clear: (v, args, kw) => {
      argNone('dict.clear', args, kw);
      const d = self(v);
      if (finalizers.on && d.size > 0) {
        // (CPython lets go of each entry's key, then its value, in order.)
        const keys = d.keys;
        const values = d.values;
        d.clear();
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (k === DELETED || k === undefined) continue;
          dropped.value(k as PyObject);
          dropped.value(values[i] as PyObject);
        }
        return None;
      }
      d.clear();
      return None;
    },
    copy: (v, args, kw) => {
      argNone('dict.copy', args, kw);
      return pyDictCopy(self(v));
    },
  });
  // Without the argument array: d.keys() / values() / items(), d.get(k(, default)),
  // d.setdefault(k(, default)), d.pop(k(, default)); d.pop(k) with k missing raises softly (a
  // loop catching the KeyError: native.ts softRaise).
  addFastMethods(t, {
    keys: (v) => newDictView(self(v), DictIterKind.Keys),
    values: (v) => newDictView(self(v), DictIterKind.Values),
    items: (v) => newDictView(self(v), DictIterKind.Items),
  }, {
    get: (v, key) => {
      const r = self(v).get(key);
      return r !== undefined ? r : None;
    },
    setdefault: (v, key) => self(v).setDefault(key, None),
    pop: (v, key) => {
      const d = self(v);
      const r = d.size === 0 ? undefined : d.delete(key);
      return r !== undefined ? r : raiseSoft(newException(E.KeyError, [key]));
    },
  }, {
    get: (v, key, dflt) => {
      const r = self(v).get(key);
      return r !== undefined ? r : dflt;
    },
    setdefault: (v, key, dflt) => self(v).setDefault(key, dflt),
    pop: (v, key, dflt) => {
      const d = self(v);
      if (d.size === 0) return dflt;
      const r = d.delete(key);
      return r !== undefined ? r : dflt;
    },
  });
  addClassMethods(t, {
    fromkeys: (cls, args, kw) => {
      argRange('dict.fromkeys', 'fromkeys', args, kw, 1, 2);
      const value = args.length > 1 ? args[1] : None;
      const d = call(cls, []);
      const it = getIter(args[0]);
      if (isExactDict(d)) {
        // Into a new exact dict from an exact dict or set, CPython sizes the table first.
        const src = args[0];
        if (d.size === 0) {
          if (src instanceof PyDict && src.cls === T.dict) d.presize(src.size);
          else if (src instanceof PySet && (src.cls === T.set || src.cls === T.frozenset)) d.presize(src.used);
        }
        for (;;) {
          const k = iterNext(it);
          if (k === undefined) break;
          d.set(k, value);
        }
        return d;
      }
      const setitem = typeOf(d).slots.setitem;
      if (setitem === undefined) typeError(`'${typeName(d)}' object does not support item assignment`);
      for (;;) {
        const k = iterNext(it);
        if (k === undefined) break;
        setitem(d, k, value);
      }
      return d;
    },
  });

  // --- views ---
  const mapping: Record<string, [(v: PyObject) => PyObject]> = {
    mapping: [(v) => new PyMappingProxy((v as PyDictView).target)],
  };
  for (const [name, kind] of [['dict_keys', DictIterKind.Keys], ['dict_values', DictIterKind.Values], ['dict_items', DictIterKind.Items]] as const) {
    const vt = makeBuiltinType(name);
    const vs = vt.slots;
    vs.len = (v) => (v as PyDictView).target.size;
    vs.iter = viewIter;
    vs.repr = viewRepr;
    registerFastIteration(viewIter, (v) => viewArray(v as PyDictView));
    addGetSets(vt, mapping);
    addMethods(vt, {
      __reversed__: (v, args, kw) => {
        argNone(`${name}.__reversed__`, args, kw);
        const view = v as PyDictView;
        return newDictIter(view.target, view.kind, true);
      },
    });
    // dict_values has no __contains__ (`in` iterates) and compares by identity.
    if (kind === DictIterKind.Values) continue;
    vs.contains = viewContains;
    vs.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
    vt.dict.setStr('__hash__', None);
    vs.richcompare = viewRichCompare;
    vs.sub = viewBinary(viewsSub);
    vs.or = viewBinary(viewsOr);
    vs.xor = viewBinary(viewsXor);
    vs.and = viewBinary(viewsAnd);
    addMethods(vt, {
      isdisjoint: (v, args, kw) => viewsIsDisjoint(v as PyDictView, argO(`${name}.isdisjoint`, args, kw)),
    });
  }
}
