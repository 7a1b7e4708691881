// list.sort() and sorted(): stable, comparing with `<` only (as CPython), key= and reverse=
// (reverse keeps equal elements in their original order: the list is reversed, sorted
// stably, and reversed back, like CPython). During the sort the list appears empty; if it was
// modified meanwhile, "ValueError: list modified during sort".
//
// Homogeneous ints, floats and BMP-only strs use the engine's (stable) sort with a native
// comparator; everything else goes through a merge sort (binary insertion runs + merges)
// calling the Python `<` once per comparison. An exception raised by `<` or by the key
// function leaves the list as it was.

import type { PyObject } from './object.js';
import { T } from './types.js';
import { PyList } from './tuple.js';
import { PyFloat } from './float.js';
import { None } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeError, call, richCompare, isTrue } from './protocol.js';
import { indexOf } from './int-type.js';
import { iterateToArray } from './iterate.js';
import { checkPositional } from './native.js';

function lt(a: PyObject, b: PyObject): boolean {
  const r = richCompare(a, b, CmpOp.LT);
  return typeof r === 'boolean' ? r : isTrue(r);
}

const MIN_RUN = 32;

/** A stable sort of the positions 0..n-1 of `keys`, using only `lt`. */
function mergeSortPerm(keys: PyObject[]): number[] {
  const n = keys.length;
  let a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = i;
  // Binary insertion sort on runs of MIN_RUN (CPython's binarysort: equal keys stay in order).
  for (let lo = 0; lo < n; lo += MIN_RUN) {
    const hi = Math.min(lo + MIN_RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const pivot = a[i];
      const pk = keys[pivot];
      let l = lo;
      let r = i;
      while (l < r) {
        const mid = (l + r) >>> 1;
        if (lt(pk, keys[a[mid]])) r = mid;
        else l = mid + 1;
      }
      for (let j = i; j > l; j--) a[j] = a[j - 1];
      a[l] = pivot;
    }
  }
  let b = new Array<number>(n);
  for (let width = MIN_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      if (mid < hi && !lt(keys[a[mid]], keys[a[mid - 1]])) {
        // Already in order: copy.
        for (; k < hi; k++) b[k] = a[k];
        continue;
      }
      while (i < mid && j < hi) {
        if (lt(keys[a[j]], keys[a[i]])) b[k++] = a[j++];
        else b[k++] = a[i++];
      }
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

const SURROGATE = /[\uD800-\uDFFF]/;

type Kind = 'int' | 'num' | 'str' | 'any';

/** Which native comparison, if any, is exactly Python's `<` for all of `keys`. */
function keyKind(keys: PyObject[]): Kind {
  const first = keys[0];
  if (typeof first === 'string') {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k !== 'string' || SURROGATE.test(k)) return 'any';
    }
    return 'str';
  }
  let kind: Kind = 'int';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    switch (typeof k) {
      case 'number': case 'boolean': case 'bigint': continue;
      case 'string': return 'any';
    }
    if (k instanceof PyFloat && k.cls === T.float && k.value === k.value) {
      kind = 'num';
      continue;
    }
    return 'any';
  }
  return kind;
}

function numValue(k: PyObject): number | bigint {
  if (k instanceof PyFloat) return k.value;
  if (typeof k === 'boolean') return k ? 1 : 0;
  return k as number | bigint;
}

/** The stable sorting permutation of `keys`. */
function sortPerm(keys: PyObject[]): number[] {
  const n = keys.length;
  const kind = keyKind(keys);
  if (kind === 'any') return mergeSortPerm(keys);
  const perm = new Array<number>(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  if (kind === 'str') {
    const ks = keys as string[];
    perm.sort((i, j) => (ks[i] < ks[j] ? -1 : ks[i] > ks[j] ? 1 : 0));
    return perm;
  }
  const vs = kind === 'int' ? (keys as (number | bigint | boolean)[]) : keys.map(numValue);
  perm.sort((i, j) => {
    const x = vs[i];
    const y = vs[j];
    // A bigint beyond 2**53 compared with a float: JS compares the exact values, as Python.
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return perm;
}

/** Sorts the list in place. */
export function listSort(l: PyList, keyfunc: PyObject, reverse: boolean): void {
  const saved = l.items;
  const during: PyObject[] = [];
  l.items = during;
  let ok = false;
  try {
    const n = saved.length;
    let keys: PyObject[] | null = null;
    if (keyfunc !== None) {
      keys = new Array<PyObject>(n);
      for (let i = 0; i < n; i++) keys[i] = call(keyfunc, [saved[i]]);
    }
    if (n > 1) {
      const vals = saved.slice();
      const ks = keys ?? vals;
      if (reverse) {
        vals.reverse();
        if (keys !== null) keys.reverse();
      }
      const perm = sortPerm(ks);
      if (reverse) {
        for (let k = 0; k < n; k++) saved[n - 1 - k] = vals[perm[k]];
      } else {
        for (let k = 0; k < n; k++) saved[k] = vals[perm[k]];
      }
    }
    ok = true;
  } finally {
    const modified = l.items !== during || during.length !== 0;
    l.items = saved;
    if (ok && modified) throw newError(E.ValueError, 'list modified during sort');
  }
}

/** Parses list.sort()'s keyword-only arguments: [key, reverse]. */
export function sortArgs(args: PyObject[], kwnames: string[] | null, offset = 0): [PyObject, boolean] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw - offset;
  if (npos > 0) typeError('sort() takes no positional arguments');
  let key: PyObject = None;
  let reverseArg: PyObject | undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[args.length - nkw + k];
    if (name === 'key') key = v;
    else if (name === 'reverse') reverseArg = v;
    else typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  let reverse = false;
  if (reverseArg !== undefined) {
    const r = indexOf(reverseArg);
    if (typeof r === 'bigint' || r > 2147483647 || r < -2147483648) {
      throw newError(E.OverflowError, 'Python int too large to convert to C int');
    }
    reverse = r !== 0;
  }
  return [key, reverse];
}

/** list.sort(*, key=None, reverse=False) */
export function listSortMethod(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [key, reverse] = sortArgs(args, kwnames);
  listSort(self as PyList, key, reverse);
  return None;
}

/** sorted(iterable, /, *, key=None, reverse=False) */
export function builtinSorted(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  checkPositional('sorted', args.slice(0, args.length - nkw), null, 1, 1);
  const l = new PyList(iterateToArray(args[0]));
  const [key, reverse] = sortArgs(args, kwnames, 1);
  listSort(l, key, reverse);
  return l;
}
