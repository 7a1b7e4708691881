// The `_heapq` accelerator module (CPython 3.11's Modules/_heapqmodule.c): heappush, heappop,
// heapify, heapreplace and heappushpop on a list's items, plus the _max variants heapq's own
// helpers may use. lib/heapq.py takes these with `from _heapq import *`, as CPython's does.
//
// The sift loops are CPython's (swap-based siftdown; siftup bubbling the smaller child to a
// leaf, then sifting down; heapify's cache-friendly order above 2500 items), so list layouts
// and the sequence of `<` comparisons match. Comparisons are PyObject_RichCompareBool(<): a
// Python __lt__ may mutate the list, so the size is checked after each one ("list changed size
// during iteration") and the items array is re-read.

import type { PyObject } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { CmpOp } from '../objects/slots.js';
import { richCompare, isTrue, typeName, typeError } from '../objects/protocol.js';
import { nativeFunction, type NativeCall } from '../objects/native.js';
import { PyModule } from '../runtime/module.js';

/**
 * a < b as PyObject_RichCompareBool(a, b, Py_LT) (no identity shortcut for <). Inline fast
 * paths: two ints, and two exact tuples whose first items are different ints (the usual
 * (priority, ...) entries), where tuple comparison is decided by those items.
 */
function lt(a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b;
  } else if (a instanceof PyTuple && b instanceof PyTuple && a.cls === T.tuple && b.cls === T.tuple) {
    const x = a.items;
    const y = b.items;
    if (x.length !== 0 && y.length !== 0) {
      const p = x[0];
      const q = y[0];
      if (typeof p === 'number' && typeof q === 'number' && p !== q) return p < q;
    }
  }
  return isTrue(richCompare(a, b, CmpOp.LT));
}

function sizeChanged(): never {
  throw newError(E.RuntimeError, 'list changed size during iteration');
}

function indexOutOfRange(): never {
  throw newError(E.IndexError, 'index out of range');
}

/** Moves heap[pos] up towards startpos while it is smaller than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) indexOutOfRange();
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    let arr = heap.items;
    const newitem = arr[pos];
    const parent = arr[parentpos];
    const c = max ? lt(parent, newitem) : lt(newitem, parent);
    if (size !== heap.items.length) sizeChanged();
    if (!c) break;
    arr = heap.items;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Bubbles the smaller child of each node up from pos to a leaf, then sifts that leaf down. */
function siftup(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) indexOutOfRange();
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const arr = heap.items;
      const a = arr[childpos];
      const b = arr[childpos + 1];
      const c = max ? lt(b, a) : lt(a, b);
      if (!c) childpos++;
      if (endpos !== heap.items.length) sizeChanged();
    }
    const arr = heap.items;
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

function listArg(fname: string, v: PyObject, numbered: boolean): PyList {
  if (v instanceof PyList) return v;
  typeError(`${fname}() argument${numbered ? ' 1' : ''} must be list, not ${v === None ? 'None' : typeName(v)}`);
}

function twoArgs(fname: string, args: PyObject[], kwnames: string[] | null): PyList {
  if (kwnames !== null && kwnames.length > 0) typeError(`_heapq.${fname}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`${fname} expected 2 arguments, got ${args.length}`);
  return listArg(fname, args[0], true);
}

function oneArg(fname: string, args: PyObject[], kwnames: string[] | null): PyList {
  if (kwnames !== null && kwnames.length > 0) typeError(`_heapq.${fname}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`_heapq.${fname}() takes exactly one argument (${args.length} given)`);
  return listArg(fname, args[0], false);
}

function heappop(heap: PyList, max: boolean): PyObject {
  const arr = heap.items;
  const n = arr.length;
  if (n === 0) indexOutOfRange();
  const lastelt = arr.pop()!;
  if (n === 1) return lastelt;
  const returnitem = arr[0];
  arr[0] = lastelt;
  siftup(heap, 0, max);
  return returnitem;
}

function heapreplace(heap: PyList, item: PyObject, max: boolean): PyObject {
  const arr = heap.items;
  if (arr.length === 0) indexOutOfRange();
  const returnitem = arr[0];
  arr[0] = item;
  siftup(heap, 0, max);
  return returnitem;
}

function heappushpop(heap: PyList, item: PyObject): PyObject {
  if (heap.items.length === 0) return item;
  if (!lt(heap.items[0], item)) return item;
  return heapreplace(heap, item, false);
}

/** The index bits of n above its top set bit cleared (CPython's keep_top_bit). */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return n * 2 ** i;
}

/** heapify for large lists: sifts whole subtrees at a time, in an order that keeps them cached. */
function cacheFriendlyHeapify(heap: PyList, max: boolean): void {
  const m = heap.items.length >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  for (let i = leftmost - 1; i >= mhalf; i--) {
    let j = i;
    for (;;) {
      siftup(heap, j, max);
      if ((j & 1) === 0) break;
      j >>= 1;
    }
  }
  for (let i = m - 1; i >= leftmost; i--) {
    let j = i;
    for (;;) {
      siftup(heap, j, max);
      if ((j & 1) === 0) break;
      j >>= 1;
    }
  }
}

function heapify(heap: PyList, max: boolean): void {
  const n = heap.items.length;
  if (n > 2500) {
    cacheFriendlyHeapify(heap, max);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
}

const FUNCTIONS: [string, NativeCall, string][] = [
  ['heappush', (args, kw) => {
    const heap = twoArgs('heappush', args, kw);
    heap.items.push(args[1]);
    siftdown(heap, 0, heap.items.length - 1, false);
    return None;
  }, 'Push item onto heap, maintaining the heap invariant.'],
  ['heappop', (args, kw) => heappop(oneArg('heappop', args, kw), false),
    'Pop the smallest item off the heap, maintaining the heap invariant.'],
  ['heapreplace', (args, kw) => heapreplace(twoArgs('heapreplace', args, kw), args[1], false),
    'Pop and return the current smallest value, and add the new item.'],
  ['heappushpop', (args, kw) => heappushpop(twoArgs('heappushpop', args, kw), args[1]),
    'Push item on the heap, then pop and return the smallest item from the heap.'],
  ['heapify', (args, kw) => {
    heapify(oneArg('heapify', args, kw), false);
    return None;
  }, 'Transform list into a heap, in-place, in O(len(heap)) time.'],
  ['_heappop_max', (args, kw) => heappop(oneArg('_heappop_max', args, kw), true), 'Maxheap variant of heappop.'],
  ['_heapreplace_max', (args, kw) => heapreplace(twoArgs('_heapreplace_max', args, kw), args[1], true),
    'Maxheap variant of heapreplace.'],
  ['_heapify_max', (args, kw) => {
    heapify(oneArg('_heapify_max', args, kw), true);
    return None;
  }, 'Maxheap variant of heapify.'],
];

export function makeHeapqModule(): PyModule {
  const mod = new PyModule('_heapq');
  const d = mod.dict;
  d.setStr('__doc__', 'Heap queue algorithm (a.k.a. priority queue).');
  for (const [name, fn, doc] of FUNCTIONS) d.setStr(name, nativeFunction(name, fn, doc));
  return mod;
}
