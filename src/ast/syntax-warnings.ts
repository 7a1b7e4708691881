// The SyntaxWarnings CPython 3.11's compiler emits for code that compiles but cannot be meant
// (compile.c: check_compare, check_caller, check_subscripter, check_index, compiler_assert), found
// on the AST after the constant folding CPython's AST optimizer would do (`-1`, `(1, 2)`, `1 + 1`
// are constants there):
//   `x is 1`           "is" with a literal. Did you mean "=="?   (and "is not" ... "!=")
//   `(1, 2)(3)`        'tuple' object is not callable; perhaps you missed a comma?
//   `None[0]`          'NoneType' object is not subscriptable; perhaps you missed a comma?
//   `[1, 2][None]`     list indices must be integers or slices, not NoneType; perhaps you missed a comma?
//   `assert (x, "m")`  assertion is always true, perhaps remove parentheses?
// In compile order (each check before the node's parts), one per occurrence (no deduplication).

import type { mod, expr } from './nodes.js';
import { PyBytesConst, PyComplexConst, ELLIPSIS, type Constant_ } from './constant.js';
import { MAX_INT_SIZE, MAX_COLLECTION_SIZE, MAX_STR_SIZE, bigBitLength } from './fold.js';

export interface SyntaxWarningSite {
  msg: string;
  lineno: number;
  /** The node being compiled (its range locates the SyntaxError a warning turned into an
   *  error becomes). */
  at: Located;
}

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

/** What a folded constant expression is: its Python type name, and for `is` whether it is one
 *  of the singletons `is` is meant for (None, True, False, ...). */
interface Folded {
  type: string | null;
  singleton: boolean;
}

function constantType(v: Constant_): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyBytesConst) return 'bytes';
  if (v instanceof PyComplexConst) return 'complex';
  return v === ELLIPSIS ? 'ellipsis' : 'object';
}

/** The constant `e` folds to (as CPython's ast_opt does), or null when it is not one. */
function fold(e: expr): Folded | null {
  const v = constValue(e);
  if (v === null) return null;
  return { type: v.t, singleton: v.t === 'NoneType' || v.t === 'bool' || v.t === 'ellipsis' };
}

/**
 * A folded constant: its Python type and, where further folding or the optimizer's size limits
 * depend on it, its value (ints exact, floats and complexes as doubles, str/bytes by length).
 */
type CVal =
  | { t: 'int'; v: bigint }
  | { t: 'bool'; v: boolean }
  | { t: 'float'; v: number }
  | { t: 'complex'; re: number; im: number }
  | { t: 'str'; n: number; s: string }
  | { t: 'bytes'; n: number }
  | { t: 'tuple'; items: CVal[] }
  | { t: 'NoneType' | 'ellipsis' | 'object' };


function fromConstant(v: Constant_): CVal {
  if (v === null) return { t: 'NoneType' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'string') return { t: 'str', n: [...v].length, s: v };
  if (v instanceof PyBytesConst) return { t: 'bytes', n: v.bytes.length };
  if (v instanceof PyComplexConst) return { t: 'complex', re: v.real, im: v.imag };
  return { t: v === ELLIPSIS ? 'ellipsis' : 'object' };
}

/**
 * What `e` is after CPython's AST optimizer: the constant it folds to, or null. Operations on
 * constants fold when evaluating them succeeds and their result stays within the optimizer's
 * limits (safe_multiply, safe_power, safe_lshift, safe_mod); a subscript of two constants folds
 * to the item.
 */
function constValue(e: expr): CVal | null {
  switch (e._type) {
    case 'Constant':
      return fromConstant(e.value);
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      const items: CVal[] = [];
      for (const x of e.elts) {
        const c = constValue(x);
        if (c === null) return null;
        items.push(c);
      }
      return { t: 'tuple', items };
    }
    case 'UnaryOp': {
      const c = constValue(e.operand);
      return c === null ? null : foldUnary(e.op, c);
    }
    case 'BinOp': {
      const l = constValue(e.left);
      if (l === null) return null;
      const r = constValue(e.right);
      return r === null ? null : foldBinary(e.op, l, r);
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') return null;
      const c = constValue(e.value);
      if (c === null) return null;
      const i = constValue(e.slice);
      return i === null ? null : foldItem(c, i);
    }
  }
  return null;
}

