// collections.deque as a native type (CPython 3.11's Modules/_collectionsmodule.c), built on
// first import of `_collections` (lib/collections takes it from there, as CPython's does).
//
// A PyDeque is a ring buffer: `buf` (capacity a power of two), `head` (index of the leftmost
// item) and `size`. `state` counts the mutations that iterators and the comparing methods
// (count, index, remove, in) check, raising "deque mutated during iteration" as CPython does;
// item assignment and reverse() do not count, as in CPython. `maxlen` is -1 for unbounded.

import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { PyTuple } from '../objects/tuple.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { CmpOp } from '../objects/slots.js';
import { typeOf, typeName, typeError, repr, richEqBool, getIter, iterNext as nextOf, call, getAttrOrUndefined, isTrue } from '../objects/protocol.js';
import { addMethods, addFastMethods, addGetSets, addClassMethods, bindNative } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, withDict, reprEnter, reprLeave, argO, argNone, argRange, indexError } from '../objects/iterate.js';
import { subscriptIndex, ssizeArg, repeatCount, indexBound, seqRichCompare } from '../objects/tuple-type.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { newGenericAlias } from '../objects/generic-alias.js';
import { asIntValue } from '../objects/int-type.js';
import { PyModule } from '../runtime/module.js';
import { addCollectionsHelpers } from './collections-helpers.js';


/** deque.index/insert parse their arguments as a tuple: PyArg_ParseTuple's count messages
 * ("insert() takes exactly 2 arguments (1 given)", "index() takes at least 1 argument ..."). */
function tupleArgCount(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  const how = min === max ? `exactly ${plural(min)}` : n < min ? `at least ${plural(min)}` : `at most ${plural(max)}`;
  typeError(`${name}() takes ${how} (${n} given)`);
}

export class PyDeque extends PyObj {
  buf: PyObject[] = new Array(8);
  head = 0;
  size = 0;
  maxlen = -1;
  state = 0;
  constructor(cls: PyType) {
    super(cls, null);
  }
}

class PyDequeIter extends PyObj {
  constructor(cls: PyType, readonly d: PyDeque, public index: number, public left: number, readonly state: number) {
    super(cls, null);
  }
}

let dequeType: PyType;
let iterType: PyType;
let revIterType: PyType;

// --- the ring buffer ---------------------------------------------------------------------

function grow(d: PyDeque): void {
  const old = d.buf;
  const cap = old.length;
  const buf: PyObject[] = new Array(cap * 2);
  const mask = cap - 1;
  for (let i = 0; i < d.size; i++) buf[i] = old[(d.head + i) & mask];
  d.buf = buf;
  d.head = 0;
}

function at(d: PyDeque, i: number): PyObject {
  return d.buf[(d.head + i) & (d.buf.length - 1)];
}

function pushRight(d: PyDeque, x: PyObject): void {
  if (d.size === d.buf.length) grow(d);
  d.buf[(d.head + d.size) & (d.buf.length - 1)] = x;
  d.size++;
}

function pushLeft(d: PyDeque, x: PyObject): void {
  if (d.size === d.buf.length) grow(d);
  d.head = (d.head - 1) & (d.buf.length - 1);
  d.buf[d.head] = x;
  d.size++;
}

function takeRight(d: PyDeque): PyObject {
  d.size--;
  const i = (d.head + d.size) & (d.buf.length - 1);
  const x = d.buf[i];
  d.buf[i] = undefined as unknown as PyObject;
  return x;
}

function takeLeft(d: PyDeque): PyObject {
  const x = d.buf[d.head];
  d.buf[d.head] = undefined as unknown as PyObject;
  d.head = (d.head + 1) & (d.buf.length - 1);
  d.size--;
  return x;
}

function toArray(d: PyDeque): PyObject[] {
  const out: PyObject[] = new Array(d.size);
  for (let i = 0; i < d.size; i++) out[i] = at(d, i);
  return out;
}

/** Replaces the contents by `items` (not counted as a mutation: callers bump state). */
function setItems(d: PyDeque, items: PyObject[]): void {
  let cap = 8;
  while (cap < items.length) cap *= 2;
  const buf: PyObject[] = new Array(cap);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  d.buf = buf;
  d.head = 0;
  d.size = items.length;
}

// --- operations ----------------------------------------------------------------------------

function append(d: PyDeque, x: PyObject): void {
  d.state++;
  if (d.maxlen === 0) return;
  pushRight(d, x);
  if (d.maxlen >= 0 && d.size > d.maxlen) takeLeft(d);
}

