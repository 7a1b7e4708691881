// The instructions the dispatch loop runs out of line: rare or heavyweight ones (building
// displays, imports, exception handling, pattern matching, the await protocol, calls of
// non-VM callables) and exception unwinding. Keeping them out of `run` keeps that function
// small enough for V8 to compile quickly and inline what remains hot (docs: "VM dispatch").
//
// Convention: the loop stores pc/sp into the frame before calling `slowOp`, and reloads them
// after; `slowOp` returns a frame to switch to (a pushed call) or null.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict, newSharedDict, literalShape, newLiteralDict } from '../../src/objects/dict.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { flatStr } from '../../src/objects/str.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { PyFunction, PyCell, PyMethod, CoFlags } from '../../src/objects/function.js';
import { PyBaseException, E, newError, newException, addTracebackEntry } from '../../src/objects/exception.js';
import { lookupBuildClass } from '../../src/builtins/build-class.js';
import { excTraceback } from '../../src/objects/exception-types.js';
import { typeOf, setAttr, call, unaryOp, setItem, getIter } from '../../src/objects/protocol.js';
import { PyBuiltinFunction, PyMethodDescriptor, softRaise } from '../../src/objects/native.js';
import { bindArguments } from '../../src/objects/arguments.js';
import { PyType } from '../../src/objects/type.js';
import { typeCall, typeCallNew, typeCallInit, abstractTypes } from '../../src/objects/class-create.js';
import { factories } from '../../src/objects/factories.js';
import { newSet } from '../../src/objects/set.js';
import { interp, type Interpreter } from '../../src/runtime/interpreter.js';
import { handled, chainContext, makeRaisable, setCause } from '../../src/runtime/exc-state.js';
import { importStatement, importFrom, importStar } from '../../src/runtime/import.js';
import { PyGenerator, dropTemporary } from '../treewalk/generator.js';
import { slotCallsDunder } from '../../src/objects/slot-wrappers.js';
import { builtinNext } from '../../src/builtins/iteration.js';
import { splitExceptionGroup, combineRaised } from '../treewalk/exception-groups.js';
import { Op, MF } from './opcodes.js';
import { VMCode } from './code.js';
import { VMFrame, argumentFrame, pinFrame, releaseFrame, FOR_PENDING } from './frame.js';
import {
  nameError, unboundLocal, unboundDeref, deleteName, loadClassDeref, unpackSequence, unpackEx, listExtend,
  setUpdate, dictMerge, exCallArguments, makeFunction, setupAnnotations, formatValue, displayHook,
  exceptionMatches, checkExceptStarType, asPyException, beforeWith, bindMethod, getAwaitable, getAIter, getANext,
  isMatchSequence, isMatchMapping, matchClass, matchKeys, lenOf,
} from './vm-support.js';
import { send, SendResult, sendValue, makeGenerator, asyncGenWrap } from './generator.js';
import { resumeInline, leaveInline, Resume } from './generator-inline.js';
import { specializeCall, specializeClassCall, specializeUnpack } from './specialize.js';
import { mutableRecord } from '../../src/runtime/mutable-fields.js';
import { droppedByDel, droppedAttr, peekAttr, peekItem } from '../../src/runtime/early-finalize.js';
import { dropAsyncGen } from '../../src/runtime/asyncgen-hooks.js';

/** Set just before a throw by instructions that re-raise (consumed by the loop's catch). */
export const unwindFlags = mutableRecord({
  /** RERAISE / bare raise / END_ASYNC_FOR: the exception keeps its traceback (no entry here). */
  skipTb: false,
  /** RERAISE with lasti: the instruction whose line the frame reports. */
  tbLasti: -1,
  /** A `raise` statement: the frame gets an entry even if it already has the last one. */
  raised: false,
  /**
   * The exception that left the loop's entry frame re-raised (no entry for that frame); a
   * generator's frame is the entry of its loop, and leaveGenerator then adds none either.
   */
  reraisedOut: null as PyBaseException | null,
  /**
   * What `unwind(..., inLoop)` found no handler for in the loop's frames (it returned null):
   * the exception the loop throws, which is not always the one it was given -- a generator
   * resumed inline turns StopIteration into RuntimeError on the way out (PEP 479).
   */
  leaving: null as PyBaseException | null,
});


/** Pushes a frame for a VM function call made by the loop (recursion limit, frame links). */
export function enterFrame(it: Interpreter, f: VMFrame, nf: VMFrame): VMFrame {
  if (++it.depth > it.recursionLimit) {
    it.depth--;
    throw newError(E.RecursionError, 'maximum recursion depth exceeded');
  }
  nf.back = f;
  nf.caller = f;
  nf.started = true;
  it.frame = nf;
  return nf;
}

