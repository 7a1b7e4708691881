// The dispatch loop. One function runs an entry frame and every Python frame it calls: a call
// to a VM function pushes a frame and switches to it without recursing on the JS stack;
// RETURN_VALUE pops back. Calls into natives (and other backends) recurse normally, and a
// native calling a VM function enters a new loop through VMCode.invoke. Exceptions are
// handled here: the exception table of the frame gives the handler and its stack depth; with
// no handler the frame is left (traceback entry, recursion depth) and the caller's table is
// tried, up to the entry frame, where the exception is rethrown to JS.
//
// Specialised instructions (specialize.ts) sit next to their generic forms in the switch and
// fall back to them (deoptimising) when their guards fail.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyType } from '../../src/objects/type.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { PyFunction, PyCell, PyMethod } from '../../src/objects/function.js';
import { PyBaseException, E, newError, addTracebackEntry } from '../../src/objects/exception.js';
import { CmpOp } from '../../src/objects/slots.js';
import {
  typeOf, typeError, getAttr, setAttr, call, isTrue, binaryOp, inplaceOp, powerOp, inplacePower, richCompare,
  unaryOp, getItem, setItem, contains, getIter, iterNext,
} from '../../src/objects/protocol.js';
import { PyBuiltinFunction, PyMethodDescriptor } from '../../src/objects/native.js';
import { genericGetAttr } from '../../src/objects/generic-attr.js';
import { bindArguments } from '../../src/objects/arguments.js';
import { factories } from '../../src/objects/factories.js';
import { PyListIter, PyRangeIter, PySeqArrayIter } from '../../src/objects/iterators.js';
import { newSet } from '../../src/objects/set.js';
import { interp, type Interpreter } from '../../src/runtime/interpreter.js';
import { handled, chainContext, makeRaisable, setCause, reraise } from '../../src/runtime/exc-state.js';
import { importName, importFrom, importStar } from '../../src/runtime/import.js';
import { PyModule } from '../../src/runtime/module.js';
import { PyGenerator, genClose } from '../treewalk/generator.js';
import { splitExceptionGroup, combineRaised } from '../treewalk/exception-groups.js';
import { Op, NB, NB_SLOTS, MF } from './opcodes.js';
import { VMCode, setInvokeHook } from './code.js';
import { VMFrame, newRegs, packRegs } from './frame.js';
import {
  nameError, unboundLocal, unboundDeref, loadNameSlow, storeNameSlow, deleteName, loadClassDeref, unpackSequence,
  unpackEx, listExtend, setUpdate, dictMerge, starArgs, makeFunction, buildClassFunction, setupAnnotations,
  formatValue, displayHook, exceptionMatches, checkExceptStarType, asPyException, beforeWith, getAwaitable,
  getAIter, getANext, isMatchSequence, isMatchMapping, matchClass, matchKeys, lenOf,
} from './vm-support.js';
import { send, SendResult, sendValue, genNext, makeGenerator, asyncGenWrap } from './generator.js';
import {
  stats, specializeLoadGlobal, specializeLoadName, specializeStoreName, specializeLoadAttr, specializeLoadMethod, specializeStoreAttr, specializeCall,
  specializeBinaryOp, specializeCompareOp, specializeSubscr, specializeStoreSubscr, specializeForIter,
  specializeUnpack, deopt, miss, hit, Family,
} from './specialize.js';

const CMP_OPS: CmpOp[] = [CmpOp.LT, CmpOp.LE, CmpOp.EQ, CmpOp.NE, CmpOp.GT, CmpOp.GE];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** BINARY_OP's generic path (NB_* codes; 13+ in place). */
export function binaryOpSlow(a: PyObject, b: PyObject, nb: number): PyObject {
  if (nb >= NB.INPLACE) {
    const base = nb - NB.INPLACE;
    if (base === NB.POWER) return inplacePower(a, b);
    return inplaceOp(a, b, NB_SLOTS[base] as never);
  }
  if (nb === NB.POWER) return powerOp(a, b);
  return binaryOp(a, b, NB_SLOTS[nb] as never);
}

/** Small-int arithmetic inline; everything else through the object protocol. */
function binaryOpNumbers(a: number, b: number, nb: number): PyObject {
  const base = nb >= NB.INPLACE ? nb - NB.INPLACE : nb;
  switch (base) {
    case NB.ADD: {
      const r = a + b;
      if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
      break;
    }
    case NB.SUBTRACT: {
      const r = a - b;
      if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
      break;
    }
    case NB.MULTIPLY: {
      const r = a * b;
      if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
      break;
    }
    case NB.AND:
      if ((a | 0) === a && (b | 0) === b) return a & b;
      break;
    case NB.OR:
      if ((a | 0) === a && (b | 0) === b) return a | b;
      break;
    case NB.XOR:
      if ((a | 0) === a && (b | 0) === b) return a ^ b;
      break;
    case NB.FLOOR_DIVIDE:
      if (b > 0 && a >= 0) return Math.floor(a / b);
      break;
    case NB.REMAINDER:
      if (b > 0 && a >= 0) return a % b;
      break;
  }
  return binaryOpSlow(a, b, nb);
}

function compareSlow(a: PyObject, b: PyObject, op: number): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return a > b;
      case 5: return a >= b;
    }
  }
  return richCompare(a, b, CMP_OPS[op]);
}

/** An exact float's value, or an int's (safe) value; undefined for anything else. */
function floatOperand(v: PyObject): number | undefined {
  if (v instanceof PyFloat) return v.cls === T.float ? v.value : undefined;
  return typeof v === 'number' ? v : undefined;
}

function truthy(v: PyObject): boolean {
  return v === true ? true : v === false ? false : isTrue(v);
}

/** A new frame for `fn` (a VM function) called with vectorcall arguments. */
export function frameFor(fn: PyFunction, code: VMCode, args: PyObject[], kwnames: string[] | null): VMFrame {
  const regs = packRegs(bindArguments(fn, code, args, kwnames, code.frameSize), code.frameSize);
  return new VMFrame(code, regs, fn, fn.globals, fn.builtins, null);
}

