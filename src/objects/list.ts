// The list type: a PyList's `items` JS array, mutated in place. Slots (item access incl.
// slices and extended-slice assignment, concatenation/repetition with CPython's sequence
// fallbacks and messages, lexicographic comparison, repr with a recursion guard), methods and
// the constructor.

import type { PyObject } from './object.js';
import { T } from './types.js';
import { PyList, PyTuple } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { E, newError } from './exception.js';
import { typeOf, typeName, typeError, repr, itemReprs, richEqBool, getIter } from './protocol.js';
import { addMethods, addFastMethods, raiseSoft } from './native.js';
import { defineNew } from './class-create.js';
import { PySlice, hasIndex, sliceBounds, SLICE } from './slice.js';
import {
  subscriptIndex, repeatCount, pythonNumberSlot, ADD_NAMES, reflectedMul, repeatItems, ssizeArg, seqRichCompare, seqContains, seqCount, seqIndex, sliceItems, concatItems,
} from './tuple-type.js';
import {
  withDict, reprEnter, reprLeave, argO, argNone, argRange, seqFast, noKeywords, registerFastIteration, indexError, iterateGeneric,
  iterateToArrayHinted, checkLengthHint,
} from './iterate.js';
import { ensureIteratorTypes, PyListIter, PyListRevIter } from './iterators.js';
import { listSortMethod } from './sort.js';
import { finalizers, dropped } from './finalizers.js';

export function newList(items: PyObject[] = []): PyList {
  return new PyList(items);
}

/** Replaces items[start:end] by `ins`, in place (no argument-count limit). */
function replaceRange(items: PyObject[], start: number, end: number, ins: PyObject[]): void {
  if (ins.length === end - start) {
    // Same size (perm[:k] = perm[k - 1::-1]): stores in place; `ins` is never `items` here.
    for (let i = 0; i < ins.length; i++) items[start + i] = ins[i];
    return;
  }
  if (ins.length < 8192) {
    if (ins.length === 0) items.splice(start, end - start);
    else items.splice(start, end - start, ...ins);
    return;
  }
  const tail = items.slice(end);
  items.length = start;
  for (let i = 0; i < ins.length; i++) items.push(ins[i]);
  for (let i = 0; i < tail.length; i++) items.push(tail[i]);
}

/** Appends all of `src` to `items` in place. */
function pushAll(items: PyObject[], src: PyObject[]): void {
  for (let i = 0; i < src.length; i++) items.push(src[i]);
}

/** list.extend(iterable) / list += iterable */
export function listExtend(l: PyList, iterable: PyObject): void {
  if (iterable === l) {
    pushAll(l.items, l.items.slice());
    return;
  }
  if ((iterable instanceof PyList && iterable.cls === T.list) || (iterable instanceof PyTuple && iterable.cls === T.tuple)) {
    pushAll(l.items, iterable.items);
    return;
  }
  const it = getIter(iterable);
  checkLengthHint(iterable);
  const next = typeOf(it).slots.iternext;
  if (next === undefined) {
    pushAll(l.items, iterateGeneric(it));
    return;
  }
  for (;;) {
    const x = next(it);
    if (x === undefined) return;
    l.items.push(x);
  }
}

function listRepr(v: PyObject): string {
  const l = v as PyList;
  if (l.items.length === 0) return '[]';
  if (!reprEnter(l)) return '[...]';
  try {
    return `[${itemReprs(l.items).join(', ')}]`;
  } finally {
    reprLeave(l);
  }
}

function listGetItem(self: PyObject, key: PyObject): PyObject {
  const items = (self as PyList).items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    indexError('list index out of range');
  }
  if (key instanceof PySlice) return new PyList(sliceItems(items, key));
  const idx = subscriptIndex(key);
  if (idx === undefined) typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  return listGetItem(self, idx);
}

/** list_ass_slice: items[ilow:ihigh] = v (v === null deletes). */
function listAssSlice(l: PyList, ilow: number, ihigh: number, v: PyObject | null): void {
  let ins: PyObject[];
  if (v === null) ins = [];
  else if (v === l) ins = l.items.slice();
  else ins = seqFast(v, 'can only assign an iterable');
  const items = l.items;
  const n = items.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  replaceRange(items, ilow, ihigh, ins === items ? ins.slice() : ins);
}

