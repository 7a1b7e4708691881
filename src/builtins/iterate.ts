// Iterating a Python iterable from JS for the builtins: exact lists and tuples are walked
// directly (re-reading the length each step, as CPython's list iterator does, so a list that
// grows during the loop is seen growing); a VM generator runs its frame once (setGeneratorVisitor);
// everything else goes through iter()/next().

import type { PyObject } from '../objects/object.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { getIter, iterNext, typeOf } from '../objects/protocol.js';
import { PyDictIter, dictIterNext } from '../objects/iterators.js';

/**
 * Calls `fn` on each item of `iterable` until it returns true (stop early). `quick`, when
 * given, is tried first on a VM generator's items: it takes an item entirely in native code
 * (no Python code runs, nothing is raised, it does not stop the iteration) and returns true,
 * or returns false and leaves the item to `fn`; the generator's frame then goes on without
 * being suspended and resumed around the item.
 */
export function forEachItem(iterable: PyObject, fn: (item: PyObject) => boolean | void, quick: ((item: PyObject) => boolean) | null = null): void {
  if (iterable instanceof PyList && iterable.cls === T.list) {
    for (let i = 0; i < iterable.items.length; i++) if (fn(iterable.items[i]) === true) return;
    return;
  }
  if (iterable instanceof PyTuple && iterable.cls === T.tuple) {
    const items = iterable.items;
    for (let i = 0; i < items.length; i++) if (fn(items[i]) === true) return;
    return;
  }
  const it = getIter(iterable);
  if (it instanceof PyDictIter && !it.reverse) {
    // A dict or a view of one (sum(d.values()), max(d), sorted(d.items())): its iterator's next
    // called directly, a call V8 can inline, not through the slot of whatever iterator type.
    for (let x = dictIterNext(it); x !== undefined; x = dictIterNext(it)) if (fn(x) === true) return;
    return;
  }
  if (visitGenerator !== null && typeOf(it) === T.generator && visitGenerator(it, fn, quick)) return;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (fn(x) === true) return;
}

type Visitor = (g: PyObject, fn: (item: PyObject) => boolean | void, quick: ((item: PyObject) => boolean) | null) => boolean;
let visitGenerator: Visitor | null = null;

/**
 * A backend's faster way to run a generator's items through forEachItem's `fn` (the VM runs
 * the generator's frame once); it returns false for generators it does not handle.
 */
export function setGeneratorVisitor(h: Visitor): void {
  visitGenerator = h;
}
