// The dispatch loop. One function runs an entry frame and every Python frame it calls: a call
// to a VM function pushes a frame and switches to it without recursing on the JS stack;
// RETURN_VALUE pops back. Calls into natives (and other backends) recurse normally, and a
// native calling a VM function enters a new loop through VMCode.invoke; a class whose
// __init__ is a VM function is instantiated in the loop too. A Python exception is caught
// once per loop and handed to `unwind` (vm-slow.ts): the frame's exception table gives the
// handler and its stack depth; with no handler the frame is left (traceback entry, recursion
// depth) and the caller's table is tried, up to the entry frame, where it is rethrown to JS.
//
// Only the hot instructions are in this function (their bodies short); the rest run out of
// line in vm-slow.ts, which keeps the function small enough for V8 to optimise quickly and to
// inline what it calls (bench/vm, docs in index.ts). Specialised instructions (specialize.ts)
// sit next to their generic forms and fall back to them (deoptimising) when a guard fails.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PySet, setAdd, setContains } from '../../src/objects/set.js';
import { PyFloat } from '../../src/objects/float.js';
import { initAlloc, newFloat, newList, newTuple, newCell } from './alloc.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { strConcat } from '../../src/objects/str.js';
import type { PyType } from '../../src/objects/type.js';
import { T } from '../../src/objects/types.js';
import { None, NotImplemented } from '../../src/objects/singletons.js';
import { rebound, seqDropped, generatorFinished } from '../../src/runtime/early-finalize.js';
import { PyFunction, PyCell, PyMethod } from '../../src/objects/function.js';
import { PyBaseException, E, newError, newException } from '../../src/objects/exception.js';
import { numberFromStrOrError } from '../../src/objects/int-type.js';
import { typeOf, isTrue, unaryOp, contains, getIter, compareNumbers, richCompareRest } from '../../src/objects/protocol.js';
import type { CmpOp } from '../../src/objects/slots.js';
import { PyBuiltinFunction, PyMethodDescriptor, softRaise } from '../../src/objects/native.js';
import { typeCall, slotAt, setSlotAt } from '../../src/objects/class-create.js';
import { PyListIter, PyRangeIter, PySeqArrayIter, pairOut, stickyIterType, type PairNext } from '../../src/objects/iterators.js';
import { builtinNext } from '../../src/builtins/iteration.js';
import { interp, type Interpreter } from '../../src/runtime/interpreter.js';
import { chainContext, makeRaisable, setCause, reraise, currentHandled } from '../../src/runtime/exc-state.js';
import { PyModule } from '../../src/runtime/module.js';
import { PyGenerator, stopIteration } from '../treewalk/generator.js';
import { Op, NB } from './opcodes.js';
import { callNative, callNativeMethod, callIterNext, callPairNext } from './native-call.js';
import { superMethod, superSelf } from './super-method.js';
import { intBinary, genericOp, intTail, intCompareTail, intZeroDivision, floatOperand, binopUnsupported } from './vm-generic.js';
import { VMCode, setInvokeHook } from './code.js';
import { VMFrame, newRegs, argumentFrame, frameFor, releaseFrame, COMPARE_PENDING, FOR_PENDING, DISCARD_PENDING } from './frame.js';
import { unboundLocal, unboundDeref, storeWatched, popWatched, storeFastWatched, storeDerefWatched, callArgsDropped, storeAttrWatched, storeItemWatched } from './vm-support.js';
import { finalizers } from '../../src/objects/finalizers.js';
import { setClassBodyRunner } from '../../src/builtins/build-class.js';
import { genNext, makeGenerator } from './generator.js';
import { resumeInline, suspendInline, finishInline, Resume } from './generator-inline.js';
import { slowOp, callGeneric, unwind, enterFrame, unwindFlags, RAISED, takeBodyRaise } from './vm-slow.js';
import { enterLoop, resumeLoop, jitState, JIT_AFTER, BODY_AFTER, compileBody, direct } from './jit.js';
import type { BodyFn } from './jit.js';
import { stats, deopt, hit, missGeneric, numericSite, polyMeth, polyAttr, polyStore, surelyAbsent, MISS, Family } from './specialize.js';

// The builtin types the loop tests for, as module bindings: the registry `T` has so many
// properties that V8 keeps it as a hash table, and a lookup per instruction would cost.
let DICT: PyType;
let FLOAT: PyType;
let LIST: PyType;
let TUPLE: PyType;
let TUPLE_ITER: PyType;
let TYPE: PyType;
let SET: PyType;
let FROZENSET: PyType;

/** Called by the backend once the object model is installed. */
export function initVMTypes(): void {
  DICT = T.dict;
  FLOAT = T.float;
  LIST = T.list;
  TUPLE = T.tuple;
  TUPLE_ITER = T.tuple_iterator;
  TYPE = T.type;
  SET = T.set;
  FROZENSET = T.frozenset;
  initAlloc(LIST, TUPLE, T.cell);
}

/** The loop's shared tail: a FOR_ITER_* ran out (other `slow` values: specialize.ts's Family / MISS). */
const FOR_END = 100;
/** The shared tail: `raising` is raised at pc - 1 without a JS throw (found handler, or leave run). */
const RAISE = 101;
/** The shared tail: a conditional or fused jump went backward (a `while` loop's test, a comprehension's append): the loop compiler's entry (jit.ts). */
const BACK_EDGE = 102;
/** The shared tail: back at an instruction after a call or a yield inside a compiled loop (jit.ts code.resume). */
const RESUME = 103;
/** A call pushed a frame (f): its compiled body runs it (jit.ts), if it has one. */
const ENTERED = 104;
/** A specialised STORE_ATTR / STORE_SUBSCR once early finalization is on: the watched store (vm-support.ts storeAttrWatched). */
const STORE_WATCHED = 105;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * BINARY_OP_*_FLOAT when the operands are not two exact floats (those are inline): an int and a
 * float give the float result; two ints -- a site that mixes int and float values, moved to the
 * float form by numericSite -- give the int result (`/` a float). Undefined for anything else,
 * a zero divisor or an int result outside the safe range (the instruction then deoptimises).
 */
function mixedFloat(a: PyObject, b: PyObject, op: number): PyObject | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case Op.BINARY_OP_ADD_FLOAT: r = a + b; break;
      case Op.BINARY_OP_SUBTRACT_FLOAT: r = a - b; break;
      case Op.BINARY_OP_MULTIPLY_FLOAT: r = a * b; break;
      default: return b === 0 ? undefined : newFloat(a / b);
    }
    if (!Number.isSafeInteger(r)) return undefined;
    if (stats.counts !== null) hit(Family.BINARY_OP);
    return r === 0 ? 0 : r;
  }
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === undefined || y === undefined) return undefined;
  if (stats.counts !== null) hit(Family.BINARY_OP);
  switch (op) {
    case Op.BINARY_OP_ADD_FLOAT: return newFloat(x + y);
    case Op.BINARY_OP_SUBTRACT_FLOAT: return newFloat(x - y);
    case Op.BINARY_OP_MULTIPLY_FLOAT: return newFloat(x * y);
    default: return y === 0 ? undefined : newFloat(x / y);
  }
}

/**
 * COMPARE_OP_FLOAT when the operands are not two exact floats: an int (a safe integer, exact as
 * a double) against a float or another int, compared by value; undefined for anything else.
 */
function mixedCompare(a: PyObject, b: PyObject, cmp: number): boolean | undefined {
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === undefined || y === undefined) return undefined;
  if (stats.counts !== null) hit(Family.COMPARE_OP);
  return compareNumbers(x, y, cmp as CmpOp);
}

/**
 * A native call's argument array: regs[start .. start+n). Array literals for the common small
 * counts (optimised code allocates them inline; slice() is a call and a copy loop).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function argArray(regs: any[], start: number, n: number): PyObject[] {
  switch (n) {
    case 0: return [];
    case 1: return [regs[start]];
    case 2: return [regs[start], regs[start + 1]];
    case 3: return [regs[start], regs[start + 1], regs[start + 2]];
  }
  return regs.slice(start, start + n);
}

/**
 * `a <op> b` for two ints or two exact floats, for the fused instructions; undefined for other
 * operands or when the operation needs the general path (a big int result, a zero divisor).
 */
function numericBinary(a: PyObject, b: PyObject, nb: number): PyObject | undefined {
  const kind = nb >= NB.INPLACE ? nb - NB.INPLACE : nb;
  if (typeof a === 'number' && typeof b === 'number') {
    if (kind === NB.ADD) {
      const r = a + b;
      return r >= -MAX_SAFE && r <= MAX_SAFE ? r : undefined;
    }
    if (kind === NB.SUBTRACT) {
      const r = a - b;
      return r >= -MAX_SAFE && r <= MAX_SAFE ? r : undefined;
    }
    return intBinary(a, b, kind);
  }
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT) {
    const x = a.value;
    const y = b.value;
    switch (kind) {
      case NB.ADD: return newFloat(x + y);
      case NB.SUBTRACT: return newFloat(x - y);
      case NB.MULTIPLY: return newFloat(x * y);
      case NB.TRUE_DIVIDE: return y === 0 ? undefined : newFloat(x / y);
    }
  }
  return undefined;
}

/** `o[k]` for an exact list or tuple and an int index in range (the fused subscript loads); else undefined. */
function exactSeqItem(o: PyObject, k: PyObject): PyObject | undefined {
  if (typeof k === 'number' && ((o instanceof PyList && o.cls === LIST) || (o instanceof PyTuple && o.cls === TUPLE))) {
    const items = o.items;
    const j = k < 0 ? k + items.length : k;
    if (j >= 0 && j < items.length) return items[j];
  }
  return undefined;
}

/** Code that CALL_PY_EXACT_ARGS can enter directly: a VM function with simple parameters. */
function exactArgsCode(c: unknown): boolean {
  return c instanceof VMCode && c.simpleArgs;
}

function truthy(v: PyObject): boolean {
  return v === true ? true : v === false ? false : isTrue(v);
}

/** VMCode.invoke: a call from native code (or the other backend) into a VM function. */
function invoke(code: VMCode, fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  if (code.isGenerator || code.isCoroutine || code.isAsyncGenerator) return makeGenerator(code, fn, args, kwnames);
  const frame = argumentFrame(fn, code, undefined, args, 0, args.length, kwnames);
  if (code.body === null) {
    if (!jitState.enabled || (stats.counts !== null && !jitState.withStats) || ++code.calls !== BODY_AFTER || (code.body = compileBody(code)) === null) return runEntry(frame, runNested);
  }
  return runEntry(frame, runNested, code.body);
}