/** A VM function that is not a generator or coroutine (its call pushes a frame). */
function isPlainVMFunction(v: PyObject | undefined): v is PyFunction {
  if (!(v instanceof PyFunction)) return false;
  const c = v.code;
  return c instanceof VMCode && !c.isGenerator && !c.isCoroutine && !c.isAsyncGenerator;
}

/**
 * A generic positional CALL at `at` that pushed a VM function's frame and is still generic:
 * compiled code calls the function directly there (jit.ts pyGeneric; genCalls mark 2).
 */
function markPyGeneric(code: VMCode, at: number): void {
  markCall(code, at, 2);
}

/**
 * Marks the generic CALL at `at` as run by the interpreter (genCalls mark 4 unless it has
 * another): a call that took none of the specialisable paths. Compiled code then keeps it
 * generic instead of leaving at it to let the interpreter specialise it (jit.ts unrun), which
 * would throw the compiled loop away again and again.
 */
function markCall(code: VMCode, at: number, mark: number): void {
  if ((code.code[at] & 0xff) !== Op.CALL) return;
  const marks = (code.genCalls ??= new Uint8Array(code.code.length));
  if (marks[at] === 0) marks[at] = mark;
}

/**
 * A call the loop did not handle inline: binding with keywords/defaults, builtins, bound
 * methods, classes, other backends. Returns the frame to switch to for a VM function, else
 * pushes the result and returns null. The callable and arguments are regs[base..f.sp).
 */
