// Generators and coroutines of the VM. The object is the runtime's generator type (the
// tree-walker's PyGenerator, so type(g), send/throw/close and the other backend's `yield from`
// treat both alike); its "jsgen" is an adapter that resumes the suspended VMFrame in the
// dispatch loop. The VM itself (SEND, FOR_ITER) resumes VM generators directly through
// `resumeGen`, which does the same bookkeeping as the shared resume path (running flag,
// recursion depth, frame pointer, handled-exception stack, StopIteration -> RuntimeError).
// throw()/close() on a generator delegating with `yield from`/`await` go to the delegate first
// (CPython's _gen_throw).

import { finalizersOn } from '../../src/objects/finalizers.js';
import { nextKeepsStopValue } from '../../src/objects/iterators.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { CoFlags, type PyFunction } from '../../src/objects/function.js';
import { PyBaseException, E, newError, newErrorFromCause, engineErrorAsPython, addTracebackEntry } from '../../src/objects/exception.js';
import { typeOf, typeError, getAttr, getAttrOrUndefined, call, iterNext } from '../../src/objects/protocol.js';
import { bindArguments } from '../../src/objects/arguments.js';
import { interp, type Interpreter } from '../../src/runtime/interpreter.js';
import { handled, chainThrown, delegateThrowArgs } from '../../src/runtime/exc-state.js';
import { PyGenerator, genSend, genThrow, genClose, setDelegateReader, enterGenerator } from '../treewalk/generator.js';
import { lookupSpecial, callFoundMethod } from '../../src/objects/dunder.js';
import type { Frame as TWFrame } from '../treewalk/frame.js';
import { Op } from './opcodes.js';
import type { VMCode } from './code.js';
import { VMFrame, packRegs, pinFrame, newRegs } from './frame.js';
import { runNested as run } from './vm.js';
import { compiledStep, startGenerator } from './jit.js';
import { asPyException, stopIterationValue } from './vm-support.js';
import { PyAsyncGenASend, PyAsyncGenAThrow, asendSend, athrowSend } from './asyncgen.js';
import { mutableRecord } from '../../src/runtime/mutable-fields.js';
import { newItems } from '../../src/objects/iterate.js';
import { unwindFlags } from './vm-slow.js';

export const enum SendResult { NEXT = 0, RETURN = 1 }
/** What SEND / resumeGen produced (a shared box: no pair allocated per resume). */
export const sendValue = mutableRecord({ value: None as PyObject });

/** The iterator protocol object PyGenerator drives: resumes the frame in the VM. */
class VMGenAdapter {
  constructor(readonly frame: VMFrame) {}
  next(v: PyObject): IteratorResult<PyObject, PyObject> {
    const r = resumeFrame(this.frame, false, v);
    return this.frame.yielded ? { done: false, value: r } : { done: true, value: r };
  }
  throw(e: unknown): IteratorResult<PyObject, PyObject> {
    const r = resumeFrame(this.frame, true, e as PyObject);
    return this.frame.yielded ? { done: false, value: r } : { done: true, value: r };
  }
  return(v: PyObject): IteratorResult<PyObject, PyObject> {
    return { done: true, value: v };
  }
  [Symbol.iterator](): VMGenAdapter {
    return this;
  }
}

export function isVMGenerator(g: PyGenerator): boolean {
  return g.jsgen instanceof VMGenAdapter;
}

/** Is the (started, unfinished) generator suspended inside `yield from` / `await`? (gi_yieldfrom) */
export function isDelegating(g: PyGenerator): boolean {
  if (!g.started || g.finished) return false;
  if (!isVMGenerator(g)) return g.delegate !== null;
  const f = g.frame as unknown as VMFrame;
  const w = f.code.code[f.pc - 1];
  return (w & 0xff) === Op.YIELD_VALUE && w >> 8 !== 0;
}

setDelegateReader((g) => {
  if (!isVMGenerator(g)) return g.finished ? None : g.delegate ?? None;
  if (!isDelegating(g)) return None;
  const f = g.frame as unknown as VMFrame;
  return f.regs[f.sp - 1] as PyObject;
});

/** T.generator, read once (the registry is a hash table to V8). */
let GEN: typeof T.generator | null = null;

