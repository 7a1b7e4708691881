// Inline fast paths of the tree-walker for arithmetic and comparisons on exact ints (JS numbers
// in the safe range) and exact floats, by operator code (kinds.ts). Anything else — overflow
// to bigint, division by zero, subclasses, other types — goes to the shared object protocol,
// which gives CPython's results and errors; the fast paths only ever return what it would.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyFloat, newFloat } from '../../src/objects/float.js';
import type { PyType } from '../../src/objects/type.js';
import { T } from '../../src/objects/types.js';
import { CmpOp, type BinarySlot } from '../../src/objects/slots.js';
import { binaryOp, richCompare, powerOp, contains, inplaceOp, inplacePower } from '../../src/objects/protocol.js';
import { Op, Cmp } from './kinds.js';
import { safeAnd, safeOr, safeXor, safeRshift, safeLshift, safeMod, safeFloorDiv } from '../../src/objects/int.js';
import { bigArith } from '../../src/objects/arith-fast.js';
import { strConcat } from '../../src/objects/str.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** Protocol slot of each operator code (index = Op). */
const SLOT: BinarySlot[] = [
  'add', 'add', 'sub', 'mul', 'matmul', 'truediv', 'mod', 'add', 'lshift', 'rshift', 'or', 'xor', 'and', 'floordiv',
];

const CMP_OP: CmpOp[] = [CmpOp.EQ, CmpOp.LT, CmpOp.LE, CmpOp.EQ, CmpOp.NE, CmpOp.GT, CmpOp.GE];

let floatType: PyType | null = null;

/** The value of an exact float, else undefined. */
function exactFloat(v: PyObject): number | undefined {
  if (v instanceof PyFloat && v.cls === (floatType ??= T.float)) return v.value;
  return undefined;
}

/** a OP b for exact ints; undefined when the result leaves the fast range or needs an error. */
function intOp(o: number, a: number, b: number): PyObject | undefined {
  switch (o) {
    case Op.Add: {
      const r = a + b;
      return r <= MAX && r >= -MAX ? r : undefined;
    }
    case Op.Sub: {
      const r = a - b;
      return r <= MAX && r >= -MAX ? r : undefined;
    }
    case Op.Mult: {
      const r = a * b;
      return r <= MAX && r >= -MAX ? r + 0 : undefined;
    }
    case Op.Mod:
      // Small non-negative operands (the usual i % n) here, where V8's type feedback for `%`
      // is this site's own: safeMod's is shared with every int slot and sees doubles too,
      // which turns its `%` into a float modulus (a C call).
      if (b > 0 && a >= 0 && (a | 0) === a && (b | 0) === b) return a % b;
      return b === 0 ? undefined : safeMod(a, b);
    case Op.FloorDiv:
      return b === 0 ? undefined : safeFloorDiv(a, b);
    case Op.Div:
      return b === 0 ? undefined : newFloat(a / b);
    case Op.BitAnd:
      return safeAnd(a, b);
    case Op.BitOr:
      return safeOr(a, b);
    case Op.BitXor:
      return safeXor(a, b);
    case Op.RShift:
      return b >= 0 ? safeRshift(a, b) : undefined;
    case Op.LShift:
      return b >= 0 ? safeLshift(a, b) : undefined;
  }
  return undefined;
}

/** a OP b for floats (or a float and an exact int). */
function floatOp(o: number, x: number, y: number): PyObject | undefined {
  switch (o) {
    case Op.Add: return newFloat(x + y);
    case Op.Sub: return newFloat(x - y);
    case Op.Mult: return newFloat(x * y);
    case Op.Div: return y === 0 ? undefined : newFloat(x / y);
  }
  return undefined;
}

/** The fast path of `a OP b`, or undefined. An object whose type is exactly float is a PyFloat. */
function fastBinary(o: number, a: PyObject, b: PyObject): PyObject | undefined {
  if (typeof a === 'number') {
    if (typeof b === 'number') return intOp(o, a, b);
    if (typeof b === 'object' && b.cls === T.float) return floatOp(o, a, (b as PyFloat).value);
    return undefined;
  }
  if (typeof a === 'object' && a.cls === T.float) {
    const x = (a as PyFloat).value;
    if (typeof b === 'object') return b.cls === T.float ? floatOp(o, x, (b as PyFloat).value) : undefined;
    if (typeof b === 'number') return floatOp(o, x, b);
  }
  return undefined;
}

/**
 * `a OP b` for two exact ints (JS numbers or bigints) that left the fast range (bigint results,
 * `i * i * i`): the int slot's own function, without the protocol's type dispatch; else undefined.
 */
function bigIntOp(o: number, a: PyObject, b: PyObject): PyObject | undefined {
  if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return undefined;
  return o === Op.Pow ? undefined : bigArith(a, b, SLOT[o]);
}

/** `a OP b` (BinOp). */
export function binaryFast(o: number, a: PyObject, b: PyObject): PyObject {
  // str + str: str has no in-place slot, so `s += t` is this too.
  if (typeof a === 'string' && typeof b === 'string' && o === Op.Add) return strConcat(a, b);
  const r = fastBinary(o, a, b);
  if (r !== undefined) return r;
  const x = bigIntOp(o, a, b);
  if (x !== undefined) return x;
  if (o === Op.Pow) return powerOp(a, b);
  return binaryOp(a, b, SLOT[o]);
}

/** `a OP= b` (AugAssign): the in-place slot first, as CPython does. */
export function inplaceFast(o: number, a: PyObject, b: PyObject): PyObject {
  if (typeof a === 'string' && typeof b === 'string' && o === Op.Add) return strConcat(a, b);
  const r = fastBinary(o, a, b);
  if (r !== undefined) return r;
  // (exact ints have no in-place slots)
  const x = bigIntOp(o, a, b);
  if (x !== undefined) return x;
  if (o === Op.Pow) return inplacePower(a, b);
  return inplaceOp(a, b, SLOT[o]);
}

/** `a OP b` for one comparison operator. */
export function compareFast(o: number, a: PyObject, b: PyObject): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (o) {
      case Cmp.Lt: return a < b;
      case Cmp.LtE: return a <= b;
      case Cmp.Eq: return a === b;
      case Cmp.NotEq: return a !== b;
      case Cmp.Gt: return a > b;
      case Cmp.GtE: return a >= b;
    }
  }
  switch (o) {
    case Cmp.Is: return a === b;
    case Cmp.IsNot: return a !== b;
    case Cmp.In: return contains(b, a);
    case Cmp.NotIn: return !contains(b, a);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    if (o === Cmp.Eq) return a === b;
    if (o === Cmp.NotEq) return a !== b;
  } else if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    // A big int operand (the other an int too): JS compares bigints and numbers exactly.
    switch (o) {
      case Cmp.Lt: return a < b;
      case Cmp.LtE: return a <= b;
      // eslint-disable-next-line eqeqeq
      case Cmp.Eq: return a == b;
      // eslint-disable-next-line eqeqeq
      case Cmp.NotEq: return a != b;
      case Cmp.Gt: return a > b;
      case Cmp.GtE: return a >= b;
    }
  } else if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = typeof a === 'number' ? a : exactFloat(a);
    const y = typeof b === 'number' ? b : exactFloat(b);
    if (x !== undefined && y !== undefined) {
      switch (o) {
        case Cmp.Lt: return x < y;
        case Cmp.LtE: return x <= y;
        case Cmp.Eq: return x === y;
        case Cmp.NotEq: return x !== y;
        case Cmp.Gt: return x > y;
        case Cmp.GtE: return x >= y;
      }
    }
  }
  return richCompare(a, b, CMP_OP[o]);
}
