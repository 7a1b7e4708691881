// Builtins over iterables: all, any, iter (with the callable/sentinel form), next, len, max,
// min, sorted.

import { PyObj, type PyObject } from '../objects/object.js';
import { PyList } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { E, newException, newError } from '../objects/exception.js';
import { raiseSoft } from '../objects/native.js';
import { CmpOp } from '../objects/slots.js';
import { T } from '../objects/types.js';
import { typeOf, typeName, typeError, isTrue, getIter, call, call1, richCompare } from '../objects/protocol.js';
import { callFoundMethod } from '../objects/dunder.js';
import { newCallableIterator, nextKeepsStopValue } from '../objects/iterators.js';
import { iterateToArray, iterateToArrayHinted } from '../objects/iterate.js';
import { cpLength } from '../objects/str.js';
import { oneArg, positional, starArgs, checkCount, nPos } from './args.js';
import { forEachItem } from './iterate.js';
import { listSort, sortArgs } from '../objects/sort.js';
import { isCallable } from './attributes.js';

export function builtinAll(args: PyObject[], kwnames: string[] | null): PyObject {
  const v = oneArg('all', args, kwnames);
  let r = true;
  forEachItem(v, (x) => {
    if (!isTrue(x)) {
      r = false;
      return true;
    }
    return false;
  }, (x) => x === true);
  return r;
}

export function builtinAny(args: PyObject[], kwnames: string[] | null): PyObject {
  const v = oneArg('any', args, kwnames);
  let r = false;
  forEachItem(v, (x) => {
    if (isTrue(x)) {
      r = true;
      return true;
    }
    return false;
  }, (x) => x === false);
  return r;
}

export function builtinIter(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('iter', args, kwnames, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) typeError('iter(v, w): v must be callable');
  return newCallableIterator(args[0], args[1]);
}

export function builtinNext(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('next', args, kwnames, 1, 2);
  const it = args[0];
  const t = typeOf(it);
  let f = t.slots.iternext;
  if (f === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  if (nextKeepsStopValue(t) || t === T.generator) {
    // Call a class's (or a generator's, map's, filter's) __next__ itself, so that a
    // StopIteration(value) it raises keeps its value (the iternext slot reports exhaustion
    // without the value).
    const m = t.lookup('__next__');
    if (m !== undefined) f = (x) => callFoundMethod(m, x, []);
  }
  if (args.length === 1) {
    const r = f(it);
    if (r === undefined) throw newException(E.StopIteration, []);
    return r;
  }
  let r: PyObject | undefined;
  try {
    r = f(it);
  } catch (e) {
    if (e instanceof PyObj && typeOf(e as PyObject).isSubtype(E.StopIteration)) return args[1];
    throw e;
  }
  return r === undefined ? args[1] : r;
}

export function lengthOf(v: PyObject): number | bigint {
  // Code points, not UTF-16 units: O(1) for a str without surrogates (str.ts, R5).
  if (typeof v === 'string') return cpLength(v);
  const f = typeOf(v).slots.len;
  if (f === undefined) typeError(`object of type '${typeName(v)}' has no len()`);
  return f(v);
}

/** len(x) as PyBuiltinFunction.f1: an object without a length raises softly (native.ts softRaise). */
export function lengthOrSoft(v: PyObject): number | bigint | undefined {
  if (typeof v === 'string') return cpLength(v);
  const f = typeOf(v).slots.len;
  if (f === undefined) return raiseSoft(newError(E.TypeError, `object of type '${typeName(v)}' has no len()`));
  return f(v);
}

export function builtinLen(args: PyObject[], kwnames: string[] | null): PyObject {
  return lengthOf(oneArg('len', args, kwnames));
}

// --- max / min ---------------------------------------------------------------------------

const MINMAX_KW = ['key', 'default'];

function minMax(name: 'max' | 'min', args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames === null && args.length === 2) {
    // min(a, b) / max(a, b): CPython keeps the first unless the second compares better.
    const a = args[0];
    const b = args[1];
    if (typeof a === 'number' && typeof b === 'number') return name === 'max' ? (b > a ? b : a) : b < a ? b : a;
    return isTrue(richCompare(b, a, name === 'max' ? CmpOp.GT : CmpOp.LT)) ? b : a;
  }
  if (nPos(args, kwnames) === 0) typeError(`${name} expected at least 1 argument, got 0`);
  // PyArg_ParseTupleAndKeywords(emptytuple, kwds, "|$OO:min") counts the keywords first.
  if (kwnames !== null && kwnames.length > 2) typeError(`${name}() takes at most 2 keyword arguments (${kwnames.length} given)`);
  const [pos, kw] = starArgs(name, args, kwnames, MINMAX_KW);
  let key = kw.get('key');
  if (key === None) key = undefined;
  const dflt = kw.get('default');
  if (dflt !== undefined && pos.length > 1) {
    typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const op = name === 'max' ? CmpOp.GT : CmpOp.LT;
  let best: PyObject | undefined;
  let bestKey: PyObject | undefined;
  const visit = (item: PyObject) => {
    const k = key === undefined ? item : call1(key, item);
    if (best === undefined) {
      best = item;
      bestKey = k;
      return;
    }
    let better: boolean;
    if (typeof k === 'number' && typeof bestKey === 'number') better = op === CmpOp.GT ? k > bestKey : k < bestKey;
    else better = isTrue(richCompare(k, bestKey!, op));
    if (better) {
      best = item;
      bestKey = k;
    }
  };
  // Numbers without a key function compare natively (forEachItem's `quick`).
  const quick = key !== undefined ? null : (item: PyObject): boolean => {
    if (typeof item !== 'number' || typeof bestKey !== 'number') return false;
    if (op === CmpOp.GT ? item > bestKey : item < bestKey) best = bestKey = item;
    return true;
  };
  if (pos.length === 1) forEachItem(pos[0], visit, quick);
  else for (const item of pos) visit(item);
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    throw newException(E.ValueError, [`${name}() arg is an empty sequence`]);
  }
  return best;
}

export function builtinMax(args: PyObject[], kwnames: string[] | null): PyObject {
  return minMax('max', args, kwnames);
}

export function builtinMin(args: PyObject[], kwnames: string[] | null): PyObject {
  return minMax('min', args, kwnames);
}

// --- sorted ------------------------------------------------------------------------------

export function builtinSorted(args: PyObject[], kwnames: string[] | null): PyObject {
  checkCount('sorted', nPos(args, kwnames), 1, 1);
  // CPython: list(iterable), then its sort(*, key, reverse) with the keyword arguments.
  const l = new PyList(iterateToArrayHinted(args[0]));
  if (kwnames === null) listSort(l, None, false);
  else {
    const [key, reverse] = sortArgs(args, kwnames, 1);
    listSort(l, key, reverse);
  }
  return l;
}
