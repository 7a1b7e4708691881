// The exceptions being handled right now (sys.exc_info(), CPython's exc_info stack): an
// `except` block pushes its exception and pops it when it ends. A `raise` inside it links the
// new exception's __context__ to the handled one (implicit chaining). Generators save and
// restore their part of the stack across yields.

import type { PyObject } from '../objects/object.js';
import { PyBaseException, E, newError } from '../objects/exception.js';
import { None } from '../objects/singletons.js';
import { typeOf, typeName, call, typeError, repr } from '../objects/protocol.js';
import { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { PyTuple } from '../objects/tuple.js';
import { setExcTraceback } from '../objects/exception-types.js';

export const handled: PyBaseException[] = [];

export function currentHandled(): PyBaseException | null {
  return handled.length === 0 ? null : handled[handled.length - 1];
}

/** Sets exc.__context__ from the exception being handled, avoiding reference cycles. */
export function chainContext(exc: PyBaseException): void {
  // Settled at the raise: a __context__ the program sets afterwards (even to None, in a
  // finally) stays as it is while the exception propagates.
  exc.contextSettled = true;
  const cur = currentHandled();
  if (cur === null || cur === exc) return;
  setContext(exc, cur);
}

/** exc.__context__ = ctx, breaking a cycle exc -> ... -> exc in ctx's chain, as CPython does. */
function setContext(exc: PyBaseException, ctx: PyBaseException): void {
  // A cycle already in ctx's chain that does not pass through exc (x.__context__ = x) is
  // left alone: the slow walker, one step per two, meets the fast one inside it.
  let o: PyObject = ctx;
  let slow: PyObject = ctx;
  let step = false;
  while (o instanceof PyBaseException) {
    const next: PyObject = o.context;
    if (next === exc) {
      o.context = None;
      break;
    }
    o = next;
    if (o === slow) break;
    if (step && slow instanceof PyBaseException) slow = slow.context;
    step = !step;
  }
  exc.context = ctx;
}

/**
 * Implicit chaining for exceptions raised by anything but a `raise` statement (a failing
 * operation, a NameError in an `except` clause, ...): called on whatever leaves a region
 * where an exception is being handled (except/finally/__exit__), while that exception is
 * still on the `handled` stack. An exception that already has a context keeps it.
 */
export function chainImplicit(err: unknown): unknown {
  if (err instanceof PyBaseException && err.context === None && !err.contextSettled) chainContext(err);
  return err;
}

/**
 * generator.throw(exc): CPython's _PyErr_ChainStackItem. The exception the generator itself is
 * handling (`own`, if any) becomes its context; the caller's handled exceptions never do, neither
 * inside the generator nor when it propagates out.
 */
export function chainThrown(exc: PyObject, own: PyBaseException | undefined): void {
  if (!(exc instanceof PyBaseException)) return;
  if (own !== undefined && own !== exc) setContext(exc, own);
  exc.contextSettled = true;
}

/** The exception instance a `raise X` statement raises (X may be a class or an instance). */
export function makeRaisable(x: PyObject, viaThrow = false): PyBaseException {
  if (x instanceof PyType) {
    if (!x.isSubtype(E.BaseException)) typeError('exceptions must derive from BaseException');
    const inst = call(x, []);
    if (!(inst instanceof PyBaseException)) {
      // do_raise names the result's type by its repr, exception normalisation (throw()) by name.
      const t = typeOf(inst);
      typeError(`calling ${repr(x)} should have returned an instance of BaseException, not ${viaThrow ? t.name : repr(t)}`);
    }
    return inst;
  }
  if (x instanceof PyBaseException) return x;
  typeError('exceptions must derive from BaseException');
}

/** The last throw() call's arguments and the exception they made (delegateThrowArgs). */
let lastThrowExc: PyObject | null = null;
let lastThrowArgs: PyObject[] = [];

/** The exception a generator's throw(type[, value[, tb]]) / athrow(...) call means (CPython's _gen_throw). */
export function throwArgument(args: PyObject[], method = 'throw'): PyObject {
  const exc = throwException(args, method);
  if (args.length > 1 || args[0] !== exc) {
    lastThrowExc = exc;
    lastThrowArgs = args.slice();
  }
  return exc;
}

/**
 * The arguments for a `yield from` delegate's own throw method: CPython passes on the
 * throw() call's (type, value, tb) as they were given, e.g. the class, not an instance.
 */
export function delegateThrowArgs(exc: PyObject): PyObject[] {
  return exc === lastThrowExc ? lastThrowArgs : [exc];
}

function throwException(args: PyObject[], method: string): PyObject {
  if (args.length === 0) typeError(`${method} expected at least 1 argument, got 0`);
  if (args.length > 3) typeError(`${method} expected at most 3 arguments, got ${args.length}`);
  const [t, v, tb] = args;
  const hasTb = tb !== undefined && tb !== None;
  if (hasTb && typeOf(tb) !== T.traceback) typeError(`${method}() third argument must be a traceback object`);
  let exc: PyObject;
  if (t instanceof PyType && t.isSubtype(E.BaseException)) {
    // CPython's PyErr_NormalizeException: an instance of the class is the exception; a tuple is
    // the constructor's arguments; anything else its one argument.
    // An error making the instance is what gets thrown in (CPython's _gen_throw: failed_throw).
    try {
      if (v === undefined || v === None) exc = makeRaisable(t, true);
      else if (v instanceof PyBaseException && typeOf(v).isSubtype(t)) exc = v;
      else if (v instanceof PyTuple) exc = call(t, v.items.slice());
      else exc = call(t, [v]);
      if (!(exc instanceof PyBaseException)) typeError(`calling ${repr(t)} should have returned an instance of BaseException, not ${typeName(exc)}`);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      exc = e;
    }
  } else {
    if (!(t instanceof PyBaseException)) typeError('exceptions must be classes or instances deriving from BaseException, not ' + typeName(t));
    if (v !== undefined && v !== None) typeError('instance exception may not have a separate value');
    exc = t;
  }
  if (hasTb) setExcTraceback(exc as PyBaseException, tb);
  return exc;
}

/** `raise exc from cause` */
export function setCause(exc: PyBaseException, cause: PyObject): void {
  if (cause === None) {
    exc.cause = None;
  } else {
    const isExcClass = cause instanceof PyType && cause.isSubtype(E.BaseException);
    exc.cause = isExcClass ? makeRaisable(cause) : cause instanceof PyBaseException ? cause : typeError('exception causes must derive from BaseException');
  }
  exc.suppressContext = true;
}

/**
 * Bare `raise`. The tree-walker passes its frame: as CPython's RAISE_VARARGS 0 (which skips
 * PyTraceBack_Here), the frame re-raising it gets no traceback entry for it (reraisedIn).
 */
export function reraise(frame: object | null = null): never {
  const cur = currentHandled();
  if (cur === null) throw newError(E.RuntimeError, 'No active exception to reraise');
  if (frame !== null && cur instanceof PyBaseException) cur.reraisedIn = frame;
  throw cur;
}
