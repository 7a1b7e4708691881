// Compile-time constants, as far as CPython 3.11's AST optimiser makes them: literals,
// `__debug__` (True: we never run with -O), unary operators and simple arithmetic on numeric
// constants, and tuples of constants. The compiler uses this to fold constant conditions into
// jumps (so unreachable code disappears as in CPython, which `dis --scopes` shows) and to load
// constant tuples and negative numbers with one LOAD_CONST (the VM compiler), and to place a
// `return` statement's unwinding errors (both backends).

import type { expr, Return } from './nodes.js';
import type { Constant_ } from './constant.js';
import { PyBytesConst, PyComplexConst } from './constant.js';

export type Folded = { value: Constant_ } | { tuple: Folded[] };

// CPython 3.11 ast_opt.c's limits on what its optimizer folds (safe_multiply, safe_power,
// safe_lshift): the compile-time warnings (syntax-warnings.ts) and the compilers' constants
// (runtime/co-consts.ts foldConst) both apply them.
/** Bits of an int result. */
export const MAX_INT_SIZE = 128;
/** Items of a tuple (or frozenset) result. */
export const MAX_COLLECTION_SIZE = 256;
/** Characters or bytes of a str/bytes result. */
export const MAX_STR_SIZE = 4096;

/** The number of bits of |v| (0 for 0). */
export function bigBitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

export function fold(e: expr): Folded | null {
  switch (e._type) {
    case 'Constant':
      return { value: e.value };
    case 'Name':
      return e.id === '__debug__' && e.ctx === 'Load' ? { value: true } : null;
    case 'UnaryOp': {
      const v = fold(e.operand);
      if (v === null) return null;
      if (e.op === 'Not') return { value: !truthy(v) };
      if (!('value' in v)) return null;
      const x = v.value;
      if (e.op === 'USub') {
        if (typeof x === 'bigint') return { value: -x };
        if (typeof x === 'number') return { value: -x };
        if (typeof x === 'boolean') return { value: x ? -1n : 0n };
        if (x instanceof PyComplexConst) return { value: new PyComplexConst(-x.real, -x.imag) };
        return null;
      }
      if (e.op === 'UAdd') {
        if (typeof x === 'bigint' || typeof x === 'number') return { value: x };
        if (typeof x === 'boolean') return { value: x ? 1n : 0n };
        return null;
      }
      if (e.op === 'Invert') {
        if (typeof x === 'bigint') return { value: ~x };
        if (typeof x === 'boolean') return { value: x ? -2n : -1n };
        return null;
      }
      return null;
    }
    case 'BinOp': {
      const a = fold(e.left);
      const b = fold(e.right);
      if (a === null || b === null || !('value' in a) || !('value' in b)) return null;
      if (a.value instanceof PyComplexConst || b.value instanceof PyComplexConst) return foldComplex(e.op, a.value, b.value);
      const x = num(a.value);
      const y = num(b.value);
      if (x === null || y === null) return null;
      if (typeof x === 'bigint' && typeof y === 'bigint') {
        switch (e.op) {
          case 'Add': return small(x + y);
          case 'Sub': return small(x - y);
          case 'Mult': return small(x * y);
        }
        return null;
      }
      const fx = Number(x);
      const fy = Number(y);
      switch (e.op) {
        case 'Add': return { value: fx + fy };
        case 'Sub': return { value: fx - fy };
        case 'Mult': return { value: fx * fy };
      }
      return null;
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      const out: Folded[] = [];
      for (const x of e.elts) {
        if (x._type === 'Starred') return null;
        const f = fold(x);
        if (f === null) return null;
        out.push(f);
      }
      return { tuple: out };
    }
  }
  return null;
}

/** Complex literals (`1+2j`, `-0-0j`) are additions/subtractions of a real and an imaginary part. */
function foldComplex(op: string, a: Constant_, b: Constant_): Folded | null {
  const parts = (v: Constant_): [number, number] | null => {
    if (v instanceof PyComplexConst) return [v.real, v.imag];
    const n = num(v);
    return n === null ? null : [Number(n), 0];
  };
  const x = parts(a);
  const y = parts(b);
  if (x === null || y === null) return null;
  if (op === 'Add') return { value: new PyComplexConst(x[0] + y[0], x[1] + y[1]) };
  if (op === 'Sub') return { value: new PyComplexConst(x[0] - y[0], x[1] - y[1]) };
  return null;
}

function num(v: Constant_): bigint | number | null {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

function small(v: bigint): Folded | null {
  // CPython refuses to fold results that would be huge; we only need modest ones.
  return v >= -(2n ** 64n) && v <= 2n ** 64n ? { value: v } : null;
}

export function truthy(f: Folded): boolean {
  if ('tuple' in f) return f.tuple.length > 0;
  const v = f.value;
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
  }
  if (v instanceof PyBytesConst) return v.bytes.length > 0;
  if (v instanceof PyComplexConst) return v.real !== 0 || v.imag !== 0;
  return true;
}

/** The constant truth value of `e`, or null when it is not a compile-time constant. */
export function constTruth(e: expr): boolean | null {
  const f = fold(e);
  return f === null ? null : truthy(f);
}

/**
 * Where CPython 3.11's compiler is when a `return` statement unwinds its blocks (compiler_return),
 * the location of an error found there ("cannot appear in an except* block"): a value that is
 * a constant after folding, on the statement's line, has set it to its own; else the statement's.
 */
export function returnUnwindAt(s: Return): Return | expr {
  const v = s.value;
  return v !== null && (v.lineno | 0) === (s.lineno | 0) && fold(v) !== null ? v : s;
}