/** VMCode.invoke: a call from native code (or the other backend) into a VM function. */
function invoke(code: VMCode, fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  if (code.isGenerator || code.isCoroutine || code.isAsyncGenerator) return makeGenerator(code, fn, args, kwnames);
  let regs;
  if (kwnames === null && code.simpleArgs && args.length === code.co_argcount) {
    regs = newRegs(code.frameSize);
    for (let i = 0; i < args.length; i++) regs[i] = args[i];
  } else {
    regs = packRegs(bindArguments(fn, code, args, kwnames, code.frameSize), code.frameSize);
  }
  return runEntry(new VMFrame(code, regs, fn, fn.globals, fn.builtins, null));
}
setInvokeHook(invoke);

/** Runs `frame` as an entry frame: recursion depth, the frame pointer, the loop. */
export function runEntry(frame: VMFrame): PyObject {
  const it = interp();
  it.enter();
  frame.back = it.frame;
  it.frame = frame;
  try {
    const r = run(frame, null);
    it.frame = frame.back;
    it.depth--;
    return r;
  } catch (e) {
    it.frame = frame.back;
    it.depth--;
    throw e;
  }
}

/** The class-body runner for __build_class__: the body function's code with `ns` as locals. */
function runClassBody(fn: PyFunction, ns: PyObject): PyObject {
  const code = fn.code as VMCode;
  const frame = new VMFrame(code, newRegs(code.frameSize), fn, fn.globals, fn.builtins, ns);
  return runEntry(frame);
}
const BUILD_CLASS = buildClassFunction(runClassBody);

/**
 * Generators a `for` statement created for itself (`for x in gen():`). Nothing else refers to
 * them, so when the loop is left early CPython's reference counting finalizes them at once
 * (running their finally blocks); the VM closes them when it drops them from the stack.
 */
const temporaryGenerators = new WeakSet<PyGenerator>();

