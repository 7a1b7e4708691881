// Generators resumed inside the running dispatch loop (as CPython 3.12 does): FOR_ITER_GEN,
// SEND, next(g) and g.send(v) push the generator's suspended frame on the frame that resumes
// it and switch to it, with no nested `run` on the JS stack. YIELD_VALUE in such a frame pops
// back to that caller, which takes the value; RETURN_VALUE finishes the generator and the
// caller takes the end as its instruction requires (the loop's exit, the `yield from` result,
// or StopIteration(value)); an exception leaving it goes through `unwind`, which calls
// `leaveInline` (PEP 479). The bookkeeping is resumeGen's (generator.ts): the running and
// finished flags, recursion depth, the frame pointer and the generator's own entries of the
// handled-exception stack.
// A frame resumed from outside the loop (a native caller, throw(), close()) is an entry frame
// of a nested `run` as before; `caller` is non-null only while a frame runs inline.

import type { PyObject } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import type { PyBaseException } from '../../src/objects/exception.js';
import { interp } from '../../src/runtime/interpreter.js';
import { handled } from '../../src/runtime/exc-state.js';
import { enterGenerator, type PyGenerator } from '../treewalk/generator.js';
import { VMFrame } from './frame.js';
import { leaveGenerator, enterGenFrame, leaveGenFrame, NO_HANDLED } from './generator.js';

/** How the resuming instruction takes the generator's next value or its end. */
export const enum Resume {
  /** FOR_ITER_GEN: a value is the loop's next item; the end leaves the loop. */
  FOR = 1,
  /** SEND (`yield from` / `await`): a value is passed up; the end is the expression's value. */
  SEND = 2,
  /** next(g) / g.send(v): a value is the call's result; the end raises StopIteration(value). */
  CALL = 3,
  /**
   * next(g, default): a value is the call's result; at the end the default is, which the
   * caller keeps in the register just above its stack top (the call's result slot).
   */
  CALL_DEFAULT = 4,
}

/** T.async_generator, read once (the registry is a hash table to V8: a lookup per resume). */
let AGEN: PyObject | null = null;

/**
 * Pushes generator `g`'s frame on `caller` (whose pc and sp are saved) with `value` sent in,
 * and returns it: the loop switches to it at its saved pc and sp. Returns null when `g` is not
 * resumed that way (another backend's or an async generator, running, finished, or a non-None
 * value sent to an unstarted one): the instruction's generic path handles it, errors included.
 */
export function resumeInline(caller: VMFrame, g: PyGenerator, mode: Resume, value: PyObject): VMFrame | null {
  const frame = g.frame as unknown;
  if (!(frame instanceof VMFrame) || g.running || g.finished || g.cls === (AGEN ??= T.async_generator)) return null;
  if (!g.started && value !== None) return null;
  const it = interp();
  enterGenerator(g, it);
  g.started = true;
  frame.handledBase = enterGenFrame(g, frame, it);
  frame.caller = caller;
  frame.resumeMode = mode;
  if (frame.started) frame.regs[frame.sp++] = value;
  frame.started = true;
  return frame;
}

/** The generator's frame leaves the loop (it yielded, returned or raised): its caller. */
function leave(frame: VMFrame, g: PyGenerator): VMFrame {
  const it = interp();
  leaveGenFrame(g, frame, it, frame.handledBase);
  it.depth--;
  const c = frame.caller!;
  frame.caller = null;
  return c;
}

/** YIELD_VALUE in an inline frame (its pc and sp saved): the frame to return to. */
export function suspendInline(frame: VMFrame): VMFrame {
  return leave(frame, frame.gen!);
}

/** RETURN_VALUE in an inline frame: the generator is finished; the frame to return to. */
export function finishInline(frame: VMFrame): VMFrame {
  const g = frame.gen!;
  g.finished = true;
  return leave(frame, g);
}

/**
 * `unwind` found no handler in an inline generator frame: the generator is finished and the
 * exception goes on in the caller (returned, as leaveInline left it); StopIteration becomes
 * RuntimeError (PEP 479). `unwind` then continues in the frame's caller. (null: a JS error
 * is leaving the loop; only the generator's state is settled.)
 */
export function leaveInline(frame: VMFrame, exc: PyBaseException | null): PyBaseException {
  const g = frame.gen!;
  g.finished = true;
  const base = frame.handledBase;
  g.savedHandled = handled.length === base ? NO_HANDLED : handled.splice(base);
  g.running = false;
  // (The frame pointer and depth: unwind moves them with the frame.)
  return leaveGenerator(g, frame, exc) as PyBaseException;
}
