// aiter() and anext() (PEP 525 helpers): aiter(obj) is obj.__aiter__() checked to be an async
// iterator; anext(it) is it.__anext__(), and anext(it, default) wraps that awaitable in an
// anext_awaitable that turns StopAsyncIteration into the default as the await's result.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newException } from '../objects/exception.js';
import { nativeFunction, addMethods } from '../objects/native.js';
import { typeOf, typeName, typeError, call, getAttr, getAttrOrUndefined } from '../objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { makeBuiltinType } from '../objects/str.js';

class PyAnextAwaitable extends PyObj {
  /** The iterator of the wrapped awaitable's __await__, once started. */
  inner: PyObject | null = null;
  constructor(cls: PyType, readonly awaitable: PyObject, readonly dflt: PyObject) {
    super(cls, null);
  }
}

function awaitIter(w: PyAnextAwaitable): PyObject {
  if (w.inner === null) {
    const a = w.awaitable;
    const m = lookupSpecial(a, '__await__');
    w.inner = m === undefined ? a : callFoundMethod(m, a, []);
  }
  return w.inner;
}

/** inner.__next__(): its send(None) when it has one (coroutine wrappers), else its iternext slot. */
function nextOf(inner: PyObject): PyObject {
  const send = getAttrOrUndefined(inner, 'send');
  if (send !== undefined) return call(send, [None]);
  const f = typeOf(inner).slots.iternext;
  if (f === undefined) typeError(`'${typeName(inner)}' object is not an iterator`);
  const r = f(inner);
  if (r === undefined) throw newException(E.StopIteration, []);
  return r;
}

/** Runs one step of the wrapped awaitable; StopAsyncIteration becomes StopIteration(default). */
function step(w: PyAnextAwaitable, f: () => PyObject): PyObject {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.StopAsyncIteration)) throw newException(E.StopIteration, [w.dflt]);
    throw e;
  }
}

let anextType: PyType | null = null;
function anextAwaitableType(): PyType {
  if (anextType !== null) return anextType;
  const t = (anextType = T.anext_awaitable ?? makeBuiltinType('anext_awaitable'));
  t.slots.iter = (self) => self;
  t.slots.iternext = (self) => {
    const w = self as PyAnextAwaitable;
    return step(w, () => nextOf(awaitIter(w)));
  };
  addMethods(t, {
    __await__: (self) => self,
    __next__: (self) => {
      const w = self as PyAnextAwaitable;
      return step(w, () => nextOf(awaitIter(w)));
    },
    send: (self, args) => {
      const w = self as PyAnextAwaitable;
      return step(w, () => call(getAttr(awaitIter(w), 'send'), [args[0] ?? None]));
    },
    throw: (self, args) => {
      const w = self as PyAnextAwaitable;
      return step(w, () => call(getAttr(awaitIter(w), 'throw'), args));
    },
    close: (self) => {
      const w = self as PyAnextAwaitable;
      const c = w.inner === null ? undefined : getAttrOrUndefined(w.inner, 'close');
      return c === undefined ? None : call(c, []);
    },
  });
  return t;
}

export function makeAsyncIterBuiltins(): Record<string, PyObject> {
  const aiter = nativeFunction('aiter', (args, kw) => {
    if (kw !== null && kw.length) typeError('aiter() takes no keyword arguments');
    if (args.length !== 1) typeError(`aiter() takes exactly one argument (${args.length} given)`);
    const obj = args[0];
    const m = lookupSpecial(obj, '__aiter__');
    if (m === undefined) typeError(`'${typeName(obj)}' object is not an async iterable`);
    const it = callFoundMethod(m, obj, []);
    if (lookupSpecial(it, '__anext__') === undefined) typeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
    return it;
  }, 'Return an AsyncIterator for an AsyncIterable object.');
  const anext = nativeFunction('anext', (args, kw) => {
    if (kw !== null && kw.length) typeError('anext() takes no keyword arguments');
    if (args.length < 1) typeError(`anext expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) typeError(`anext expected at most 2 arguments, got ${args.length}`);
    const it = args[0];
    const m = lookupSpecial(it, '__anext__');
    if (m === undefined) typeError(`'${typeName(it)}' object is not an async iterator`);
    const awaitable = callFoundMethod(m, it, []);
    if (args.length === 1) return awaitable;
    return new PyAnextAwaitable(anextAwaitableType(), awaitable, args[1]);
  }, 'Return the next item from the async iterator.');
  return { aiter, anext };
}
