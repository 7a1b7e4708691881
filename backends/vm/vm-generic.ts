// The generic (unspecialised) forms of the specialising families, run out of line by the
// dispatch loop (through slowOp). Each runs once per instruction site and then, usually,
// rewrites itself into a specialised form that the loop runs inline (specialize.ts); it runs
// again only when specialisation fails or a guard deoptimises it. Kept out of `run` on
// purpose: V8 optimises that function with the type feedback of the paths that have run, and
// the first execution of a path it has no feedback for deoptimises the whole loop (two
// recompilations of a large function, the loop running unoptimised meanwhile). A generic form
// first runs at an unpredictable time (whenever new code first runs), so inline it caused such
// deoptimisations all through a program's life; out of line, the loop's call of slowOp has
// feedback from the start.
//
// Convention (as slowOp's): f.pc is the next instruction, f.sp the stack pointer; this
// updates both. FOR_ITER sets f.pc to its target when the iterator is exhausted.

import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyFloat } from '../../src/objects/float.js';
import { floatPow } from '../../src/objects/float-type.js';
import { T } from '../../src/objects/types.js';
import { CmpOp, type BinarySlot } from '../../src/objects/slots.js';
import { bigArith } from '../../src/objects/arith-fast.js';
import {
  safeAnd, safeOr, safeXor, safeRshift, safeLshift, safeMod, safeFloorDiv, INT_FLOORDIV_ZERO, INT_MOD_ZERO, INT_TRUEDIV_ZERO,
} from '../../src/objects/int.js';
import {
  binaryOp, inplaceOp, powerOp, inplacePower, richCompare, getItem, setItem, iterNext, typeOf,
} from '../../src/objects/protocol.js';
import { PyGenerator } from '../treewalk/generator.js';
import { type PyBaseException, E, newError } from '../../src/objects/exception.js';
import { Op, NB, NB_SLOTS, NB_SYMBOLS } from './opcodes.js';
import type { VMFrame } from './frame.js';
import { newFloat } from './alloc.js';
import { loadNameSlow, storeNameSlow, storeWatched } from './vm-support.js';
import { rebound, peekAttr, peekItem, storeDropped, generatorFinished } from '../../src/runtime/early-finalize.js';
import { finalizers } from '../../src/objects/finalizers.js';
import { genNext } from './generator.js';
import {
  specializeLoadGlobal, specializeLoadName, specializeStoreName, specializeLoadAttr, specializeLoadMethod,
  specializeStoreAttr, specializeBinaryOp, specializeCompareOp, specializeSubscr, specializeStoreSubscr,
  specializeForIter,
} from './specialize.js';

export const CMP_OPS: CmpOp[] = [CmpOp.LT, CmpOp.LE, CmpOp.EQ, CmpOp.NE, CmpOp.GT, CmpOp.GE];
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** BINARY_OP's generic path (NB_* codes; 13+ in place). */
export function binaryOpSlow(a: PyObject, b: PyObject, nb: number): PyObject {
  if ((nb === NB.POWER || nb === NB.POWER + NB.INPLACE) && a instanceof PyFloat && a.cls === T.float) {
    if (b instanceof PyFloat && b.cls === T.float) return floatPow(a.value, b.value);
    if (typeof b === 'number') return floatPow(a.value, b);
  }
  if (nb >= NB.INPLACE) {
    const base = nb - NB.INPLACE;
    if (base === NB.POWER) return inplacePower(a, b);
    return inplaceOp(a, b, NB_SLOTS[base] as never);
  }
  if (nb === NB.POWER) return powerOp(a, b);
  return binaryOp(a, b, NB_SLOTS[nb] as never);
}

/**
 * The loop's tail for an int-specialised BINARY_OP (BINARY_OP_ADD/SUBTRACT/MULTIPLY_INT,
 * BINARY_OP_INT) whose fast path gave no result: when both operands are still ints (a result past
 * 2**53, a big int operand, a zero divisor...), the general int operation runs here and the
 * instruction stays specialised (true: the result replaces the operands). Else false: deoptimise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function intTail(regs: any[], sp: number, w: number): boolean {
  const op = w & 0xff;
  if (op !== Op.BINARY_OP_ADD_INT && op !== Op.BINARY_OP_SUBTRACT_INT && op !== Op.BINARY_OP_MULTIPLY_INT && op !== Op.BINARY_OP_INT) return false;
  const a = regs[sp - 2];
  const b = regs[sp - 1];
  if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return false;
  regs[sp - 2] = intArith(a, b, w >> 8);
  return true;
}

/**
 * The loop's tail for COMPARE_OP_INT whose operands are not both safe ints: when both are
 * still ints (a big int operand), the comparison runs here (JS compares bigints with each
 * other and with numbers exactly) and the instruction stays specialised (true: the result
 * replaces the operands). Else false: deoptimise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function intCompareTail(regs: any[], sp: number, w: number): boolean {
  if ((w & 0xff) !== Op.COMPARE_OP_INT) return false;
  const a = regs[sp - 2];
  const b = regs[sp - 1];
  if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return false;
  regs[sp - 2] = intCmp(a, b, w >> 8);
  return true;
}

/** `a <cmp> b` for two ints (numbers or bigints), or any two JS numbers or bigints. */
export function intCmp(a: number | bigint, b: number | bigint, cmp: number): boolean {
  switch (cmp) {
    case 0: return a < b;
    case 1: return a <= b;
    // eslint-disable-next-line eqeqeq
    case 2: return a == b;
    // eslint-disable-next-line eqeqeq
    case 3: return a != b;
    case 4: return a > b;
  }
  return a >= b;
}