/** VMCode.invoke1 / invoke2: `invoke` with one or two positional arguments and no array. */
function invokeFixed(code: VMCode, fn: PyFunction, n: number, a: PyObject, b: PyObject | undefined): PyObject {
  if (!code.simpleArgs || code.co_argcount !== n || code.isGenerator || code.isCoroutine || code.isAsyncGenerator) return invoke(code, fn, n === 1 ? [a] : [a, b!], null);
  const frame = frameFor(code, fn);
  const regs = frame.regs;
  regs[0] = a;
  if (n === 2) regs[1] = b;
  if (code.body === null) {
    if (!jitState.enabled || (stats.counts !== null && !jitState.withStats) || ++code.calls !== BODY_AFTER || (code.body = compileBody(code)) === null) return runEntry(frame, runNested);
  }
  return runEntry(frame, runNested, code.body);
}
setInvokeHook(invoke, invokeFixed);

/**
 * Runs `frame` as an entry frame: recursion depth, the frame pointer, the loop. With `body`
 * (a function's compiled body, jit.ts: a sort key, a map function called from native code),
 * the body first, and the loop only for what the body leaves to it or for an exception it
 * raised (which the loop raises at the body's position, in the frame the body was in, for the
 * frames' handlers and tracebacks).
 */
export function runEntry(frame: VMFrame, loop: typeof run = run, body: BodyFn | null = null): PyObject {
  const it = interp();
  it.enter();
  frame.back = it.frame;
  it.frame = frame;
  let r: PyObject | undefined;
  let fault: unknown = null;
  if (body !== null) {
    frame.started = true;
    const depth0 = direct.depth;
    try {
      r = body(frame);
      // (Raised without a handler in the body's frames: `loop` raises it from there.)
      if (r === RAISED) {
        r = undefined;
        fault = takeBodyRaise();
      }
    } catch (e) {
      // (The body set its frame's position; `loop` raises the fault from there.)
      direct.depth = depth0;
      fault = e;
    }
  }
  try {
    if (r === undefined) r = loop(frame, fault as PyBaseException | null, it.frame as VMFrame);
    it.frame = frame.back;
    it.depth--;
    if (frame.locals === null && frame.gen === null) releaseFrame(frame, r);
    return r;
  } catch (e) {
    it.frame = frame.back;
    it.depth--;
    throw e;
  }
}

/**
 * What a frame pushed with an initSelf marker gives its caller `f` (f.pc, f.sp: after the
 * instruction that pushed it) when it returned `v` (RETURN_VALUE, or its compiled body): an
 * __init__'s instance, an operator dunder's result (NotImplemented: the TypeError, or for a
 * comparison the reflected dunder and identity), or undefined for nothing (a __setitem__).
 */
function markedReturn(initSelf: PyObject, v: PyObject, f: VMFrame): PyObject | undefined {
  const regs = f.regs;
  const sp = f.sp;
  const arg = f.code.code[f.pc - 1] >> 8;
  if (initSelf === NotImplemented) {
    if (v === NotImplemented) throw binopUnsupported(arg, regs[sp], regs[sp + 1]);
    return v;
  }
  if (initSelf === COMPARE_PENDING) {
    if (v !== NotImplemented) return v;
    f.lasti = f.pc - 1;
    return richCompareRest(regs[sp], regs[sp + 1], arg);
  }
  if (initSelf === DISCARD_PENDING) return undefined;
  if (initSelf === FOR_PENDING) return v;
  if (v !== None) throw newError(E.TypeError, `__init__() should return None, not '${typeOf(v).name}'`);
  return initSelf;
}

/** The class-body runner for __build_class__: the body function's code with `ns` as locals. */
function runClassBody(fn: PyFunction, ns: PyObject): PyObject | undefined {
  if (!(fn.code instanceof VMCode)) return undefined;
  const code = fn.code;
  const frame = new VMFrame(code, newRegs(code.frameSize), fn, fn.globals, fn.builtins, ns);
  return runEntry(frame);
}
setClassBodyRunner(runClassBody);

/**
 * Runs `entry` (and the frames it calls) until it returns or, for a generator frame, yields
 * (entry.yielded tells which). `throwIn` is raised at the frame's current instruction first.
 */