/** Calling a generator / coroutine / async generator function: the object, frame not started. */
export function makeGenerator(code: VMCode, fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyGenerator {
  let regs;
  // (simpleArgs excludes generator code: its test is this one without *args/**kwargs.)
  if (kwnames === null && args.length === code.co_argcount && code.co_kwonlyargcount === 0 && (code.co_flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0) {
    // Exactly the positional parameters (a generator expression's iterator): straight into
    // their slots, as argumentFrame does for a call.
    regs = newRegs(code.frameSize);
    for (let i = 0; i < args.length; i++) regs[i] = args[i];
  } else {
    regs = packRegs(bindArguments(fn, code, args, kwnames, code.frameSize), code.frameSize);
  }
  return newGenerator(code, fn, regs);
}

/**
 * The generator (coroutine, async generator) of a call of `fn` whose arguments are bound in
 * `regs` (a new register file of code.frameSize): makeGenerator, and compiled code's call of a
 * generator function with exactly its positional parameters (jit.ts genMake).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function newGenerator(code: VMCode, fn: PyFunction, regs: any[]): PyGenerator {
  const frame = new VMFrame(code, regs, fn, fn.globals, fn.builtins, null);
  // (Counted for jit.ts startGenerator: its code is compiled once the function is hot.)
  code.calls++;
  if (code.suspendsInCleanup) finalizersOn();
  const kind = code.isCoroutine ? T.coroutine : code.isAsyncGenerator ? T.async_generator : (GEN ??= T.generator);
  const g = new PyGenerator(kind, frame as unknown as TWFrame, new VMGenAdapter(frame) as unknown as Generator<PyObject, PyObject, PyObject>, fn.name, fn.qualname);
  frame.gen = g;
  return g;
}

/** Resumes a suspended frame by sending `value` (or throwing it). Returns what it yielded or returned. */
function resumeFrame(frame: VMFrame, isThrow: boolean, value: PyObject): PyObject {
  if (!isThrow) {
    if (!frame.started && (startAtLoopHead(frame) || startGenerator(frame))) {
      // Not started, with its start compiled: as after a yield in a compiled loop.
      let r: PyObject | undefined;
      try {
        r = compiledStep(frame);
      } catch (e) {
        return run(frame, e as PyBaseException, interp().frame as VMFrame);
      }
      return r !== undefined ? r : run(frame, null, interp().frame as VMFrame);
    }
    if (frame.started) {
      frame.regs[frame.sp++] = value;
      // Suspended inside a compiled loop: that loop runs to the next yield, without a
      // dispatch loop (jit.ts); what it leaves goes on in one.
      if (atCompiledYield(frame)) {
        let r: PyObject | undefined;
        try {
          r = compiledStep(frame);
        } catch (e) {
          return run(frame, e as PyBaseException, interp().frame as VMFrame);
        }
        return r !== undefined ? r : run(frame, null, interp().frame as VMFrame);
      }
    }
    return run(frame, null);
  }
  const exc = value as PyBaseException;
  // The exception the generator is handling (its own part of the handled stack, put back by
  // enterGenFrame) becomes the context of what a throw() raises in its frame: the thrown
  // exception, or, suspended in `yield from` / `await`, whatever comes back from the delegate
  // it went to unchained first (CPython's _gen_throw).
  const saved = frame.gen !== null ? frame.gen.savedHandled : NO_HANDLED;
  const own = saved[saved.length - 1];
  if (frame.started) {
    const code = frame.code;
    const yw = code.code[frame.pc - 1];
    if ((yw & 0xff) === Op.YIELD_VALUE && yw >> 8 !== 0) return throwIntoDelegate(frame, exc, own);
  }
  chainThrown(exc, own);
  return run(frame, exc);
}

/** throw() while suspended in `yield from` / `await`: the delegate gets the exception first. */
function throwIntoDelegate(frame: VMFrame, exc: PyBaseException, own: PyBaseException | undefined): PyObject {
  const delegate = frame.regs[frame.sp - 1] as PyObject;
  if (typeOf(exc).isSubtype(E.GeneratorExit)) {
    let back = exc;
    try {
      closeIterator(delegate);
    } catch (e) {
      back = asPyException(e);
    }
    chainThrown(back, own);
    return run(frame, back);
  }
  // Only what the delegate raises ends the delegation with a StopIteration; the rest of the
  // generator's frame runs outside the try (a StopIteration from there, or the thrown one when
  // the delegate has no throw(), is the generator's own: "generator raised StopIteration").
  let y: PyObject;
  let m: PyObject | undefined;
  if (!(delegate instanceof PyGenerator)) {
    m = getAttrOrUndefined(delegate, 'throw');
    if (m === undefined) {
      chainThrown(exc, own);
      return run(frame, exc);
    }
  }
  let returned = false;
  let raised: PyBaseException | null = null;
  try {
    if (m !== undefined) y = call(m, delegateThrowArgs(exc));
    else if (isVMGenerator(delegate as PyGenerator)) {
      returned = resumeGen(delegate as PyGenerator, true, exc) === SendResult.RETURN;
      y = sendValue.value;
    } else {
      y = genThrow(delegate as PyGenerator, exc);
    }
  } catch (e) {
    raised = asPyException(e);
  }
  if (raised !== null) {
    if (typeOf(raised).isSubtype(E.StopIteration)) return finishDelegation(frame, stopIterationValue(raised));
    chainThrown(raised, own);
    return run(frame, raised);
  }
  if (returned) return finishDelegation(frame, y!);
  frame.yielded = true;
  return y!;
}

/** The delegate returned: continue after the SEND with its value (CPython jumps past the loop). */
function finishDelegation(frame: VMFrame, value: PyObject): PyObject {
  const sendWord = frame.code.code[frame.pc - 2];
  frame.regs[frame.sp - 1] = value;
  frame.pc = sendWord >> 8;
  return run(frame, null);
}

function closeIterator(it: PyObject): void {
  if (it instanceof PyGenerator) {
    genClose(it);
    return;
  }
  const close = getAttrOrUndefined(it, 'close');
  if (close !== undefined) call(close, []);
}

const KIND_WORD = (g: PyGenerator) => (g.cls === T.coroutine ? 'coroutine' : g.cls === T.async_generator ? 'async generator' : 'generator');
export const NO_HANDLED: PyBaseException[] = [];

/**
 * The generator's frame becomes the running one: the running flag, the frame pointer (its
 * f_back is the resumer), its own entries of the handled-exception stack put back. Returns
 * that stack's height below them, for leaveGenFrame. (The recursion depth is the caller's.)
 */
export function enterGenFrame(g: PyGenerator, frame: VMFrame, it: Interpreter): number {
  g.running = true;
  frame.back = it.frame;
  it.frame = frame;
  const base = handled.length;
  const saved = g.savedHandled;
  for (let i = 0; i < saved.length; i++) handled.push(saved[i]);
  return base;
}

/** The reverse of enterGenFrame: the generator looks suspended again. */
export function leaveGenFrame(g: PyGenerator, frame: VMFrame, it: Interpreter, base: number): void {
  g.savedHandled = handled.length === base ? NO_HANDLED : handled.splice(base);
  g.running = false;
  it.frame = frame.back;
  // A generator frame that is not running has no f_back (CPython: frame->previous is NULL),
  // suspended or finished.
  frame.back = null;
}

/**
 * Resumes a VM generator from the VM (SEND, FOR_ITER, throw into a delegate): NEXT with the
 * yielded value or RETURN with the return value, in sendValue.
 */
export function resumeGen(g: PyGenerator, isThrow: boolean, value: PyObject): SendResult {
  if (g.running) throw newError(E.ValueError, `${KIND_WORD(g)} already executing`);
  if (g.finished) {
    // CPython's gen_send_ex2: a finished coroutine refuses throw() as well as send().
    if (g.cls === T.coroutine) throw newError(E.RuntimeError, 'cannot reuse already awaited coroutine');
    if (isThrow) throw value;
    sendValue.value = None;
    return SendResult.RETURN;
  }
  if (!g.started && !isThrow && value !== None) typeError(`can't send non-None value to a just-started ${KIND_WORD(g)}`);
  const frame = g.frame as unknown as VMFrame;
  const it = interp();
  enterGenerator(g, it);
  g.started = true;
  const base = enterGenFrame(g, frame, it);
  try {
    const r = resumeFrame(frame, isThrow, value);
    sendValue.value = r;
    if (frame.yielded) return SendResult.NEXT;
    g.finished = true;
    return SendResult.RETURN;
  } catch (err) {
    g.finished = true;
    throw leaveGenerator(g, frame, err);
  } finally {
    leaveGenFrame(g, frame, it, base);
    it.depth--;
  }
}

/**
 * Every remaining item of a VM generator, for the natives that collect all of an iterable's
 * items before doing anything else with them (list(), tuple(), sorted(), str.join, unpacking:
 * iterateToArray). No user code can run between the resumes, so nothing can tell how they are
 * done: while the frame stands after a yield inside a compiled loop, the loop is run to the
 * next yield (compiledStep); otherwise the frame runs in one `run`, its YIELD_VALUEs appending
 * to the result and going on as if next() had resumed it (handing back when the frame stands
 * in a compiled loop again), instead of one nested `run` per item. undefined: not such a
 * generator, or running, or finished (the caller iterates it the usual way, errors included).
 */
export function drainGenerator(g: PyGenerator): PyObject[] | undefined {
  if (g.cls !== T.generator || !isVMGenerator(g) || g.running || g.finished) return undefined;
  const frame = g.frame as unknown as VMFrame;
  const it = interp();
  enterGenerator(g, it);
  g.started = true;
  const base = enterGenFrame(g, frame, it);
  const out: PyObject[] = newItems();
  let handBack = false;
  const sink = (v: PyObject): boolean => {
    out.push(v);
    if (atCompiledYield(frame)) {
      handBack = true;
      return false;
    }
    return true;
  };
  // A plain yield in a compiled loop appends too and the loop goes on (jit.ts).
  frame.csink = (v: PyObject): number => {
    out.push(v);
    return 0;
  };
  try {
    for (;;) {
      let fault: unknown = null;
      if (atCompiledEntry(frame)) {
        let v: PyObject | undefined;
        try {
          v = compiledStep(frame);
        } catch (e) {
          fault = e;
        }
        if (v !== undefined) {
          out.push(v);
          continue;
        }
        if (fault === null && returnsHere(frame, it)) break;
      }
      // The dispatch loop, from where the compiled code left the frame (or its start).
      handBack = false;
      frame.sink = sink;
      run(frame, fault as PyBaseException | null, it.frame as VMFrame);
      frame.sink = null;
      if (!handBack) break;
    }
    g.finished = true;
    return out;
  } catch (err) {
    g.finished = true;
    throw leaveGenerator(g, frame, err);
  } finally {
    frame.sink = null;
    frame.csink = null;
    leaveGenFrame(g, frame, it, base);
    it.depth--;
  }
}

/**
 * forEachItem (sum, any, all, min, max, ...) over a VM generator: `visit` each item until it
 * returns true. The frame runs for as many items as it can in one go instead of one resume per
 * item: in the dispatch loop its YIELD_VALUEs go to a sink, which visits the item and goes on
 * as if next() had resumed the frame; in a compiled loop of its own (jit.ts) a plain yield
 * calls the compiled sink (`csink`), and the loop goes on in the same activation. While `visit`
 * runs (it may run Python code: __add__, __bool__, a key function), the generator is
 * suspended as far as anyone can tell: not running, the frame pointer, recursion depth and
 * handled exceptions back to the consumer's, and no sink on the frame; an exception from
 * `visit` is the consumer's, raised after the frame is suspended, never inside it. If
 * `visit`'s code resumed or closed the generator meanwhile, the rest goes on from where that
 * left it. false: not such a generator (the caller iterates it).
 */
export function visitGenerator(g: PyGenerator, visit: (v: PyObject) => boolean | void, quick: ((v: PyObject) => boolean) | null = null): boolean {
  if (g.cls !== T.generator || !isVMGenerator(g) || g.running || g.finished) return false;
  const frame = g.frame as unknown as VMFrame;
  for (;;) {
    if (g.running || g.finished) {
      // (Resumed or closed by the visit's own code: the rest through next(), errors included.)
      for (let x = genNext(g); x !== undefined; x = genNext(g)) if (visit(x) === true) break;
      return true;
    }
    if (visitRun(g, frame, visit, quick)) return true;
  }
}

/**
 * A native consumer's next round of `frame` (drainGenerator, visitRun): after a yield, pushes
 * the value sent (None). True when the frame stands where its compiled loop goes on: after a
 * yield inside it, or, not started yet, at its head (startAtLoopHead).
 */
function atCompiledEntry(frame: VMFrame): boolean {
  if (!frame.started) return startAtLoopHead(frame) || startGenerator(frame);
  frame.regs[frame.sp++] = None;
  return atCompiledYield(frame);
}

/**
 * A generator expression's frame not started yet, whose loop (at instruction 1, after the
 * LOAD_FAST of its iterator, or 2 after a COPY_FREE_VARS) is compiled: does those and leaves
 * the frame at the loop's head, for `compiledStep`, so that its first round too runs compiled (true). A short
 * genexpr consumed by sum() or join() used to spend its first round, often most of its
 * rounds, in the dispatch loop.
 */
export function startAtLoopHead(frame: VMFrame): boolean {
  const code = frame.code;
  if (frame.pc !== 0 || code.loops === null) return false;
  // (A generator expression using a variable of the enclosing function starts by copying its
  // closure's cells into the frame: COPY_FREE_VARS, done here too.)
  const free = (code.original[0] & 0xff) === Op.COPY_FREE_VARS ? 1 : 0;
  const w = code.original[free];
  if ((w & 0xff) !== Op.LOAD_FAST || w >> 8 !== 0) return false;
  const loop = code.loops.get(free + 1);
  const v = frame.regs[0];
  if (loop === undefined || loop === null || v === undefined) return false;
  const regs = frame.regs;
  if (free === 1) {
    const n = code.original[0] >> 8;
    const closure = frame.fn!.closure!;
    const off = code.nlocalsplus - n;
    for (let i = 0; i < n; i++) regs[off + i] = closure[i];
  }
  regs[frame.sp++] = v;
  frame.pc = free + 1;
  frame.started = true;
  return true;
}

/**
 * After its compiled loop left `frame` (a generator's, run by a native consumer whose caller
 * ignores the return value): whether the frame stands at a `return` of a bound value, with no
 * callee's frame pushed, so that the consumer can finish it there instead of entering the
 * dispatch loop for that one instruction (a generator expression's `return None` after its
 * loop, once per generator).
 */
function returnsHere(frame: VMFrame, it: Interpreter): boolean {
  if (it.frame !== frame) return false;
  const w = frame.code.code[frame.pc];
  switch (w & 0xff) {
    case Op.LOAD_CONST__RETURN_VALUE: return true;
    case Op.RETURN_VALUE: return frame.sp > frame.code.nlocalsplus;
    case Op.LOAD_FAST__RETURN_VALUE: return frame.regs[w >> 8] !== undefined;
  }
  return false;
}

/** Whether suspended `frame` stands after a yield inside a compiled loop. */
function atCompiledYield(frame: VMFrame): boolean {
  const marks = frame.code.resume;
  return marks !== null && marks[frame.pc] >= 0;
}

/**
 * visitGenerator's run of the frame: true when done (the generator finished, or `visit` asked to
 * stop), false when `visit`'s code moved the generator (it is to be resumed again).
 */
function visitRun(g: PyGenerator, frame: VMFrame, visit: (v: PyObject) => boolean | void, quick: ((v: PyObject) => boolean) | null): boolean {
  const it = interp();
  let base = 0;
  let inside = false;
  const enter = () => {
    base = enterGenFrame(g, frame, it);
    inside = true;
  };
  const leave = () => {
    leaveGenFrame(g, frame, it, base);
    inside = false;
  };
  let stop = false;
  let failed = false;
  let error: unknown;
  let moved = false;
  /** Visits the item of the yield the frame stands after, suspended; true: go on (inside again). */
  const take = (v: PyObject): boolean => {
    const pc = frame.pc;
    leave();
    it.depth--;
    try {
      stop = visit(v) === true;
    } catch (e) {
      failed = true;
      error = e;
    } finally {
      it.depth++;
    }
    if (stop || failed) return false;
    if (g.running || g.finished || frame.pc !== pc) {
      moved = true;
      return false;
    }
    enter();
    return true;
  };
  // The dispatch loop's sink: at a yield after which a compiled loop goes on, it hands back
  // (false: the run returns) so that the loop is resumed with the compiled sink.
  let handBack = false;
  const sink = (v: PyObject): boolean => {
    frame.sink = null;
    // (An item `quick` takes needs no suspension: the frame goes on as it is.)
    if (!(quick !== null && quick(v)) && !take(v)) return false;
    if (atCompiledYield(frame)) {
      handBack = true;
      return false;
    }
    frame.sink = sink;
    return true;
  };
  const csink = (v: PyObject): number => {
    if (quick !== null && quick(v)) return 0;
    frame.csink = null;
    if (take(v)) {
      frame.csink = csink;
      return 0;
    }
    return moved ? 2 : 1;
  };
  enterGenerator(g, it);
  g.started = true;
  enter();
  try {
    for (;;) {
      let fault: unknown = null;
      if (atCompiledEntry(frame)) {
        // Its compiled loop, the yields there taken inline, to where it leaves.
        let v: PyObject | undefined;
        frame.csink = csink;
        try {
          v = compiledStep(frame);
        } catch (e) {
          fault = e;
        }
        frame.csink = null;
        if (!inside) break;
        if (v !== undefined) {
          // (A yield it left to compiledStep: visited here.)
          if (!take(v)) break;
          continue;
        }
        if (fault === null && returnsHere(frame, it)) {
          g.finished = true;
          break;
        }
      }
      // The dispatch loop, from where the compiled code left the frame (or its start, or after
      // a yield the sink handed back at).
      handBack = false;
      frame.sink = sink;
      run(frame, fault as PyBaseException | null, it.frame as VMFrame);
      frame.sink = null;
      if (!inside) break;
      if (!handBack) {
        // The frame returned (every yield went to the sink, which leaves it when it does not take a value).
        g.finished = true;
        break;
      }
    }
  } catch (err) {
    if (inside) {
      g.finished = true;
      leave();
      throw leaveGenerator(g, frame, err);
    }
    throw err;
  } finally {
    frame.sink = null;
    frame.csink = null;
    if (inside) leave();
    it.depth--;
  }
  if (failed) throw error;
  return !moved || stop;
}

/** An exception leaving a generator frame: StopIteration becomes RuntimeError (PEP 479); traceback entry. */
export function leaveGenerator(g: PyGenerator, frame: VMFrame, err: unknown): unknown {
  if (!(err instanceof PyBaseException)) {
    const r = engineErrorAsPython(err);
    if (r === undefined) return err;
    err = r;
  }
  const e = err as PyBaseException;
  if (frame.escaped === false) pinFrame(frame);
  // (An exception the frame re-raised, e.g. the group an except* built, gets no entry for it.)
  if (unwindFlags.reraisedOut !== e) addTracebackEntry(e, frame, frame.code.co_filename, frame.line, frame.code.co_name, false, frame.started ? frame.code.positions[frame.lasti] ?? null : null);
  unwindFlags.reraisedOut = null;
  // PEP 479: the RuntimeError is made after the frame is gone (CPython's gen_send_ex2), so its
  // traceback starts at the caller; the StopIteration, its cause, keeps the frame's entry.
  if (typeOf(e).isSubtype(E.StopIteration)) return newErrorFromCause(E.RuntimeError, `${KIND_WORD(g)} raised StopIteration`, e);
  if (g.cls === T.async_generator && typeOf(e).isSubtype(E.StopAsyncIteration)) return newErrorFromCause(E.RuntimeError, 'async generator raised StopAsyncIteration', e);
  return e;
}

/** SEND: one step of `yield from` / `await` on any receiver. */
export function send(receiver: PyObject, v: PyObject): SendResult {
  if (receiver instanceof PyGenerator) {
    if (isVMGenerator(receiver)) return resumeGen(receiver, false, v);
    try {
      sendValue.value = genSend(receiver, v);
      return SendResult.NEXT;
    } catch (e) {
      if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) {
        sendValue.value = stopIterationValue(e);
        return SendResult.RETURN;
      }
      throw e;
    }
  }
  try {
    if (receiver instanceof PyAsyncGenASend) {
      sendValue.value = asendSend(receiver, v);
      return SendResult.NEXT;
    }
    if (receiver instanceof PyAsyncGenAThrow) {
      sendValue.value = athrowSend(receiver, v);
      return SendResult.NEXT;
    }
    if (v === None && typeOf(receiver).slots.iternext !== undefined) {
      // A Python-level __next__ is called directly: its StopIteration(value) is the result.
      if (nextKeepsStopValue(typeOf(receiver))) {
        sendValue.value = callFoundMethod(lookupSpecial(receiver, '__next__')!, receiver, []);
        return SendResult.NEXT;
      }
      const r = iterNext(receiver);
      if (r === undefined) {
        sendValue.value = None;
        return SendResult.RETURN;
      }
      sendValue.value = r;
      return SendResult.NEXT;
    }
    sendValue.value = call(getAttr(receiver, 'send'), [v]);
    return SendResult.NEXT;
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) {
      sendValue.value = stopIterationValue(e);
      return SendResult.RETURN;
    }
    throw e;
  }
}

/** FOR_ITER on a generator: the next value, undefined when it finished. */
export function genNext(g: PyGenerator): PyObject | undefined {
  if (isVMGenerator(g)) {
    return resumeGen(g, false, None) === SendResult.RETURN ? undefined : sendValue.value;
  }
  return iterNext(g);
}

/** A value yielded by an async generator (as opposed to one passed up by an await). */
export class AsyncGenWrapped extends PyObj {
  constructor(readonly value: PyObject) {
    super(T.object, null);
  }
}

export function asyncGenWrap(v: PyObject): PyObject {
  return new AsyncGenWrapped(v);
}
