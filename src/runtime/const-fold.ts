// Compile-time constant folding, as CPython 3.11's AST optimizer does it (ast_opt.c): literals,
// `__debug__` (True: never run with -O), unary and binary operations on constants, tuples of
// constants and subscripts of constants fold to the value evaluating them gives, computed by the
// runtime's own operations on its objects, when that succeeds and the operands of *, ** and <<
// are within the optimizer's size limits (safe_multiply, safe_power, safe_lshift; a str or bytes
// % is never folded; other results are not limited). One folder serves every use: the compilers' constants (co-consts.ts, the VM's
// LOAD_CONST, the tree-walker's folded nodes), constant conditions folded into jumps, the
// placement of a `return`'s unwinding errors, and the compile-time SyntaxWarnings
// (src/ast/syntax-warnings.ts), which look at the type of what folds.

import type { PyObject } from '../objects/object.js';
import type { Constant_ } from '../ast/constant.js';
import type { Return } from '../ast/nodes.js';
import { ELLIPSIS, PyBytesConst, PyComplexConst } from '../ast/constant.js';
import { None, Ellipsis } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBytes } from '../objects/bytes.js';
import { PySet, setItems } from '../objects/set.js';
import { normInt } from '../objects/object.js';
import { factories } from '../objects/factories.js';
import { newFloat } from '../objects/float.js';
import { cpLength } from '../objects/str.js';
import { binaryOp, powerOp, unaryOp, isTrue, getItem } from '../objects/protocol.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

// CPython 3.11 ast_opt.c's limits on what its optimizer folds.
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

/** The runtime object for an AST constant. */
export function convertConst(c: Constant_): PyObject {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean': return c;
    case 'bigint': return normInt(c);
    case 'number': return newFloat(c);
    case 'string': return c;
  }
  if (c === ELLIPSIS) return Ellipsis;
  if (c instanceof PyBytesConst) return factories.newBytes(c.bytes);
  if (c instanceof PyComplexConst) return factories.newComplex(c.real, c.imag);
  throw new Error('unknown constant');
}

function protoLen(v: PyObject): number | undefined {
  if (typeof v === 'string') return cpLength(v);
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PySet) return setItems(v).length;
  return undefined;
}



function intBits(v: PyObject): number | null {
  if (typeof v === 'number') return v === 0 ? 0 : Math.abs(v).toString(2).length;
  if (typeof v === 'bigint') return bigBitLength(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

const BINOPS: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'truediv', FloorDiv: 'floordiv', Mod: 'mod', LShift: 'lshift',
  RShift: 'rshift', BitAnd: 'and', BitOr: 'or', BitXor: 'xor', MatMult: 'matmul',
};

/** The AST optimiser's value for `e` (fold_binop/fold_unaryop/fold_tuple/fold_subscr), or undefined. */
export function foldConst(e: N): PyObject | undefined {
  switch (e._type) {
    case 'Constant':
      return convertConst(e.value);
    case 'Name':
      return e.id === '__debug__' && e.ctx === 'Load' ? true : undefined;
    case 'UnaryOp': {
      const v = foldConst(e.operand);
      if (v === undefined) return undefined;
      try {
        if (e.op === 'Not') return !isTrue(v);
        return unaryOp(v, e.op === 'USub' ? 'neg' : e.op === 'UAdd' ? 'pos' : 'invert');
      } catch {
        return undefined;
      }
    }
    case 'BinOp': {
      // (The left operand first, alone: a long chain `a + b + c + ...` is not folded from every level.)
      const a = foldConst(e.left);
      if (a === undefined) return undefined;
      const b = foldConst(e.right);
      if (b === undefined) return undefined;
      // safe_multiply / safe_power / safe_lshift / safe_mod: no huge results, no str % formatting.
      const ab = intBits(a);
      const bb = intBits(b);
      if (e.op === 'Mult') {
        if (ab !== null && bb !== null && ab + bb > MAX_INT_SIZE) return undefined;
        const n = ab !== null ? b : bb !== null ? a : undefined;
        const count = ab !== null ? a : b;
        if (n !== undefined && intBits(count) !== null) {
          const len = protoLen(n);
          const limit = n instanceof PyTuple || (n instanceof PySet) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
          if (len !== undefined && len > 0 && (Number(count) < 0 || len * Number(count) > limit)) return undefined;
        }
      }
      if (e.op === 'Pow' && ab !== null && bb !== null && Number(b) > 0 && ab * Number(b) > MAX_INT_SIZE) return undefined;
      if (e.op === 'LShift' && ab !== null && bb !== null && ab > 0 && Number(b) > 0 && (Number(b) > MAX_INT_SIZE || ab + Number(b) > MAX_INT_SIZE)) return undefined;
      if (e.op === 'Mod' && (typeof a === 'string' || a instanceof PyBytes)) return undefined;
      try {
        return e.op === 'Pow' ? powerOp(a, b) : binaryOp(a, b, BINOPS[e.op] as never);
      } catch {
        return undefined;
      }
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return undefined;
      const items = foldElements(e.elts);
      return items === undefined ? undefined : new PyTuple(items);
    }
    case 'Subscript': {
      if (e.ctx !== 'Load' || e.slice._type === 'Slice') return undefined;
      const v = foldConst(e.value);
      const i = foldConst(e.slice);
      if (v === undefined || i === undefined) return undefined;
      try {
        return getItem(v, i);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Whether an expression statement compiles to nothing (a NOP, no constant): its value is a
 * constant once folded. Not the first statement of a module, class or function body that only
 * folding made a str (`'a' + 'b'`): CPython's optimizer makes that an f-string, so that it does
 * not become the docstring (astfold_body), and the f-string loads the constant.
 */
export function constantStatement(value: N, firstOfBody: boolean): boolean {
  const v = foldConst(value);
  if (v === undefined) return false;
  return !(firstOfBody && value._type !== 'Constant' && typeof v === 'string');
}

/** The folded values of a display's elements, or undefined when one is starred or not constant. */
export function foldElements(elts: N[]): PyObject[] | undefined {
  const out: PyObject[] = [];
  for (const x of elts) {
    if (x._type === 'Starred') return undefined;
    const v = foldConst(x);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** The constant truth value of `e`, or null when it is not a compile-time constant. */
export function constTruth(e: N): boolean | null {
  const v = foldConst(e);
  return v === undefined ? null : isTrue(v);
}

/**
 * Where CPython 3.11's compiler is when a `return` statement unwinds its blocks (compiler_return),
 * the location of an error found there ("cannot appear in an except* block"): a value that is
 * a constant after folding, on the statement's line, has set it to its own; else the statement's.
 */
export function returnUnwindAt(s: Return): Return | N {
  const v = s.value;
  return v !== null && (v.lineno | 0) === (s.lineno | 0) && foldConst(v) !== undefined ? v : s;
}