function truthyValue(c: CVal): boolean {
  switch (c.t) {
    case 'int': return c.v !== 0n;
    case 'bool': return c.v;
    case 'float': return c.v !== 0;
    case 'complex': return c.re !== 0 || c.im !== 0;
    case 'str': case 'bytes': return c.n > 0;
    case 'tuple': return c.items.length > 0;
    case 'NoneType': return false;
  }
  return true;
}

/** An int or bool as a bigint, else null. */
function intOf(c: CVal): bigint | null {
  if (c.t === 'int') return c.v;
  if (c.t === 'bool') return c.v ? 1n : 0n;
  return null;
}

function foldUnary(op: string, c: CVal): CVal | null {
  if (op === 'Not') return { t: 'bool', v: !truthyValue(c) };
  const i = intOf(c);
  if (i !== null) {
    if (op === 'USub') return { t: 'int', v: -i };
    if (op === 'UAdd') return { t: 'int', v: i };
    return { t: 'int', v: ~i };
  }
  if (op === 'Invert') return null;
  const sign = op === 'USub' ? -1 : 1;
  if (c.t === 'float') return { t: 'float', v: sign * c.v };
  if (c.t === 'complex') return { t: 'complex', re: sign * c.re, im: sign * c.im };
  return null;
}

/** An int operand of a float operation (OverflowError, so no folding, when out of range). */
function toDouble(c: CVal): number | null {
  if (c.t === 'float') return c.v;
  const i = intOf(c);
  if (i === null) return null;
  const d = Number(i);
  return isFinite(d) ? d : null;
}

function foldBinary(op: string, l: CVal, r: CVal): CVal | null {
  const a = intOf(l);
  const b = intOf(r);
  if (a !== null && b !== null) return foldInts(op, l, r, a, b);
  if (l.t === 'complex' || r.t === 'complex') {
    if (op !== 'Add' && op !== 'Sub' && op !== 'Mult' && op !== 'Div' && op !== 'Pow') return null;
    const [yr, yi] = r.t === 'complex' ? [r.re, r.im] : [toDouble(r), 0];
    if (yr === null || (l.t !== 'complex' && toDouble(l) === null)) return null;
    if (op === 'Div' && yr === 0 && yi === 0) return null;
    return { t: 'complex', re: NaN, im: NaN };
  }
  if (l.t === 'float' || r.t === 'float') {
    const x = toDouble(l);
    const y = toDouble(r);
    if (x === null || y === null) return null;
    switch (op) {
      case 'Add': return { t: 'float', v: x + y };
      case 'Sub': return { t: 'float', v: x - y };
      case 'Mult': return { t: 'float', v: x * y };
      case 'Div': return y === 0 ? null : { t: 'float', v: x / y };
      case 'FloorDiv': return y === 0 ? null : { t: 'float', v: Math.floor(x / y) };
      case 'Mod': return y === 0 ? null : { t: 'float', v: x - y * Math.floor(x / y) };
      case 'Pow': {
        if (x === 0 && y < 0) return null;
        // A negative base to a fractional power gives a complex.
        if (x < 0 && isFinite(y) && y !== Math.floor(y)) return { t: 'complex', re: NaN, im: NaN };
        const p = Math.pow(x, y);
        return isFinite(p) || !isFinite(x) || !isFinite(y) ? { t: 'float', v: p } : null;
      }
    }
    return null;
  }
  return foldSequence(op, l, r);
}

