// The pickle protocol of the builtin iterators: `__reduce__` (what copy.copy/deepcopy rebuild
// an iterator from: `iter(seq)` then `__setstate__(index)`, or the wrapper class called again
// with its inner iterators) and `__setstate__` (the position, clamped as CPython clamps it).
// The forms are CPython 3.11's: an exhausted sequence iterator reduces to `iter(<empty>)`, a
// dict or set iterator to `iter(<list of what is left>)`.

import { PyObj, normInt, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeError, isTrue } from '../objects/protocol.js';
import { None } from '../objects/singletons.js';
import { addMethods, checkPositional } from '../objects/native.js';
import { lenOf } from '../objects/iterate.js';
import { cpLength, PyStrIterator } from '../objects/str.js';
import { PyBytesIterator } from '../objects/bytes.js';
import { newRange } from '../objects/range.js';
import {
  PyListIter, PyListRevIter, PySeqArrayIter, PyRangeIter, PyLongRangeIter, PySeqIter, PyCallIter,
  PyEnumerate, PyZip, PyMap, PyFilter, PyReversed,
} from '../objects/iterators.js';
import { interp } from './interpreter.js';

/** builtins.iter, as CPython's _PyEval_GetBuiltin(iter) finds it. */
function builtinIter(): PyObject {
  return interp().builtins.getStr('iter') as PyObject;
}

const emptyTuple = (): PyTuple => new PyTuple([]);

/** `(iter, (seq,), index)`, or `(iter, (empty,))` once the iterator let go of its sequence. */
function seqReduce(seq: PyObject | null, index: PyObject, empty: () => PyObject): PyTuple {
  if (seq === null) return new PyTuple([builtinIter(), new PyTuple([empty()])]);
  return new PyTuple([builtinIter(), new PyTuple([seq]), index]);
}

/** PyLong_AsSsize_t of a __setstate__ argument. */
function stateIndex(state: PyObject): number {
  if (typeof state === 'boolean') return state ? 1 : 0;
  if (typeof state === 'bigint') throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (typeof state !== 'number') typeError('an integer is required');
  return state;
}

function clamp(i: number, lo: number, hi: number): number {
  return i < lo ? lo : i > hi ? hi : i;
}

/** Installs `__reduce__` (and `__setstate__` when given) on a builtin iterator type. */
function install(t: PyType | undefined, reduce: (self: PyObject) => PyObject, setstate?: (self: PyObject, i: PyObject) => void): void {
  if (t === undefined) return;
  const name = t.name;
  addMethods(t, {
    __reduce__: (self, args, kw) => (checkPositional(`${name}.__reduce__`, args, kw, 0, 0), reduce(self)),
  });
  if (setstate === undefined) return;
  addMethods(t, {
    __setstate__: (self, args, kw) => {
      checkPositional(`${name}.__setstate__`, args, kw, 1, 1);
      setstate(self, args[0]);
      return None;
    },
  });
}

/** What is left of a dict or set iterator, read from a copy so that the iterator stays put. */
function remaining(it: PyObject): PyList {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(it)), it) as PyObj;
  const next = typeOf(it).slots.iternext!;
  const out: PyObject[] = [];
  for (let v = next(copy); v !== undefined; v = next(copy)) out.push(v);
  return new PyList(out);
}