/** `a <nb> b` (in place or not) for two exact ints: int's own functions (bigArith), else the protocol. */
export function intArith(a: number | bigint, b: number | bigint, nb: number): PyObject {
  return bigArith(a, b, NB_SLOTS[nb >= NB.INPLACE ? nb - NB.INPLACE : nb] as BinarySlot) ?? binaryOpSlow(a, b, nb);
}

/**
 * The ZeroDivisionError of a specialised int instruction (BINARY_OP_INT) whose operands are
 * ints and whose divisor is 0, with int's messages; null for anything else. The loop raises
 * it without a JS throw (vm.ts, RAISE).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function intZeroDivision(regs: any[], sp: number, w: number): PyBaseException | null {
  if ((w & 0xff) !== Op.BINARY_OP_INT || regs[sp - 1] !== 0) return null;
  const a = regs[sp - 2];
  if (typeof a !== 'number' && typeof a !== 'bigint') return null;
  return zeroDivisionOf(w >> 8);
}

/** The ZeroDivisionError of int `//`, `%` or `/` (operator `nb`) by zero; null for the others. */
export function zeroDivisionOf(nb: number): PyBaseException | null {
  switch (nb >= NB.INPLACE ? nb - NB.INPLACE : nb) {
    case NB.FLOOR_DIVIDE: return newError(E.ZeroDivisionError, INT_FLOORDIV_ZERO);
    case NB.REMAINDER: return newError(E.ZeroDivisionError, INT_MOD_ZERO);
    case NB.TRUE_DIVIDE: return newError(E.ZeroDivisionError, INT_TRUEDIV_ZERO);
  }
  return null;
}

/** An exact float's value, or an int's (safe) value; undefined for anything else (vm.ts, jit.ts). */
export function floatOperand(v: PyObject): number | undefined {
  if (v instanceof PyFloat) return v.cls === T.float ? v.value : undefined;
  return typeof v === 'number' ? v : undefined;
}

/**
 * `a <nb> b` for two safe ints when the result is a safe int (or, for `/`, a float), else
 * undefined: BINARY_OP_INT's fast path (the operators without their own specialised form).
 */
export function intBinary(a: number, b: number, nb: number): PyObject | undefined {
  switch (nb >= NB.INPLACE ? nb - NB.INPLACE : nb) {
    case NB.ADD: {
      const r = a + b;
      return r >= -MAX_SAFE && r <= MAX_SAFE ? r : undefined;
    }
    case NB.SUBTRACT: {
      const r = a - b;
      return r >= -MAX_SAFE && r <= MAX_SAFE ? r : undefined;
    }
    case NB.MULTIPLY: {
      const r = a * b;
      return Number.isSafeInteger(r) ? r + 0 : undefined;
    }
    // Non-negative int32 operands (the usual i % n, i // n) here, where V8's type feedback for
    // `%` and `/` is this site's own: safeMod's is shared with every int slot and sees doubles,
    // which compiles its `%` to a float modulus (a C call).
    case NB.REMAINDER:
      if (b > 0 && a >= 0 && (a | 0) === a && (b | 0) === b) return a % b;
      return b === 0 ? undefined : safeMod(a, b);
    case NB.FLOOR_DIVIDE:
      if (b > 0 && a >= 0 && (a | 0) === a && (b | 0) === b) return (a / b) | 0;
      return b === 0 ? undefined : safeFloorDiv(a, b);
    case NB.AND:
      return safeAnd(a, b);
    case NB.OR:
      return safeOr(a, b);
    case NB.XOR:
      return safeXor(a, b);
    case NB.RSHIFT:
      return b >= 0 ? safeRshift(a, b) : undefined;
    case NB.TRUE_DIVIDE:
      // Both operands are exact doubles, so IEEE division is Python's correctly rounded int / int.
      return b === 0 ? undefined : newFloat(a / b);
    case NB.LSHIFT:
      return b >= 0 ? safeLshift(a, b) : undefined;
  }
  return undefined;
}