function foldInts(op: string, l: CVal, r: CVal, a: bigint, b: bigint): CVal | null {
  const int = (v: bigint): CVal => ({ t: 'int', v });
  switch (op) {
    case 'Add': return int(a + b);
    case 'Sub': return int(a - b);
    case 'Mult':
      if (a !== 0n && b !== 0n && bigBitLength(a) + bigBitLength(b) > MAX_INT_SIZE) return null;
      return int(a * b);
    case 'Div': {
      if (b === 0n) return null;
      const q = Number(a) / Number(b);
      return isFinite(q) ? { t: 'float', v: q } : null;
    }
    case 'FloorDiv': case 'Mod': {
      if (b === 0n) return null;
      let q = a / b;
      if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) q -= 1n;
      return int(op === 'FloorDiv' ? q : a - q * b);
    }
    case 'Pow':
      if (b < 0n) return a === 0n ? null : { t: 'float', v: Math.pow(Number(a), Number(b)) };
      if (a === 0n) return int(b === 0n ? 1n : 0n);
      if (a !== 0n && b > 0n && bigBitLength(a) > Math.floor(MAX_INT_SIZE / Number(b))) return null;
      return int(a ** b);
    case 'LShift':
      if (b < 0n) return null;
      if (a === 0n) return int(0n);
      if (a !== 0n && b > 0n && (bigBitLength(a) > MAX_INT_SIZE || Number(b) > MAX_INT_SIZE - bigBitLength(a))) return null;
      return int(a << b);
    case 'RShift':
      if (b < 0n) return null;
      return int(b > 4096n ? (a < 0n ? -1n : 0n) : a >> b);
    case 'BitAnd': case 'BitOr': case 'BitXor': {
      if (l.t === 'bool' && r.t === 'bool') {
        const x = l.v;
        const y = r.v;
        return { t: 'bool', v: op === 'BitAnd' ? x && y : op === 'BitOr' ? x || y : x !== y };
      }
      return int(op === 'BitAnd' ? a & b : op === 'BitOr' ? a | b : a ^ b);
    }
  }
  return null;
}

/** str, bytes and tuple concatenation and repetition (a str or bytes % is never folded). */
function foldSequence(op: string, l: CVal, r: CVal): CVal | null {
  if (op === 'Add') {
    if (l.t === 'str' && r.t === 'str') return { t: 'str', n: l.n + r.n, s: l.s + r.s };
    if (l.t === 'bytes' && r.t === 'bytes') return { t: 'bytes', n: l.n + r.n };
    if (l.t === 'tuple' && r.t === 'tuple') return { t: 'tuple', items: [...l.items, ...r.items] };
    return null;
  }
  if (op !== 'Mult') return null;
  let seq = l;
  let count = intOf(r);
  if (count === null) {
    seq = r;
    count = intOf(l);
    if (count === null) return null;
  }
  const size = seq.t === 'str' || seq.t === 'bytes' ? seq.n : seq.t === 'tuple' ? seq.items.length : -1;
  if (size < 0) return null;
  const limit = seq.t === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
  if (size > 0 && (count < 0n || count > BigInt(Math.floor(limit / size)))) return null;
  const n = count > 0n ? Number(count) : 0;
  if (seq.t === 'str') return { t: 'str', n: size * n, s: seq.s.repeat(n) };
  if (seq.t === 'bytes') return { t: 'bytes', n: size * n };
  const items: CVal[] = [];
  for (let k = 0; k < n; k++) items.push(...(seq as { items: CVal[] }).items);
  return { t: 'tuple', items };
}

/** A constant subscripted by a constant: a str's character, a bytes' int, a tuple's item. */
function foldItem(c: CVal, index: CVal): CVal | null {
  const i = intOf(index);
  if (i === null) return null;
  if (c.t === 'str') {
    const chars = [...c.s];
    const k = i < 0n ? BigInt(chars.length) + i : i;
    return k >= 0n && k < BigInt(chars.length) ? { t: 'str', n: 1, s: chars[Number(k)] } : null;
  }
  const len = c.t === 'bytes' ? c.n : c.t === 'tuple' ? c.items.length : -1;
  if (len < 0) return null;
  const k = i < 0n ? BigInt(len) + i : i;
  if (k < 0n || k >= BigInt(len)) return null;
  return c.t === 'tuple' ? c.items[Number(k)] : { t: 'int', v: 0n };
}

/** CPython's infer_type: the type name of what `e` evaluates to when the AST alone says. */
function inferType(e: expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constantType(e.value);
    default: return fold(e)?.type ?? null;
  }
}