export function callGeneric(f: VMFrame, base: number, argStart: number, kw: string[] | null, at: number): VMFrame | null {
  const regs = f.regs;
  const sp = f.sp;
  const callable = argStart === base + 2 ? regs[base + 1] : regs[base];
  if (callable instanceof PyObj && !(callable instanceof PyFunction) && !(callable instanceof PyType)) {
    // A bound method of a VM function (cb = obj.m; cb(x)) or an instance whose class's
    // __call__ is one: the function's frame, self first, is pushed here too.
    let fn: PyObject | undefined;
    let self: PyObject;
    if (callable instanceof PyMethod) {
      fn = callable.func;
      self = callable.self;
    } else {
      fn = slotCallsDunder(callable.cls, 'call') ? callable.cls.lookup('__call__') : undefined;
      self = callable;
    }
    if (fn !== undefined && isPlainVMFunction(fn)) {
      const nf = argumentFrame(fn, fn.code as VMCode, self, regs, argStart, sp - argStart, kw);
      if (kw === null && callable instanceof PyMethod) markPyGeneric(f.code, at);
      else markCall(f.code, at, 4);
      f.sp = base;
      return enterFrame(interp(), f, nf);
    }
  }
  if (isPlainVMFunction(callable)) {
    const c2 = callable.code as VMCode;
    const n = sp - argStart;
    const nf = argumentFrame(callable, c2, undefined, regs, argStart, n, kw);
    specializeCall(f.code, at, callable, n, kw);
    if (kw === null) markPyGeneric(f.code, at);
    f.sp = base;
    return enterFrame(interp(), f, nf);
  }
  if (kw === null && argStart === base + 2 && callable instanceof PyFunction && callable.code instanceof VMCode && callable.code.genArgs === sp - argStart) {
    // A generator function called with exactly its positional parameters: compiled code makes
    // the generator there itself (jit.ts genMake; genCalls mark 3).
    markCall(f.code, at, 3);
  }
  if (callable instanceof PyType && callable !== T.type && typeOf(callable).slots.call === typeCall) {
    // type.__call__ in the loop when the __init__ that will run is a VM function: __new__
    // here (object.__new__ inlined, or the class's own), then the __init__ frame is pushed
    // and its result replaced by the instance (RETURN_VALUE), as typeCall does it.
    const init = callable.lookup('__init__');
    if (isPlainVMFunction(init)) {
      const objectNewFn = T.object.dict.getStr('__new__');
      const newFn = callable.lookup('__new__');
      // (BaseException.__new__ is an allocation too, which sets args: exception classes with a
      // Python __init__ are instantiated the same way, CALL_ALLOC_AND_ENTER_INIT's cacheB flag.)
      const excNew = kw === null && newFn !== undefined && newFn === E.BaseException.dict.getStr('__new__');
      let obj: PyObject;
      if (callable.alloc !== null && (newFn === objectNewFn || excNew) && !abstractTypes.has(callable)) {
        specializeClassCall(f.code, at, callable, init, sp - argStart, kw, excNew);
        obj = callable.alloc(callable);
        if (excNew) (obj as PyBaseException).args = new PyTuple(regs.slice(argStart, sp));
      } else {
        obj = typeCallNew(callable, regs.slice(argStart, sp), kw);
      }
      // (Still generic when the class call could not specialise: run, so compiled code keeps
      // its generic form instead of leaving there to have it specialised.)
      markCall(f.code, at, 4);
      const t = typeOf(obj);
      if (!t.isSubtype(callable)) {
        regs[base] = obj;
        f.sp = base + 1;
        return null;
      }
      const init2 = t === callable ? init : t.lookup('__init__');
      if (isPlainVMFunction(init2)) {
        const c2 = init2.code as VMCode;
        const nf = argumentFrame(init2, c2, obj, regs, argStart, sp - argStart, kw);
        nf.initSelf = obj;
        f.sp = base;
        return enterFrame(interp(), f, nf);
      }
      typeCallInit(obj, init2, regs.slice(argStart, sp), kw);
      regs[base] = obj;
      f.sp = base + 1;
      return null;
    }
  }
  if (kw === null && (callable instanceof PyBuiltinFunction ? callable.fn === builtinNext && (sp - argStart === 1 || sp - argStart === 2) : callable === genSend() && argStart === base + 1 && sp - argStart === 2)) {
    // next(g), next(g, default) and g.send(v) on a VM generator resume its frame in this loop
    // (never specialised). next()'s default waits in the result slot (Resume.CALL_DEFAULT).
    const g = regs[argStart];
    if (g instanceof PyGenerator && g.cls === T.generator) {
      const dflt = callable !== genSend() && sp - argStart === 2 ? regs[argStart + 1] : undefined;
      if (g.finished && !g.running) {
        // An exhausted generator: next(g, d) gives d; next(g) and g.send(v) raise StopIteration
        // softly, the dispatch loop raising it without a JS throw (native.ts softRaise).
        if (dflt !== undefined) {
          regs[base] = dflt;
          f.sp = base + 1;
        } else softRaise.exc = newException(E.StopIteration, []);
        return null;
      }
      f.sp = base;
      const gf = resumeInline(f, g, dflt !== undefined ? Resume.CALL_DEFAULT : Resume.CALL, dflt === undefined && sp - argStart === 2 ? regs[argStart + 1] : None);
      if (gf !== null) {
        if (dflt !== undefined) regs[base] = dflt;
        const code = f.code;
        (code.genCalls ??= new Uint8Array(code.code.length))[at] = 1;
        return gf;
      }
      f.sp = sp;
    }
    markCall(f.code, at, 4);
    regs[base] = call(callable, regs.slice(argStart, sp), null);
    f.sp = base + 1;
    return null;
  }
  const method = callable instanceof PyMethodDescriptor && argStart === base + 1 && kw === null;
  if (method || callable instanceof PyBuiltinFunction || callable instanceof PyType) specializeCall(f.code, at, callable, sp - argStart, kw, method);
  // (Still a generic CALL when specializeCall declined or there was nothing to specialise.)
  markCall(f.code, at, 4);
  const r = method
    ? (callable as PyMethodDescriptor).fn(regs[argStart], regs.slice(argStart + 1, sp), null)
    : callable instanceof PyBuiltinFunction
      ? callable.fn(regs.slice(argStart, sp), kw)
      : call(callable, regs.slice(argStart, sp), kw);
  regs[base] = r;
  f.sp = base + 1;
  return null;
}

let genSendMethod: PyObject | undefined;

/** generator.send, whose calls (like next()'s) callGeneric resumes inline. */
function genSend(): PyObject | undefined {
  return (genSendMethod ??= T.generator.dict.getStr('send'));
}

// ---- temporary generators (for x in gen(): ...) -------------------------------------------------------

/**
 * Generators a `for` statement created for itself (`temporary`). Nothing else refers to them,
 * so when the loop is left early CPython's reference counting finalizes them at once (running
 * their finally blocks); the VM closes them when it drops them from the stack.
 */
export function closeTemporary(g: PyGenerator): void {
  g.temporary = false;
  if (g.finished) return;
  // (An async generator goes to its finalizer: asyncio schedules its aclose(); a generator is
  // closed, an exception from that unraisable.)
  if (g.cls === T.async_generator) dropAsyncGen(g);
  else dropTemporary(g);
}