function closeTemporary(g: PyGenerator): void {
  temporaryGenerators.delete(g);
  if (!g.finished) genClose(g);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function dropTemporaries(regs: any[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const v = regs[k];
    if (v instanceof PyGenerator && temporaryGenerators.has(v)) {
      try {
        closeTemporary(v);
      } catch {
        // An exception while finalizing is unraisable (CPython prints and ignores it).
      }
    }
  }
}

/** One traceback entry per visit of the exception to a frame (`raise` always adds one). */
function recordFrame(e: PyBaseException, f: VMFrame, lasti: number, always: boolean): void {
  addTracebackEntry(e, f, f.code.co_filename, f.code.lineAt(lasti), f.code.co_name, always);
}

/**
 * Runs `entry` (and the frames it calls) until it returns or, for a generator frame, yields
 * (entry.yielded tells which). `throwIn` is raised at the frame's current instruction first.
 */
export function run(entry: VMFrame, throwIn: PyBaseException | null): PyObject {
  const it: Interpreter = interp();
  const counts = stats.counts;
  let f = entry;
  let code = f.code;
  let ops = code.code;
  let regs = f.regs;
  let consts = code.co_consts;
  let names = code.co_names;
  let pc = f.pc;
  let sp = f.sp;
  let kwnames: string[] | null = null;
  let pending: unknown = throwIn;
  /** RERAISE / bare raise: the exception keeps the traceback it has (no entry for this frame). */
  let skipTb = false;
  /** RERAISE with lasti: the instruction whose line the frame reports. */
  let tbLasti = -1;
  /** A `raise` statement: the frame gets a traceback entry even if it already has the last one. */
  let raised = false;
  f.started = true;
  entry.yielded = false;

  for (;;) {
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
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
            sp--;
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
            regs[w >> 8] = regs[--sp];
            continue;
          case Op.DELETE_FAST: {
            const i = w >> 8;
            if (regs[i] === undefined) throw unboundLocal(code.localsplusNames[i]);
            regs[i] = undefined;
            continue;
          }
          case Op.LOAD_DEREF: {
            const v = (regs[w >> 8] as PyCell).value;
            if (v === undefined) throw unboundDeref(code, w >> 8);
            regs[sp++] = v;
            continue;
          }
          case Op.STORE_DEREF:
            (regs[w >> 8] as PyCell).value = regs[--sp];
            continue;
          case Op.DELETE_DEREF: {
            const cell = regs[w >> 8] as PyCell;
            if (cell.value === undefined) throw unboundDeref(code, w >> 8);
            cell.value = undefined;
            continue;
          }
          case Op.LOAD_CLOSURE:
            regs[sp++] = regs[w >> 8];
            continue;
          case Op.LOAD_CLASSDEREF:
            regs[sp++] = loadClassDeref(f, w >> 8);
            continue;
          case Op.MAKE_CELL: {
            const i = w >> 8;
            regs[i] = new PyCell(regs[i]);
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
          case Op.LOAD_GLOBAL: {
            const arg = w >> 8;
            const v = specializeLoadGlobal(code, pc - 1, f.globals, f.builtins, names[arg >> 1]);
            if (arg & 1) regs[sp++] = null;
            regs[sp++] = v;
            continue;
          }
          case Op.LOAD_GLOBAL_MODULE: {
            const g = f.globals;
            const i = pc - 1;
            if (g.keysVersion === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_GLOBAL);
              if ((w >> 8) & 1) regs[sp++] = null;
              regs[sp++] = g.values[code.cacheI[i]];
              continue;
            }
            deopt(code, i, Family.LOAD_GLOBAL);
            pc--;
            continue;
          }
          case Op.LOAD_GLOBAL_BUILTIN: {
            const i = pc - 1;
            if (f.globals.keysVersion === code.cacheA[i] && f.builtins.keysVersion === code.cacheB[i]) {
              if (counts !== null) hit(Family.LOAD_GLOBAL);
              if ((w >> 8) & 1) regs[sp++] = null;
              regs[sp++] = f.builtins.values[code.cacheI[i]];
              continue;
            }
            deopt(code, i, Family.LOAD_GLOBAL);
            pc--;
            continue;
          }
          case Op.STORE_GLOBAL:
            f.globals.setStr(names[w >> 8], regs[--sp]);
            continue;
          case Op.DELETE_GLOBAL: {
            const name = names[w >> 8];
            if (f.globals.delete(name) === undefined) throw nameError(name);
            continue;
          }
          case Op.LOAD_NAME: {
            const name = names[w >> 8];
            const l = f.locals;
            let v: PyObject | undefined;
            if (l instanceof PyDict && l.cls === T.dict && (v = specializeLoadName(code, pc - 1, l, f.globals, f.builtins, name)) !== undefined) {
              regs[sp++] = v;
            } else {
              regs[sp++] = loadNameSlow(f, name);
            }
            continue;
          }
          case Op.LOAD_NAME_MODULE: {
            const l = f.locals;
            if (l === f.globals && (l as PyDict).keysVersion === code.cacheA[pc - 1]) {
              if (counts !== null) hit(Family.LOAD_NAME);
              regs[sp++] = (l as PyDict).values[code.cacheI[pc - 1]];
              continue;
            }
            deopt(code, pc - 1, Family.LOAD_NAME);
            pc--;
            continue;
          }
          case Op.LOAD_NAME_BUILTIN: {
            const l = f.locals;
            if (l === f.globals && (l as PyDict).keysVersion === code.cacheA[pc - 1] && f.builtins.keysVersion === code.cacheB[pc - 1]) {
              if (counts !== null) hit(Family.LOAD_NAME);
              regs[sp++] = f.builtins.values[code.cacheI[pc - 1]];
              continue;
            }
            deopt(code, pc - 1, Family.LOAD_NAME);
            pc--;
            continue;
          }
          case Op.STORE_NAME: {
            const l = f.locals;
            if (l instanceof PyDict && l.cls === T.dict) specializeStoreName(code, pc - 1, l, f.globals, names[w >> 8], regs[--sp]);
            else storeNameSlow(f, names[w >> 8], regs[--sp]);
            continue;
          }
          case Op.STORE_NAME_MODULE: {
            const l = f.locals;
            if (l === f.globals && (l as PyDict).keysVersion === code.cacheA[pc - 1]) {
              if (counts !== null) hit(Family.STORE_NAME);
              (l as PyDict).values[code.cacheI[pc - 1]] = regs[--sp];
              continue;
            }
            deopt(code, pc - 1, Family.STORE_NAME);
            pc--;
            continue;
          }
          case Op.DELETE_NAME:
            deleteName(f, names[w >> 8]);
            continue;

          // ---- attributes --------------------------------------------------------------------------
          case Op.LOAD_ATTR:
            regs[sp - 1] = specializeLoadAttr(code, pc - 1, regs[sp - 1], names[w >> 8]);
            continue;
          case Op.LOAD_ATTR_INSTANCE_VALUE: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              const d = o.dict;
              const h = code.cacheI[i];
              if (d !== null && d.keys[h] === names[w >> 8]) {
                if (counts !== null) hit(Family.LOAD_ATTR);
                regs[sp - 1] = d.values[h];
                continue;
              }
            }
            miss(code, i, Family.LOAD_ATTR);
            regs[sp - 1] = getAttr(o, names[w >> 8]);
            continue;
          }
          case Op.LOAD_ATTR_MODULE: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyModule && o.dict.keysVersion === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              regs[sp - 1] = o.dict.values[code.cacheI[i]];
              continue;
            }
            miss(code, i, Family.LOAD_ATTR);
            regs[sp - 1] = getAttr(o, names[w >> 8]);
            continue;
          }
          case Op.LOAD_ATTR_CLASS: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o === code.cacheObj[i] && (o as PyType).version === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              regs[sp - 1] = code.cacheVal[i];
              continue;
            }
            miss(code, i, Family.LOAD_ATTR);
            regs[sp - 1] = getAttr(o, names[w >> 8]);
            continue;
          }
          case Op.LOAD_ATTR_SLOT_GETSET: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              if (counts !== null) hit(Family.LOAD_ATTR);
              const d = code.cacheVal[i] as PyObject;
              regs[sp - 1] = typeOf(d).slots.descrGet!(d, o, o.cls);
              continue;
            }
            miss(code, i, Family.LOAD_ATTR);
            regs[sp - 1] = getAttr(o, names[w >> 8]);
            continue;
          }
          case Op.STORE_ATTR:
            specializeStoreAttr(code, pc - 1, regs[sp - 1], names[w >> 8], regs[sp - 2]);
            sp -= 2;
            continue;
          case Op.STORE_ATTR_INSTANCE_VALUE: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              const d = o.dict;
              const h = code.cacheI[i];
              if (d !== null && d.keys[h] === names[w >> 8]) {
                if (counts !== null) hit(Family.STORE_ATTR);
                d.values[h] = regs[sp - 2];
                sp -= 2;
                continue;
              }
            }
            miss(code, i, Family.STORE_ATTR);
            setAttr(o, names[w >> 8], regs[sp - 2]);
            sp -= 2;
            continue;
          }
          case Op.DELETE_ATTR:
            setAttr(regs[--sp], names[w >> 8], null);
            continue;
          case Op.LOAD_METHOD:
            sp = specializeLoadMethod(code, pc - 1, regs, sp, names[w >> 8]);
            continue;
          case Op.LOAD_METHOD_NO_DICT: {
            const o = regs[sp - 1];
            const i = pc - 1;
            const t = typeOf(o);
            if (t === code.cacheObj[i] && t.version === code.cacheA[i] && !(o instanceof PyObj && o.dict !== null)) {
              if (counts !== null) hit(Family.LOAD_METHOD);
              regs[sp - 1] = code.cacheVal[i];
              regs[sp++] = o;
              continue;
            }
            miss(code, i, Family.LOAD_METHOD);
            sp = specializeLoadMethod(code, -1, regs, sp, names[w >> 8]);
            continue;
          }
          case Op.LOAD_METHOD_WITH_DICT: {
            const o = regs[sp - 1];
            const i = pc - 1;
            if (o instanceof PyObj && o.cls === code.cacheObj[i] && (o.cls as PyType).version === code.cacheA[i]) {
              const d = o.dict;
              if (d === null || d.getStr(names[w >> 8]) === undefined) {
                if (counts !== null) hit(Family.LOAD_METHOD);
                regs[sp - 1] = code.cacheVal[i];
                regs[sp++] = o;
                continue;
              }
            }
            miss(code, i, Family.LOAD_METHOD);
            sp = specializeLoadMethod(code, -1, regs, sp, names[w >> 8]);
            continue;
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
            miss(code, i, Family.LOAD_METHOD);
            sp = specializeLoadMethod(code, -1, regs, sp, names[w >> 8]);
            continue;
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
            miss(code, i, Family.LOAD_METHOD);
            sp = specializeLoadMethod(code, -1, regs, sp, names[w >> 8]);
            continue;
          }

          // ---- operators -----------------------------------------------------------------------------
          case Op.BINARY_OP: {
            const b = regs[--sp];
            const a = regs[sp - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              regs[sp - 1] = binaryOpNumbers(a, b, w >> 8);
              specializeBinaryOp(code, pc - 1, a, b, w >> 8);
            } else {
              regs[sp - 1] = binaryOpSlow(a, b, w >> 8);
              specializeBinaryOp(code, pc - 1, a, b, w >> 8);
            }
            continue;
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
            deopt(code, pc - 1, Family.BINARY_OP);
            pc--;
            continue;
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
            deopt(code, pc - 1, Family.BINARY_OP);
            pc--;
            continue;
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
            deopt(code, pc - 1, Family.BINARY_OP);
            pc--;
            continue;
          }
          case Op.BINARY_OP_ADD_FLOAT:
          case Op.BINARY_OP_SUBTRACT_FLOAT:
          case Op.BINARY_OP_MULTIPLY_FLOAT:
          case Op.BINARY_OP_TRUEDIV_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            const x = floatOperand(a);
            const y = floatOperand(b);
            if (x !== undefined && y !== undefined && (typeof a !== 'number' || typeof b !== 'number') && (op !== Op.BINARY_OP_TRUEDIV_FLOAT || y !== 0)) {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = new PyFloat(op === Op.BINARY_OP_ADD_FLOAT ? x + y : op === Op.BINARY_OP_SUBTRACT_FLOAT ? x - y : op === Op.BINARY_OP_MULTIPLY_FLOAT ? x * y : x / y);
              sp--;
              continue;
            }
            deopt(code, pc - 1, Family.BINARY_OP);
            pc--;
            continue;
          }
          case Op.BINARY_OP_ADD_UNICODE:
          case Op.BINARY_OP_INPLACE_ADD_UNICODE: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (typeof a === 'string' && typeof b === 'string') {
              if (counts !== null) hit(Family.BINARY_OP);
              regs[sp - 2] = a + b;
              sp--;
              continue;
            }
            deopt(code, pc - 1, Family.BINARY_OP);
            pc--;
            continue;
          }
          case Op.COMPARE_OP: {
            const b = regs[--sp];
            const a = regs[sp - 1];
            regs[sp - 1] = compareSlow(a, b, w >> 8);
            specializeCompareOp(code, pc - 1, a, b);
            continue;
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
              regs[sp - 2] = r;
              sp--;
              continue;
            }
            deopt(code, pc - 1, Family.COMPARE_OP);
            pc--;
            continue;
          }
          case Op.COMPARE_OP_FLOAT: {
            const b = regs[sp - 1];
            const a = regs[sp - 2];
            if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) {
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
            deopt(code, pc - 1, Family.COMPARE_OP);
            pc--;
            continue;
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
            deopt(code, pc - 1, Family.COMPARE_OP);
            pc--;
            continue;
          }
          case Op.IS_OP: {
            const b = regs[--sp];
            regs[sp - 1] = (regs[sp - 1] === b) !== ((w >> 8) === 1);
            continue;
          }
          case Op.CONTAINS_OP: {
            const b = regs[--sp];
            regs[sp - 1] = contains(b, regs[sp - 1]) !== ((w >> 8) === 1);
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
          case Op.UNARY_POSITIVE:
            regs[sp - 1] = unaryOp(regs[sp - 1], 'pos');
            continue;
          case Op.UNARY_INVERT:
            regs[sp - 1] = unaryOp(regs[sp - 1], 'invert');
            continue;

          // ---- subscripts ---------------------------------------------------------------------------
          case Op.BINARY_SUBSCR: {
            const k = regs[--sp];
            const o = regs[sp - 1];
            regs[sp - 1] = getItem(o, k);
            specializeSubscr(code, pc - 1, o, k);
            continue;
          }
          case Op.BINARY_SUBSCR_LIST_INT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyList && o.cls === T.list && typeof k === 'number') {
              const items = o.items;
              const j = k < 0 ? k + items.length : k;
              if (j >= 0 && j < items.length) {
                if (counts !== null) hit(Family.BINARY_SUBSCR);
                regs[sp - 2] = items[j];
                sp--;
                continue;
              }
            }
            deopt(code, pc - 1, Family.BINARY_SUBSCR);
            pc--;
            continue;
          }
          case Op.BINARY_SUBSCR_TUPLE_INT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyTuple && o.cls === T.tuple && typeof k === 'number') {
              const items = o.items;
              const j = k < 0 ? k + items.length : k;
              if (j >= 0 && j < items.length) {
                if (counts !== null) hit(Family.BINARY_SUBSCR);
                regs[sp - 2] = items[j];
                sp--;
                continue;
              }
            }
            deopt(code, pc - 1, Family.BINARY_SUBSCR);
            pc--;
            continue;
          }
          case Op.BINARY_SUBSCR_DICT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyDict && o.cls === T.dict) {
              if (counts !== null) hit(Family.BINARY_SUBSCR);
              const v = typeof k === 'string' ? o.getStr(k) : o.get(k);
              regs[sp - 2] = v !== undefined ? v : getItem(o, k);
              sp--;
              continue;
            }
            deopt(code, pc - 1, Family.BINARY_SUBSCR);
            pc--;
            continue;
          }
          case Op.STORE_SUBSCR: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            setItem(o, k, regs[sp - 3]);
            sp -= 3;
            specializeStoreSubscr(code, pc - 1, o, k);
            continue;
          }
          case Op.STORE_SUBSCR_LIST_INT: {
            const k = regs[sp - 1];
            const o = regs[sp - 2];
            if (o instanceof PyList && o.cls === T.list && typeof k === 'number') {
              const items = o.items;
              const j = k < 0 ? k + items.length : k;
              if (j >= 0 && j < items.length) {
                if (counts !== null) hit(Family.STORE_SUBSCR);
                items[j] = regs[sp - 3];
                sp -= 3;
                continue;
              }
            }
            deopt(code, pc - 1, Family.STORE_SUBSCR);
            pc--;
            continue;
          }
          case Op.STORE_SUBSCR_DICT: {
            const o = regs[sp - 2];
            if (o instanceof PyDict && o.cls === T.dict) {
              if (counts !== null) hit(Family.STORE_SUBSCR);
              const k = regs[sp - 1];
              if (typeof k === 'string') o.setStr(k, regs[sp - 3]);
              else o.set(k, regs[sp - 3]);
              sp -= 3;
              continue;
            }
            deopt(code, pc - 1, Family.STORE_SUBSCR);
            pc--;
            continue;
          }
          case Op.DELETE_SUBSCR: {
            const k = regs[--sp];
            setItem(regs[--sp], k, null);
            continue;
          }
          case Op.BUILD_SLICE: {
            if ((w >> 8) === 3) {
              const step = regs[--sp];
              const stop = regs[--sp];
              regs[sp - 1] = factories.newSlice(regs[sp - 1], stop, step);
            } else {
              const stop = regs[--sp];
              regs[sp - 1] = factories.newSlice(regs[sp - 1], stop, None);
            }
            continue;
          }

          // ---- iteration ----------------------------------------------------------------------------
          case Op.GET_ITER: {
            const iter = getIter(regs[sp - 1]);
            if (w >> 8 && iter instanceof PyGenerator && !iter.started) temporaryGenerators.add(iter);
            regs[sp - 1] = iter;
            continue;
          }
          case Op.POP_ITER: {
            const iter = regs[--sp];
            if (iter instanceof PyGenerator && temporaryGenerators.has(iter)) closeTemporary(iter);
            continue;
          }
          case Op.FOR_ITER: {
            const iter = regs[sp - 1];
            specializeForIter(code, pc - 1, iter);
            const v = iter instanceof PyGenerator ? genNext(iter) : iterNext(iter);
            if (v === undefined) {
              sp--;
              pc = w >> 8;
            } else regs[sp++] = v;
            continue;
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
              } else {
                sp--;
                pc = w >> 8;
              }
              continue;
            }
            deopt(code, pc - 1, Family.FOR_ITER);
            pc--;
            continue;
          }
          case Op.FOR_ITER_LIST: {
            const iter = regs[sp - 1];
            if (iter instanceof PyListIter) {
              if (counts !== null) hit(Family.FOR_ITER);
              const l = iter.seq;
              if (l !== null && iter.index < l.items.length) {
                regs[sp++] = l.items[iter.index++];
              } else {
                iter.seq = null;
                sp--;
                pc = w >> 8;
              }
              continue;
            }
            deopt(code, pc - 1, Family.FOR_ITER);
            pc--;
            continue;
          }
          case Op.FOR_ITER_TUPLE: {
            const iter = regs[sp - 1];
            if (iter instanceof PySeqArrayIter && iter.cls === T.tuple_iterator) {
              if (counts !== null) hit(Family.FOR_ITER);
              const items = iter.items;
              if (items !== null && iter.index < items.length) {
                regs[sp++] = items[iter.index++];
              } else {
                iter.items = null;
                sp--;
                pc = w >> 8;
              }
              continue;
            }
            deopt(code, pc - 1, Family.FOR_ITER);
            pc--;
            continue;
          }

          // ---- jumps -------------------------------------------------------------------------------------
          case Op.JUMP_FORWARD:
          case Op.JUMP_BACKWARD:
            pc = w >> 8;
            continue;
          case Op.POP_JUMP_IF_FALSE: {
            const v = regs[--sp];
            if (v === false || (v !== true && !isTrue(v))) pc = w >> 8;
            continue;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = regs[--sp];
            if (v === true || (v !== false && isTrue(v))) pc = w >> 8;
            continue;
          }
          case Op.POP_JUMP_IF_NONE:
            if (regs[--sp] === None) pc = w >> 8;
            continue;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (regs[--sp] !== None) pc = w >> 8;
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
            regs[sp] = new PyTuple(n === 0 ? [] : regs.slice(sp, sp + n));
            sp++;
            continue;
          }
          case Op.BUILD_LIST: {
            const n = w >> 8;
            sp -= n;
            regs[sp] = new PyList(n === 0 ? [] : regs.slice(sp, sp + n));
            sp++;
            continue;
          }
          case Op.BUILD_SET: {
            const n = w >> 8;
            sp -= n;
            regs[sp] = newSet(n === 0 ? [] : regs.slice(sp, sp + n));
            sp++;
            continue;
          }
          case Op.BUILD_MAP: {
            const n = w >> 8;
            const d = new PyDict();
            sp -= 2 * n;
            for (let i = 0; i < n; i++) d.set(regs[sp + 2 * i], regs[sp + 2 * i + 1]);
            regs[sp++] = d;
            continue;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const n = w >> 8;
            const keys = (regs[--sp] as PyTuple).items;
            const d = new PyDict();
            sp -= n;
            for (let i = 0; i < n; i++) {
              const k = keys[i];
              if (typeof k === 'string') d.setStr(k, regs[sp + i]);
              else d.set(k, regs[sp + i]);
            }
            regs[sp++] = d;
            continue;
          }
          case Op.BUILD_STRING: {
            const n = w >> 8;
            let s = '';
            sp -= n;
            for (let i = 0; i < n; i++) s += regs[sp + i] as string;
            regs[sp++] = s;
            continue;
          }
          case Op.LIST_APPEND: {
            const v = regs[--sp];
            (regs[sp - (w >> 8)] as PyList).items.push(v);
            continue;
          }
          case Op.SET_ADD: {
            const v = regs[--sp];
            factories.setAdd(regs[sp - (w >> 8)], v);
            continue;
          }
          case Op.MAP_ADD: {
            const v = regs[--sp];
            const k = regs[--sp];
            (regs[sp - (w >> 8)] as PyDict).set(k, v);
            continue;
          }
          case Op.LIST_EXTEND: {
            const v = regs[--sp];
            listExtend(regs[sp - (w >> 8)] as PyList, v);
            continue;
          }
          case Op.SET_UPDATE: {
            const v = regs[--sp];
            setUpdate(regs[sp - (w >> 8)], v);
            continue;
          }
          case Op.DICT_UPDATE: {
            const v = regs[--sp];
            dictMerge(regs[sp - (w >> 8)] as PyDict, v, null);
            continue;
          }
          case Op.DICT_MERGE: {
            const v = regs[--sp];
            dictMerge(regs[sp - (w >> 8)] as PyDict, v, regs[sp - (w >> 8) - 2]);
            continue;
          }
          case Op.LIST_TO_TUPLE:
            regs[sp - 1] = new PyTuple((regs[sp - 1] as PyList).items);
            continue;
          case Op.UNPACK_SEQUENCE: {
            const n = w >> 8;
            const v = regs[--sp];
            specializeUnpack(code, pc - 1, v, n);
            const items = unpackSequence(v, n);
            for (let i = n - 1; i >= 0; i--) regs[sp++] = items[i];
            continue;
          }
          case Op.UNPACK_SEQUENCE_TWO_TUPLE: {
            const v = regs[sp - 1];
            if (v instanceof PyTuple && v.cls === T.tuple && v.items.length === 2) {
              if (counts !== null) hit(Family.UNPACK_SEQUENCE);
              regs[sp - 1] = v.items[1];
              regs[sp++] = v.items[0];
              continue;
            }
            deopt(code, pc - 1, Family.UNPACK_SEQUENCE);
            pc--;
            continue;
          }
          case Op.UNPACK_SEQUENCE_TUPLE:
          case Op.UNPACK_SEQUENCE_LIST: {
            const v = regs[sp - 1];
            const n = w >> 8;
            if (((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list)) && v.items.length === n) {
              if (counts !== null) hit(Family.UNPACK_SEQUENCE);
              const items = v.items;
              sp--;
              for (let i = n - 1; i >= 0; i--) regs[sp++] = items[i];
              continue;
            }
            deopt(code, pc - 1, Family.UNPACK_SEQUENCE);
            pc--;
            continue;
          }
          case Op.UNPACK_EX: {
            const arg = w >> 8;
            const items = unpackEx(regs[--sp], arg & 0xff, arg >> 8);
            for (let i = items.length - 1; i >= 0; i--) regs[sp++] = items[i];
            continue;
          }
          case Op.FORMAT_VALUE: {
            const arg = w >> 8;
            const spec = arg & 4 ? regs[--sp] : null;
            regs[sp - 1] = formatValue(regs[sp - 1], arg & 3, spec);
            continue;
          }

          // ---- calls --------------------------------------------------------------------------------------
          case Op.KW_NAMES:
            kwnames = (consts[w >> 8] as PyTuple).items as string[];
            continue;
          case Op.CALL:
          case Op.CALL_PY_EXACT_ARGS:
          case Op.CALL_PY_WITH_DEFAULTS:
          case Op.CALL_BUILTIN:
          case Op.CALL_TYPE_1: {
            const nargs = w >> 8;
            const kw = kwnames;
            kwnames = null;
            const base = sp - nargs - 2;
            let callable = regs[base];
            let argStart: number;
            if (callable === null) {
              callable = regs[base + 1];
              argStart = base + 2;
              if (callable instanceof PyMethod) {
                regs[base] = callable = callable.func;
                regs[base + 1] = (regs[base + 1] as PyMethod).self;
                argStart = base + 1;
              }
            } else {
              argStart = base + 1;
            }
            if (op !== Op.CALL) {
              // Specialised forms: guard, else deoptimise and take the generic path below.
              const i = pc - 1;
              if (op === Op.CALL_PY_EXACT_ARGS) {
                if (callable instanceof PyFunction && callable.code === code.cacheObj[i] && kw === null) {
                  if (counts !== null) hit(Family.CALL);
                  const c2 = callable.code as VMCode;
                  const n = sp - argStart;
                  const nregs = newRegs(c2.frameSize);
                  for (let j = 0; j < n; j++) nregs[j] = regs[argStart + j];
                  const nf = new VMFrame(c2, nregs, callable, callable.globals, callable.builtins, null);
                  if (++it.depth > it.recursionLimit) {
                    it.depth--;
                    throw newError(E.RecursionError, 'maximum recursion depth exceeded');
                  }
                  f.pc = pc;
                  f.sp = base;
                  f.lasti = i;
                  nf.back = f;
                  nf.caller = f;
                  it.frame = nf;
                  f = nf;
                  code = c2;
                  ops = c2.code;
                  regs = nregs;
                  consts = c2.co_consts;
                  names = c2.co_names;
                  pc = 0;
                  sp = c2.nlocalsplus;
                  f.started = true;
                  continue;
                }
              } else if (op === Op.CALL_BUILTIN) {
                if (callable === code.cacheObj[i] && kw === null) {
                  if (counts !== null) hit(Family.CALL);
                  const r = (callable as PyBuiltinFunction).fn(regs.slice(argStart, sp), null);
                  sp = base;
                  regs[sp++] = r;
                  continue;
                }
              } else if (op === Op.CALL_TYPE_1) {
                if (callable === T.type && kw === null && sp - argStart === 1) {
                  if (counts !== null) hit(Family.CALL);
                  const r = typeOf(regs[argStart]);
                  sp = base;
                  regs[sp++] = r;
                  continue;
                }
              }
              deopt(code, i, Family.CALL);
            }
            if (callable instanceof PyFunction) {
              const c2 = callable.code;
              if (c2 instanceof VMCode && !c2.isGenerator && !c2.isCoroutine && !c2.isAsyncGenerator) {
                const n = sp - argStart;
                let nregs;
                if (kw === null && c2.simpleArgs && n === c2.co_argcount) {
                  nregs = newRegs(c2.frameSize);
                  for (let j = 0; j < n; j++) nregs[j] = regs[argStart + j];
                } else {
                  nregs = packRegs(bindArguments(callable, c2, regs.slice(argStart, sp), kw, c2.frameSize), c2.frameSize);
                }
                specializeCall(code, pc - 1, callable, n, kw);
                const nf = new VMFrame(c2, nregs, callable, callable.globals, callable.builtins, null);
                if (++it.depth > it.recursionLimit) {
                  it.depth--;
                  throw newError(E.RecursionError, 'maximum recursion depth exceeded');
                }
                f.pc = pc;
                f.sp = base;
                f.lasti = pc - 1;
                nf.back = f;
                nf.caller = f;
                it.frame = nf;
                f = nf;
                code = c2;
                ops = c2.code;
                regs = nregs;
                consts = c2.co_consts;
                names = c2.co_names;
                pc = 0;
                sp = c2.nlocalsplus;
                f.started = true;
                continue;
              }
            }
            f.lasti = pc - 1;
            let r: PyObject;
            if (callable instanceof PyMethodDescriptor && argStart === base + 1 && kw === null) {
              r = callable.fn(regs[argStart], regs.slice(argStart + 1, sp), null);
            } else if (callable instanceof PyBuiltinFunction) {
              specializeCall(code, pc - 1, callable, sp - argStart, kw);
              r = callable.fn(regs.slice(argStart, sp), kw);
            } else {
              if (callable === T.type) specializeCall(code, pc - 1, callable, sp - argStart, kw);
              r = call(callable, regs.slice(argStart, sp), kw);
            }
            sp = base;
            regs[sp++] = r;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwd = (w >> 8) & 1 ? (regs[--sp] as PyDict) : null;
            const argsObj = regs[--sp];
            const callable = regs[sp - 1];
            const args = starArgs(callable, argsObj);
            let kwn: string[] | null = null;
            let all = args;
            if (kwd !== null && kwd.size > 0) {
              all = args.slice();
              kwn = [];
              for (const [k, v] of kwd.entries()) {
                kwn.push(k as string);
                all.push(v);
              }
            }
            f.lasti = pc - 1;
            const r = call(callable, all, kwn);
            sp -= 2;
            regs[sp++] = r;
            continue;
          }
          case Op.MAKE_FUNCTION: {
            const flags = w >> 8;
            const fcode = regs[--sp] as unknown as VMCode;
            const closure = flags & MF.CLOSURE ? regs[--sp] : null;
            const ann = flags & MF.ANNOTATIONS ? regs[--sp] : null;
            const kwdefaults = flags & MF.KWDEFAULTS ? regs[--sp] : null;
            const defaults = flags & MF.DEFAULTS ? regs[--sp] : null;
            regs[sp++] = makeFunction(fcode, flags, f, defaults, kwdefaults, ann, closure);
            continue;
          }
          case Op.RETURN_VALUE: {
            const v = regs[--sp];
            if (f === entry) {
              f.pc = pc;
              f.sp = sp;
              return v;
            }
            it.depth--;
            it.frame = f.back;
            f = f.caller!;
            code = f.code;
            ops = code.code;
            regs = f.regs;
            consts = code.co_consts;
            names = code.co_names;
            pc = f.pc;
            sp = f.sp;
            regs[sp++] = v;
            continue;
          }
          case Op.LOAD_BUILD_CLASS:
            regs[sp++] = BUILD_CLASS;
            continue;

          // ---- exceptions --------------------------------------------------------------------------------
          case Op.LOAD_ASSERTION_ERROR:
            regs[sp++] = E.AssertionError;
            continue;
          case Op.RAISE_VARARGS: {
            const n = w >> 8;
            if (n === 0) {
              skipTb = true;
              reraise();
            }
            let cause: PyObject | null = null;
            if (n === 2) cause = regs[--sp];
            const exc = makeRaisable(regs[--sp]);
            if (cause !== null) setCause(exc, cause);
            chainContext(exc);
            raised = true;
            throw exc;
          }
          case Op.RERAISE: {
            const exc = regs[--sp];
            const n = w >> 8;
            if (n > 0) tbLasti = regs[sp - n] as number;
            skipTb = true;
            throw exc;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = regs[sp - 1];
            regs[sp - 1] = handled.length > 0 ? handled[handled.length - 1] : None;
            regs[sp++] = exc;
            handled.push(exc as PyBaseException);
            continue;
          }
          case Op.POP_EXCEPT:
            sp--;
            handled.pop();
            continue;
          case Op.CHECK_EXC_MATCH: {
            const t = regs[sp - 1];
            regs[sp - 1] = exceptionMatches(regs[sp - 2], t);
            continue;
          }
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
            continue;
          }
          case Op.PREP_RERAISE_STAR: {
            const list = (regs[--sp] as PyList).items;
            const orig = regs[sp - 1] as PyBaseException;
            const rest = list.length > 0 ? list[list.length - 1] : None;
            const raised: PyBaseException[] = [];
            for (let i = 0; i < list.length - 1; i++) if (list[i] !== None) raised.push(list[i] as PyBaseException);
            const r = combineRaised(orig, raised, rest === None ? null : (rest as PyBaseException));
            regs[sp - 1] = r ?? None;
            continue;
          }
          case Op.BEFORE_WITH:
          case Op.BEFORE_ASYNC_WITH: {
            const [exit, res] = beforeWith(regs[sp - 1], op === Op.BEFORE_ASYNC_WITH);
            regs[sp - 1] = exit;
            regs[sp++] = res;
            continue;
          }
          case Op.WITH_EXCEPT_START: {
            const exc = regs[sp - 1];
            const exit = regs[sp - 4];
            regs[sp++] = call(exit, [typeOf(exc), exc, None]);
            continue;
          }

          // ---- imports and annotations ------------------------------------------------------------------
          case Op.IMPORT_NAME: {
            const fromlist = regs[--sp];
            const level = regs[sp - 1];
            regs[sp - 1] = importName(names[w >> 8], f.globals, fromlist, Number(level));
            continue;
          }
          case Op.IMPORT_FROM:
            regs[sp] = importFrom(regs[sp - 1], names[w >> 8]);
            sp++;
            continue;
          case Op.IMPORT_STAR: {
            const m = regs[--sp];
            const target = f.locals ?? f.globals;
            importStar(m, (k, v) => {
              if (target instanceof PyDict) target.setStr(k, v);
              else setItem(target, k, v);
            });
            continue;
          }
          case Op.SETUP_ANNOTATIONS:
            setupAnnotations(f);
            continue;
          case Op.PRINT_EXPR:
            displayHook(regs[--sp]);
            continue;

          // ---- generators and coroutines ----------------------------------------------------------------
          case Op.YIELD_VALUE: {
            const v = regs[--sp];
            // Generator frames are always entry frames (they run only when resumed).
            f.pc = pc;
            f.sp = sp;
            f.lasti = pc - 1;
            entry.yielded = true;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = regs[sp - 1];
            if (v instanceof PyGenerator) {
              if (v.cls === T.coroutine && !code.isCoroutine && !(code.co_flags & 0x100)) {
                if (code.isGenerator) typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
              }
              continue;
            }
            regs[sp - 1] = getIter(v);
            continue;
          }
          case Op.SEND: {
            const v = regs[--sp];
            const receiver = regs[sp - 1];
            const res = send(receiver, v);
            if (res === SendResult.RETURN) {
              regs[sp - 1] = sendValue.value;
              pc = w >> 8;
            } else {
              regs[sp++] = sendValue.value;
            }
            continue;
          }
          case Op.GET_AWAITABLE:
            regs[sp - 1] = getAwaitable(regs[sp - 1], w >> 8);
            continue;
          case Op.GET_AITER:
            regs[sp - 1] = getAIter(regs[sp - 1]);
            continue;
          case Op.GET_ANEXT:
            regs[sp] = getANext(regs[sp - 1]);
            sp++;
            continue;
          case Op.END_ASYNC_FOR: {
            const exc = regs[--sp];
            if (exc instanceof PyBaseException && typeOf(exc).isSubtype(E.StopAsyncIteration)) {
              sp--;
              continue;
            }
            skipTb = true;
            throw exc;
          }
          case Op.ASYNC_GEN_WRAP:
            regs[sp - 1] = asyncGenWrap(regs[sp - 1]);
            continue;

          // ---- pattern matching --------------------------------------------------------------------------
          case Op.MATCH_CLASS: {
            const kwNames = regs[--sp] as PyTuple;
            const cls = regs[--sp];
            regs[sp - 1] = matchClass(regs[sp - 1], cls, w >> 8, kwNames);
            continue;
          }
          case Op.MATCH_MAPPING:
            regs[sp] = isMatchMapping(regs[sp - 1]);
            sp++;
            continue;
          case Op.MATCH_SEQUENCE:
            regs[sp] = isMatchSequence(regs[sp - 1]);
            sp++;
            continue;
          case Op.MATCH_KEYS:
            regs[sp] = matchKeys(regs[sp - 2], regs[sp - 1] as PyTuple);
            sp++;
            continue;
          case Op.GET_LEN:
            regs[sp] = lenOf(regs[sp - 1]);
            sp++;
            continue;

          default:
            throw new Error(`vm: unknown opcode ${op} at ${pc - 1} in ${code.co_qualname}`);
        }
      }
    } catch (err) {
      // ---- exception unwinding -------------------------------------------------------------------------
      let exc: PyBaseException;
      try {
        exc = asPyException(err);
      } catch (fatal) {
        // Not a Python exception: unwind the frames of this loop and let it through.
        while (f !== entry) {
          it.depth--;
          it.frame = f.back;
          f = f.caller!;
        }
        throw fatal;
      }
      kwnames = null;
      for (;;) {
        const faultPc = pc - 1;
        const lasti = tbLasti >= 0 ? tbLasti : faultPc;
        tbLasti = -1;
        f.lasti = lasti;
        if (!skipTb) {
          // A new exception while another is handled gets it as __context__ (CPython's
          // _PyErr_SetObject); `raise` statements chained already.
          if (exc.context === None && handled.length > 0) chainContext(exc);
          recordFrame(exc, f, lasti, raised);
        }
        skipTb = false;
        raised = false;
        const h = faultPc >= 0 ? code.handlerOf[faultPc] : -1;
        if (h >= 0) {
          const t = code.excTable;
          const b = h * 5;
          const depth = code.nlocalsplus + t[b + 3];
          if (sp > depth) dropTemporaries(regs, depth, sp);
          sp = depth;
          if (t[b + 4]) regs[sp++] = faultPc;
          regs[sp++] = exc;
          pc = t[b + 2];
          break;
        }
        if (sp > code.nlocalsplus) dropTemporaries(regs, code.nlocalsplus, sp);
        if (f === entry) {
          f.pc = pc;
          f.sp = sp;
          throw exc;
        }
        it.depth--;
        it.frame = f.back;
        f = f.caller!;
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
}

export { typeError, CMP_OPS };