export function installIteratorReduce(): void {
  install(T.list_iterator, (self) => {
    const it = self as PyListIter;
    return seqReduce(it.seq, it.index, () => new PyList([]));
  }, (self, state) => {
    const it = self as PyListIter;
    const i = stateIndex(state);
    if (it.seq !== null) it.index = clamp(i, 0, it.seq.items.length);
  });
  install(T.list_reverseiterator, (self) => {
    const it = self as PyListRevIter;
    if (it.seq === null) return new PyTuple([builtinIter(), new PyTuple([new PyList([])])]);
    return new PyTuple([T.reversed, new PyTuple([it.seq]), it.index]);
  }, (self, state) => {
    const it = self as PyListRevIter;
    const i = stateIndex(state);
    if (it.seq !== null) it.index = clamp(i, -1, it.seq.items.length - 1);
  });
  install(T.tuple_iterator, (self) => {
    const it = self as PySeqArrayIter;
    return seqReduce(it.items === null ? null : new PyTuple(it.items), it.index, emptyTuple);
  }, (self, state) => {
    const it = self as PySeqArrayIter;
    const i = stateIndex(state);
    if (it.items !== null) it.index = clamp(i, 0, it.items.length);
  });
  // rangeiter_reduce: range(start, start + len*step, step) of the whole iteration, and the index.
  for (const t of [T.range_iterator, T.longrange_iterator]) {
    install(t, (self) => {
      if (self instanceof PyRangeIter) {
        const index = (self.cur - self.start) / self.step;
        const stop = self.start + (index + self.len) * self.step;
        return new PyTuple([builtinIter(), new PyTuple([newRange(self.start, stop, self.step)]), index]);
      }
      const it = self as PyLongRangeIter;
      const index = (it.cur - it.start) / it.step;
      const stop = it.start + (index + it.len) * it.step;
      return new PyTuple([builtinIter(), new PyTuple([newRange(normInt(it.start), normInt(stop), normInt(it.step))]), normInt(index)]);
    }, (self, state) => {
      if (self instanceof PyRangeIter) {
        const total = (self.cur - self.start) / self.step + self.len;
        const i = clamp(stateIndex(state), 0, total);
        self.cur = self.start + i * self.step;
        self.len = total - i;
        return;
      }
      const it = self as PyLongRangeIter;
      const total = (it.cur - it.start) / it.step + it.len;
      let i = BigInt(stateIndex(state));
      if (i < 0n) i = 0n;
      else if (i > total) i = total;
      it.cur = it.start + i * it.step;
      it.len = total - i;
    });
  }
  for (const t of [T.str_ascii_iterator, T.str_iterator]) {
    install(t, (self) => {
      const it = self as PyStrIterator;
      if (it.pos >= it.s.length) return new PyTuple([builtinIter(), new PyTuple([''])]);
      return new PyTuple([builtinIter(), new PyTuple([it.s]), cpLength(it.s.slice(0, it.pos))]);
    }, (self, state) => {
      const it = self as PyStrIterator;
      const i = stateIndex(state);
      if (it.pos >= it.s.length) return;
      // (The index counts code points; pos is in UTF-16 units.)
      const cps = Array.from(it.s);
      const k = clamp(i, 0, cps.length);
      it.pos = cps.slice(0, k).join('').length;
    });
  }
  for (const t of [T.bytes_iterator, T.bytearray_iterator]) {
    install(t, (self) => {
      const it = self as PyBytesIterator;
      return seqReduce(it.pos === Infinity ? null : it.seq, it.pos, emptyTuple);
    }, (self, state) => {
      const it = self as PyBytesIterator;
      const i = stateIndex(state);
      if (it.pos !== Infinity) it.pos = clamp(i, 0, it.seq.data.length);
    });
  }
  install(T.iterator, (self) => {
    const it = self as PySeqIter;
    return seqReduce(it.seq, it.index, emptyTuple);
  }, (self, state) => {
    const it = self as PySeqIter;
    const i = stateIndex(state);
    if (it.seq !== null) it.index = i < 0 ? 0 : i;
  });
  install(T.callable_iterator, (self) => {
    const it = self as PyCallIter;
    if (it.callable === null) return new PyTuple([builtinIter(), new PyTuple([emptyTuple()])]);
    return new PyTuple([builtinIter(), new PyTuple([it.callable, it.sentinel!])]);
  });
  for (const name of ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator',
    'dict_reversevalueiterator', 'dict_reverseitemiterator', 'set_iterator']) {
    install(T[name], (self) => new PyTuple([builtinIter(), new PyTuple([remaining(self)])]));
  }
  install(T.enumerate, (self) => {
    const e = self as PyEnumerate;
    return new PyTuple([typeOf(self), new PyTuple([e.it, e.bigCount ?? e.count])]);
  });
  install(T.zip, (self) => {
    const z = self as PyZip;
    const args = new PyTuple(z.iters.slice());
    return new PyTuple(z.strict ? [typeOf(self), args, true] : [typeOf(self), args]);
  }, (self, state) => {
    (self as PyZip).strict = isTrue(state);
  });
  install(T.map, (self) => {
    const m = self as PyMap;
    return new PyTuple([typeOf(self), new PyTuple([m.func, ...m.iters])]);
  });
  install(T.filter, (self) => {
    const f = self as PyFilter;
    return new PyTuple([typeOf(self), new PyTuple([f.func, f.it])]);
  });
  install(T.reversed, (self) => {
    const r = self as PyReversed;
    if (r.seq === null) return new PyTuple([typeOf(self), new PyTuple([emptyTuple()])]);
    return new PyTuple([typeOf(self), new PyTuple([r.seq]), r.index]);
  }, (self, state) => {
    const r = self as PyReversed;
    const i = stateIndex(state);
    if (r.seq !== null) r.index = clamp(i, -1, lenOf(r.seq) - 1);
  });
}