function listAssSubscriptSlice(l: PyList, s: PySlice, value: PyObject | null): void {
  sliceBounds(s, l.items.length);
  const start = SLICE.start;
  const step = SLICE.step;
  const slicelength = SLICE.n;
  if (step === 1) {
    // (An empty slice whose stop is below its start inserts at start, as list_ass_slice does.)
    listAssSlice(l, start, start + slicelength, value);
    return;
  }
  if (value === null) {
    if (slicelength <= 0) return;
    let lo = start;
    let st = step;
    if (st < 0) {
      lo = start + step * (slicelength - 1);
      st = -st;
    }
    const items = l.items;
    const out: PyObject[] = [];
    let next = lo;
    let removed = 0;
    for (let i = 0; i < items.length; i++) {
      if (i === next && removed < slicelength) {
        removed++;
        next += st;
        continue;
      }
      out.push(items[i]);
    }
    items.length = 0;
    pushAll(items, out);
    return;
  }
  const seq = value === l ? l.items.slice() : seqFast(value, 'must assign iterable to extended slice');
  if (seq.length !== slicelength) {
    throw newError(E.ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${slicelength}`);
  }
  const items = l.items;
  for (let k = 0, i = start; k < slicelength; k++, i += step) items[i] = seq[k];
}

function listSetItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  const l = self as PyList;
  if (typeof key === 'number') {
    const items = l.items;
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) indexError('list assignment index out of range');
    if (value === null) items.splice(i, 1);
    else items[i] = value;
    return;
  }
  if (key instanceof PySlice) {
    listAssSubscriptSlice(l, key, value);
    return;
  }
  const idx = subscriptIndex(key);
  if (idx === undefined) typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  listSetItem(self, idx, value);
}

function listAdd(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyList)) return NotImplemented;
  if (b instanceof PyList) return new PyList(concatItems(a.items, b.items));
  const fb = pythonNumberSlot(b, 'add', ADD_NAMES);
  if (fb !== undefined) {
    const r = fb(a, b);
    if (r !== NotImplemented) return r;
  }
  typeError(`can only concatenate list (not "${typeName(b)}") to list`);
}

function cantMultiply(v: PyObject): never {
  typeError(`can't multiply sequence by non-int of type '${typeName(v)}'`);
}

function listMul(a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyList) {
    const r = reflectedMul(a, b);
    if (r !== undefined) return r;
    if (hasIndex(b)) return new PyList(repeatItems(a.items, repeatCount(b)));
    cantMultiply(b);
  }
  if (b instanceof PyList) {
    if (hasIndex(a)) return new PyList(repeatItems(b.items, repeatCount(a)));
    cantMultiply(a);
  }
  return NotImplemented;
}

function listIMul(a: PyObject, b: PyObject): PyObject {
  const l = a as PyList;
  const r = reflectedMul(a, b);
  if (r !== undefined) return r;
  if (!hasIndex(b)) cantMultiply(b);
  const n = repeatCount(b);
  const items = l.items;
  if (n < 1) {
    items.length = 0;
    return l;
  }
  if (items.length === 0 || n === 1) return l;
  const copy = repeatItems(items, n);
  items.length = 0;
  pushAll(items, copy);
  return l;
}

function listIter(v: PyObject): PyObject {
  return new PyListIter(v as PyList);
}

function removeAt(l: PyList, i: number): void {
  l.items.splice(i, 1);
}

/** seqIndex's arguments for a call without start and stop (only their count is read). */
const ONE_ARG: PyObject[] = [None];

export function installList(): void {
  ensureIteratorTypes();
  const t = T.list;
  t.alloc = (cls) => withDict(new PyList([], cls));
  const s = t.slots;
  s.repr = listRepr;
  s.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
  t.dict.setStr('__hash__', None);
  s.richcompare = (v, w, op) => {
    if (!(v instanceof PyList) || !(w instanceof PyList)) return NotImplemented;
    return seqRichCompare(v, w, op);
  };
  s.len = (v) => (v as PyList).items.length;
  s.getitem = listGetItem;
  s.setitem = listSetItem;
  s.contains = (v, x) => seqContains(v as PyList, x);
  s.iter = listIter;
  s.add = listAdd;
  s.mul = listMul;
  s.iadd = (a, b) => {
    // CPython tries a Python class's __radd__ (its nb_add) before list's sq_inplace_concat.
    const fb = pythonNumberSlot(b, 'add', ADD_NAMES);
    if (fb !== undefined) {
      const r = fb(a, b);
      if (r !== NotImplemented) return r;
    }
    listExtend(a as PyList, b);
    return a;
  };
  s.imul = listIMul;
  registerFastIteration(listIter, (v) => (v as PyList).items.slice());

  const listNew = defineNew(t, (cls) => withDict(new PyList([], cls)));
  // list() and list(iterable): list.__new__ then list.__init__ (clear, extend) in one step.
  t.exactCall = (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) return undefined;
    if (args.length === 0) return new PyList([]);
    return args.length === 1 ? new PyList(iterateToArrayHinted(args[0])) : undefined;
  };
  const self = (v: PyObject) => v as PyList;
  addMethods(t, {
    __init__: (v, args, kw) => {
      // Keywords are refused unless a subclass has its own __new__ (which may take them).
      const cls = typeOf(v);
      if (cls === T.list || cls.lookup('__new__') === listNew) noKeywords('list', kw);
      else if (kw !== null && kw.length > 0) args = args.slice(0, args.length - kw.length);
      argRange('list', 'list', args, null, 0, 1);
      const l = self(v);
      l.items.length = 0;
      if (args.length > 0) listExtend(l, args[0]);
      return None;
    },
    append: (v, args, kw) => {
      self(v).items.push(argO('list.append', args, kw));
      return None;
    },
    extend: (v, args, kw) => {
      listExtend(self(v), argO('list.extend', args, kw));
      return None;
    },
    insert: (v, args, kw) => {
      argRange('list.insert', 'insert', args, kw, 2, 2);
      return listInsert(self(v), args[0], args[1]);
    },
    pop: (v, args, kw) => {
      argRange('list.pop', 'pop', args, kw, 0, 1);
      return listPop(self(v), args.length > 0 ? ssizeArg(args[0]) : -1);
    },
    remove: (v, args, kw) => {
      const x = argO('list.remove', args, kw);
      const l = self(v);
      for (let i = 0; i < l.items.length; i++) {
        if (richEqBool(l.items[i], x)) {
          if (i < l.items.length) removeAt(l, i);
          return None;
        }
      }
      throw newError(E.ValueError, 'list.remove(x): x not in list');
    },
    index: (v, args, kw) => {
      argRange('list.index', 'index', args, kw, 1, 3);
      const i = seqIndex(self(v), args[0], args);
      if (i < 0) throw newError(E.ValueError, `${repr(args[0])} is not in list`);
      return i;
    },
    count: (v, args, kw) => seqCount(self(v), argO('list.count', args, kw)),
    clear: (v, args, kw) => {
      argNone('list.clear', args, kw);
      const l = self(v);
      if (finalizers.on && l.items.length > 0) {
        // (CPython lets go of the items last first.)
        const old = l.items.slice();
        l.items.length = 0;
        for (let i = old.length - 1; i >= 0; i--) dropped.value(old[i]);
        return None;
      }
      l.items.length = 0;
      return None;
    },
    copy: (v, args, kw) => {
      argNone('list.copy', args, kw);
      return new PyList(self(v).items.slice());
    },
    reverse: (v, args, kw) => {
      argNone('list.reverse', args, kw);
      self(v).items.reverse();
      return None;
    },
    sort: listSortMethod,
    __reversed__: (v, args, kw) => {
      argNone('list.__reversed__', args, kw);
      return new PyListRevIter(self(v));
    },
    __getitem__: (v, args, kw) => listGetItem(v, argO('list.__getitem__', args, kw)),
  });
  // lst.pop(), lst.pop(i), lst.extend(x), lst.insert(i, x), lst.index(x) and lst.remove(x)
  // without the argument array; for index and remove, x missing raises softly (a loop catching
  // the ValueError: native.ts softRaise).
  addFastMethods(t, { pop: (v) => listPop(self(v), -1) }, {
    pop: (v, i) => listPop(self(v), ssizeArg(i)),
    extend: (v, x) => {
      listExtend(self(v), x);
      return None;
    },
    index: (v, x) => {
      const i = seqIndex(self(v), x, ONE_ARG);
      return i >= 0 ? i : raiseSoft(newError(E.ValueError, `${repr(x)} is not in list`));
    },
    remove: (v, x) => {
      const l = self(v);
      for (let i = 0; i < l.items.length; i++) {
        if (richEqBool(l.items[i], x)) {
          if (i < l.items.length) removeAt(l, i);
          return None;
        }
      }
      return raiseSoft(newError(E.ValueError, 'list.remove(x): x not in list'));
    },
  }, {
    insert: (v, i, x) => listInsert(self(v), i, x),
  });
}

/** list.pop(i) (i -1: the last item). */
function listPop(l: PyList, i: number): PyObject {
  const n = l.items.length;
  if (n === 0) indexError('pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('pop index out of range');
  if (i === n - 1) return l.items.pop()!;
  const x = l.items[i];
  removeAt(l, i);
  return x;
}

/** list.insert(where, x). */
function listInsert(l: PyList, whereArg: PyObject, x: PyObject): PyObject {
  let where = ssizeArg(whereArg);
  const items = l.items;
  const n = items.length;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where >= n) items.push(x);
  else items.splice(where, 0, x);
  return None;
}