const COMMA = 'perhaps you missed a comma?';

function checkCompare(e: expr & { _type: 'Compare' }, out: SyntaxWarningSite[]): void {
  const at = e as unknown as Located;
  let left = e.left;
  e.ops.forEach((op, i) => {
    const right = e.comparators[i];
    if (op === 'Is' || op === 'IsNot') {
      const literal = (x: expr) => {
        const f = fold(x);
        return f !== null && !f.singleton;
      };
      if (literal(left) || literal(right)) {
        out.push({
          msg: op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?',
          lineno: e.lineno,
          at,
        });
      }
    }
    left = right;
  });
}

function checkCaller(f: expr, call: Located, out: SyntaxWarningSite[]): void {
  switch (f._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      out.push({ msg: `'${inferType(f)}' object is not callable; ${COMMA}`, lineno: f.lineno, at: call });
      return;
    case 'UnaryOp': case 'BinOp': case 'Subscript': {
      // A constant once folded (`-1(2)`, `(1, 2)[0](3)`).
      const t = fold(f)?.type;
      if (t !== undefined) out.push({ msg: `'${t}' object is not callable; ${COMMA}`, lineno: f.lineno, at: call });
    }
  }
}

function checkSubscript(value: expr, index: expr, at: Located, out: SyntaxWarningSite[]): void {
  const folded = fold(value);
  const notSubscriptable = (t: string) => out.push({ msg: `'${t}' object is not subscriptable; ${COMMA}`, lineno: value.lineno, at });
  if (folded !== null && value._type !== 'Tuple') {
    const t = folded.type;
    if (t === 'NoneType' || t === 'ellipsis' || t === 'int' || t === 'bool' || t === 'float' || t === 'complex') {
      notSubscriptable(t);
      return;
    }
  }
  switch (value._type) {
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      notSubscriptable(inferType(value)!);
      return;
  }
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  let valueType: string | null = null;
  switch (value._type) {
    case 'Constant': {
      const t = constantType(value.value);
      if (t === 'str' || t === 'bytes') valueType = t;
      break;
    }
    case 'UnaryOp': case 'BinOp': case 'Subscript': {
      // A folded constant (`('a' + 'b')[None]`).
      const t = fold(value)?.type;
      if (t === 'str' || t === 'bytes' || t === 'tuple') valueType = t;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      valueType = inferType(value);
  }
  if (valueType !== null) {
    out.push({ msg: `${valueType} indices must be integers or slices, not ${indexType}; ${COMMA}`, lineno: value.lineno, at });
  }
}

type Node = { _type: string; [k: string]: unknown };

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { _type?: unknown })._type === 'string';
}

function walk(n: Node, out: SyntaxWarningSite[]): void {
  switch (n._type) {
    case 'Compare':
      checkCompare(n as unknown as expr & { _type: 'Compare' }, out);
      break;
    case 'Call':
      checkCaller((n as unknown as { func: expr }).func, n as unknown as Located, out);
      break;
    case 'Subscript': {
      const s = n as unknown as { value: expr; slice: expr; ctx: string };
      if (s.ctx === 'Load') checkSubscript(s.value, s.slice, n as unknown as Located, out);
      break;
    }
    case 'Assert': {
      const t = (n as unknown as { test: expr }).test;
      if (t._type === 'Tuple' && t.elts.length > 0) {
        out.push({ msg: 'assertion is always true, perhaps remove parentheses?', lineno: n.lineno as number, at: n as unknown as Located });
      }
      break;
    }
    case 'Constant':
      return;
  }
  for (const k in n) {
    const v = n[k];
    if (Array.isArray(v)) {
      for (const x of v) if (isNode(x)) walk(x, out);
    } else if (isNode(v)) {
      walk(v, out);
    }
  }
}

/** The SyntaxWarnings compiling `tree` gives, in the order CPython's compiler emits them. */
export function findSyntaxWarnings(tree: mod): SyntaxWarningSite[] {
  const out: SyntaxWarningSite[] = [];
  walk(tree as unknown as Node, out);
  return out;
}
