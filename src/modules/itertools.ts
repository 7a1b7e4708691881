// The hot iterator types of itertools as native types (CPython 3.11's Modules/itertoolsmodule.c),
// built on first import of `_itertools`; lib/itertools.py keeps the rest (tee) and takes these
// from here, as CPython's itertools is all C. Each type is a small class with monomorphic fields
// and an `iternext` slot, so `for x in product(...)` runs the VM's native iterator loop instead
// of a Python __next__ calling a generator. Argument checks and messages are CPython's; the
// types are subclassable as in CPython (pickling is not supported).

import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeName, typeError, repr, getIter, call, isTrue, richEqBool, binaryOp } from '../objects/protocol.js';
import { addMethods, addClassMethods, bindNative } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, withDict, argO, argExactly, iterateToArray, isExc } from '../objects/iterate.js';
import { ssizeArg } from '../objects/tuple-type.js';
import { asIntValue, indexOf } from '../objects/int-type.js';
import { PyIntObj } from '../objects/int-type.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { pairOut, pairSteps } from '../objects/iterators.js';
import { PyModule } from '../runtime/module.js';

type NewImpl = (cls: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;

const SSIZE_MAX = 9223372036854775807n;

/** One step of any iterator (undefined: exhausted). */
function next(it: PyObject): PyObject | undefined {
  const f = typeOf(it).slots.iternext;
  if (f === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  return f(it);
}

const nkw = (kwnames: string[] | null): number => (kwnames === null ? 0 : kwnames.length);

/**
 * The iternext slots of the iterators that call Python code (accumulate, groupby and its groups,
 * starmap, takewhile, dropwhile, filterfalse): a StopIteration raised inside ends the iteration,
 * as CPython's consumers of tp_iternext (list(), for loops, sum()...) take a StopIteration left
 * set for exhaustion. One wrapper each, so that each call site stays monomorphic.
 */
function endOnStop(e: unknown): undefined {
  if (isExc(e, E.StopIteration)) return undefined;
  throw e;
}


/**
 * CPython's `_PyArg_NoKeywords` in a type's __new__: refused for the type itself and for
 * subclasses that do not define their own __init__ (which would take the keywords).
 */
function noKeywords(t: PyType, cls: PyType, name: string, kwnames: string[] | null): void {
  if (nkw(kwnames) > 0 && (cls === t || cls.lookup('__init__') === t.lookup('__init__'))) {
    typeError(`${name}() takes no keyword arguments`);
  }
}

/** The positional arguments (those before the keyword values). */
function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  const k = nkw(kwnames);
  return k === 0 ? args : args.slice(0, args.length - k);
}

/**
 * Argument Clinic's keyword unpacking (_PyArg_UnpackKeywords): too many arguments in all, then
 * too many positional ones (before keyword-only parameters), then a missing required one, then
 * unknown or doubled keywords (bindNative).
 */
function clinicArgs(name: string, params: readonly string[], args: PyObject[], kwnames: string[] | null, required: number, maxPos = params.length): (PyObject | undefined)[] {
  const k = nkw(kwnames);
  const npos = args.length - k;
  if (args.length > params.length) typeError(`${name}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length} given)`);
  if (npos > maxPos) typeError(`${name}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  for (let i = npos; i < required; i++) {
    if (kwnames === null || !kwnames.includes(params[i])) typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return bindNative(name, params, args, kwnames);
}

const types: Record<string, PyType> = {};

function iterType(name: string, nextFn: (v: PyObject) => PyObject | undefined, alloc: (cls: PyType) => PyObj, make: NewImpl, subclassable = true): PyType {
  const t = makeBuiltinType(`itertools.${name}`, subclassable);
  t.slots.iter = (v) => v;
  t.slots.iternext = nextFn;
  t.alloc = (cls) => withDict(alloc(cls));
  defineNew(t, (cls, args, kwnames) => withDict(make(cls, args, kwnames) as PyObj));
  types[name] = t;
  return t;
}

// --- count, repeat, cycle ---------------------------------------------------------------------

class PyCount extends PyObj {
  // fast: `n` counts by one while it stays a safe integer; otherwise `value` + `step` each time.
  fast = false;
  n = 0;
  value: PyObject = 0;
  step: PyObject = 1;
}

/** PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__. */
function isNumber(v: PyObject): boolean {
  switch (typeof v) {
    case 'number': case 'bigint': case 'boolean': return true;
    case 'string': return false;
  }
  if (v instanceof PyIntObj || v instanceof PyFloat || v instanceof PyComplex) return true;
  const s = typeOf(v).slots;
  return s.index !== undefined || s.int !== undefined || s.float !== undefined;
}


function countNext(v: PyObject): PyObject {
  const c = v as PyCount;
  if (c.fast) {
    const n = c.n;
    if (n < Number.MAX_SAFE_INTEGER) {
      c.n = n + 1;
      return n;
    }
    c.fast = false;
    c.value = n;
  }
  const r = c.value;
  c.value = binaryOp(r, c.step, 'add');
  return r;
}

/** _PyType_Name: the type's name without its module. */
function shortName(v: PyObject): string {
  const n = typeOf(v).name;
  return n.slice(n.lastIndexOf('.') + 1);
}

function countRepr(v: PyObject): string {
  const c = v as PyCount;
  const name = shortName(c);
  const cur = c.fast ? String(c.n) : repr(c.value);
  // CPython leaves the step out when it is an int equal to 1 (PyLong_Check and PyLong_AsLong).
  const s = asIntValue(c.step);
  if (s !== undefined && (s === 1 || s === 1n)) return `${name}(${cur})`;
  return `${name}(${cur}, ${repr(c.step)})`;
}

// --- chain ------------------------------------------------------------------------------------

class PyChain extends PyObj {
  /** The iterator over the iterables (null: exhausted); `active` the current one's iterator. */
  source: PyObject | null = null;
  active: PyObject | null = null;
}

function chainNext(v: PyObject): PyObject | undefined {
  const c = v as PyChain;
  for (;;) {
    const a = c.active;
    if (a !== null) {
      const x = next(a);
      if (x !== undefined) return x;
      c.active = null;
    }
    const src = c.source;
    if (src === null) return undefined;
    const iterable = next(src);
    if (iterable === undefined) {
      c.source = null;
      return undefined;
    }
    try {
      c.active = getIter(iterable);
    } catch (e) {
      c.source = null;
      throw e;
    }
  }
}

// --- islice -----------------------------------------------------------------------------------

class PyISlice extends PyObj {
  it: PyObject | null = null;
  nextIndex = 0;
  stop = -1; // -1: no stop
  step = 1;
  cnt = 0;
}

function isliceNext(v: PyObject): PyObject | undefined {
  const s = v as PyISlice;
  if (s.it === null) return undefined;
  try {
    return isliceStep(s, s.it);
  } catch (e) {
    s.it = null; // CPython's islice_next drops the iterator on an error too
    throw e;
  }
}

function isliceStep(s: PyISlice, it: PyObject): PyObject | undefined {
  const stop = s.stop;
  while (s.cnt < s.nextIndex) {
    if (next(it) === undefined) {
      s.it = null;
      return undefined;
    }
    s.cnt++;
  }
  if (stop !== -1 && s.cnt >= stop) {
    s.it = null;
    return undefined;
  }
  const item = next(it);
  if (item === undefined) {
    s.it = null;
    return undefined;
  }
  s.cnt++;
  s.nextIndex += s.step;
  if (stop !== -1 && s.nextIndex > stop) s.nextIndex = stop;
  return item;
}

/** PyNumber_AsSsize_t for islice's arguments: -1 when not an index or out of range (CPython clears the error). */
function isliceIndex(v: PyObject): number {
  let i: number | bigint;
  try {
    i = indexOf(v);
  } catch (e) {
    if (isExc(e, E.Exception)) return -1;
    throw e;
  }
  if (typeof i === 'bigint') return i > SSIZE_MAX || i < -SSIZE_MAX - 1n ? -1 : Number(i);
  return i;
}

const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

function isliceNew(): NewImpl {
  return (cls, args, kwnames) => {
    noKeywords(types.islice, cls, 'islice', kwnames);
    const a = positional(args, kwnames);
    if (a.length < 2) typeError(`islice expected at least 2 arguments, got ${a.length}`);
    if (a.length > 4) typeError(`islice expected at most 4 arguments, got ${a.length}`);
    let start = 0;
    let stop = -1;
    let step = 1;
    if (a.length === 2) {
      if (a[1] !== None) {
        stop = isliceIndex(a[1]);
        if (stop === -1) throw newError(E.ValueError, STOP_MSG);
      }
    } else {
      if (a[1] !== None) start = isliceIndex(a[1]);
      if (a[2] !== None) {
        stop = isliceIndex(a[2]);
        if (stop === -1) throw newError(E.ValueError, STOP_MSG);
      }
    }
    if (start < 0 || stop < -1) throw newError(E.ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (a.length === 4 && a[3] !== None) step = isliceIndex(a[3]);
    if (step < 1) throw newError(E.ValueError, 'Step for islice() must be a positive integer or None.');
    const s = new PyISlice(cls, null);
    s.it = getIter(a[0]);
    s.nextIndex = start;
    s.stop = stop;
    s.step = step;
    return s;
  };
}

// --- accumulate -------------------------------------------------------------------------------

class PyAccumulate extends PyObj {
  it: PyObject = None;
  func: PyObject = None;
  initial: PyObject = None;
  total: PyObject | undefined = undefined;
}

function accumulateIter(v: PyObject): PyObject | undefined {
  const a = v as PyAccumulate;
  if (a.initial !== None) {
    const init = a.initial;
    a.total = init;
    a.initial = None;
    return init;
  }
  const x = next(a.it);
  if (x === undefined) return undefined;
  const total = a.total;
  if (total === undefined) {
    a.total = x;
    return x;
  }
  const r = a.func === None ? binaryOp(total, x, 'add') : call(a.func, [total, x]);
  a.total = r;
  return r;
}

// --- groupby ----------------------------------------------------------------------------------

class PyGroupBy extends PyObj {
  it: PyObject = None;
  keyfunc: PyObject = None;
  tgtkey: PyObject | undefined = undefined;
  currkey: PyObject | undefined = undefined;
  currvalue: PyObject | undefined = undefined;
  currgrouper: PyGrouper | null = null;
}

class PyGrouper extends PyObj {
  constructor(cls: PyType, readonly parent: PyGroupBy, readonly tgtkey: PyObject) {
    super(cls, null);
  }
}

/** groupby_step: the next value and its key (false: the source is exhausted). */
function groupbyStep(g: PyGroupBy): boolean {
  const value = next(g.it);
  if (value === undefined) return false;
  const key = g.keyfunc === None ? value : call(g.keyfunc, [value]);
  g.currvalue = value;
  g.currkey = key;
  return true;
}

let grouperType: PyType;

function groupbyIter(v: PyObject): PyObject | undefined {
  const g = v as PyGroupBy;
  g.currgrouper = null;
  // Skip the rest of the current group.
  for (;;) {
    if (g.currkey !== undefined) {
      if (g.tgtkey === undefined) break;
      if (!richEqBool(g.tgtkey, g.currkey)) break;
    }
    if (!groupbyStep(g)) return undefined;
  }
  const key = g.currkey!;
  g.tgtkey = key;
  const grouper = new PyGrouper(grouperType, g, key);
  g.currgrouper = grouper;
  return new PyTuple([key, grouper]);
}

function grouperIter(v: PyObject): PyObject | undefined {
  const gr = v as PyGrouper;
  const g = gr.parent;
  if (g.currgrouper !== gr) return undefined;
  if (g.currvalue === undefined) {
    if (!groupbyStep(g)) return undefined;
  }
  if (!richEqBool(gr.tgtkey, g.currkey!)) return undefined;
  const r = g.currvalue!;
  g.currvalue = undefined;
  g.currkey = undefined;
  return r;
}

// --- product, permutations, combinations ------------------------------------------------------

class PyCombinatoric extends PyObj {
  /** product: the pools; the others: one pool. */
  pools: PyObject[][] = [];
  indices: number[] = [];
  cycles: number[] = [];
  r = 0;
  /** The last result's items (null before the first). */
  result: PyObject[] | null = null;
  stopped = false;
}

function productNext(v: PyObject): PyObject | undefined {
  const p = v as PyCombinatoric;
  if (p.stopped) return undefined;
  const pools = p.pools;
  const npools = pools.length;
  const prev = p.result;
  const indices = p.indices;
  let items: PyObject[];
  if (prev === null) {
    items = new Array<PyObject>(npools);
    for (let i = 0; i < npools; i++) {
      const pool = pools[i];
      if (pool.length === 0) {
        p.stopped = true;
        return undefined;
      }
      items[i] = pool[0];
    }
  } else {
    if (npools === 0) {
      p.stopped = true;
      return undefined;
    }
    items = prev.slice();
    // Advance the rightmost index that can be, resetting the ones after it.
    let i = npools - 1;
    for (; i >= 0; i--) {
      const pool = pools[i];
      const k = indices[i] + 1;
      if (k < pool.length) {
        indices[i] = k;
        items[i] = pool[k];
        break;
      }
      indices[i] = 0;
      items[i] = pool[0];
    }
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
  }
  p.result = items;
  return new PyTuple(items);
}

function productPair(v: PyObject): number {
  const p = v as PyCombinatoric;
  const t = productNext(v) as PyTuple | undefined;
  if (t === undefined) return 0;
  if (p.pools.length !== 2) {
    pairOut.a = t;
    return 2;
  }
  pairOut.a = t.items[0];
  pairOut.b = t.items[1];
  return 1;
}

function permutationsNext(v: PyObject): PyObject | undefined {
  const p = v as PyCombinatoric;
  if (p.stopped) return undefined;
  const pool = p.pools[0];
  const n = pool.length;
  const r = p.r;
  const indices = p.indices;
  const cycles = p.cycles;
  if (p.result === null) {
    if (r > n) {
      p.stopped = true;
      return undefined;
    }
    p.result = [];
  } else {
    if (n === 0) {
      p.stopped = true;
      return undefined;
    }
    let i = r - 1;
    for (; i >= 0; i--) {
      const c = cycles[i] - 1;
      if (c === 0) {
        // Rotate indices[i:] left by one.
        const first = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        cycles[i] = c;
        const j = n - c;
        const t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
        break;
      }
    }
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
  }
  const items = new Array<PyObject>(r);
  for (let k = 0; k < r; k++) items[k] = pool[indices[k]];
  return new PyTuple(items);
}

function combinationsNext(v: PyObject): PyObject | undefined {
  const p = v as PyCombinatoric;
  if (p.stopped) return undefined;
  const pool = p.pools[0];
  const n = pool.length;
  const r = p.r;
  const indices = p.indices;
  if (p.result === null) {
    if (r > n) {
      p.stopped = true;
      return undefined;
    }
    p.result = [];
  } else {
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
  }
  const items = new Array<PyObject>(r);
  for (let k = 0; k < r; k++) items[k] = pool[indices[k]];
  return new PyTuple(items);
}

function cwrNext(v: PyObject): PyObject | undefined {
  const p = v as PyCombinatoric;
  if (p.stopped) return undefined;
  const pool = p.pools[0];
  const n = pool.length;
  const r = p.r;
  const indices = p.indices;
  if (p.result === null) {
    if (n === 0 && r > 0) {
      p.stopped = true;
      return undefined;
    }
    p.result = [];
  } else {
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
    const k = indices[i] + 1;
    for (let j = i; j < r; j++) indices[j] = k;
  }
  const items = new Array<PyObject>(r);
  for (let k = 0; k < r; k++) items[k] = pool[indices[k]];
  return new PyTuple(items);
}

/** The r argument of combinations and combinations_with_replacement (Py_ssize_t, >= 0). */
function rArg(v: PyObject): number {
  const r = ssizeArg(v);
  if (r < 0) throw newError(E.ValueError, 'r must be non-negative');
  return r;
}

function rangeArray(n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

// --- zip_longest, starmap, pairwise -----------------------------------------------------------

class PyZipLongest extends PyObj {
  iters: (PyObject | null)[] = [];
  active = 0;
  fill: PyObject = None;
}

function zipLongestNext(v: PyObject): PyObject | undefined {
  const z = v as PyZipLongest;
  const iters = z.iters;
  const n = iters.length;
  if (n === 0 || z.active === 0) return undefined;
  const items = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) {
    const it = iters[i];
    if (it === null) {
      items[i] = z.fill;
      continue;
    }
    let x: PyObject | undefined;
    try {
      x = next(it);
    } catch (e) {
      z.active = 0;
      throw e;
    }
    if (x === undefined) {
      z.active--;
      if (z.active === 0) return undefined;
      iters[i] = null;
      x = z.fill;
    }
    items[i] = x;
  }
  return new PyTuple(items);
}

class PyStarmap extends PyObj {
  func: PyObject = None;
  it: PyObject = None;
}

function starmapIter(v: PyObject): PyObject | undefined {
  const s = v as PyStarmap;
  const args = next(s.it);
  if (args === undefined) return undefined;
  const items = args instanceof PyTuple && args.cls === T.tuple ? args.items : iterateToArray(args);
  return call(s.func, items);
}

class PyPairwise extends PyObj {
  it: PyObject | null = null;
  old: PyObject | undefined = undefined;
}

/** pairwise's step: the two items in pairOut (false: exhausted). */
function pairwiseStep(p: PyPairwise): boolean {
  const it = p.it;
  if (it === null) return false;
  try {
    return pairwiseAdvance(p, it);
  } catch (e) {
    p.it = null; // as CPython's pairwise_next on an error
    throw e;
  }
}

function pairwiseAdvance(p: PyPairwise, it: PyObject): boolean {
  let old = p.old;
  if (old === undefined) {
    old = next(it);
    if (old === undefined) {
      p.it = null;
      return false;
    }
    p.old = old;
  }
  const cur = next(it);
  if (cur === undefined) {
    p.it = null;
    p.old = undefined;
    return false;
  }
  p.old = cur;
  pairOut.a = old;
  pairOut.b = cur;
  return true;
}

function pairwiseNext(v: PyObject): PyObject | undefined {
  if (!pairwiseStep(v as PyPairwise)) return undefined;
  return new PyTuple([pairOut.a, pairOut.b]);
}

// --- cycle, compress, takewhile, dropwhile, filterfalse ---------------------------------------

class PyCycle extends PyObj {
  it: PyObject | null = null;
  saved: PyObject[] = [];
  index = 0;
}

function cycleNext(v: PyObject): PyObject | undefined {
  const c = v as PyCycle;
  const it = c.it;
  if (it !== null) {
    const x = next(it);
    if (x !== undefined) {
      c.saved.push(x);
      return x;
    }
    c.it = null;
  }
  const saved = c.saved;
  if (saved.length === 0) return undefined;
  const x = saved[c.index];
  c.index = c.index + 1 >= saved.length ? 0 : c.index + 1;
  return x;
}

class PyCompress extends PyObj {
  data: PyObject = None;
  selectors: PyObject = None;
}

function compressNext(v: PyObject): PyObject | undefined {
  const c = v as PyCompress;
  for (;;) {
    const d = next(c.data);
    if (d === undefined) return undefined;
    const s = next(c.selectors);
    if (s === undefined) return undefined;
    if (isTrue(s)) return d;
  }
}

class PyPredicateIter extends PyObj {
  func: PyObject = None;
  it: PyObject = None;
  /** takewhile: the predicate failed; dropwhile: the prefix is dropped. */
  done = false;
}

function takewhileIter(v: PyObject): PyObject | undefined {
  const t = v as PyPredicateIter;
  if (t.done) return undefined;
  const x = next(t.it);
  if (x === undefined) return undefined;
  if (isTrue(call(t.func, [x]))) return x;
  t.done = true;
  return undefined;
}

function dropwhileIter(v: PyObject): PyObject | undefined {
  const t = v as PyPredicateIter;
  for (;;) {
    const x = next(t.it);
    if (x === undefined) return undefined;
    if (t.done) return x;
    if (!isTrue(call(t.func, [x]))) {
      t.done = true;
      return x;
    }
  }
}

function filterfalseIter(v: PyObject): PyObject | undefined {
  const t = v as PyPredicateIter;
  const f = t.func;
  const plain = f === None || f === T.bool;
  for (;;) {
    const x = next(t.it);
    if (x === undefined) return undefined;
    if (!isTrue(plain ? x : call(f, [x]))) return x;
  }
}

/** starmap, pairwise, cycle, takewhile, dropwhile, filterfalse: positional-only (Argument Clinic). */
function posOnly(t: () => PyType, cls: PyType, name: string, args: PyObject[], kwnames: string[] | null, n: number): PyObject[] {
  noKeywords(t(), cls, name, kwnames);
  return argExactly(name, positional(args, kwnames), n);
}

// --- the types --------------------------------------------------------------------------------

function makeTypes(): void {
  const count = iterType('count', countNext, (cls) => new PyCount(cls, null), (cls, args, kwnames) => {
    const [start, step] = clinicArgs('count', ['start', 'step'], args, kwnames, 0);
    if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) typeError('a number is required');
    const c = new PyCount(cls, null);
    const st = step ?? 1;
    c.step = st;
    const s = start ?? 0;
    const sv = asIntValue(s);
    const stepOne = asIntValue(st);
    // CPython's fast mode: an int start that fits a C ssize_t and an int step of 1 (the values
    // are then plain ints, even for a bool or int-subclass start).
    if (typeof sv === 'number' && (stepOne === 1 || stepOne === 1n)) {
      c.fast = true;
      c.n = sv;
      if (sv >= Number.MAX_SAFE_INTEGER) {
        c.fast = false;
        c.value = sv;
      }
    } else if (typeof sv === 'bigint' && (stepOne === 1 || stepOne === 1n) && sv <= SSIZE_MAX && sv >= -SSIZE_MAX - 1n) {
      c.value = sv;
    } else {
      c.value = s;
    }
    return c;
  });
  count.slots.repr = countRepr;

  const repeat = iterType('repeat', (v) => {
    const r = v as PyRepeat;
    if (r.times < 0) return r.obj;
    if (r.times === 0) return undefined;
    r.times--;
    return r.obj;
  }, (cls) => new PyRepeat(cls, null), (cls, args, kwnames) => {
    const [obj, times] = clinicArgs('repeat', ['object', 'times'], args, kwnames, 1);
    const r = new PyRepeat(cls, null);
    r.obj = obj!;
    if (times !== undefined) r.times = Math.max(0, ssizeArg(times));
    return r;
  });
  repeat.slots.repr = (v) => {
    const r = v as PyRepeat;
    const name = shortName(r);
    return r.times < 0 ? `${name}(${repr(r.obj)})` : `${name}(${repr(r.obj)}, ${r.times})`;
  };
  addMethods(repeat, {
    __length_hint__: (v) => {
      const r = v as PyRepeat;
      if (r.times < 0) typeError('len() of unsized object');
      return r.times;
    },
  });

  iterType('cycle', cycleNext, (cls) => new PyCycle(cls, null), (cls, args, kwnames) => {
    const [iterable] = posOnly(() => types.cycle, cls, 'cycle', args, kwnames, 1);
    const c = new PyCycle(cls, null);
    c.it = getIter(iterable);
    return c;
  });

  iterType('accumulate', accumulateNext, (cls) => new PyAccumulate(cls, null), (cls, args, kwnames) => {
    const [iterable, func, initial] = clinicArgs('accumulate', ['iterable', 'func', 'initial'], args, kwnames, 1, 2);
    const a = new PyAccumulate(cls, null);
    a.it = getIter(iterable!);
    a.func = func ?? None;
    a.initial = initial ?? None;
    return a;
  });

  const chain = iterType('chain', chainNext, (cls) => new PyChain(cls, null), (cls, args, kwnames) => {
    noKeywords(types.chain, cls, 'chain', kwnames);
    const c = new PyChain(cls, null);
    c.source = getIter(new PyTuple(positional(args, kwnames).slice()));
    return c;
  });
  addClassMethods(chain, {
    from_iterable: (cls, args, kwnames) => {
      const iterable = argO('chain.from_iterable', args, kwnames);
      const c = withDict(new PyChain(cls as PyType, null));
      c.source = getIter(iterable);
      return c;
    },
  });

  iterType('compress', compressNext, (cls) => new PyCompress(cls, null), (cls, args, kwnames) => {
    const [data, selectors] = clinicArgs('compress', ['data', 'selectors'], args, kwnames, 2);
    const c = new PyCompress(cls, null);
    c.data = getIter(data!);
    c.selectors = getIter(selectors!);
    return c;
  });

  const predicate = (name: string, nextFn: (v: PyObject) => PyObject | undefined) =>
    iterType(name, nextFn, (cls) => new PyPredicateIter(cls, null), (cls, args, kwnames) => {
      const [func, iterable] = posOnly(() => types[name], cls, name, args, kwnames, 2);
      const t = new PyPredicateIter(cls, null);
      t.func = func;
      t.it = getIter(iterable);
      return t;
    });
  predicate('dropwhile', dropwhileNext);
  predicate('takewhile', takewhileNext);
  predicate('filterfalse', filterfalseNext);

  iterType('groupby', groupbyNext, (cls) => new PyGroupBy(cls, null), (cls, args, kwnames) => {
    const [iterable, key] = clinicArgs('groupby', ['iterable', 'key'], args, kwnames, 1);
    const g = new PyGroupBy(cls, null);
    g.keyfunc = key ?? None;
    g.it = getIter(iterable!);
    return g;
  });
  grouperType = makeBuiltinType('itertools._grouper');
  grouperType.slots.iter = (v) => v;
  grouperType.slots.iternext = grouperNext;
  exposeNativeSlots(grouperType);

  iterType('islice', isliceNext, (cls) => new PyISlice(cls, null), isliceNew());

  const pairwise = iterType('pairwise', pairwiseNext, (cls) => new PyPairwise(cls, null), (cls, args, kwnames) => {
    const [iterable] = posOnly(() => types.pairwise, cls, 'pairwise', args, kwnames, 1);
    const p = new PyPairwise(cls, null);
    p.it = getIter(iterable);
    return p;
  });
  pairSteps.set(pairwise, (v) => (pairwiseStep(v as PyPairwise) ? 1 : 0));

  iterType('starmap', starmapNext, (cls) => new PyStarmap(cls, null), (cls, args, kwnames) => {
    const [func, iterable] = posOnly(() => types.starmap, cls, 'starmap', args, kwnames, 2);
    const s = new PyStarmap(cls, null);
    s.func = func;
    s.it = getIter(iterable);
    return s;
  });

  iterType('zip_longest', zipLongestNext, (cls) => new PyZipLongest(cls, null), (cls, args, kwnames) => {
    const k = nkw(kwnames);
    const z = new PyZipLongest(cls, null);
    if (k > 0) {
      if (k !== 1 || kwnames![0] !== 'fillvalue') typeError('zip_longest() got an unexpected keyword argument');
      z.fill = args[args.length - 1];
    }
    const pos = positional(args, kwnames);
    const iters = new Array<PyObject | null>(pos.length);
    for (let i = 0; i < pos.length; i++) iters[i] = getIter(pos[i]);
    z.iters = iters;
    z.active = iters.length;
    return z;
  });

  const product = iterType('product', productNext, (cls) => new PyCombinatoric(cls, null), (cls, args, kwnames) => {
    const k = nkw(kwnames);
    let repeat = 1;
    for (let i = 0; i < k; i++) {
      if (kwnames![i] !== 'repeat') typeError(`'${kwnames![i]}' is an invalid keyword argument for product()`);
      repeat = ssizeArg(args[args.length - k + i]);
      if (repeat < 0) throw newError(E.ValueError, 'repeat argument cannot be negative');
    }
    const pos = positional(args, kwnames);
    // As CPython: with repeat=0 the iterables are not even read.
    const n = repeat === 0 ? 0 : pos.length;
    if (n > 0 && n > Math.floor(2 ** 60 / repeat)) throw newError(E.OverflowError, 'repeat argument too large');
    if (n * repeat > 2 ** 28) throw newError(E.MemoryError, '');
    const base = new Array<PyObject[]>(n);
    for (let i = 0; i < n; i++) base[i] = iterateToArray(pos[i]);
    const pools = new Array<PyObject[]>(n * repeat);
    for (let j = 0; j < repeat; j++) for (let i = 0; i < n; i++) pools[j * n + i] = base[i];
    const p = new PyCombinatoric(cls, null);
    p.pools = pools;
    p.indices = new Array<number>(pools.length).fill(0);
    return p;
  });
  pairSteps.set(product, productPair);

  iterType('permutations', permutationsNext, (cls) => new PyCombinatoric(cls, null), (cls, args, kwnames) => {
    const [iterable, robj] = clinicArgs('permutations', ['iterable', 'r'], args, kwnames, 1);
    const pool = iterateToArray(iterable!);
    const n = pool.length;
    let r = n;
    if (robj !== undefined && robj !== None) {
      const rv = asIntValue(robj);
      if (rv === undefined) typeError('Expected int as r');
      r = ssizeArg(robj);
      if (r < 0) throw newError(E.ValueError, 'r must be non-negative');
    }
    const p = new PyCombinatoric(cls, null);
    p.pools = [pool];
    p.r = r;
    if (r <= n) {
      p.indices = rangeArray(n);
      p.cycles = new Array<number>(r);
      for (let i = 0; i < r; i++) p.cycles[i] = n - i;
    }
    return p;
  });

  iterType('combinations', combinationsNext, (cls) => new PyCombinatoric(cls, null), (cls, args, kwnames) => {
    const [iterable, robj] = clinicArgs('combinations', ['iterable', 'r'], args, kwnames, 2);
    const pool = iterateToArray(iterable!);
    const r = rArg(robj!);
    if (r > 2 ** 28) throw newError(E.MemoryError, '');
    const p = new PyCombinatoric(cls, null);
    p.pools = [pool];
    p.r = r;
    if (r <= pool.length) p.indices = rangeArray(r);
    return p;
  });

  iterType('combinations_with_replacement', cwrNext, (cls) => new PyCombinatoric(cls, null), (cls, args, kwnames) => {
    const [iterable, robj] = clinicArgs('combinations_with_replacement', ['iterable', 'r'], args, kwnames, 2);
    const pool = iterateToArray(iterable!);
    const r = rArg(robj!);
    const p = new PyCombinatoric(cls, null);
    p.pools = [pool];
    p.r = r;
    if (r > 2 ** 28) throw newError(E.MemoryError, '');
    p.indices = new Array<number>(r).fill(0);
    return p;
  });

  for (const name in types) exposeNativeSlots(types[name]);
}

class PyRepeat extends PyObj {
  obj: PyObject = None;
  /** -1: forever. */
  times = -1;
}

export function makeItertoolsModule(): PyModule {
  if (grouperType === undefined) makeTypes();
  const mod = new PyModule('_itertools');
  for (const name in types) mod.dict.setStr(name, types[name]);
  return mod;
}

// The iternext slots of the iterators calling Python code (see endOnStop).

function accumulateNext(v: PyObject): PyObject | undefined {
  try {
    return accumulateIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}

function groupbyNext(v: PyObject): PyObject | undefined {
  try {
    return groupbyIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}

function grouperNext(v: PyObject): PyObject | undefined {
  try {
    return grouperIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}

function starmapNext(v: PyObject): PyObject | undefined {
  try {
    return starmapIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}

function takewhileNext(v: PyObject): PyObject | undefined {
  try {
    return takewhileIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}

function dropwhileNext(v: PyObject): PyObject | undefined {
  try {
    return dropwhileIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}

function filterfalseNext(v: PyObject): PyObject | undefined {
  try {
    return filterfalseIter(v);
  } catch (e) {
    return endOnStop(e);
  }
}
