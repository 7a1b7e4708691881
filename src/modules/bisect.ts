// The `_bisect` accelerator module (CPython 3.11's Modules/_bisectmodule.c): bisect_left,
// bisect_right, insort_left and insort_right with lo/hi/key, Argument Clinic's messages.
// lib/bisect.py imports them and adds the bisect/insort aliases. Items are read
// with the sequence protocol (an exact list directly) and compared with `<` as
// PyObject_RichCompareBool does; insort calls a.insert for anything but an exact list.

import type { PyObject } from '../objects/object.js';
import { PyList } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { CmpOp } from '../objects/slots.js';
import { richCompare, isTrue, typeName, typeError, call, getAttr, getItem, typeOf } from '../objects/protocol.js';
import { nativeFunction, type NativeCall } from '../objects/native.js';
import { lenOf } from '../objects/iterate.js';
import { ssizeArg, subscriptIndex } from '../objects/tuple-type.js';
import { PyModule } from '../runtime/module.js';

const PARAMS = ['a', 'x', 'lo', 'hi', 'key'];
const SSIZE_MAX = 2n ** 63n - 1n;

/** Binds (a, x, lo=0, hi=None, *, key=None) as Argument Clinic does. */
function bind(name: string, args: PyObject[], kwnames: string[] | null): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 4) typeError(`${name}() takes at most 4 positional arguments (${npos} given)`);
  const out: (PyObject | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const idx = PARAMS.indexOf(kw);
    if (idx < 0) typeError(`'${kw}' is an invalid keyword argument for ${name}()`);
    if (out[idx] !== undefined) typeError(`argument for ${name}() given by name ('${kw}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  if (out[0] === undefined) typeError(`${name}() missing required argument 'a' (pos 1)`);
  if (out[1] === undefined) typeError(`${name}() missing required argument 'x' (pos 2)`);
  return out;
}

function lt(a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return isTrue(richCompare(a, b, CmpOp.LT));
}

function itemAt(a: PyObject, i: number): PyObject {
  if (a instanceof PyList && a.cls === T.list) {
    if (i >= a.items.length) throw newError(E.IndexError, 'list index out of range');
    return a.items[i];
  }
  // PySequence_GetItem's message for a type without item access
  if (typeOf(a).slots.getitem === undefined) typeError(`'${typeName(a)}' object does not support indexing`);
  return getItem(a, i);
}

/** len(a) without rounding (a range may be longer than 2**53). */
function exactLen(a: PyObject): bigint {
  const n = typeOf(a).slots.len!(a);
  return typeof n === 'bigint' ? n : BigInt(n);
}

/** search() over a sequence longer than 2**53: the indices as bigints. */
function searchBig(a: PyObject, x: PyObject, lo: bigint, hi: bigint, key: PyObject, right: boolean): number | bigint {
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    let item = getItem(a, mid <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(mid) : mid);
    if (key !== None) item = call(key, [item]);
    if (right ? lt(x, item) : !lt(item, x)) hi = mid;
    else lo = mid + 1n;
  }
  return lo <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(lo) : lo;
}

/** The insertion point of x in a[lo:hi] (after equal items when `right`). */
function search(a: PyObject, x: PyObject, loObj: PyObject | undefined, hiObj: PyObject | undefined, key: PyObject, right: boolean): number | bigint {
  let lo = loObj === undefined ? 0 : ssizeArg(loObj);
  if (lo < 0) throw newError(E.ValueError, 'lo must be non-negative');
  let hi = -1;
  let bigHi: bigint | undefined;
  if (hiObj !== undefined && hiObj !== None) {
    if (typeof hiObj !== 'number' && typeof hiObj !== 'boolean' && (typeof hiObj !== 'object' || hiObj.cls.slots.index === undefined) && typeof hiObj !== 'bigint') {
      typeError(`argument should be integer or None, not '${typeName(hiObj)}'`);
    }
    if (typeof hiObj === 'bigint') {
      if (hiObj > SSIZE_MAX || hiObj < -SSIZE_MAX - 1n) throw newError(E.OverflowError, "cannot fit 'int' into an index-sized integer");
      bigHi = hiObj;
    } else hi = subscriptIndex(hiObj) ?? -1;
  }
  // Bounds past 2**53 (a long range): exact bigint arithmetic.
  if (lo > Number.MAX_SAFE_INTEGER || (bigHi !== undefined && bigHi !== -1n)) {
    const exactLo = typeof loObj === 'bigint' ? loObj : BigInt(lo);
    return searchBig(a, x, exactLo, bigHi !== undefined && bigHi !== -1n ? bigHi : exactLen(a), key, right);
  }
  if (hi === -1) {
    // PySequence_Size: a mapping's length does not count.
    if (a instanceof PyDict) typeError(`${typeName(a)} is not a sequence`);
    hi = lenOf(a);
    if (hi > Number.MAX_SAFE_INTEGER) return searchBig(a, x, BigInt(lo), exactLen(a), key, right);
  }
  const noKey = key === None;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(a, mid);
    if (!noKey) item = call(key, [item]);
    if (right ? lt(x, item) : !lt(item, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisectFn(name: string, right: boolean): NativeCall {
  return (args, kwnames) => {
    const [a, x, lo, hi, key] = bind(name, args, kwnames);
    return search(a!, x!, lo, hi, key ?? None, right);
  };
}

function insortFn(name: string, right: boolean): NativeCall {
  return (args, kwnames) => {
    const [a, x, lo, hi, k] = bind(name, args, kwnames);
    const key = k ?? None;
    const index = search(a!, key === None ? x! : call(key, [x!]), lo, hi, key, right);
    if (a instanceof PyList && a.cls === T.list) {
      const items = a.items;
      const i = index as number; // a list is never longer than 2**53
      if (i >= items.length) items.push(x!);
      else items.splice(i, 0, x!);
    } else {
      call(getAttr(a!, 'insert'), [index, x!]);
    }
    return None;
  };
}

export function makeBisectModule(): PyModule {
  const mod = new PyModule('_bisect');
  const d = mod.dict;
  d.setStr('__doc__', 'Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n');
  const fns: [string, NativeCall][] = [
    ['bisect_right', bisectFn('bisect_right', true)],
    ['insort_right', insortFn('insort_right', true)],
    ['bisect_left', bisectFn('bisect_left', false)],
    ['insort_left', insortFn('insort_left', false)],
  ];
  for (const [name, fn] of fns) d.setStr(name, nativeFunction(name, fn));
  return mod;
}
