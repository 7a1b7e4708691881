// next(it) for the tree-walker's loops over items (comprehension clauses, generator-expression
// walks, generator for-levels): range and list iterators are stepped inline on their own fields
// (the VM's FOR_ITER_RANGE / FOR_ITER_LIST), anything else through the iterator protocol. A loop
// reads the iterator's form once (`stepKind`) and passes it to every `stepNext`.

import type { PyObject } from '../../src/objects/object.js';
import { PyRangeIter, PyListIter } from '../../src/objects/iterators.js';
import { iterNext } from '../../src/objects/protocol.js';

export const STEP_OTHER = 0;
export const STEP_RANGE = 1;
export const STEP_LIST = 2;

/** The form of iterator `it` for stepNext. */
export function stepKind(it: PyObject): number {
  return it instanceof PyRangeIter ? STEP_RANGE : it instanceof PyListIter ? STEP_LIST : STEP_OTHER;
}

/** The next item of `it` (of form `k`), or undefined when it is exhausted. */
export function stepNext(it: PyObject, k: number): PyObject | undefined {
  if (k === STEP_RANGE) {
    const r = it as PyRangeIter;
    const n = r.len;
    if (n <= 0) return undefined;
    const x = r.cur;
    r.cur = x + r.step;
    r.len = n - 1;
    return x;
  }
  if (k === STEP_LIST) {
    const li = it as PyListIter;
    const l = li.seq;
    if (l === null) return undefined;
    const items = l.items;
    const i = li.index;
    if (i < items.length) {
      li.index = i + 1;
      return items[i];
    }
    li.seq = null;
    return undefined;
  }
  return iterNext(it);
}