export function run(entry: VMFrame, throwIn: PyBaseException | null, start: VMFrame = entry): PyObject {
  const it: Interpreter = interp();
  const counts = stats.counts;
  let f = start;
  let code = f.code;
  let ops = code.code;
  let regs = f.regs;
  let consts = code.co_consts;
  let names = code.co_names;
  let pc = f.pc;
  let sp = f.sp;
  let kwnames: string[] | null = null;
  let pending: unknown = throwIn;
  let slow = 0;
  // A Python exception raised by an instruction without a JS throw (about 0.2 us each in V8):
  // `raising` goes to unwind in the shared tail; `escaping` has no handler in this run.
  let raising: PyBaseException | null = null;
  let escaping: PyBaseException | null = null;
  // Hot loops run compiled (jit.ts); not under --stats, which counts every instruction.
  const jit = (counts === null || jitState.withStats) && jitState.enabled;
  // Compiled code this loop called is running (a compiled loop, or a body called at ENTERED):
  // an exception from it is a compiled fault, raised at the position it set (jit.ts).
  let inCompiled = false;
  const depth0 = direct.depth;
  f.started = true;
  entry.yielded = false;

  for (;;) {
    if (escaping !== null) throw escaping;
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      if (jit && code.resume !== null && code.resume[pc] >= 0) {
        // A generator resumed by a native consumer (next(), sum(), ...) after its YIELD_VALUE
        // inside a compiled loop (jit.ts): the loop goes on there.
        f.pc = pc;
        f.sp = sp;
        inCompiled = true;
        resumeLoop(f, code.resume[pc]);
        inCompiled = false;
        if (it.frame !== f) {
          // (A function called directly by the compiled code left to the interpreter: it goes on in that frame.)
          f = it.frame as VMFrame;
          code = f.code;
          ops = code.code;
          regs = f.regs;
          consts = code.co_consts;
          names = code.co_names;
        }
        pc = f.pc;
        sp = f.sp;
      }
      for (;;) {
        const w = ops[pc++];
        const op = w & 0xff;
        if (counts !== null) counts[op]++;
        switch (op) {
          // ---- stack, constants, locals --------------------------------------------------------
          case Op.NOP:
          case Op.RETURN_GENERATOR:
            continue;
          case Op.POP_TOP:
            // (What an expression statement computed dies here: once the program has a class with
            // __del__, it may need its finalizer now, early-finalize.ts.)
            if (finalizers.on) popWatched(f, regs, --sp);
            else sp--;
            continue;
          case Op.PUSH_NULL:
            regs[sp++] = null;
            continue;
          case Op.COPY:
            regs[sp] = regs[sp - (w >> 8)];
            sp++;
            continue;
          case Op.SWAP: {
            const j = sp - (w >> 8);
            const t = regs[sp - 1];
            regs[sp - 1] = regs[j];
            regs[j] = t;
            continue;
          }
          case Op.COPY__COPY: {
            const a = w >> 8;
            regs[sp] = regs[sp - (a & 0xfff)];
            sp++;
            regs[sp] = regs[sp - (a >> 12)];
            sp++;
            pc++;
            continue;
          }
          case Op.SWAP__SWAP: {
            const a = w >> 8;
            let j = sp - (a & 0xfff);
            let t = regs[sp - 1];
            regs[sp - 1] = regs[j];
            regs[j] = t;
            j = sp - (a >> 12);
            t = regs[sp - 1];
            regs[sp - 1] = regs[j];
            regs[j] = t;
            pc++;
            continue;
          }
          // ---- a[i] op= v: the load (COPY 2; COPY 2; BINARY_SUBSCR) and the store (SWAP 3; SWAP 2;
          // STORE_SUBSCR), each in one step for exact lists, tuples and dicts with int or str keys.
          // Other operands do the copies or swaps and go on at the third word.
          case Op.COPY_COPY__BINARY_SUBSCR: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            let v = exactSeqItem(o, k);
            if (v === undefined && o instanceof PyDict && o.cls === DICT) {
              if (typeof k === 'string') v = o.getStr(k);
              else if (typeof k === 'number') v = o.get(k);
            }
            if (v !== undefined) {
              regs[sp++] = v;
              pc += 2;
              continue;
            }
            regs[sp] = o;
            regs[sp + 1] = k;
            sp += 2;
            pc++;
            continue;
          }
          case Op.SWAP_SWAP__STORE_SUBSCR: {
            const v = regs[sp - 1];
            const k = regs[sp - 2];
            const o = regs[sp - 3];
            if (typeof k === 'number') {
              if (o instanceof PyList && o.cls === LIST) {
                const items = o.items;
                const j = k < 0 ? k + items.length : k;
                if (j >= 0 && j < items.length) {
                  items[j] = v;
                  sp -= 3;
                  pc += 2;
                  continue;
                }
              } else if (o instanceof PyDict && o.cls === DICT) {
                o.set(k, v);
                sp -= 3;
                pc += 2;
                continue;
              }
            } else if (typeof k === 'string' && o instanceof PyDict && o.cls === DICT) {
              o.setStr(k, v);
              sp -= 3;
              pc += 2;
              continue;
            }
            regs[sp - 3] = v;
            regs[sp - 2] = o;
            regs[sp - 1] = k;
            pc++;
            continue;
          }
          case Op.LOAD_CONST:
            regs[sp++] = consts[w >> 8];
            continue;
          case Op.LOAD_FAST:
          case Op.LOAD_FAST_CHECK: {
            const v = regs[w >> 8];
            if (v === undefined) throw unboundLocal(code.localsplusNames[w >> 8]);
            regs[sp++] = v;
            continue;
          }
          case Op.STORE_FAST:
            // (Once the program may need early finalizers, the old value may die here.)
            if (finalizers.on) storeFastWatched(f, regs, w >> 8, --sp);
            else regs[w >> 8] = regs[--sp];
            continue;
          case Op.LOAD_FAST__LOAD_FAST: {
            const a = w >> 8;
            const v = regs[a & 0xfff];
            if (v === undefined) throw unboundLocal(code.localsplusNames[a & 0xfff]);
            regs[sp++] = v;
            pc++;
            const v2 = regs[a >> 12];
            if (v2 === undefined) throw unboundLocal(code.localsplusNames[a >> 12]);
            regs[sp++] = v2;
            continue;
          }
          case Op.LOAD_FAST__LOAD_CONST: {
            const a = w >> 8;
            const v = regs[a & 0xfff];
            if (v === undefined) throw unboundLocal(code.localsplusNames[a & 0xfff]);
            regs[sp++] = v;
            pc++;
            regs[sp++] = consts[a >> 12];
            continue;
          }
          case Op.STORE_FAST__LOAD_FAST: {
            const a = w >> 8;
            if (finalizers.on) storeFastWatched(f, regs, a & 0xfff, --sp);
            else regs[a & 0xfff] = regs[--sp];
            pc++;
            const v = regs[a >> 12];
            if (v === undefined) throw unboundLocal(code.localsplusNames[a >> 12]);
            regs[sp++] = v;
            continue;
          }
          case Op.STORE_FAST__STORE_FAST: {
            const a = w >> 8;
            if (finalizers.on) {
              storeFastWatched(f, regs, a & 0xfff, --sp);
              storeFastWatched(f, regs, a >> 12, --sp);
              pc++;
              continue;
            }
            regs[a & 0xfff] = regs[--sp];
            pc++;
            regs[a >> 12] = regs[--sp];
            continue;
          }
          case Op.LOAD_CONST__LOAD_FAST: {
            const a = w >> 8;
            regs[sp++] = consts[a & 0xfff];
            pc++;
            const v = regs[a >> 12];
            if (v === undefined) throw unboundLocal(code.localsplusNames[a >> 12]);
            regs[sp++] = v;
            continue;
          }
          // ---- three-instruction superinstructions: LOAD_FAST; LOAD_CONST|LOAD_FAST; <op> ---------
          // The operation's kind is the third word's argument (that word may be specialised or
          // generic: either way its argument is the compiled one). Other operand types push the
          // two values and go on at the third word, which does the general operation.
          case Op.LOAD_FAST_CONST__BINARY_OP:
          case Op.LOAD_FAST_FAST__BINARY_OP: {
            const a8 = w >> 8;
            const a = regs[a8 & 0xfff];
            if (a === undefined) throw unboundLocal(code.localsplusNames[a8 & 0xfff]);
            const b = op === Op.LOAD_FAST_CONST__BINARY_OP ? consts[a8 >> 12] : regs[a8 >> 12];
            if (b === undefined) throw unboundLocal(code.localsplusNames[a8 >> 12]);
            const r = numericBinary(a, b, ops[pc + 1] >> 8);
            if (r !== undefined) {
              regs[sp++] = r;
              pc += 2;
              continue;
            }
            regs[sp++] = a;
            regs[sp++] = b;
            pc++;
            continue;
          }
          case Op.LOAD_CONST__BINARY_OP: {
            // TOS <op> const (an int or float), the BINARY_OP's kind in the second word.
            const b = consts[(w >> 8) & 0xfff];
            const r = numericBinary(regs[sp - 1], b, w >> 20);
            if (r !== undefined) {
              regs[sp - 1] = r;
              pc++;
              continue;
            }
            regs[sp++] = b;
            continue;
          }
          case Op.LIST_APPEND__JUMP_BACKWARD: {
            const v = regs[--sp];
            (regs[sp - ((w >> 8) & 0xfff)] as PyList).items.push(v);
            pc = w >> 20;
            if (jit) {
              slow = BACK_EDGE;
              break;
            }
            continue;
          }
          case Op.SET_ADD__JUMP_BACKWARD: {
            const v = regs[--sp];
            setAdd(regs[sp - ((w >> 8) & 0xfff)] as PySet, v);
            pc = w >> 20;
            if (jit) {
              slow = BACK_EDGE;
              break;
            }
            continue;
          }
          case Op.MAP_ADD__JUMP_BACKWARD: {
            const v = regs[--sp];
            const k = regs[--sp];
            (regs[sp - ((w >> 8) & 0xfff)] as PyDict).set(k, v);
            pc = w >> 20;
            if (jit) {
              slow = BACK_EDGE;
              break;
            }
            continue;
          }
          case Op.LOAD_FAST_CONST__COMPARE_OP:
          case Op.LOAD_FAST_FAST__COMPARE_OP: {
            const a8 = w >> 8;
            const a = regs[a8 & 0xfff];
            if (a === undefined) throw unboundLocal(code.localsplusNames[a8 & 0xfff]);
            const b = op === Op.LOAD_FAST_CONST__COMPARE_OP ? consts[a8 >> 12] : regs[a8 >> 12];
            if (b === undefined) throw unboundLocal(code.localsplusNames[a8 >> 12]);
            let x: number;
            let y: number;
            if (typeof a === 'number' && typeof b === 'number') {
              x = a;
              y = b;
            } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT) {
              x = a.value;
              y = b.value;
            } else {
              regs[sp++] = a;
              regs[sp++] = b;
              pc++;
              continue;
            }
            let r: boolean;
            switch (ops[pc + 1] >> 8) {
              case 0: r = x < y; break;
              case 1: r = x <= y; break;
              case 2: r = x === y; break;
              case 3: r = x !== y; break;
              case 4: r = x > y; break;
              default: r = x >= y;
            }
            // A conditional jump after the comparison is taken here too (as COMPARE_OP_INT does).
            const nw = ops[pc + 2];
            const nop = nw & 0xff;
            if (nop === Op.POP_JUMP_IF_FALSE || nop === Op.POP_JUMP_IF_TRUE) {
              const t = pc;
              pc = r === (nop === Op.POP_JUMP_IF_FALSE) ? pc + 3 : nw >> 8;
              if (pc < t && jit) {
                slow = BACK_EDGE;
                break;
              }
              continue;
            }
            regs[sp++] = r;
            pc += 2;
            continue;
          }
          case Op.LOAD_FAST_CONST__BINARY_SUBSCR:
          case Op.LOAD_FAST_FAST__BINARY_SUBSCR: {
            const a8 = w >> 8;
            const a = regs[a8 & 0xfff];
            if (a === undefined) throw unboundLocal(code.localsplusNames[a8 & 0xfff]);
            const b = op === Op.LOAD_FAST_CONST__BINARY_SUBSCR ? consts[a8 >> 12] : regs[a8 >> 12];
            if (b === undefined) throw unboundLocal(code.localsplusNames[a8 >> 12]);
            const v = exactSeqItem(a, b);
            if (v !== undefined) {
              regs[sp++] = v;
              pc += 2;
              continue;
            }
            regs[sp++] = a;
            regs[sp++] = b;
            pc++;
            continue;
          }
          case Op.LOAD_DEREF: {
            const v = (regs[w >> 8] as PyCell).value;
            if (v === undefined) throw unboundDeref(code, w >> 8);
            regs[sp++] = v;
            continue;
          }
          case Op.STORE_DEREF:
            if (finalizers.on) storeDerefWatched(f, regs, w >> 8, --sp);
            else (regs[w >> 8] as PyCell).value = regs[--sp];
            continue;
          case Op.LOAD_CLOSURE:
            regs[sp++] = regs[w >> 8];
            continue;
          case Op.MAKE_CELL: {
            const i = w >> 8;
            regs[i] = newCell(regs[i]);
            continue;
          }
          case Op.COPY_FREE_VARS: {
            const n = w >> 8;
            const closure = f.fn!.closure!;
            const off = code.nlocalsplus - n;
            for (let i = 0; i < n; i++) regs[off + i] = closure[i];
            continue;
          }

          // ---- globals and names -----------------------------------------------------------------
          case Op.LOAD_GLOBAL_MODULE: {
            const g = f.globals;
            const i = pc - 1;
            if (g.keysVersion === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_GLOBAL);
              if ((w >> 8) & 1) regs[sp++] = null;
              regs[sp++] = g.values[code.cacheI[i]];
              continue;
            }
            slow = Family.LOAD_GLOBAL;
            break;
          }
          case Op.LOAD_GLOBAL_BUILTIN: {
            const i = pc - 1;
            if (f.globals.keysVersion === code.cacheA[i] && f.builtins.keysVersion === code.cacheB[i]) {
              if (counts !== null) hit(Family.LOAD_GLOBAL);
              if ((w >> 8) & 1) regs[sp++] = null;
              regs[sp++] = f.builtins.values[code.cacheI[i]];
              continue;
            }
            slow = Family.LOAD_GLOBAL;
            break;
          }
          case Op.STORE_GLOBAL:
            if (finalizers.on) {
              // (The walk for what the rebinding dropped reads the stack up to f.sp.)
              f.sp = --sp;
              storeWatched(f.globals, names[w >> 8], regs[sp]);
            } else f.globals.setStr(names[w >> 8], regs[--sp]);
            continue;
          case Op.LOAD_NAME_MODULE: {
            const l = f.locals;
            if (l === f.globals && (l as PyDict).keysVersion === code.cacheA[pc - 1]) {
              if (counts !== null) hit(Family.LOAD_NAME);
              regs[sp++] = (l as PyDict).values[code.cacheI[pc - 1]];
              continue;
            }
            slow = Family.LOAD_NAME;
            break;
          }
          case Op.LOAD_NAME_BUILTIN: {
            const l = f.locals;
            if (l === f.globals && (l as PyDict).keysVersion === code.cacheA[pc - 1] && f.builtins.keysVersion === code.cacheB[pc - 1]) {
              if (counts !== null) hit(Family.LOAD_NAME);
              regs[sp++] = f.builtins.values[code.cacheI[pc - 1]];
              continue;
            }
            slow = Family.LOAD_NAME;
            break;
          }
          case Op.STORE_NAME_MODULE: {
            const l = f.locals;
            if (l === f.globals && (l as PyDict).keysVersion === code.cacheA[pc - 1]) {
              if (counts !== null) hit(Family.STORE_NAME);
              const vs = (l as PyDict).values;
              const o = vs[code.cacheI[pc - 1]];
              vs[code.cacheI[pc - 1]] = regs[--sp];
              if (finalizers.on && o instanceof PyObj && o !== None) {
                f.sp = sp;
                rebound(o);
              }
              continue;
            }
            slow = Family.STORE_NAME;
            break;
          }
          // ---- attributes --------------------------------------------------------------------------
          case Op.LOAD_ATTR_INSTANCE_VALUE: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && ((o.cls === code.cacheObj[i] && o.cls.version === code.cacheA[i]) || (o.cls === code.cacheObj2[i] && o.cls.version === code.cacheA2[i]))) {
              const d = o.dict;
              const h = code.cacheI[i];
              if (d !== null && d.keys[h] === names[w >> 8]) {
                if (counts !== null) hit(Family.LOAD_ATTR);
                regs[sp - 1] = d.values[h];
                continue;
              }
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_ATTR_MODULE: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyModule && o.dict.keysVersion === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              regs[sp - 1] = o.dict.values[code.cacheI[i]];
              continue;
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_ATTR_CLASS: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o === code.cacheObj[i] && (o as PyType).version === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              regs[sp - 1] = code.cacheVal[i];
              continue;
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_ATTR_NONDESCRIPTOR:
          case Op.LOAD_ATTR_BOUND: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i] && surelyAbsent(o.dict, names[w >> 8])) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              const v = code.cacheVal[i] as PyObject;
              regs[sp - 1] = op === Op.LOAD_ATTR_BOUND ? (code.cacheObj2[i] as (d: PyObject, o: PyObject, t: PyObject) => PyObject)(v, o, o.cls) : v;
              continue;
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_ATTR_SLOT_GETSET: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              f.lasti = i;
              const d = code.cacheVal[i] as PyObject;
              regs[sp - 1] = typeOf(d).slots.descrGet!(d, o, o.cls);
              continue;
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_ATTR_SLOT: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              const v = slotAt(o, code.cacheI[i]);
              if (v !== undefined) {
                if (counts !== null) hit(Family.LOAD_ATTR);
                regs[sp - 1] = v;
                continue;
              }
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_ATTR_PROPERTY:
          case Op.STORE_ATTR_PROPERTY: {
            // o.prop: the getter's frame replaces o (its return value is the attribute);
            // o.prop = v: the setter's frame (self, v) is pushed, its result dropped
            // (DISCARD_PENDING).
            const store = op === Op.STORE_ATTR_PROPERTY;
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              const fn = code.cacheVal[i] as PyFunction;
              const c2 = fn.code as VMCode;
              if (c2 === code.cacheObj2[i]) {
                if (counts !== null) hit(store ? Family.STORE_ATTR : Family.LOAD_ATTR);
                const nf = frameFor(c2, fn);
                const nregs = nf.regs;
                nregs[0] = o;
                if (store) {
                  nregs[1] = regs[sp - 2];
                  nf.initSelf = DISCARD_PENDING;
                  f.sp = sp - 2;
                } else {
                  f.sp = sp - 1;
                }
                f.pc = pc;
                f.lasti = i;
                f = enterFrame(it, f, nf);
                code = c2;
                ops = c2.code;
                regs = nregs;
                consts = c2.co_consts;
                names = c2.co_names;
                pc = 0;
                sp = c2.nlocalsplus;
                if (jit) {
                  slow = ENTERED;
                  break;
                }
                continue;
              }
            }
            slow = MISS + (store ? Family.STORE_ATTR : Family.LOAD_ATTR);
            break;
          }
          case Op.STORE_ATTR_INSTANCE_VALUE: {
            if (finalizers.on) {
              slow = STORE_WATCHED;
              break;
            }
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && ((o.cls === code.cacheObj[i] && o.cls.version === code.cacheA[i]) || (o.cls === code.cacheObj2[i] && o.cls.version === code.cacheA2[i]))) {
              // The type version says no data descriptor (or __setattr__) intervenes: store in
              // the instance dict, at the cached entry if it is there, else by name (adding it).
              const d = o.dict;
              if (d !== null) {
                if (counts !== null) hit(Family.STORE_ATTR);
                const h = code.cacheI[i];
                const name = names[w >> 8];
                if (d.keys[h] === name) d.values[h] = regs[sp - 2];
                else d.setStr(name, regs[sp - 2]);
                sp -= 2;
                continue;
              }
            }
            slow = MISS + Family.STORE_ATTR;
            break;
          }
          case Op.STORE_ATTR_INSTANCE_POLY: {
            if (finalizers.on) {
              slow = STORE_WATCHED;
              break;
            }
            const o = regs[sp - 1];
            if (o instanceof PyObj && polyStore(code, pc - 1, o, names[w >> 8], regs[sp - 2])) {
              if (counts !== null) hit(Family.STORE_ATTR);
              sp -= 2;
              continue;
            }
            slow = MISS + Family.STORE_ATTR;
            break;
          }
          case Op.BINARY_OP_PY:
          case Op.COMPARE_OP_PY: {
            // a <op> b / a <cmp> b for two instances of the cached class: the dunder's frame is
            // pushed; its return value is the result. initSelf marks the frame for RETURN_VALUE:
            // NotImplemented (a binary dunder) or COMPARE_PENDING (a comparison dunder).
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            const i = pc - 1;
            const cmp = op === Op.COMPARE_OP_PY;
            // (A binary dunder's site with cacheI 1 takes an int or float on the right too: see
            // specializeBinaryOp. A comparison's has 0.)
            if (a instanceof PyObj && a.cls === code.cacheObj[i] && a.cls.version === code.cacheA[i] &&
              (b instanceof PyObj ? b.cls === a.cls || (b.cls === T.float && code.cacheI[i] === 1 && !cmp) : (typeof b === 'number' || typeof b === 'bigint') && code.cacheI[i] === 1 && !cmp)) {
              const fn = code.cacheVal[i] as PyFunction;
              const c2 = fn.code as VMCode;
              if (c2 === code.cacheObj2[i]) {
                if (counts !== null) hit(cmp ? Family.COMPARE_OP : Family.BINARY_OP);
                const nf = frameFor(c2, fn);
                const nregs = nf.regs;
                nregs[0] = a;
                nregs[1] = b;
                nf.initSelf = cmp ? COMPARE_PENDING : NotImplemented;
                f.pc = pc;
                f.sp = sp - 2;
                f.lasti = i;
                f = enterFrame(it, f, nf);
                code = c2;
                ops = c2.code;
                regs = nregs;
                consts = c2.co_consts;
                names = c2.co_names;
                pc = 0;
                sp = c2.nlocalsplus;
                if (jit) {
                  slow = ENTERED;
                  break;
                }
                continue;
              }
            }
            slow = cmp ? Family.COMPARE_OP : Family.BINARY_OP;
            break;
          }
          case Op.STORE_ATTR_SLOT: {
            if (finalizers.on) {
              slow = STORE_WATCHED;
              break;
            }
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && o.cls.version === code.cacheA[i]) {
              if (counts !== null) hit(Family.STORE_ATTR);
              setSlotAt(o, code.cacheI[i], regs[sp - 2]);
              sp -= 2;
              continue;
            }
            slow = MISS + Family.STORE_ATTR;
            break;
          }
          case Op.LOAD_METHOD_NO_DICT: {
            const o = regs[sp - 1];
            const i = pc - 1;
            const t = typeOf(o);
            if (!(o instanceof PyObj && o.dict !== null)) {
              if (t === code.cacheObj[i] && t.version === code.cacheA[i]) {
                if (counts !== null) hit(Family.LOAD_METHOD);
                regs[sp - 1] = code.cacheVal[i];
                regs[sp++] = o;
                continue;
              }
              if (t === code.cacheObj2[i] && t.version === code.cacheA2[i]) {
                if (counts !== null) hit(Family.LOAD_METHOD);
                regs[sp - 1] = code.cacheVal2[i];
                regs[sp++] = o;
                continue;
              }
            }
            slow = MISS + Family.LOAD_METHOD;
            break;
          }
          case Op.LOAD_METHOD_WITH_DICT: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj) {
              const t = o.cls;
              const second = t !== code.cacheObj[i];
              if (second ? t === code.cacheObj2[i] && t.version === code.cacheA2[i] : t.version === code.cacheA[i]) {
                const d = o.dict;
                if (surelyAbsent(d, names[w >> 8])) {
                  if (counts !== null) hit(Family.LOAD_METHOD);
                  regs[sp - 1] = second ? code.cacheVal2[i] : code.cacheVal[i];
                  regs[sp++] = o;
                  continue;
                }
              }
            }
            slow = MISS + Family.LOAD_METHOD;
            break;
          }
          case Op.LOAD_ATTR_INSTANCE_POLY: {
            const o = regs[sp - 1];
            if (o instanceof PyObj) {
              const v = polyAttr(code, pc - 1, o, names[w >> 8]);
              if (v !== undefined) {
                if (counts !== null) hit(Family.LOAD_ATTR);
                regs[sp - 1] = v;
                continue;
              }
            }
            slow = MISS + Family.LOAD_ATTR;
            break;
          }
          case Op.LOAD_METHOD_POLY: {
            const o = regs[sp - 1];
            if (o instanceof PyObj) {
              const m = polyMeth(code, pc - 1, o, names[w >> 8]);
              if (m !== undefined) {
                if (counts !== null) hit(Family.LOAD_METHOD);
                regs[sp - 1] = m;
                regs[sp++] = o;
                continue;
              }
            }
            slow = MISS + Family.LOAD_METHOD;
            break;
          }
          case Op.LOAD_METHOD_MODULE: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyModule && o.dict.keysVersion === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_METHOD);
              regs[sp - 1] = null;
              regs[sp++] = o.dict.values[code.cacheI[i]];
              continue;
            }
            slow = MISS + Family.LOAD_METHOD;
            break;
          }
          case Op.LOAD_METHOD_WRAPPED: {
            // A classmethod (on its class, kind 0, or an instance, 1) or staticmethod (on an
            // instance, 2): its function, with the class as the first argument or alone.
            const o = regs[sp - 1];
            const i = pc - 1;
            const kind = code.cacheI[i];
            if (kind === 0) {
              if (o === code.cacheObj[i] && (o as PyType).version === code.cacheA[i]) {
                if (counts !== null) hit(Family.LOAD_METHOD);
                regs[sp - 1] = code.cacheVal[i];
                regs[sp++] = o;
                continue;
              }
            } else if (o instanceof PyObj && o.cls === code.cacheObj[i] && o.cls.version === code.cacheA[i] && surelyAbsent(o.dict, names[w >> 8])) {
              if (counts !== null) hit(Family.LOAD_METHOD);
              if (kind === 1) {
                regs[sp - 1] = code.cacheVal[i];
                regs[sp++] = o.cls;
              } else {
                regs[sp - 1] = null;
                regs[sp++] = code.cacheVal[i];
              }
              continue;
            }
            slow = MISS + Family.LOAD_METHOD;
            break;
          }
          case Op.LOAD_METHOD_CLASS: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o === code.cacheObj[i] && (o as PyType).version === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_METHOD);
              regs[sp - 1] = null;
              regs[sp++] = code.cacheVal[i];
              continue;
            }
            slow = MISS + Family.LOAD_METHOD;
            break;
          }

          // ---- operators -----------------------------------------------------------------------------
          case Op.BINARY_OP_INT: {
            // Any other operator on two ints (%, //, &, |, ^, <<, >>, / ...): intBinary's result.
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            let r: PyObject | undefined;
            if (typeof a === 'number' && typeof b === 'number' && (r = intBinary(a, b, w >> 8)) !== undefined) {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_ADD_INT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r >= -MAX_SAFE && r <= MAX_SAFE) {
                if (counts !== null) hit(Family.BINARY_OP);
                regs[sp - 2] = r;
                sp--;
                continue;
              }
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_SUBTRACT_INT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a - b;
              if (r >= -MAX_SAFE && r <= MAX_SAFE) {
                if (counts !== null) hit(Family.BINARY_OP);
                regs[sp - 2] = r;
                sp--;
                continue;
              }
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_MULTIPLY_INT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a * b;
              if (Number.isSafeInteger(r)) {
                if (counts !== null) hit(Family.BINARY_OP);
                regs[sp - 2] = r === 0 ? 0 : r;
                sp--;
                continue;
              }
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_ADD_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT) {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = newFloat(a.value + b.value);
              sp--;
              continue;
            }
            const r = mixedFloat(a, b, op);
            if (r !== undefined) {
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_SUBTRACT_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT) {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = newFloat(a.value - b.value);
              sp--;
              continue;
            }
            const r = mixedFloat(a, b, op);
            if (r !== undefined) {
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_MULTIPLY_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT) {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = newFloat(a.value * b.value);
              sp--;
              continue;
            }
            const r = mixedFloat(a, b, op);
            if (r !== undefined) {
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_TRUEDIV_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT && b.value !== 0) {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = newFloat(a.value / b.value);
              sp--;
              continue;
            }
            const r = mixedFloat(a, b, op);
            if (r !== undefined) {
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.BINARY_OP_ADD_UNICODE:
          case Op.BINARY_OP_INPLACE_ADD_UNICODE: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'string' && typeof b === 'string') {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = strConcat(a, b);
              sp--;
              continue;
            }
            slow = Family.BINARY_OP;
            break;
          }
          case Op.COMPARE_OP_INT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'number' && typeof b === 'number') {
              if (counts !== null) hit(Family.COMPARE_OP);
              let r: boolean;
              switch (w >> 8) {
                case 0: r = a < b; break;
                case 1: r = a <= b; break;
                case 2: r = a === b; break;
                case 3: r = a !== b; break;
                case 4: r = a > b; break;
                default: r = a >= b;
              }
              // Fused with a following conditional jump (CPython's COMPARE_OP_INT_JUMP).
              const nw = ops[pc];
              const nop = nw & 0xff;
              // (One shared path for both jumps: no cold code in the optimised loop.)
              if (nop === Op.POP_JUMP_IF_FALSE || nop === Op.POP_JUMP_IF_TRUE) {
                sp -= 2;
                const t = pc;
                pc = r === (nop === Op.POP_JUMP_IF_FALSE) ? pc + 1 : nw >> 8;
                if (pc < t && jit) {
                  slow = BACK_EDGE;
                  break;
                }
                continue;
              }
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            slow = Family.COMPARE_OP;
            break;
          }
          case Op.COMPARE_OP_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FLOAT && b.cls === FLOAT) {
              if (counts !== null) hit(Family.COMPARE_OP);
              const x = a.value;
              const y = b.value;
              let r: boolean;
              switch (w >> 8) {
                case 0: r = x < y; break;
                case 1: r = x <= y; break;
                case 2: r = x === y; break;
                case 3: r = x !== y; break;
                case 4: r = x > y; break;
                default: r = x >= y;
              }
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            const m = mixedCompare(a, b, w >> 8);
            if (m !== undefined) {
              regs[sp - 2] = m;
              sp--;
              continue;
            }
            slow = Family.COMPARE_OP;
            break;
          }
          case Op.COMPARE_OP_STR: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'string' && typeof b === 'string') {
              if (counts !== null) hit(Family.COMPARE_OP);
              regs[sp - 2] = (w >> 8) === 2 ? a === b : a !== b;
              sp--;
              continue;
            }
            slow = Family.COMPARE_OP;
            break;
          }
          case Op.IS_OP: {
            const b = regs[--sp];
            regs[sp - 1] = (regs[sp - 1] === b) !== ((w >> 8) === 1);
            continue;
          }
          case Op.CONTAINS_OP: {
            f.lasti = pc - 1;
            const b = regs[--sp];
            // Exact sets, frozensets and dicts without the protocol's type and slot lookup.
            let r: boolean;
            if (b instanceof PySet && (b.cls === SET || b.cls === FROZENSET)) r = setContains(b, regs[sp - 1]);
            else if (b instanceof PyDict && b.cls === DICT) r = b.find(regs[sp - 1]) >= 0;
            else r = contains(b, regs[sp - 1]);
            regs[sp - 1] = r !== ((w >> 8) === 1);
            continue;
          }
          case Op.UNARY_NOT:
            regs[sp - 1] = !truthy(regs[sp - 1]);
            continue;
          case Op.UNARY_NEGATIVE: {
            const v = regs[sp - 1];
            regs[sp - 1] = typeof v === 'number' && v !== 0 ? -v : unaryOp(v, 'neg');
            continue;
          }
          // ---- subscripts ---------------------------------------------------------------------------
          case Op.BINARY_SUBSCR_LIST_INT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyList && o.cls === LIST && typeof k === 'number') {
              const items = o.items;
              const j = k < 0 ? k + items.length : k;
              if (j >= 0 && j < items.length) {
                if (counts !== null) hit(Family.BINARY_SUBSCR);
                regs[sp - 2] = items[j];
                sp--;
                continue;
              }
              raising = newError(E.IndexError, 'list index out of range');
              slow = RAISE;
              break;
            }
            slow = Family.BINARY_SUBSCR;
            break;
          }
          case Op.BINARY_SUBSCR_TUPLE_INT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyTuple && o.cls === TUPLE && typeof k === 'number') {
              const items = o.items;
              const j = k < 0 ? k + items.length : k;
              if (j >= 0 && j < items.length) {
                if (counts !== null) hit(Family.BINARY_SUBSCR);
                regs[sp - 2] = items[j];
                sp--;
                continue;
              }
              raising = newError(E.IndexError, 'tuple index out of range');
              slow = RAISE;
              break;
            }
            slow = Family.BINARY_SUBSCR;
            break;
          }
          case Op.BINARY_SUBSCR_DICT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyDict && o.cls === DICT) {
              if (counts !== null) hit(Family.BINARY_SUBSCR);
              const v = typeof k === 'string' ? o.getStr(k) : o.get(k);
              if (v !== undefined) {
                regs[sp - 2] = v;
                sp--;
                continue;
              }
              // An exact dict has no __missing__: KeyError(k), raised without a throw.
              raising = newException(E.KeyError, [k]);
              slow = RAISE;
              break;
            }
            slow = Family.BINARY_SUBSCR;
            break;
          }
          case Op.BINARY_SUBSCR_PY:
          case Op.STORE_SUBSCR_PY: {
            // o[k] / o[k] = v on an instance of the cached class: its __getitem__ (self, k) or
            // __setitem__ (self, k, v) frame is pushed. The item is the return value; a
            // __setitem__'s result is dropped (DISCARD_PENDING).
            const store = op === Op.STORE_SUBSCR_PY;
            const o = regs[sp - 2];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && o.cls.version === code.cacheA[i]) {
              const fn = code.cacheVal[i] as PyFunction;
              const c2 = fn.code as VMCode;
              if (c2 === code.cacheObj2[i]) {
                if (counts !== null) hit(store ? Family.STORE_SUBSCR : Family.BINARY_SUBSCR);
                const nf = frameFor(c2, fn);
                const nregs = nf.regs;
                nregs[0] = o;
                nregs[1] = regs[sp - 1];
                if (store) {
                  nregs[2] = regs[sp - 3];
                  nf.initSelf = DISCARD_PENDING;
                  f.sp = sp - 3;
                } else {
                  f.sp = sp - 2;
                }
                f.pc = pc;
                f.lasti = i;
                f = enterFrame(it, f, nf);
                code = c2;
                ops = c2.code;
                regs = nregs;
                consts = c2.co_consts;
                names = c2.co_names;
                pc = 0;
                sp = c2.nlocalsplus;
                if (jit) {
                  slow = ENTERED;
                  break;
                }
                continue;
              }
            }
            slow = store ? Family.STORE_SUBSCR : Family.BINARY_SUBSCR;
            break;
          }
          case Op.STORE_SUBSCR_LIST_INT: {
            if (finalizers.on) {
              slow = STORE_WATCHED;
              break;
            }
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyList && o.cls === LIST && typeof k === 'number') {
              const items = o.items;
              const j = k < 0 ? k + items.length : k;
              if (j >= 0 && j < items.length) {
                if (counts !== null) hit(Family.STORE_SUBSCR);
                items[j] = regs[sp - 3];
                sp -= 3;
                continue;
              }
            }
            slow = Family.STORE_SUBSCR;
            break;
          }
          case Op.STORE_SUBSCR_DICT: {
            if (finalizers.on) {
              slow = STORE_WATCHED;
              break;
            }
            const o = regs[sp - 2];
            if (o instanceof PyDict && o.cls === DICT) {
              if (counts !== null) hit(Family.STORE_SUBSCR);
              const k = regs[sp - 1];
              if (typeof k === 'string') o.setStr(k, regs[sp - 3]);
              else o.set(k, regs[sp - 3]);
              sp -= 3;
              continue;
            }
            slow = Family.STORE_SUBSCR;
            break;
          }
          // ---- iteration ----------------------------------------------------------------------------
          case Op.GET_ITER: {
            f.lasti = pc - 1;
            const iter = getIter(regs[sp - 1]);
            if (w >> 8 && iter instanceof PyGenerator && !iter.started) iter.temporary = true;
            regs[sp - 1] = iter;
            continue;
          }
          case Op.FOR_ITER_GEN: {
            const iter = regs[sp - 1];
            if (iter instanceof PyGenerator) {
              if (counts !== null) hit(Family.FOR_ITER);
              f.lasti = pc - 1;
              f.pc = pc;
              f.sp = sp;
              const gf = resumeInline(f, iter, Resume.FOR, None);
              if (gf !== null) {
                f = gf;
                code = f.code;
                ops = code.code;
                regs = f.regs;
                consts = code.co_consts;
                names = code.co_names;
                pc = f.pc;
                sp = f.sp;
                if (jit && code.resume !== null && code.resume[pc] >= 0) {
                  // Resumed after its YIELD_VALUE inside a compiled loop (jit.ts).
                  slow = RESUME;
                  break;
                }
                continue;
              }
              const v = genNext(iter);
              if (v !== undefined) {
                regs[sp++] = v;
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_NATIVE: {
            const iter = regs[sp - 1];
            const i = pc - 1;
            if (iter instanceof PyObj && iter.cls === code.cacheObj[i]) {
              if (counts !== null) hit(Family.FOR_ITER);
              f.lasti = i;
              const v = callIterNext(code.cacheVal2[i] as (it: PyObject) => PyObject | undefined, iter);
              if (v !== undefined) {
                regs[sp++] = v;
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_PAIR: {
            const iter = regs[sp - 1];
            const i = pc - 1;
            if (iter instanceof PyObj && iter.cls === code.cacheObj[i]) {
              if (counts !== null) hit(Family.FOR_ITER);
              f.lasti = i;
              const k = callPairNext(code.cacheVal2[i] as PairNext, iter);
              if (k === 1) {
                // As UNPACK_SEQUENCE 2 leaves them (the first item on top); it is skipped.
                regs[sp++] = pairOut.b;
                regs[sp++] = pairOut.a;
                pc++;
                continue;
              }
              if (k === 2) {
                regs[sp++] = pairOut.a;
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_PY: {
            // An instance of the cached class whose __next__ is a VM function: its frame is
            // pushed, its return value is the item (RETURN_VALUE), and a StopIteration leaving
            // it ends this loop (unwind, FOR_PENDING).
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && o.cls.version === code.cacheA[i]) {
              const fn = code.cacheVal[i] as PyFunction;
              const c2 = fn.code as VMCode;
              if (c2 === code.cacheObj2[i]) {
                if (counts !== null) hit(Family.FOR_ITER);
                const nf = frameFor(c2, fn);
                nf.regs[0] = o;
                nf.initSelf = FOR_PENDING;
                f.pc = pc;
                f.sp = sp;
                f.lasti = i;
                f = enterFrame(it, f, nf);
                code = c2;
                ops = c2.code;
                regs = nf.regs;
                consts = c2.co_consts;
                names = c2.co_names;
                pc = 0;
                sp = c2.nlocalsplus;
                if (jit) {
                  slow = ENTERED;
                  break;
                }
                continue;
              }
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_RANGE_STORE: {
            const iter = regs[sp - 1];
            if (iter instanceof PyRangeIter) {
              if (counts !== null) hit(Family.FOR_ITER);
              if (iter.len > 0) {
                const r = iter.cur;
                iter.cur = r + iter.step;
                iter.len--;
                regs[code.cacheI[pc - 1]] = r;
                pc++;
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_LIST_STORE: {
            const iter = regs[sp - 1];
            if (iter instanceof PyListIter) {
              if (counts !== null) hit(Family.FOR_ITER);
              const l = iter.seq;
              if (l !== null && iter.index < l.items.length) {
                regs[code.cacheI[pc - 1]] = l.items[iter.index++];
                pc++;
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_RANGE: {
            const iter = regs[sp - 1];
            if (iter instanceof PyRangeIter) {
              if (counts !== null) hit(Family.FOR_ITER);
              if (iter.len > 0) {
                const r = iter.cur;
                iter.cur = r + iter.step;
                iter.len--;
                regs[sp++] = r;
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_LIST: {
            const iter = regs[sp - 1];
            if (iter instanceof PyListIter) {
              if (counts !== null) hit(Family.FOR_ITER);
              const l = iter.seq;
              if (l !== null && iter.index < l.items.length) {
                regs[sp++] = l.items[iter.index++];
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }
          case Op.FOR_ITER_TUPLE: {
            const iter = regs[sp - 1];
            if (iter instanceof PySeqArrayIter && iter.cls === TUPLE_ITER) {
              if (counts !== null) hit(Family.FOR_ITER);
              const items = iter.items;
              if (items !== null && iter.index < items.length) {
                regs[sp++] = items[iter.index++];
                continue;
              }
              slow = FOR_END;
              break;
            }
            slow = Family.FOR_ITER;
            break;
          }

          // ---- jumps -------------------------------------------------------------------------------------
          case Op.JUMP_FORWARD:
          case Op.JUMP_BACKWARD_NO_JIT:
            pc = w >> 8;
            continue;
          case Op.JUMP_BACKWARD:
            if (jit && ++code.backEdges > JIT_AFTER) {
              f.pc = w >> 8;
              f.sp = sp;
              inCompiled = true;
              enterLoop(f, pc - 1);
              inCompiled = false;
              if (it.frame !== f) {
                // (A function called directly by the compiled code left to the interpreter: it goes on in that frame.)
                f = it.frame as VMFrame;
                code = f.code;
                ops = code.code;
                regs = f.regs;
                consts = code.co_consts;
                names = code.co_names;
              }
              pc = f.pc;
              sp = f.sp;
            } else pc = w >> 8;
            continue;
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const v = regs[--sp];
            // (A JS number is an int: its truth is inline.)
            const t = v === true || (v !== false && (typeof v === 'number' ? v !== 0 : isTrue(v)));
            if (t === (op === Op.POP_JUMP_IF_TRUE)) {
              const to = w >> 8;
              if (to < pc && jit) {
                pc = to;
                slow = BACK_EDGE;
                break;
              }
              pc = to;
            }
            continue;
          }
          case Op.POP_JUMP_IF_NONE:
          case Op.POP_JUMP_IF_NOT_NONE:
            if ((regs[--sp] === None) === (op === Op.POP_JUMP_IF_NONE)) {
              const to = w >> 8;
              if (to < pc && jit) {
                pc = to;
                slow = BACK_EDGE;
                break;
              }
              pc = to;
            }
            continue;
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!truthy(regs[sp - 1])) pc = w >> 8;
            else sp--;
            continue;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (truthy(regs[sp - 1])) pc = w >> 8;
            else sp--;
            continue;

          // ---- building ----------------------------------------------------------------------------------
          case Op.BUILD_TUPLE: {
            const n = w >> 8;
            sp -= n;
            regs[sp] = newTuple(n === 0 ? [] : regs.slice(sp, sp + n));
            sp++;
            continue;
          }
          case Op.BUILD_LIST: {
            const n = w >> 8;
            sp -= n;
            regs[sp] = newList(n === 0 ? [] : regs.slice(sp, sp + n));
            sp++;
            continue;
          }
          case Op.LIST_APPEND: {
            const v = regs[--sp];
            (regs[sp - (w >> 8)] as PyList).items.push(v);
            continue;
          }
          case Op.UNPACK_SEQUENCE_TWO_TUPLE: {
            const v = regs[sp - 1];
            if (v instanceof PyTuple && v.cls === TUPLE && v.items.length === 2) {
              if (counts !== null) hit(Family.UNPACK_SEQUENCE);
              regs[sp - 1] = v.items[1];
              regs[sp++] = v.items[0];
              continue;
            }
            slow = Family.UNPACK_SEQUENCE;
            break;
          }
          case Op.UNPACK_SEQUENCE_TUPLE:
          case Op.UNPACK_SEQUENCE_LIST: {
            const v = regs[sp - 1];
            const n = w >> 8;
            if (((v instanceof PyTuple && v.cls === TUPLE) || (v instanceof PyList && v.cls === LIST)) && v.items.length === n) {
              if (counts !== null) hit(Family.UNPACK_SEQUENCE);
              const items = v.items;
              sp--;
              for (let i = n - 1; i >= 0; i--) regs[sp++] = items[i];
              continue;
            }
            slow = Family.UNPACK_SEQUENCE;
            break;
          }
          // ---- calls --------------------------------------------------------------------------------------
          case Op.KW_NAMES:
            kwnames = (consts[w >> 8] as PyTuple).items as string[];
            continue;
          case Op.CALL_SUPER_METHOD: {
            // super().name(...): [NULL, super] -> [callable, self], skipping the LOAD_METHOD.
            const base = sp - 2;
            if (regs[base] === null && regs[base + 1] === T.super && kwnames === null) {
              const m = superMethod(code, pc - 1, regs);
              if (m !== undefined) {
                if (counts !== null) hit(Family.CALL);
                regs[base] = m;
                regs[base + 1] = superSelf;
                pc++;
                continue;
              }
            }
            slow = Family.CALL;
            break;
          }
          case Op.CALL:
          case Op.CALL_PY_EXACT_ARGS:
          case Op.CALL_PY_WITH_DEFAULTS:
          case Op.CALL_BUILTIN:
          case Op.CALL_TYPE_1:
          case Op.CALL_METHOD_DESCRIPTOR:
          case Op.CALL_LIST_APPEND:
          case Op.CALL_ALLOC_AND_ENTER_INIT:
          case Op.CALL_BUILTIN_CLASS: {
            const nargs = w >> 8;
            const kw: string[] | null = kwnames;
            kwnames = null;
            const base = sp - nargs - 2;
            let callable = regs[base];
            let argStart = base + 1;
            if (callable === null) {
              callable = regs[base + 1];
              argStart = base + 2;
              if (callable instanceof PyMethod && !(callable.func instanceof PyMethodDescriptor)) {
                regs[base] = callable = callable.func;
                regs[base + 1] = (regs[base + 1] as PyMethod).self;
                argStart = base + 1;
              }
            }
            const n = sp - argStart;
            if (op === Op.CALL_PY_EXACT_ARGS || op === Op.CALL_PY_WITH_DEFAULTS) {
              // A VM function with exactly its positional parameters, or fewer and the rest
              // from its defaults: push its frame here. The guard is the code object seen when
              // specialising, or any other VM code that binds its arguments the same way (a
              // site calling a method of a class and of its subclass sees two functions).
              let argc = -1;
              if (callable instanceof PyFunction && kw === null && (callable.code === code.cacheObj[pc - 1] || exactArgsCode(callable.code))) {
                argc = (callable.code as VMCode).co_argcount;
                if (n !== argc && (n > argc || callable.defaults === null || n + callable.defaults.length < argc)) argc = -1;
              }
              if (argc >= 0) {
                if (counts !== null) hit(Family.CALL);
                const c2 = (callable as PyFunction).code as VMCode;
                const nf = frameFor(c2, callable as PyFunction);
                const nregs = nf.regs;
                for (let j = 0; j < n; j++) nregs[j] = regs[argStart + j];
                if (n < argc) {
                  const defs = (callable as PyFunction).defaults!;
                  for (let j = n; j < argc; j++) nregs[j] = defs[defs.length - argc + j];
                }
                f.pc = pc;
                f.sp = base;
                f.lasti = pc - 1;
                f = enterFrame(it, f, nf);
                code = c2;
                ops = c2.code;
                regs = nregs;
                consts = c2.co_consts;
                names = c2.co_names;
                pc = 0;
                sp = c2.nlocalsplus;
                if (jit) {
                  slow = ENTERED;
                  break;
                }
                continue;
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            } else if (op === Op.CALL_BUILTIN) {
              if (callable instanceof PyBuiltinFunction && kw === null) {
                if (counts !== null) hit(Family.CALL);
                f.lasti = pc - 1;
                const f1 = n === 1 ? (callable as PyBuiltinFunction).f1 : null;
                // (An f1 entry's soft raise, or compiled code's left at this call: raised
                // without a throw, native.ts softRaise.)
                const f2 = n === 2 ? (callable as PyBuiltinFunction).f2 : null;
                const r = softRaise.exc !== null ? undefined : f1 !== null ? f1(regs[argStart]) : f2 !== null ? f2(regs[argStart], regs[argStart + 1]) :
                  callNative((callable as PyBuiltinFunction).fn, argArray(regs, argStart, n));
                if (r === undefined) {
                  raising = softRaise.exc;
                  softRaise.exc = null;
                  slow = RAISE;
                  break;
                }
                regs[base] = r;
                // (The arguments die: a temporary may need its finalizer now.)
                if (finalizers.on) callArgsDropped(f, base, sp);
                sp = base + 1;
                continue;
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            } else if (op === Op.CALL_LIST_APPEND) {
              const self = regs[argStart];
              if (callable === code.cacheObj[pc - 1] && kw === null && n === 2 && self instanceof PyList && self.cls === LIST) {
                if (counts !== null) hit(Family.CALL);
                self.items.push(regs[argStart + 1]);
                regs[base] = None;
                sp = base + 1;
                continue;
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            } else if (op === Op.CALL_METHOD_DESCRIPTOR) {
              if (callable === code.cacheObj[pc - 1] && kw === null && argStart === base + 1) {
                if (counts !== null) hit(Family.CALL);
                f.lasti = pc - 1;
                const d = callable as PyMethodDescriptor;
                const r = softRaise.exc !== null ? undefined : n === 1 && d.f0 !== null ? d.f0(regs[argStart]) : n === 2 && d.f1 !== null ? d.f1(regs[argStart], regs[argStart + 1]) :
                  n === 3 && d.f2 !== null ? d.f2(regs[argStart], regs[argStart + 1], regs[argStart + 2]) :
                  callNativeMethod(d.fn, regs[argStart], argArray(regs, argStart + 1, n - 1));
                if (r === undefined) {
                  raising = softRaise.exc;
                  softRaise.exc = null;
                  slow = RAISE;
                  break;
                }
                regs[base] = r;
                if (finalizers.on) callArgsDropped(f, base, sp);
                sp = base + 1;
                continue;
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            } else if (op === Op.CALL_ALLOC_AND_ENTER_INIT) {
              // Cls(args): allocate, push the __init__ frame (RETURN_VALUE gives the instance).
              const i = pc - 1;
              if (callable === code.cacheObj[i] && kw === null && (callable as PyType).version === code.cacheA[i] && (callable as PyType).cls === TYPE) {
                const init = code.cacheVal[i] as PyFunction;
                const c2 = init.code as VMCode;
                const argc = c2.co_argcount;
                const defs = init.defaults;
                if (n + 1 === argc || (n + 1 < argc && defs !== null && n + 1 + defs.length >= argc)) {
                  if (counts !== null) hit(Family.CALL);
                  const cls = callable as PyType;
                  const obj = cls.alloc!(cls);
                  if (code.cacheB[i] === 1) (obj as PyBaseException).args = new PyTuple(regs.slice(argStart, argStart + n));
                  const nf = frameFor(c2, init);
                  const nregs = nf.regs;
                  nregs[0] = obj;
                  for (let j = 0; j < n; j++) nregs[j + 1] = regs[argStart + j];
                  for (let j = n + 1; j < argc; j++) nregs[j] = defs![defs!.length - argc + j];
                  f.pc = pc;
                  f.sp = base;
                  f.lasti = i;
                  nf.initSelf = obj;
                  f = enterFrame(it, f, nf);
                  code = c2;
                  ops = c2.code;
                  regs = nregs;
                  consts = c2.co_consts;
                  names = c2.co_names;
                  pc = 0;
                  sp = c2.nlocalsplus;
                  if (jit) {
                    slow = ENTERED;
                    break;
                  }
                  continue;
                }
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            } else if (op === Op.CALL_BUILTIN_CLASS) {
              if (callable === code.cacheObj[pc - 1] && kw === null && (callable as PyType).version === code.cacheA[pc - 1]) {
                if (counts !== null) hit(Family.CALL);
                f.lasti = pc - 1;
                if (n === 1 && typeof regs[argStart] === 'string') {
                  // int(s) / float(s): an unreadable string's ValueError raised without a throw.
                  const v = numberFromStrOrError(callable as PyType, regs[argStart] as string);
                  if (v instanceof PyBaseException) {
                    raising = v;
                    slow = RAISE;
                    break;
                  }
                  if (v !== undefined) {
                    sp = base;
                    regs[sp++] = v;
                    continue;
                  }
                }
                const r = typeCall(callable, argArray(regs, argStart, n), null);
                regs[base] = r;
                if (finalizers.on) callArgsDropped(f, base, sp);
                sp = base + 1;
                continue;
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            } else if (op === Op.CALL_TYPE_1) {
              if (callable === TYPE && kw === null && n === 1) {
                if (counts !== null) hit(Family.CALL);
                regs[base] = typeOf(regs[argStart]);
                sp = base + 1;
                continue;
              }
              kwnames = kw;
              slow = Family.CALL;
              break;
            }
            if (n === 1 && kw === null && callable instanceof PyBuiltinFunction && callable.fn === builtinNext) {
              // next(it) of a built-in iterator: exhausted, StopIteration without a JS throw.
              const it0 = regs[argStart];
              const t0 = typeOf(it0);
              if (stickyIterType(t0)) {
                f.lasti = pc - 1;
                const r = t0.slots.iternext!(it0);
                if (r === undefined) {
                  raising = newException(E.StopIteration, []);
                  slow = RAISE;
                  break;
                }
                regs[base] = r;
                sp = base + 1;
                continue;
              }
            }
            f.pc = pc;
            f.sp = sp;
            f.lasti = pc - 1;
            const nf = callGeneric(f, base, argStart, kw, pc - 1);
            if (nf === null) {
              if (softRaise.exc !== null) {
                // (next(g) of an exhausted generator: StopIteration without a throw.)
                sp = f.sp;
                raising = softRaise.exc;
                softRaise.exc = null;
                slow = RAISE;
                break;
              }
              // (A call that returned: its arguments die, early-finalize.ts.)
              if (finalizers.on && f.sp === base + 1) callArgsDropped(f, base, sp);
              sp = f.sp;
              continue;
            }
            // A new frame (at pc 0), or a generator's frame resumed by next(g) / g.send(v).
            f = nf;
            code = f.code;
            ops = code.code;
            regs = f.regs;
            consts = code.co_consts;
            names = code.co_names;
            pc = f.pc;
            sp = f.sp;
            continue;
          }
          case Op.LOAD_FAST__RETURN_VALUE:
          case Op.LOAD_CONST__RETURN_VALUE:
          case Op.RETURN_VALUE: {
            // The pairs are `return x` and `return <const>` (the implicit `return None` too).
            let v: PyObject;
            if (op === Op.RETURN_VALUE) v = regs[--sp];
            else if (op === Op.LOAD_CONST__RETURN_VALUE) v = consts[w >> 8];
            else {
              v = regs[w >> 8];
              if (v === undefined) throw unboundLocal(code.localsplusNames[w >> 8]);
            }
            if (f === entry) {
              f.pc = pc;
              f.sp = sp;
              return v;
            }
            if (f.gen !== null) {
              // A generator resumed inline returned: its caller takes the end (generator-inline.ts).
              f.pc = pc;
              f.sp = sp;
              const mode = f.resumeMode;
              f = finishInline(f);
              code = f.code;
              ops = code.code;
              regs = f.regs;
              consts = code.co_consts;
              names = code.co_names;
              pc = f.pc;
              sp = f.sp;
              if (mode === Resume.CALL) {
                // next(g) / g.send(v) of a generator that returned: StopIteration(value) raised
                // at the call without a JS throw.
                f.lasti = pc - 1;
                raising = stopIteration(v);
                slow = RAISE;
                break;
              }
              if (mode === Resume.CALL_DEFAULT) {
                // next(g, default): the default waits in the result slot.
                sp++;
                continue;
              }
              // FOR_ITER_GEN leaves the loop (dropping the generator); SEND's result is v.
              pc = ops[pc - 1] >> 8;
              if (mode === Resume.FOR) {
                sp--;
                // (What only the finished generator's frame held may need its finalizer now:
                // early-finalize.ts. Not in a generator's loop, as for a list: FOR_END.)
                if (finalizers.on && f.gen === null) {
                  f.pc = pc;
                  f.sp = sp;
                  generatorFinished(regs[sp]);
                }
              } else regs[sp - 1] = v;
              continue;
            }
            const initSelf = f.initSelf;
            it.depth--;
            it.frame = f.back;
            const done = f;
            f = f.caller!;
            releaseFrame(done, v);
            code = f.code;
            ops = code.code;
            regs = f.regs;
            consts = code.co_consts;
            names = code.co_names;
            pc = f.pc;
            sp = f.sp;
            // (A frame with an initSelf marker: an __init__, an operator, comparison, subscript
            // or __next__ dunder; a __setitem__'s result is not pushed.)
            const out = initSelf === null ? v : markedReturn(initSelf, v, f);
            if (out !== undefined) regs[sp++] = out;
            if (jit && code.resume !== null && code.resume[pc] >= 0) {
              // Back in a compiled loop's body (jit.ts): it goes on there.
              slow = RESUME;
              break;
            }
            if (jit && atBodyEntry(f, pc, entry)) {
              // Back in a function whose compiled body had left it to the interpreter (a call
              // deeper than direct calls go, a call the interpreter made): the body goes on.
              f.sp = sp;
              slow = ENTERED;
              break;
            }
            continue;
          }
          // ---- exceptions --------------------------------------------------------------------------------
          case Op.RAISE_VARARGS: {
            const n = w >> 8;
            if (n === 0) {
              // (A bare raise with nothing to re-raise makes a new RuntimeError: it gets this frame.)
              if (currentHandled() !== null) unwindFlags.skipTb = true;
              reraise();
            }
            let cause: PyObject | null = null;
            if (n === 2) cause = regs[--sp];
            const exc = makeRaisable(regs[--sp]);
            if (cause !== null) setCause(exc, cause);
            chainContext(exc);
            unwindFlags.raised = true;
            raising = exc;
            slow = RAISE;
            break;
          }
          case Op.RERAISE: {
            const exc = regs[--sp];
            const n = w >> 8;
            if (n > 0) unwindFlags.tbLasti = regs[sp - n] as number;
            unwindFlags.skipTb = true;
            raising = exc as PyBaseException;
            slow = RAISE;
            break;
          }
          // ---- imports and annotations ------------------------------------------------------------------
          // ---- generators and coroutines ----------------------------------------------------------------
          case Op.YIELD_VALUE: {
            const v = regs[--sp];
            f.pc = pc;
            f.sp = sp;
            f.lasti = pc - 1;
            if (f === entry) {
              const sink = entry.sink;
              if (sink !== null && sink(v)) {
                // Taken by the native consuming the generator: go on as next() would.
                regs[sp++] = None;
                continue;
              }
              entry.yielded = true;
              return v;
            }
            // A generator resumed inline: back to the frame that resumed it, which takes v.
            const yielder = f.gen;
            const mode = f.resumeMode;
            f = suspendInline(f);
            code = f.code;
            ops = code.code;
            regs = f.regs;
            consts = code.co_consts;
            names = code.co_names;
            pc = f.pc;
            sp = f.sp;
            regs[sp++] = v;
            if (finalizers.on && (mode === Resume.CALL || mode === Resume.CALL_DEFAULT)) {
              // next(g) / g.send(v): the call's operands die, the generator among them (a
              // temporary `next(gen())` is closed now, early-finalize.ts).
              f.sp = sp;
              rebound(yielder!);
            }
            if (jit && code.resume !== null && code.resume[pc] >= 0) {
              // The resumer stands in a compiled loop (after its FOR_ITER_GEN, SEND, next(g)):
              // it goes on there, as after a call. (Not going on there, the resumer's loop left
              // at every item while the generator was not compiled, and was soon dropped.)
              slow = RESUME;
              break;
            }
            continue;
          }
          // ---- the generic forms of the specialising families (out of line: vm-generic.ts) ----------
          case Op.LOAD_GLOBAL:
          case Op.LOAD_NAME:
          case Op.STORE_NAME:
          case Op.LOAD_ATTR:
          case Op.STORE_ATTR:
          case Op.LOAD_METHOD:
          case Op.BINARY_OP:
          case Op.COMPARE_OP:
          case Op.BINARY_SUBSCR:
          case Op.STORE_SUBSCR:
          case Op.FOR_ITER:
            f.pc = pc;
            f.sp = sp;
            genericOp(f, w);
            pc = f.pc;
            sp = f.sp;
            if (softRaise.exc !== null) {
              // (A plain attribute miss: AttributeError without a throw, native.ts softRaise.)
              raising = softRaise.exc;
              softRaise.exc = null;
              slow = RAISE;
              break;
            }
            continue;
          // ---- everything else (vm-slow.ts) ---------------------------------------------------------------
          default: {
            f.pc = pc;
            f.sp = sp;
            const nf = slowOp(f, w);
            pc = f.pc;
            sp = f.sp;
            if (softRaise.exc !== null) {
              // (del d[k] of a missing key: KeyError without a throw, native.ts softRaise.)
              raising = softRaise.exc;
              softRaise.exc = null;
              slow = RAISE;
              break;
            }
            if (nf !== null) {
              // A new frame (at pc 0), or a generator's frame resumed by SEND.
              f = nf;
              code = f.code;
              ops = code.code;
              regs = f.regs;
              consts = code.co_consts;
              names = code.co_names;
              pc = f.pc;
              sp = f.sp;
              if (jit && code.resume !== null && code.resume[pc] >= 0) {
                slow = RESUME;
                break;
              }
            }
            continue;
          }
        }
        // Reached only by `break`: a specialised instruction's guard failed. One shared tail (no
        // per-case deopt code) so an optimised loop has no cold per-instruction paths without
        // type feedback: reaching one would deoptimise the whole function and recompile it.
        if (slow === ENTERED) {
          // A call has just pushed frame f (a function with exactly its positional arguments,
          // a class's __init__, a property getter): its compiled body (jit.ts), when it has
          // one, runs it; it returns, or leaves at f.pc / f.sp.
          if (code.body === null && (++code.calls !== BODY_AFTER || (code.body = compileBody(code)) === null)) continue;
          inCompiled = true;
          let r = code.body!(f);
          inCompiled = false;
          // It returned: its caller takes the value, and when that caller stands at an entry
          // of its own compiled body (after the call), that body goes on from there.
          while (r !== undefined && r !== RAISED) {
            const nf = f;
            const initSelf = nf.initSelf;
            it.depth--;
            it.frame = nf.back;
            f = nf.caller!;
            releaseFrame(nf, r);
            code = f.code;
            ops = code.code;
            regs = f.regs;
            consts = code.co_consts;
            names = code.co_names;
            pc = f.pc;
            sp = f.sp;
            const v = initSelf === null ? r : markedReturn(initSelf, r, f);
            if (v !== undefined) regs[sp++] = v;
            if (!atBodyEntry(f, pc, entry)) break;
            f.sp = sp;
            inCompiled = true;
            r = code.body!(f);
            inCompiled = false;
          }
          if (r === undefined || r === RAISED) {
            if (it.frame !== f) {
              // (A function its body called directly left to the interpreter: it goes on there.)
              f = it.frame as VMFrame;
              code = f.code;
              ops = code.code;
              regs = f.regs;
              consts = code.co_consts;
              names = code.co_names;
            }
            pc = f.pc;
            sp = f.sp;
            if (r === undefined) continue;
            // It raised without a handler in its frame (or in the frames it called directly):
            // the exception is raised from the innermost frame's position (bodyRaise).
            raising = takeBodyRaise();
            slow = RAISE;
          } else {
            if (code.resume === null || code.resume[pc] < 0) continue;
            // Back in a compiled loop's body: it goes on there.
            slow = RESUME;
          }
        }
        if (slow === BACK_EDGE || slow === RESUME) {
          // The loop compiler's entries (jit.ts): a backward jump, or back after a call or a
          // yield inside a compiled loop.
          if (slow === RESUME || ++code.backEdges > JIT_AFTER) {
            f.pc = pc;
            f.sp = sp;
            inCompiled = true;
            if (slow === RESUME) resumeLoop(f, code.resume![pc]);
            else enterLoop(f, -1);
            inCompiled = false;
            if (it.frame !== f) {
              // (A function called directly by the compiled code left to the interpreter: it goes on in that frame.)
              f = it.frame as VMFrame;
              code = f.code;
              ops = code.code;
              regs = f.regs;
              consts = code.co_consts;
              names = code.co_names;
            }
            pc = f.pc;
            sp = f.sp;
          }
          continue;
        }
        if (slow === Family.BINARY_OP && (raising = intZeroDivision(regs, sp, w)) !== null) slow = RAISE;
        if (slow === STORE_WATCHED) {
          // A specialised attribute or item store once early finalization is on: through the
          // protocol, and what it replaced may die (early-finalize.ts).
          f.pc = pc;
          f.sp = sp;
          f.lasti = pc - 1;
          if (op === Op.STORE_SUBSCR_LIST_INT || op === Op.STORE_SUBSCR_DICT) {
            storeItemWatched(f, regs[sp - 2], regs[sp - 1], regs[sp - 3], sp - 3);
            sp -= 3;
          } else {
            storeAttrWatched(f, regs[sp - 1], names[w >> 8], regs[sp - 2], sp - 2);
            sp -= 2;
          }
          continue;
        }
        if (slow === FOR_END) {
          // FOR_ITER_* exhausted: drop the iterator (and the list iterator's reference), jump.
          const iter = regs[--sp];
          let seq: PyList | null = null;
          let items: PyObject[] | null = null;
          if (iter instanceof PyListIter) {
            seq = iter.seq;
            iter.seq = null;
          } else if (iter instanceof PySeqArrayIter) {
            items = iter.items;
            iter.items = null;
          }
          pc = w >> 8;
          // (What only the sequence, or the finished generator's frame, held may need its
          // finalizer now: early-finalize.ts.)
          if (finalizers.on && f.gen === null) {
            f.pc = pc;
            f.sp = sp;
            if (seq !== null || items !== null) seqDropped(seq, items);
            else if (iter instanceof PyGenerator) generatorFinished(iter);
          }
        } else if (slow === RAISE) {
          const exc = raising!;
          raising = null;
          f.pc = pc;
          f.sp = sp;
          kwnames = null;
          const hf = unwind(entry, f, exc, true);
          if (hf === null) {
            // (Not always `exc`: a generator frame it left may have replaced it, PEP 479.)
            escaping = unwindFlags.leaving;
            unwindFlags.leaving = null;
            break;
          }
          f = hf;
          code = f.code;
          ops = code.code;
          regs = f.regs;
          consts = code.co_consts;
          names = code.co_names;
          pc = f.pc;
          sp = f.sp;
          // A handler inside a compiled loop: the loop goes on there (the outer loop's entry check).
          if (jit && code.resume !== null && code.resume[pc] >= 0) break;
        } else if (slow < MISS) {
          if ((slow === Family.BINARY_OP && intTail(regs, sp, w)) || (slow === Family.COMPARE_OP && intCompareTail(regs, sp, w))) {
            sp--;
          } else {
            // An int form meeting a float (or the reverse for comparisons) becomes the float
            // form, which takes both; anything else goes back to the generic instruction.
            if (!numericSite(code, pc - 1, regs[sp - 2], regs[sp - 1])) deopt(code, pc - 1, slow);
            pc--;
          }
        } else {
          f.lasti = pc - 1;
          sp = missGeneric(code, pc - 1, regs, sp, names[w >> 8], slow - MISS);
        }
      }
    } catch (err) {
      // A compiled loop or body (jit.ts) that raised has set the frame's position itself (and
      // the frame may be one its direct calls pushed). (Compiled code in between is gone: the
      // direct-call depth is this loop's own again.)
      direct.depth = depth0;
      if (inCompiled) {
        inCompiled = false;
        f = it.frame as VMFrame;
      } else {
        f.pc = pc;
        f.sp = sp;
      }
      kwnames = null;
      f = unwind(entry, f, err);
      code = f.code;
      ops = code.code;
      regs = f.regs;
      consts = code.co_consts;
      names = code.co_names;
      pc = f.pc;
      sp = f.sp;
    }
  }
}

/**
 * Whether frame `f`, at instruction `pc` after a call returned into it, goes on in its compiled
 * body (code.bodyEntries): not the run's entry frame (its caller is outside this run), nor a
 * frame whose return the interpreter finishes specially (an __init__ or dunder frame, a
 * generator). Sets f.pc when it does.
 */
function atBodyEntry(f: VMFrame, pc: number, entry: VMFrame): boolean {
  const code = f.code;
  if (f === entry || code.body === null || code.bodyEntries === null || code.bodyEntries[pc] !== 1 || f.gen !== null || f.initSelf !== null) return false;
  f.pc = pc;
  return true;
}

/**
 * A second copy of the loop for entries from native code: VM functions called back by natives
 * (sort keys, map/filter functions, dunder methods, property getters the loop did not inline)
 * and generators resumed by native consumers (sum(), any(), ...). Same source, but a separate
 * function for V8: its own type feedback and optimised code. With one loop, each
 * deoptimisation of `run` (a path without feedback reached, common whenever a program enters a
 * new phase) made every later native->VM call start in the unoptimised loop, with its whole
 * register file set up per call, until V8 had recompiled it; the module body's long-running
 * activation and the short callback entries also polluted each other's feedback. sort_key,
 * main-thread CPU, medians of 5: 960 -> 850 ms. (A direct eval in this module, so the copy
 * sees the module's bindings; modules are strict code, so the eval adds no bindings here.)
 */
// eslint-disable-next-line no-eval
export const runNested: typeof run = eval(`(${run.toString().replace(/^function run\(/, 'function runNested(')})`);
