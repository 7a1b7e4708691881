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
import { foldConst } from '../runtime/const-fold.js';
import { typeOf } from '../objects/protocol.js';
import { None, Ellipsis } from '../objects/singletons.js';

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
  type: string;
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

/** The constant `e` folds to (as CPython's ast_opt does: runtime/const-fold.ts), or null. */
function fold(e: expr): Folded | null {
  const v = foldConst(e);
  if (v === undefined) return null;
  return { type: typeOf(v).name, singleton: v === None || typeof v === 'boolean' || v === Ellipsis };
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