export function compareSlow(a: PyObject, b: PyObject, op: number): PyObject {
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return intCmp(a, b, op);
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

/**
 * Runs the generic form of a specialising instruction `w` (see the header). As in CPython, the
 * instruction is specialised (when due) before the operation runs: an operation that raises
 * (a missing key, a zero divisor) must not keep its instruction generic for ever.
 */
export function genericOp(f: VMFrame, w: number): void {
  const regs = f.regs;
  const code = f.code;
  const i = f.pc - 1;
  const arg = w >> 8;
  let sp = f.sp;
  // The frame's line while the operation runs (it may run Python code that reads f_lineno).
  f.lasti = i;
  switch (w & 0xff) {
    case Op.LOAD_GLOBAL: {
      const v = specializeLoadGlobal(code, i, f.globals, f.builtins, code.co_names[arg >> 1]);
      if (arg & 1) regs[sp++] = null;
      regs[sp++] = v;
      break;
    }
    case Op.LOAD_NAME: {
      const name = code.co_names[arg];
      const l = f.locals;
      let v: PyObject | undefined;
      if (l instanceof PyDict && l.cls === T.dict && f.builtins.cls === T.dict && (v = specializeLoadName(code, i, l, f.globals, f.builtins, name)) !== undefined) {
        regs[sp++] = v;
      } else {
        regs[sp++] = loadNameSlow(f, name);
      }
      break;
    }
    case Op.STORE_NAME: {
      const l = f.locals;
      if (l instanceof PyDict && l.cls === T.dict) {
        // (Once the program may need early finalizers, what the rebinding dropped is looked at,
        // with the stack below the value, early-finalize.ts.)
        const old = finalizers.on ? l.getStr(code.co_names[arg]) : undefined;
        specializeStoreName(code, i, l, f.globals, code.co_names[arg], regs[--sp]);
        if (old !== undefined) {
          f.sp = sp;
          rebound(old);
        }
      } else if (finalizers.on && l instanceof PyDict) storeWatched(l, code.co_names[arg], regs[--sp]);
      else storeNameSlow(f, code.co_names[arg], regs[--sp]);
      break;
    }
    case Op.LOAD_ATTR:
      regs[sp - 1] = specializeLoadAttr(code, i, regs[sp - 1], code.co_names[arg]);
      break;
    case Op.STORE_ATTR:
      if (finalizers.on) {
        // (What the store replaced may die: early-finalize.ts. Specialised all the same.)
        const o = regs[sp - 1];
        const name = code.co_names[arg];
        const old = peekAttr(o, name);
        specializeStoreAttr(code, i, o, name, regs[sp - 2]);
        sp -= 2;
        f.sp = sp;
        storeDropped(old, regs[sp]);
        break;
      }
      specializeStoreAttr(code, i, regs[sp - 1], code.co_names[arg], regs[sp - 2]);
      sp -= 2;
      break;
    case Op.LOAD_METHOD:
      sp = specializeLoadMethod(code, i, regs, sp, code.co_names[arg]);
      break;
    case Op.BINARY_OP: {
      const b = regs[--sp];
      const a = regs[sp - 1];
      let r: PyObject | undefined;
      specializeBinaryOp(code, i, a, b, arg);
      if (typeof a === 'number' && typeof b === 'number' && (r = intBinary(a, b, arg)) !== undefined) regs[sp - 1] = r;
      else regs[sp - 1] = binaryOpSlow(a, b, arg);
      break;
    }
    case Op.COMPARE_OP: {
      const b = regs[--sp];
      const a = regs[sp - 1];
      specializeCompareOp(code, i, a, b);
      regs[sp - 1] = compareSlow(a, b, arg);
      break;
    }
    case Op.BINARY_SUBSCR: {
      const k = regs[--sp];
      const o = regs[sp - 1];
      specializeSubscr(code, i, o, k);
      regs[sp - 1] = getItem(o, k);
      break;
    }
    case Op.STORE_SUBSCR: {
      const k = regs[sp - 1];
      const o = regs[sp - 2];
      specializeStoreSubscr(code, i, o, k);
      const old = finalizers.on ? peekItem(o, k) : undefined;
      setItem(o, k, regs[sp - 3]);
      sp -= 3;
      if (old !== undefined) {
        f.sp = sp;
        storeDropped(old, regs[sp]);
      }
      break;
    }
    case Op.FOR_ITER: {
      const iter = regs[sp - 1];
      specializeForIter(code, i, iter);
      const v = iter instanceof PyGenerator ? genNext(iter) : iterNext(iter);
      if (v === undefined) {
        sp--;
        f.pc = arg;
        // (A generator that ran out at the loop's first step: what only its frame held may
        // need its finalizer now, as at the specialised loops' end. A list or tuple that does
        // is empty.)
        if (finalizers.on && f.gen === null && iter instanceof PyGenerator) {
          f.sp = sp;
          generatorFinished(iter);
        }
      } else regs[sp++] = v;
      break;
    }
    default:
      throw new Error(`genericOp: opcode ${w & 0xff} is not a generic form`);
  }
  f.sp = sp;
}

/** The TypeError of `a <nb> b` when the left operand's dunder returned NotImplemented (BINARY_OP_PY). */
export function binopUnsupported(nb: number, a: PyObject, b: PyObject): PyBaseException {
  const sym = nb >= NB.INPLACE ? `${NB_SYMBOLS[nb - NB.INPLACE]}=` : NB_SYMBOLS[nb];
  return newError(E.TypeError, `unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}