/**
 * Unwinding pops the value stack regs[from..to) top first (CPython's exception_unwind), so the
 * temporary generators of nested `for` loops close innermost first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function dropTemporaries(regs: any[], from: number, to: number): void {
  for (let k = to - 1; k >= from; k--) {
    const v = regs[k];
    if (v instanceof PyGenerator && v.temporary) {
      try {
        closeTemporary(v);
      } catch {
        // An exception while finalizing is unraisable (CPython prints and ignores it).
      }
    }
  }
}

// ---- exception unwinding -------------------------------------------------------------------------------

/**
 * An exception `err` raised at f.pc - 1: finds the handler in `f` or a calling frame of this
 * loop (leaving frames: traceback entries, recursion depth, frame pointer) and returns the
 * frame to continue in (its pc/sp set); rethrows when it leaves `entry` (returns null instead for `inLoop`).
 */
export function unwind(entry: VMFrame, f: VMFrame, err: unknown, inLoop: true): VMFrame | null;
export function unwind(entry: VMFrame, f: VMFrame, err: unknown): VMFrame;
export function unwind(entry: VMFrame, f: VMFrame, err: unknown, inLoop = false): VMFrame | null {
  const it = interp();
  let exc: PyBaseException;
  try {
    exc = asPyException(err);
  } catch (fatal) {
    // Not a Python exception: leave the frames of this loop and let it through.
    while (f !== entry) {
      if (f.gen !== null) leaveInline(f, null);
      it.depth--;
      it.frame = f.back;
      if (f.gen !== null) f.back = null;
      const c = f.caller!;
      f.caller = null;
      f = c;
    }
    unwindFlags.skipTb = false;
    unwindFlags.raised = false;
    unwindFlags.tbLasti = -1;
    throw fatal;
  }
  // An exception a callee re-raised (a bare `raise`: no entry of its own) reaching its caller
  // gets the caller's entry even when the traceback's last one is of the caller already (it
  // had caught it): CPython's PyTraceBack_Here at the failed call. So does every exception
  // this loop carries from a frame to its caller.
  let fromCallee = unwindFlags.reraisedOut === exc;
  unwindFlags.reraisedOut = null;
  for (;;) {
    const code = f.code;
    const regs = f.regs;
    const faultPc = f.pc - 1;
    const lasti = unwindFlags.tbLasti >= 0 ? unwindFlags.tbLasti : faultPc;
    unwindFlags.tbLasti = -1;
    f.lasti = lasti;
    const h = faultPc >= 0 ? code.handlerOf[faultPc] : -1;
    if (h < 0 && f.initSelf === FOR_PENDING && typeOf(exc).isSubtype(E.StopIteration)) {
      // The __next__ of a FOR_ITER_PY raised StopIteration: the caller's loop ends (no
      // traceback entry: the exception is dropped, as CPython's FOR_ITER clears it).
      unwindFlags.skipTb = false;
      unwindFlags.raised = false;
      if (f.sp > code.nlocalsplus) dropTemporaries(regs, code.nlocalsplus, f.sp);
      it.depth--;
      it.frame = f.back;
      const c = f.caller!;
      f.caller = null;
      releaseFrame(f);
      c.sp--;
      c.pc = c.code.code[c.pc - 1] >> 8;
      return c;
    }
    // The traceback (and so tb_frame.f_back) may reach this frame and its callers.
    if (f.escaped === false) pinFrame(f);
    const reraised = unwindFlags.skipTb;
    if (!reraised) {
      // A new exception while another is handled gets it as __context__ (CPython's
      // _PyErr_SetObject); `raise` statements chained already.
      if (exc.context === None && handled.length > 0 && !exc.contextSettled) chainContext(exc);
      addTracebackEntry(exc, f, code.co_filename, code.lineAt(lasti), code.co_name, unwindFlags.raised || fromCallee, code.positions[lasti] ?? null);
    }
    fromCallee = false;
    unwindFlags.skipTb = false;
    unwindFlags.raised = false;
    if (h >= 0) {
      const t = code.excTable;
      const b = h * 5;
      const depth = code.nlocalsplus + t[b + 3];
      if (f.sp > depth) dropTemporaries(regs, depth, f.sp);
      let sp = depth;
      // The handler's lasti is the frame's (a RERAISE restored it: CPython's prev_instr), so a
      // reraise from the handler reports the line of the first fault (PEP 626 f_lineno).
      if (t[b + 4]) regs[sp++] = lasti;
      regs[sp++] = exc;
      f.sp = sp;
      f.pc = t[b + 2];
      return f;
    }
    if (f.sp > code.nlocalsplus) dropTemporaries(regs, code.nlocalsplus, f.sp);
    if (f === entry) {
      unwindFlags.reraisedOut = reraised ? exc : null;
      // Raised by the loop without a throw (inLoop): it throws it, outside its try.
      if (inLoop) {
        unwindFlags.leaving = exc;
        return null;
      }
      throw exc;
    }
    // A generator resumed inline (generator-inline.ts) ends here; its caller goes on.
    if (f.gen !== null) {
      unwindFlags.reraisedOut = reraised ? exc : null;
      exc = leaveInline(f, exc);
    }
    it.depth--;
    it.frame = f.back;
    // (A generator frame that is not running has no f_back: generator.ts leaveGenFrame.)
    if (f.gen !== null) f.back = null;
    const c = f.caller!;
    f.caller = null;
    f = c;
    fromCallee = true;
  }
}

