// Async generators of the VM (PEP 525): __aiter__/__anext__/asend/athrow/aclose and the
// awaitables they return (async_generator_asend / async_generator_athrow), as in CPython's
// genobject.c. A value the body yields is wrapped (ASYNC_GEN_WRAP) so the awaitable can tell
// it from a value an `await` inside the body passes out to the event loop: a wrapped value
// completes the awaitable (StopIteration(value)); a plain one is yielded through.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import type { PyType } from '../../src/objects/type.js';
import { None } from '../../src/objects/singletons.js';
import { PyBaseException, E, newError, newException } from '../../src/objects/exception.js';
import { typeOf, typeError } from '../../src/objects/protocol.js';
import { addMethods, addMethodsFor, addGetSets } from '../../src/objects/native.js';
import { setExcField } from '../../src/objects/exception-types.js';
import { makeBuiltinType } from '../../src/objects/str.js';
import { throwArgument } from '../../src/runtime/exc-state.js';
import { addressOf } from '../../src/objects/identity.js';
import { PyGenerator, installAsyncGenGetSets, asyncGenMethods, athrowStart, AState } from '../treewalk/generator.js';
import { argO, argNone } from '../../src/objects/iterate.js';
import { resumeGen, isVMGenerator, sendValue, SendResult, AsyncGenWrapped } from './generator.js';

let asendType: PyType;
let athrowType: PyType;

function stopIteration(v: PyObject): PyBaseException {
  const e = newException(E.StopIteration, v === None ? [] : [v]);
  setExcField(e, 'value', v);
  return e;
}

/** ag_running_async of CPython: an awaitable of the generator is in progress (suspended at an await). */
const runningAsync = new WeakSet<PyGenerator>();
/** ag_closed of CPython. */
const closedAsync = new WeakSet<PyGenerator>();

function isStopAsyncOrExit(e: unknown): boolean {
  return e instanceof PyBaseException && (typeOf(e).isSubtype(E.StopAsyncIteration) || typeOf(e).isSubtype(E.GeneratorExit));
}

function resumeVM(g: PyGenerator, isThrow: boolean, v: PyObject): SendResult {
  if (!isVMGenerator(g)) typeError('async generator of another backend');
  return resumeGen(g, isThrow, v);
}

/** One resume of the async generator, as its awaitable sees it: the value passed out, or its end. */
function agResume(g: PyGenerator, isThrow: boolean, v: PyObject): PyObject {
  let r: SendResult;
  try {
    r = resumeVM(g, isThrow, v);
  } catch (e) {
    if (isStopAsyncOrExit(e)) closedAsync.add(g);
    runningAsync.delete(g);
    throw e;
  }
  if (r === SendResult.RETURN) {
    runningAsync.delete(g);
    throw newException(E.StopAsyncIteration, []);
  }
  const out = sendValue.value;
  if (out instanceof AsyncGenWrapped) {
    runningAsync.delete(g);
    throw stopIteration(out.value);
  }
  return out;
}

export class PyAsyncGenASend extends PyObj {
  state = AState.INIT;
  constructor(readonly gen: PyGenerator, readonly sendval: PyObject) {
    super(asendType, null);
  }
}

export class PyAsyncGenAThrow extends PyObj {
  state = AState.INIT;
  /** null: aclose(); else athrow()'s arguments (checked when the awaitable starts, as CPython does). */
  constructor(readonly gen: PyGenerator, readonly args: PyObject[] | null) {
    super(athrowType, null);
  }
}

export function asendSend(a: PyAsyncGenASend, arg: PyObject): PyObject {
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  if (a.state === AState.INIT) {
    if (runningAsync.has(a.gen)) throw newError(E.RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === None) arg = a.sendval;
    a.state = AState.ITER;
  }
  runningAsync.add(a.gen);
  try {
    return agResume(a.gen, false, arg);
  } catch (e) {
    a.state = AState.CLOSED;
    throw e;
  }
}

function asendThrow(a: PyAsyncGenASend, exc: PyObject): PyObject {
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  try {
    return agResume(a.gen, true, exc);
  } catch (e) {
    a.state = AState.CLOSED;
    throw e;
  }
}

function athrowResume(a: PyAsyncGenAThrow, isThrow: boolean, value: PyObject): PyObject {
  const g = a.gen;
  try {
    if (a.args !== null) return agResume(g, isThrow, value);
    const r = resumeVM(g, isThrow, value);
    if (r === SendResult.RETURN) {
      runningAsync.delete(g);
      throw newException(E.StopAsyncIteration, []);
    }
    const out = sendValue.value;
    if (out instanceof AsyncGenWrapped) {
      runningAsync.delete(g);
      a.state = AState.CLOSED;
      throw newError(E.RuntimeError, 'async generator ignored GeneratorExit');
    }
    return out;
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) throw e;
    runningAsync.delete(g);
    a.state = AState.CLOSED;
    if (a.args === null && isStopAsyncOrExit(e)) throw stopIteration(None);
    throw e;
  }
}

export function athrowSend(a: PyAsyncGenAThrow, arg: PyObject): PyObject {
  const exc = athrowStart(a, arg, runningAsync, closedAsync);
  return exc === undefined ? athrowResume(a, false, arg) : athrowResume(a, true, exc);
}

function athrowThrow(a: PyAsyncGenAThrow, exc: PyObject): PyObject {
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  return athrowResume(a, true, exc);
}


let installed = false;

export function installAsyncGenerators(): void {
  if (installed) return;
  installed = true;
  asendType = makeBuiltinType('async_generator_asend');
  athrowType = makeBuiltinType('async_generator_athrow');
  const ag = T.async_generator;
  ag.slots.repr ??= (v) => `<async_generator object ${(v as PyGenerator).qualname} at ${addressOf(v)}>`;
  // The type is shared with the tree-walker: VM generators get these methods, the others keep
  // whatever was installed before (the tree-walker does the same in the other direction).
  addMethodsFor(ag, (self) => self instanceof PyGenerator && isVMGenerator(self), asyncGenMethods(
    (g, v) => new PyAsyncGenASend(g, v),
    (g, args) => new PyAsyncGenAThrow(g, args),
  ));
  installAsyncGenGetSets();
  for (const [t, send, thr] of [
    [asendType, (s: PyObject, a: PyObject) => asendSend(s as PyAsyncGenASend, a), (s: PyObject, e: PyObject) => asendThrow(s as PyAsyncGenASend, e)],
    [athrowType, (s: PyObject, a: PyObject) => athrowSend(s as PyAsyncGenAThrow, a), (s: PyObject, e: PyObject) => athrowThrow(s as PyAsyncGenAThrow, e)],
  ] as const) {
    t.slots.iter = (v) => v;
    t.slots.iternext = (v) => send(v, None);
    addMethods(t, {
      send: (self, args, kw) => send(self, argO(`${t.name}.send`, args, kw)),
      throw: (self, args) => thr(self, throwArgument(args)),
      close: (self, args, kw) => {
        argNone(`${t.name}.close`, args, kw);
        (self as PyAsyncGenASend).state = AState.CLOSED;
        return None;
      },
      __await__: (self) => self,
    });
  }
}