/** deque.pop(): the right end, counted as a mutation. */
function popRight(d: PyDeque): PyObject {
  if (d.size === 0) indexError('pop from an empty deque');
  d.state++;
  return takeRight(d);
}

/** deque.popleft() */
function popLeft(d: PyDeque): PyObject {
  if (d.size === 0) indexError('pop from an empty deque');
  d.state++;
  return takeLeft(d);
}

function appendLeft(d: PyDeque, x: PyObject): void {
  d.state++;
  if (d.maxlen === 0) return;
  pushLeft(d, x);
  if (d.maxlen >= 0 && d.size > d.maxlen) takeRight(d);
}

/**
 * deque.extend / extendleft: reads the iterable one item at a time, appending each before the
 * next is asked for (a generator sees the deque grow; an error keeps the items added so far).
 * The deque itself is copied first, as CPython does.
 */
function extend(d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const items = toArray(d);
    for (let i = 0; i < items.length; i++) {
      if (left) appendLeft(d, items[i]);
      else append(d, items[i]);
    }
    return;
  }
  const it = getIter(iterable);
  for (let x = nextOf(it); x !== undefined; x = nextOf(it)) {
    if (left) appendLeft(d, x);
    else append(d, x);
  }
}

function clear(d: PyDeque): void {
  d.state++;
  d.buf = new Array(8);
  d.head = 0;
  d.size = 0;
}

function rotate(d: PyDeque, n: number): void {
  const len = d.size;
  d.state++;
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n === 0) return;
  if (d.size === d.buf.length) {
    // A full buffer: moving the head is the rotation.
    d.head = (d.head - n) & (d.buf.length - 1);
    return;
  }
  if (n <= len >> 1) for (let i = 0; i < n; i++) pushLeft(d, takeRight(d));
  else for (let i = 0; i < len - n; i++) pushRight(d, takeLeft(d));
}

function self(v: PyObject): PyDeque {
  if (v instanceof PyDeque) return v;
  typeError(`descriptor requires a 'collections.deque' object but received a '${typeName(v)}'`);
}

function checkIndex(d: PyDeque, key: PyObject): number {
  let i = subscriptIndex(key);
  if (i === undefined) typeError(`sequence index must be integer, not '${typeName(key)}'`);
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) indexError('deque index out of range');
  return i;
}

function delItem(d: PyDeque, i: number): void {
  const items = toArray(d);
  items.splice(i, 1);
  setItems(d, items);
  d.state++;
}