/**
 * Compiled code (jit.ts) raising `exc` at f.pc - 1, an instruction the frame has a handler for
 * (its exception table says so): `unwind` puts the frame at the handler (f.pc, f.sp), where the
 * compiled code goes on, instead of leaving for the interpreter to run the instruction again.
 */
export function raiseTo(f: VMFrame, exc: PyBaseException): void {
  unwind(f, f, exc, true);
}

/**
 * What a compiled function body returns when an exception it raised (or one raised in a body
 * it called directly) has no handler in its frame: the exception is `bodyRaise.exc`, the
 * frames are not unwound yet (the interpreter's current frame is the innermost, its position
 * set), and the body's caller raises it from there (`takeBodyRaise`): the dispatch loop, a
 * compiled caller (jit.ts directCall: its own handler, or on up), runEntry.
 */
export const RAISED = Object.freeze({ raised: true }) as unknown as PyObject;
export const bodyRaise = mutableRecord({ exc: null as PyBaseException | null });

/** The exception a body returned RAISED for, taken. */
export function takeBodyRaise(): PyBaseException {
  const e = bodyRaise.exc!;
  bodyRaise.exc = null;
  return e;
}

/** A compiled body's raise without a handler in its frame: RAISED, the exception kept. */
export function bodyRaised(exc: PyBaseException): PyObject {
  bodyRaise.exc = exc;
  return RAISED;
}

/** Compiled code whose direct call returned RAISED, with a handler in its frame for the call: unwinds to it. */
export function raiseFromCall(f: VMFrame): void {
  unwind(f, interp().frame as VMFrame, takeBodyRaise(), true);
}

/** RAISE_VARARGS 1 / 2 in compiled code: the exception `raise value [from cause]` raises. */
export function raised(value: PyObject, cause: PyObject | null): PyBaseException {
  const exc = makeRaisable(value);
  if (cause !== null) setCause(exc, cause);
  chainContext(exc);
  unwindFlags.raised = true;
  return exc;
}

/** RERAISE in compiled code: `exc` raised again (no new traceback entry; the frame's lasti when lasti >= 0). */
export function reraised(exc: PyObject, lasti: number): PyBaseException {
  if (lasti >= 0) unwindFlags.tbLasti = lasti;
  unwindFlags.skipTb = true;
  return exc as PyBaseException;
}

/** A missing key of an exact dict (compiled BINARY_SUBSCR_DICT). */
export function keyError(k: PyObject): PyBaseException {
  return newException(E.KeyError, [k]);
}

/** An index out of range of an exact list or tuple (compiled BINARY_SUBSCR_*_INT). */
export function indexError(o: PyObject): PyBaseException {
  return newError(E.IndexError, o instanceof PyList ? 'list index out of range' : 'tuple index out of range');
}

// ---- the out-of-line instructions ---------------------------------------------------------------------

