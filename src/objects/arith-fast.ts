// Fast paths of the number protocol for exact ints (JS numbers and bigints) and exact floats,
// taken by binaryOp/inplaceOp/powerOp (protocol.ts) before the generic slot dispatch. They
// compute exactly what the int and float slots compute (an int zero divisor raises the int
// slots' ZeroDivisionError); anything else (subclasses, mixed bigint/float, float zero divisors)
// returns undefined and takes the generic path.

import type { PyObject } from './object.js';
import type { BinarySlot } from './slots.js';
import { PyFloat, newFloat } from './float.js';
import { T } from './types.js';
import { floatPow } from './float-type.js';
import {
  safeMod, safeFloorDiv, INT_FLOORDIV_ZERO, INT_MOD_ZERO, INT_TRUEDIV_ZERO, intAdd, intSub, intMul, intFloorDiv,
  intMod, intTrueDiv, intLshift, intRshift, intAnd, intOr, intXor,
} from './int.js';
import { E, newError } from './exception.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** int op int for JS-number ints (a result past the safe range: the int slots' big path). */
function intArith(a: number, b: number, slot: BinarySlot): PyObject | undefined {
  switch (slot) {
    case 'add': {
      const r = a + b;
      return r >= -MAX_SAFE && r <= MAX_SAFE ? r : intAdd(a, b);
    }
    case 'sub': {
      const r = a - b;
      return r >= -MAX_SAFE && r <= MAX_SAFE ? r : intSub(a, b);
    }
    case 'mul': {
      const r = a * b;
      return Number.isSafeInteger(r) ? r + 0 : intMul(a, b);
    }
    // A zero divisor raises here (the int slots' messages), not four calls deeper: V8's cost
    // of a throw grows with the frames it unwinds.
    case 'floordiv':
      if (b === 0) throw newError(E.ZeroDivisionError, INT_FLOORDIV_ZERO);
      return safeFloorDiv(a, b);
    case 'mod':
      if (b === 0) throw newError(E.ZeroDivisionError, INT_MOD_ZERO);
      return safeMod(a, b);
    case 'truediv':
      if (b === 0) throw newError(E.ZeroDivisionError, INT_TRUEDIV_ZERO);
      return newFloat(a / b);
  }
  return bigArith(a, b, slot);
}

/**
 * int op int with a bigint operand or a result past the fast range: what int's slots compute
 * (int-type.ts), without the slot dispatch (a keyed slot read and two operand checks);
 * undefined for the other operators. Both backends' int paths end here too.
 */
export function bigArith(a: number | bigint, b: number | bigint, slot: BinarySlot): PyObject | undefined {
  switch (slot) {
    case 'add': return intAdd(a, b);
    case 'sub': return intSub(a, b);
    case 'mul': return intMul(a, b);
    case 'floordiv': return intFloorDiv(a, b);
    case 'mod': return intMod(a, b);
    case 'truediv': return newFloat(intTrueDiv(a, b));
    case 'lshift': return intLshift(a, b);
    case 'rshift': return intRshift(a, b);
    case 'and': return intAnd(a, b);
    case 'or': return intOr(a, b);
    case 'xor': return intXor(a, b);
  }
  return undefined;
}

/** a op b when both are exact ints or exact floats; undefined otherwise. */
export function fastBinary(a: PyObject, b: PyObject, slot: BinarySlot): PyObject | undefined {
  let x: number;
  let y: number;
  if (typeof a === 'number') {
    if (typeof b === 'number') return intArith(a, b, slot);
    if (typeof b === 'bigint') return bigArith(a, b, slot);
    if (!(b instanceof PyFloat) || b.cls !== T.float) return undefined;
    x = a + 0;
    y = b.value;
  } else if (typeof a === 'bigint') {
    return typeof b === 'number' || typeof b === 'bigint' ? bigArith(a, b, slot) : undefined;
  } else if (a instanceof PyFloat && a.cls === T.float) {
    x = a.value;
    if (typeof b === 'number') y = b + 0;
    else if (b instanceof PyFloat && b.cls === T.float) y = b.value;
    else return undefined;
  } else {
    return undefined;
  }
  switch (slot) {
    case 'add': return newFloat(x + y);
    case 'sub': return newFloat(x - y);
    case 'mul': return newFloat(x * y);
    case 'truediv': return y === 0 ? undefined : newFloat(x / y);
  }
  return undefined;
}

/** a ** b with an exact float operand and an exact float or int (safe) other; else undefined. */
export function fastPower(a: PyObject, b: PyObject): PyObject | undefined {
  if (a instanceof PyFloat && a.cls === T.float) {
    if (b instanceof PyFloat && b.cls === T.float) return floatPow(a.value, b.value);
    if (typeof b === 'number') return floatPow(a.value, b);
  } else if (typeof a === 'number' && b instanceof PyFloat && b.cls === T.float) {
    return floatPow(a + 0, b.value);
  }
  return undefined;
}