/** Runs `==` over the items from `start` to `stop`, checking for mutation; the match's index or -1. */
function find(d: PyDeque, x: PyObject, start: number, stop: number, err: PyType): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const eq = richEqBool(at(d, i), x);
    if (d.state !== state) throw newError(err, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

/** A new deque of d's type with d's items and maxlen (deque_copy). */
function copyOf(d: PyDeque): PyObject {
  if (d.cls === dequeType) {
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    setItems(c, toArray(d));
    return c;
  }
  return call(d.cls, d.maxlen < 0 ? [d] : [d, d.maxlen]);
}

function dequeRepr(v: PyObject): string {
  const d = v as PyDeque;
  const name = typeOf(d).isHeapType ? typeOf(d).name : 'deque';
  if (!reprEnter(d)) return '[...]';
  let body: string;
  try {
    const parts: string[] = [];
    for (let i = 0; i < d.size; i++) parts.push(repr(at(d, i)));
    body = `[${parts.join(', ')}]`;
  } finally {
    reprLeave(d);
  }
  return d.maxlen < 0 ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
}

function initDeque(d: PyDeque, args: PyObject[], kwnames: string[] | null): void {
  const [iterable, maxlenObj] = bindNative('deque', ['iterable', 'maxlen'], args, kwnames);
  let maxlen = -1;
  if (maxlenObj !== undefined && maxlenObj !== None) {
    const m = asIntValue(maxlenObj);
    if (m === undefined) typeError('an integer is required');
    if (m < 0) throw newError(E.ValueError, 'maxlen must be non-negative');
    if (typeof m === 'bigint') throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
    maxlen = m;
  }
  d.maxlen = maxlen;
  if (d.size > 0) clear(d);
  if (iterable !== undefined) extend(d, iterable, false);
}

function iterNext(v: PyObject): PyObject | undefined {
  const it = v as PyDequeIter;
  if (it.d.state !== it.state) {
    it.left = 0;
    throw newError(E.RuntimeError, 'deque mutated during iteration');
  }
  if (it.left === 0) return undefined;
  it.left--;
  const x = at(it.d, it.index);
  it.index += it.cls === revIterType ? -1 : 1;
  return x;
}

function makeType(): void {
  const t = (dequeType = makeBuiltinType('collections.deque', true));
  iterType = makeBuiltinType('_collections._deque_iterator');
  revIterType = makeBuiltinType('_collections._deque_reverse_iterator');
  for (const it of [iterType, revIterType]) {
    it.slots.iter = (x) => x;
    it.slots.iternext = iterNext;
    addMethods(it, {
      __length_hint__: (x) => (x as PyDequeIter).left,
    });
    exposeNativeSlots(it);
  }
  t.alloc = (cls) => withDict(new PyDeque(cls));
  defineNew(t, (cls) => withDict(new PyDeque(cls)));
  const s = t.slots;
  s.repr = dequeRepr;
  s.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
  s.richcompare = (v, w, op) => {
    if (!(v instanceof PyDeque) || !(w instanceof PyDeque)) return NotImplemented;
    if (v.size !== w.size && (op === CmpOp.EQ || op === CmpOp.NE)) return op === CmpOp.NE;
    return seqRichCompare({ items: toArray(v) }, { items: toArray(w) }, op);
  };
  s.len = (v) => (v as PyDeque).size;
  s.iter = (v) => {
    const d = v as PyDeque;
    return new PyDequeIter(iterType, d, 0, d.size, d.state);
  };
  s.contains = (v, x) => find(v as PyDeque, x, 0, (v as PyDeque).size, E.RuntimeError) >= 0;
  s.getitem = (v, key) => at(v as PyDeque, checkIndex(v as PyDeque, key));
  s.setitem = (v, key, value) => {
    const d = v as PyDeque;
    const i = checkIndex(d, key);
    if (value === null) delItem(d, i);
    else d.buf[(d.head + i) & (d.buf.length - 1)] = value;
  };
  s.add = (a, b) => {
    if (!(a instanceof PyDeque)) return NotImplemented;
    if (!(b instanceof PyDeque)) typeError(`can only concatenate deque (not "${typeName(b)}") to deque`);
    const c = copyOf(a);
    if (!(c instanceof PyDeque)) typeError(`can only concatenate deque (not "${typeName(b)}") to deque`);
    extend(c, b, false);
    return c;
  };
  const repeat = (d: PyDeque, n: number, into: PyDeque) => {
    const items = toArray(d);
    if (n <= 0 || items.length === 0) {
      if (into.size > 0) clear(into);
      return;
    }
    const total = into.maxlen >= 0 ? Math.min(items.length * n, into.maxlen) : items.length * n;
    if (total > 2 ** 31) throw newError(E.MemoryError);
    const out: PyObject[] = new Array(total);
    // With a maxlen, the last `total` items of the repetition remain.
    const skip = items.length * n - total;
    for (let k = 0; k < total; k++) out[k] = items[(skip + k) % items.length];
    into.state++;
    setItems(into, out);
  };
  s.mul = (a, b) => {
    const [d, n] = a instanceof PyDeque ? [a, b] : [b as PyDeque, a];
    if (typeof n !== 'number' && typeof n !== 'boolean' && typeOf(n).slots.index === undefined) {
      typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    const c = copyOf(d);
    if (!(c instanceof PyDeque)) return c;
    repeat(d, repeatCount(n), c);
    return c;
  };
  s.iadd = (a, b) => {
    extend(a as PyDeque, b, false);
    return a;
  };
  s.imul = (a, b) => {
    if (typeof b !== 'number' && typeof b !== 'boolean' && typeOf(b).slots.index === undefined) {
      typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
    }
    repeat(a as PyDeque, repeatCount(b), a as PyDeque);
    return a;
  };
  t.dict.setStr('__hash__', None);
  t.dict.setStr('__doc__', 'A list-like sequence optimized for data accesses near its endpoints.');

  addMethods(t, {
    __init__: (v, args, kw) => {
      initDeque(self(v), args, kw);
      return None;
    },
    append: (v, args, kw) => {
      append(self(v), argO('deque.append', args, kw));
      return None;
    },
    appendleft: (v, args, kw) => {
      appendLeft(self(v), argO('deque.appendleft', args, kw));
      return None;
    },
    pop: (v, args, kw) => {
      argNone('deque.pop', args, kw);
      return popRight(self(v));
    },
    popleft: (v, args, kw) => {
      argNone('deque.popleft', args, kw);
      return popLeft(self(v));
    },
    extend: (v, args, kw) => {
      extend(self(v), argO('deque.extend', args, kw), false);
      return None;
    },
    extendleft: (v, args, kw) => {
      extend(self(v), argO('deque.extendleft', args, kw), true);
      return None;
    },
    clear: (v, args, kw) => {
      argNone('deque.clear', args, kw);
      clear(self(v));
      return None;
    },
    copy: (v, args, kw) => {
      argNone('deque.copy', args, kw);
      return copyOf(self(v));
    },
    __copy__: (v, args, kw) => {
      argNone('deque.__copy__', args, kw);
      return copyOf(self(v));
    },
    count: (v, args, kw) => {
      const x = argO('deque.count', args, kw);
      const d = self(v);
      const state = d.state;
      let n = 0;
      for (let i = 0; i < d.size; i++) {
        const eq = richEqBool(at(d, i), x);
        if (d.state !== state) throw newError(E.RuntimeError, 'deque mutated during iteration');
        if (eq) n++;
      }
      return n;
    },
    index: (v, args, kw) => {
      argRange('deque.index', 'index', args, kw, 0, 3);
      tupleArgCount('index', args, 1, 3);
      const d = self(v);
      let start = args.length > 1 ? indexBound(args[1]) : 0;
      let stop = args.length > 2 ? indexBound(args[2]) : d.size;
      if (start < 0) start = Math.max(0, start + d.size);
      if (stop < 0) stop = Math.max(0, stop + d.size);
      stop = Math.min(stop, d.size);
      const i = find(d, args[0], start, stop, E.RuntimeError);
      if (i < 0) throw newError(E.ValueError, `${repr(args[0])} is not in deque`);
      return i;
    },
    insert: (v, args, kw) => {
      argRange('deque.insert', 'insert', args, kw, 0, 2);
      tupleArgCount('insert', args, 2, 2);
      const d = self(v);
      let where = ssizeArg(args[0]);
      if (d.maxlen >= 0 && d.size >= d.maxlen) indexError('deque already at its maximum size');
      const n = d.size;
      if (where < 0) where = Math.max(0, where + n);
      if (where >= n) append(d, args[1]);
      else if (where === 0) appendLeft(d, args[1]);
      else {
        const items = toArray(d);
        items.splice(where, 0, args[1]);
        setItems(d, items);
        d.state++;
      }
      return None;
    },
    remove: (v, args, kw) => {
      const x = argO('deque.remove', args, kw);
      const d = self(v);
      const i = find(d, x, 0, d.size, E.IndexError);
      if (i < 0) throw newError(E.ValueError, `${repr(x)} is not in deque`);
      delItem(d, i);
      return None;
    },
    reverse: (v, args, kw) => {
      argNone('deque.reverse', args, kw);
      const d = self(v);
      setItems(d, toArray(d).reverse());
      return None;
    },
    rotate: (v, args, kw) => {
      argRange('deque.rotate', 'deque.rotate', args, kw, 0, 1);
      rotate(self(v), args.length > 0 ? ssizeArg(args[0]) : 1);
      return None;
    },
    __reversed__: (v, args, kw) => {
      argNone('deque.__reversed__', args, kw);
      const d = self(v);
      return new PyDequeIter(revIterType, d, d.size - 1, d.size, d.state);
    },
    __reduce__: (v, args, kw) => {
      argNone('deque.__reduce__', args, kw);
      const d = self(v);
      // _PyObject_GetState: None for no instance dict or an empty one.
      const dict = getAttrOrUndefined(d, '__dict__');
      const state = dict === undefined || !isTrue(dict) ? None : dict;
      const ctorArgs = d.maxlen < 0 ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
      return new PyTuple([d.cls, ctorArgs, state, getIter(d)]);
    },
    __sizeof__: (v, args, kw) => (argNone('deque.__sizeof__', args, kw), 64 + 8 * self(v).buf.length),
  });
  // The no-array entry points of the queue operations (native.ts addFastMethods): the VM calls
  // them for q.append(x) / q.popleft() ... on a deque (or subclass) instance.
  addFastMethods(
    t,
    { pop: (v) => popRight(v as PyDeque), popleft: (v) => popLeft(v as PyDeque) },
    {
      append: (v, x) => {
        append(v as PyDeque, x);
        return None;
      },
      appendleft: (v, x) => {
        appendLeft(v as PyDeque, x);
        return None;
      },
    },
  );
  addGetSets(t, { maxlen: [(v) => (self(v).maxlen < 0 ? None : self(v).maxlen)] });
  addClassMethods(t, { __class_getitem__: (cls, args) => newGenericAlias(cls, args[0]) });
  exposeNativeSlots(t);
}

export function makeCollectionsModule(): PyModule {
  if (dequeType === undefined) makeType();
  const mod = new PyModule('_collections');
  mod.dict.setStr('deque', dequeType);
  addCollectionsHelpers(mod);
  return mod;
}