export function slowOp(f: VMFrame, w: number): VMFrame | null {
  const regs = f.regs;
  const code = f.code;
  const names = code.co_names;
  let sp = f.sp;
  const arg = w >> 8;
  // The frame's line while the operation runs (it may run Python code that reads f_lineno).
  f.lasti = f.pc - 1;
  switch (w & 0xff) {
    case Op.DELETE_FAST: {
      const old = regs[arg];
      if (old === undefined) throw unboundLocal(code.localsplusNames[arg]);
      regs[arg] = undefined;
      droppedByDel(old);
      break;
    }
    case Op.DELETE_DEREF: {
      const cell = regs[arg] as PyCell;
      const old = cell.value;
      if (old === undefined) throw unboundDeref(code, arg);
      cell.value = undefined;
      droppedByDel(old);
      break;
    }
    case Op.LOAD_CLASSDEREF:
      regs[sp++] = loadClassDeref(f, arg);
      break;
    case Op.DELETE_GLOBAL: {
      const name = names[arg];
      const old = f.globals.delete(name);
      if (old === undefined) throw nameError(name);
      droppedByDel(old);
      break;
    }
    case Op.DELETE_NAME:
      droppedByDel(deleteName(f, names[arg]));
      break;
    case Op.DELETE_ATTR: {
      const o = regs[--sp];
      const old = peekAttr(o, names[arg]);
      setAttr(o, names[arg], null);
      droppedAttr(o, names[arg], old);
      break;
    }
    case Op.UNARY_POSITIVE:
      regs[sp - 1] = unaryOp(regs[sp - 1], 'pos');
      break;
    case Op.UNARY_INVERT:
      regs[sp - 1] = unaryOp(regs[sp - 1], 'invert');
      break;
    case Op.DELETE_SUBSCR: {
      const k = regs[--sp];
      const c = regs[--sp];
      const old = peekItem(c, k);
      if (old === undefined && c instanceof PyDict && c.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) {
        // del d[k] of a missing str or int key of an exact dict: KeyError raised softly, the
        // dispatch loop raising it without a JS throw (native.ts softRaise).
        softRaise.exc = newException(E.KeyError, [k]);
        break;
      }
      setItem(c, k, null);
      droppedByDel(old);
      break;
    }
    case Op.BUILD_SLICE: {
      if (arg === 3) {
        const step = regs[--sp];
        const stop = regs[--sp];
        regs[sp - 1] = factories.newSlice(regs[sp - 1], stop, step);
      } else {
        const stop = regs[--sp];
        regs[sp - 1] = factories.newSlice(regs[sp - 1], stop, None);
      }
      break;
    }
    case Op.BUILD_SET:
      sp -= arg;
      regs[sp] = newSet(arg === 0 ? [] : regs.slice(sp, sp + arg));
      sp++;
      break;
    case Op.BUILD_MAP: {
      // f(**kwargs)'s dict (BUILD_MAP 0, a load, DICT_MERGE) only carries the keywords: a
      // key-sharing one, with no index of its own to build.
      const d = arg === 0 && (code.original[f.pc + 1] & 0xff) === Op.DICT_MERGE ? newSharedDict() : new PyDict();
      sp -= 2 * arg;
      for (let i = 0; i < arg; i++) d.set(regs[sp + 2 * i], regs[sp + 2 * i + 1]);
      regs[sp++] = d;
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = (regs[--sp] as PyTuple).items;
      sp -= arg;
      const shape = literalShape(keys);
      if (shape !== null) {
        regs[sp] = newLiteralDict(shape, regs, sp);
        sp++;
        break;
      }
      const d = new PyDict();
      for (let i = 0; i < arg; i++) {
        const k = keys[i];
        if (typeof k === 'string') d.setStr(k, regs[sp + i]);
        else d.set(k, regs[sp + i]);
      }
      regs[sp++] = d;
      break;
    }
    case Op.BUILD_STRING: {
      let s = '';
      sp -= arg;
      for (let i = 0; i < arg; i++) s += regs[sp + i] as string;
      regs[sp++] = flatStr(s);
      break;
    }
    case Op.SET_ADD: {
      const v = regs[--sp];
      factories.setAdd(regs[sp - arg], v);
      break;
    }
    case Op.MAP_ADD: {
      const v = regs[--sp];
      const k = regs[--sp];
      (regs[sp - arg] as PyDict).set(k, v);
      break;
    }
    case Op.LIST_EXTEND: {
      const v = regs[--sp];
      listExtend(regs[sp - arg] as PyList, v);
      break;
    }
    case Op.SET_UPDATE: {
      const v = regs[--sp];
      setUpdate(regs[sp - arg], v);
      break;
    }
    case Op.DICT_UPDATE: {
      const v = regs[--sp];
      dictMerge(regs[sp - arg] as PyDict, v, null);
      break;
    }
    case Op.DICT_MERGE: {
      const v = regs[--sp];
      dictMerge(regs[sp - arg] as PyDict, v, regs[sp - arg - 2]);
      break;
    }
    case Op.LIST_TO_TUPLE:
      regs[sp - 1] = new PyTuple((regs[sp - 1] as PyList).items);
      break;
    case Op.UNPACK_SEQUENCE: {
      const v = regs[--sp];
      specializeUnpack(code, f.pc - 1, v, arg);
      const items = unpackSequence(v, arg);
      for (let i = arg - 1; i >= 0; i--) regs[sp++] = items[i];
      break;
    }
    case Op.UNPACK_EX: {
      const items = unpackEx(regs[--sp], arg & 0xff, arg >> 8);
      for (let i = items.length - 1; i >= 0; i--) regs[sp++] = items[i];
      break;
    }
    case Op.FORMAT_VALUE: {
      const spec = arg & 4 ? regs[--sp] : null;
      regs[sp - 1] = formatValue(regs[sp - 1], arg & 11, spec);
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      const kwd = arg & 1 ? (regs[--sp] as PyDict) : null;
      const argsObj = regs[--sp];
      const callable = regs[sp - 1];
      const { args: all, kwnames: kwn } = exCallArguments(callable, argsObj, kwd);
      if (isPlainVMFunction(callable)) {
        const c2 = callable.code as VMCode;
        const nf = argumentFrame(callable, c2, undefined, all, 0, all.length, kwn);
        f.sp = sp - 2;
        return enterFrame(interp(), f, nf);
      }
      if (callable instanceof PyMethod && isPlainVMFunction(callable.func)) {
        // obj.m(*args, **kw): the bound method's function, self first.
        const fn = callable.func;
        const nf = argumentFrame(fn, fn.code as VMCode, callable.self, all, 0, all.length, kwn);
        f.sp = sp - 2;
        return enterFrame(interp(), f, nf);
      }
      const r = call(callable, all, kwn);
      sp -= 2;
      regs[sp++] = r;
      break;
    }
    case Op.MAKE_FUNCTION: {
      const fcode = regs[--sp] as unknown as VMCode;
      const closure = arg & MF.CLOSURE ? regs[--sp] : null;
      const ann = arg & MF.ANNOTATIONS ? regs[--sp] : null;
      const kwdefaults = arg & MF.KWDEFAULTS ? regs[--sp] : null;
      const defaults = arg & MF.DEFAULTS ? regs[--sp] : null;
      regs[sp++] = makeFunction(fcode, arg, f, defaults, kwdefaults, ann, closure);
      break;
    }
    case Op.LOAD_BUILD_CLASS: {
      // CPython reads it from the frame's builtins at every class statement.
      regs[sp++] = lookupBuildClass(f.builtins);
      break;
    }
    case Op.LOAD_ASSERTION_ERROR:
      regs[sp++] = E.AssertionError;
      break;
    case Op.PUSH_EXC_INFO: {
      const exc = regs[sp - 1];
      regs[sp - 1] = handled.length > 0 ? handled[handled.length - 1] : None;
      regs[sp++] = exc;
      handled.push(exc as PyBaseException);
      break;
    }
    case Op.POP_EXCEPT:
      sp--;
      handled.pop();
      break;
    case Op.CHECK_EXC_MATCH:
      regs[sp - 1] = exceptionMatches(regs[sp - 2], regs[sp - 1]);
      break;
    case Op.CHECK_EG_MATCH: {
      const t = regs[--sp];
      const exc = regs[sp - 1] as PyBaseException;
      checkExceptStarType(t);
      const [match, rest] = splitExceptionGroup(exc, exc, (x: PyObject) => exceptionMatches(x, t), t);
      if (match === null) {
        regs[sp++] = None;
      } else {
        regs[sp - 1] = rest ?? None;
        regs[sp++] = match;
        if (handled.length > 0) handled[handled.length - 1] = match;
      }
      break;
    }
    case Op.PREP_RERAISE_STAR: {
      const list = (regs[--sp] as PyList).items;
      const orig = regs[sp - 1] as PyBaseException;
      const rest = list.length > 0 ? list[list.length - 1] : None;
      const raised: PyBaseException[] = [];
      for (let i = 0; i < list.length - 1; i++) if (list[i] !== None) raised.push(list[i] as PyBaseException);
      regs[sp - 1] = combineRaised(orig, raised, rest === None ? null : (rest as PyBaseException)) ?? None;
      break;
    }
    case Op.BEFORE_WITH:
    case Op.BEFORE_ASYNC_WITH: {
      const isAsync = (w & 0xff) === Op.BEFORE_ASYNC_WITH;
      if (!isAsync) {
        // A context manager whose __enter__ is a VM function taking (self): the bound
        // __exit__ replaces the manager, and __enter__'s frame is pushed (its result lands on
        // the stack on return).
        const mgr = regs[sp - 1];
        const enter = typeOf(mgr).lookup('__enter__');
        if (isPlainVMFunction(enter) && (enter.code as VMCode).simpleArgs && (enter.code as VMCode).co_argcount === 1) {
          const exit = typeOf(mgr).lookup('__exit__');
          if (exit !== undefined) {
            regs[sp - 1] = bindMethod(exit, mgr);
            const nf = argumentFrame(enter, enter.code as VMCode, mgr, regs, sp, 0, null);
            f.sp = sp;
            return enterFrame(interp(), f, nf);
          }
        }
      }
      const [exit, res] = beforeWith(regs[sp - 1], isAsync);
      regs[sp - 1] = exit;
      regs[sp++] = res;
      break;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = regs[sp - 1];
      regs[sp] = call(regs[sp - 4], [typeOf(exc), exc, excTraceback(exc)]);
      sp++;
      break;
    }
    case Op.IMPORT_NAME: {
      const fromlist = regs[--sp];
      regs[sp - 1] = importStatement(names[arg], f.globals, f.builtins, f.locals, fromlist, Number(regs[sp - 1]));
      break;
    }
    case Op.IMPORT_FROM:
      regs[sp] = importFrom(regs[sp - 1], names[arg]);
      sp++;
      break;
    case Op.IMPORT_STAR: {
      const m = regs[--sp];
      const target = f.locals ?? f.globals;
      importStar(m, (k, v) => {
        if (target instanceof PyDict) target.setStr(k, v);
        else setItem(target, k, v);
      });
      break;
    }
    case Op.SETUP_ANNOTATIONS:
      setupAnnotations(f);
      break;
    case Op.PRINT_EXPR:
      displayHook(regs[--sp]);
      break;
    case Op.GET_YIELD_FROM_ITER: {
      const v = regs[sp - 1];
      if (v instanceof PyGenerator) {
        if (v.cls === T.coroutine && code.isGenerator && (code.co_flags & CoFlags.ITERABLE_COROUTINE) === 0) throw newError(E.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        break;
      }
      regs[sp - 1] = getIter(v);
      break;
    }
    case Op.SEND: {
      const v = regs[--sp];
      const receiver = regs[sp - 1];
      if (receiver instanceof PyGenerator) {
        f.sp = sp;
        const gf = resumeInline(f, receiver, Resume.SEND, v);
        if (gf !== null) return gf;
      }
      const res = send(regs[sp - 1], v);
      if (res === SendResult.RETURN) {
        regs[sp - 1] = sendValue.value;
        f.pc = arg;
      } else {
        regs[sp++] = sendValue.value;
      }
      break;
    }
    case Op.GET_AWAITABLE:
      regs[sp - 1] = getAwaitable(regs[sp - 1], arg);
      break;
    case Op.GET_AITER: {
      const ait = getAIter(regs[sp - 1]);
      // [arg] 1: `async for x in agen():`, the loop's own generator (dropped if left early).
      if (arg && ait instanceof PyGenerator && ait.cls === T.async_generator && !ait.started && ait === regs[sp - 1]) ait.temporary = true;
      regs[sp - 1] = ait;
      break;
    }
    case Op.GET_ANEXT:
      regs[sp] = getANext(regs[sp - 1]);
      sp++;
      break;
    case Op.END_ASYNC_FOR: {
      const exc = regs[--sp];
      if (exc instanceof PyBaseException && typeOf(exc).isSubtype(E.StopAsyncIteration)) {
        sp--;
        break;
      }
      f.sp = sp;
      unwindFlags.skipTb = true;
      throw exc;
    }
    case Op.ASYNC_GEN_WRAP:
      regs[sp - 1] = asyncGenWrap(regs[sp - 1]);
      break;
    case Op.MATCH_CLASS: {
      const kwNames = regs[--sp] as PyTuple;
      const cls = regs[--sp];
      regs[sp - 1] = matchClass(regs[sp - 1], cls, arg, kwNames);
      break;
    }
    case Op.MATCH_MAPPING:
      regs[sp] = isMatchMapping(regs[sp - 1]);
      sp++;
      break;
    case Op.MATCH_SEQUENCE:
      regs[sp] = isMatchSequence(regs[sp - 1]);
      sp++;
      break;
    case Op.MATCH_KEYS:
      regs[sp] = matchKeys(regs[sp - 2], regs[sp - 1] as PyTuple);
      sp++;
      break;
    case Op.GET_LEN:
      regs[sp] = lenOf(regs[sp - 1]);
      sp++;
      break;
    case Op.POP_ITER: {
      const iter = regs[--sp];
      if (iter instanceof PyGenerator && iter.temporary) closeTemporary(iter);
      break;
    }
    default:
      throw new Error(`vm: unknown opcode ${w & 0xff} at ${f.pc - 1} in ${code.co_qualname}`);
  }
  f.sp = sp;
  return null;
}

export { makeGenerator, PyMethod, PyTuple };
