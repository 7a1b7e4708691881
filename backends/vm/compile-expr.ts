// Expressions to instructions (CPython 3.11's compiler_visit_expr and helpers): calls with the
// NULL/method calling convention and KW_NAMES, displays with star-unpacking, comparisons and
// boolean operators with jump folding, f-strings, and assignment targets. Lambdas,
// comprehensions and yield sequences: compile-scopes.ts.

import type { expr, keyword, Call, Compare, BoolOp, Dict, JoinedStr, FormattedValue, Operator, Constant } from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { constSetDisplay } from '../../src/objects/set.js';
import { foldConst, constTruth } from '../../src/runtime/const-fold.js';
import { Op, NB, FORMAT_VALUE_WHOLE } from './opcodes.js';
import { type Compiler, type Label, constValue } from './compiler.js';
import { compileLambda, compileComprehension, addYield, addYieldFrom } from './compile-scopes.js';

/** Stack items a sequence may push before we switch to incremental building (CPython's value). */
const STACK_USE_GUIDELINE = 30;

export const BINOP_NB: Record<Operator, number> = {
  Add: NB.ADD, BitAnd: NB.AND, FloorDiv: NB.FLOOR_DIVIDE, LShift: NB.LSHIFT, MatMult: NB.MATRIX_MULTIPLY,
  Mult: NB.MULTIPLY, Mod: NB.REMAINDER, BitOr: NB.OR, Pow: NB.POWER, RShift: NB.RSHIFT, Sub: NB.SUBTRACT,
  Div: NB.TRUE_DIVIDE, BitXor: NB.XOR,
};

const CMP_ARG: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };


export function compileExpr(c: Compiler, e: expr): void {
  const u = c.unit;
  const saved = u.line;
  const savedPos = u.pos;
  u.line = e.lineno;
  u.pos = e;
  compileExpr1(c, e);
  u.line = saved;
  u.pos = savedPos;
}

function compileExpr1(c: Compiler, e: expr): void {
  switch (e._type) {
    case 'Name':
      if (e.id === '__debug__') {
        if (e.ctx !== 'Load') c.error('cannot assign to __debug__', e);
        c.loadConst(true);
        return;
      }
      c.nameOp(e.id, 'Load', e);
      return;
    case 'Constant':
      c.loadConst(constValue(e.value));
      return;
    case 'BinOp': {
      // Folded as CPython 3.11's AST optimiser folds it (`2 ** 32`, `10 ** 9 + 7`, `"ab" * 3`;
      // not what raises or would be huge): one LOAD_CONST.
      const v = foldConst(e);
      if (v !== undefined) {
        c.loadConst(v);
        return;
      }
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.emit(Op.BINARY_OP, BINOP_NB[e.op]);
      return;
    }
    case 'UnaryOp': {
      const v = foldConst(e);
      if (v !== undefined) {
        c.loadConst(v);
        return;
      }
      compileExpr(c, e.operand);
      c.emit(e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
      return;
    }
    case 'BoolOp':
      compileBoolOp(c, e);
      return;
    case 'Compare':
      compileCompare(c, e);
      return;
    case 'Call':
      compileCall(c, e);
      return;
    case 'Attribute':
      if (e.ctx !== 'Load') throw new Error('vm compiler: attribute store outside a target');
      compileExpr(c, e.value);
      c.setLine({ lineno: e.end_lineno });
      c.emitName(Op.LOAD_ATTR, e.attr);
      return;
    case 'Subscript': {
      // A constant subscripted by a constant (`"abc"[1]`, `(1, 2)[0]`): folded.
      const v = e.slice._type === 'Slice' ? undefined : foldConst(e);
      if (v !== undefined) {
        c.loadConst(v);
        return;
      }
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      c.emit(Op.BINARY_SUBSCR);
      return;
    }
    case 'Slice': {
      let n = 2;
      if (e.lower !== null) compileExpr(c, e.lower);
      else c.loadNone();
      if (e.upper !== null) compileExpr(c, e.upper);
      else c.loadNone();
      if (e.step !== null) {
        compileExpr(c, e.step);
        n = 3;
      }
      c.emit(Op.BUILD_SLICE, n);
      return;
    }
    case 'Tuple': {
      const v = foldConst(e);
      if (v !== undefined) {
        c.loadConst(v);
        return;
      }
      starUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      return;
    }
    case 'List':
      starUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      return;
    case 'Set':
      starUnpack(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case 'Dict':
      compileDict(c, e);
      return;
    case 'IfExp': {
      const end = c.newLabel();
      const next = c.newLabel();
      compileJumpIf(c, e.test, next, false);
      compileExpr(c, e.body);
      c.emitJump(Op.JUMP, end);
      c.useLabel(next);
      compileExpr(c, e.orelse);
      c.useLabel(end);
      return;
    }
    case 'Lambda':
      compileLambda(c, e);
      return;
    case 'ListComp':
      compileComprehension(c, e, 'list', '<listcomp>', e.elt, null);
      return;
    case 'SetComp':
      compileComprehension(c, e, 'set', '<setcomp>', e.elt, null);
      return;
    case 'DictComp':
      compileComprehension(c, e, 'dict', '<dictcomp>', e.key, e.value);
      return;
    case 'GeneratorExp':
      compileComprehension(c, e, 'genexp', '<genexpr>', e.elt, null);
      return;
    case 'Yield':
      if (c.unit.scope.type !== 'function') c.error("'yield' outside function", e);
      if (e.value !== null) compileExpr(c, e.value);
      else c.loadNone();
      addYield(c);
      return;
    case 'YieldFrom':
      if (c.unit.scope.type !== 'function') c.error("'yield' outside function", e);
      if (c.unit.scopeType === 'async_function') c.error("'yield from' inside async function", e);
      compileExpr(c, e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      c.loadNone();
      addYieldFrom(c, false);
      return;
    case 'Await':
      if (c.unit.scope.type !== 'function') c.error("'await' outside function", e);
      if (c.unit.scopeType !== 'async_function' && c.unit.scopeType !== 'comprehension') c.error("'await' outside async function", e);
      compileExpr(c, e.value);
      c.emit(Op.GET_AWAITABLE, 0);
      c.loadNone();
      addYieldFrom(c, true);
      return;
    case 'JoinedStr':
      compileJoinedStr(c, e);
      return;
    case 'FormattedValue':
      compileFormattedValue(c, e, 0);
      return;
    case 'NamedExpr':
      compileExpr(c, e.value);
      c.emit(Op.COPY, 1);
      compileStore(c, e.target);
      return;
    case 'Starred':
      c.error(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here", e);
  }
}

// ---- targets ----------------------------------------------------------------------------------------

export function compileStore(c: Compiler, t: expr): void {
  const u = c.unit;
  const saved = u.line;
  const savedPos = u.pos;
  u.line = t.lineno;
  u.pos = t;
  switch (t._type) {
    case 'Name':
      if (t.id === '__debug__') c.error('cannot assign to __debug__', t);
      c.nameOp(t.id, 'Store', t);
      break;
    case 'Attribute':
      compileExpr(c, t.value);
      if (t.attr === '__debug__') c.error('cannot assign to __debug__', t);
      c.setLine({ lineno: t.end_lineno });
      c.emitName(Op.STORE_ATTR, t.attr);
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Tuple':
    case 'List':
      unpackInto(c, t.elts, t);
      break;
    case 'Starred':
      c.error('starred assignment target must be in a list or tuple', t);
      break;
    default:
      c.error(`cannot assign to ${t._type}`, t);
  }
  u.line = saved;
  u.pos = savedPos;
}

function unpackInto(c: Compiler, elts: expr[], node: expr): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type !== 'Starred') continue;
    if (seenStar) c.error('multiple starred expressions in assignment', node);
    if (i >= 256 || n - i - 1 >= 1 << 15) c.error('too many expressions in star-unpacking assignment', node);
    c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
  for (const elt of elts) compileStore(c, elt._type === 'Starred' ? elt.value : elt);
}

export function compileDelete(c: Compiler, t: expr): void {
  const u = c.unit;
  const saved = u.line;
  const savedPos = u.pos;
  u.line = t.lineno;
  u.pos = t;
  switch (t._type) {
    case 'Name':
      c.nameOp(t.id, 'Del', t);
      break;
    case 'Attribute':
      compileExpr(c, t.value);
      c.emitName(Op.DELETE_ATTR, t.attr);
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.emit(Op.DELETE_SUBSCR);
      break;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) compileDelete(c, e);
      break;
    default:
      c.error(`cannot delete ${t._type}`, t);
  }
  u.line = saved;
  u.pos = savedPos;
}

// ---- conditions ---------------------------------------------------------------------------------------

/** Jumps to `next` when `e` is true (cond) / false (!cond); constant conditions become plain jumps. */
export function compileJumpIf(c: Compiler, e: expr, next: Label, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') {
        compileJumpIf(c, e.operand, next, !cond);
        return;
      }
      break;
    case 'BoolOp': {
      const values = e.values;
      const n = values.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) compileJumpIf(c, values[i], next2, cond2);
      compileJumpIf(c, values[n], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      compileJumpIf(c, e.test, next2, false);
      compileJumpIf(c, e.body, next, cond);
      c.emitJump(Op.JUMP, end);
      c.useLabel(next2);
      compileJumpIf(c, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        const saved = c.unit.line;
        c.setLine(e);
        const cleanup = c.newLabel();
        compileExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          compileExpr(c, e.comparators[i]);
          c.emit(Op.SWAP, 2);
          c.emit(Op.COPY, 2);
          emitCompare(c, e.ops[i]);
          c.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
        }
        compileComparator(c, e, n);
        emitCompare(c, e.ops[n]);
        c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = c.newLabel();
        c.emitJump(Op.JUMP, end);
        c.useLabel(cleanup);
        c.emit(Op.POP_TOP);
        if (!cond) c.emitJump(Op.JUMP, next);
        c.useLabel(end);
        c.unit.line = saved;
        return;
      }
      // `x is None` / `x is not None`: one instruction.
      const op = e.ops[0];
      const r = e.comparators[0];
      if ((op === 'Is' || op === 'IsNot') && r._type === 'Constant' && r.value === null) {
        const saved = c.unit.line;
        c.setLine(e);
        compileExpr(c, e.left);
        const jumpIfNone = (op === 'Is') === cond;
        c.emitJump(jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, next);
        c.unit.line = saved;
        return;
      }
      break;
    }
  }
  const t = constTruth(e);
  if (t !== null) {
    // LOAD_CONST + POP_JUMP_IF_* folded (CPython's peephole): a jump, or nothing.
    if (t === cond) {
      const saved = c.unit.line;
      c.setLine(e);
      c.emitJump(Op.JUMP, next);
      c.unit.line = saved;
    }
    return;
  }
  compileExpr(c, e);
  c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

function emitCompare(c: Compiler, op: string): void {
  switch (op) {
    case 'Is': c.emit(Op.IS_OP, 0); return;
    case 'IsNot': c.emit(Op.IS_OP, 1); return;
    case 'In': c.emit(Op.CONTAINS_OP, 0); return;
    case 'NotIn': c.emit(Op.CONTAINS_OP, 1); return;
  }
  c.emit(Op.COMPARE_OP, CMP_ARG[op]);
}

/**
 * An iterable the AST optimiser rewrites (fold_iter: a `for` loop's, a comprehension's, the last
 * operand of `in` / `not in`): a list display without * becomes a tuple (a constant one when
 * its items are constants), a set display of constants a frozenset constant. Else the
 * expression as it is.
 */
export function compileIterable(c: Compiler, e: expr): void {
  if (e._type !== 'List' && e._type !== 'Set') {
    compileExpr(c, e);
    return;
  }
  const items: PyObject[] = [];
  for (const x of e.elts) {
    if (x._type === 'Starred') {
      compileExpr(c, e);
      return;
    }
    const v = foldConst(x);
    if (v === undefined) break;
    items.push(v);
  }
  if (items.length === e.elts.length) {
    if (e._type === 'List') c.loadConst(new PyTuple(items));
    else {
      const fs = constSetDisplay(items);
      // The display's order, which fixes the frozenset's iteration order (code-cache.ts).
      (fs as unknown as { displayItems: PyObject[] }).displayItems = items;
      c.loadConst(fs);
    }
    return;
  }
  if (e._type === 'Set') {
    compileExpr(c, e);
    return;
  }
  const saved = c.unit.line;
  const savedPos = c.unit.pos;
  c.unit.line = e.lineno;
  c.unit.pos = e;
  starUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  c.unit.line = saved;
  c.unit.pos = savedPos;
}

/** The n-th comparator of a comparison: the last one of `in` / `not in` as fold_iter leaves it. */
function compileComparator(c: Compiler, e: Compare, i: number): void {
  const op = e.ops[i];
  if (i === e.ops.length - 1 && (op === 'In' || op === 'NotIn')) compileIterable(c, e.comparators[i]);
  else compileExpr(c, e.comparators[i]);
}

function compileCompare(c: Compiler, e: Compare): void {
  compileExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    compileComparator(c, e, 0);
    emitCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]);
    c.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileComparator(c, e, n);
  emitCompare(c, e.ops[n]);
  const end = c.newLabel();
  c.emitJump(Op.JUMP, end);
  c.useLabel(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.useLabel(end);
}

function compileBoolOp(c: Compiler, e: BoolOp): void {
  const end = c.newLabel();
  const isOr = e.op === 'Or';
  const values = e.values;
  const n = values.length - 1;
  for (let i = 0; i < n; i++) {
    const t = constTruth(values[i]);
    if (t !== null) {
      // A constant operand: either it decides the result (jump with it) or it is skipped.
      if (t === isOr) {
        compileExpr(c, values[i]);
        c.emitJump(Op.JUMP, end);
      }
      continue;
    }
    compileExpr(c, values[i]);
    c.emitJump(isOr ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP, end);
  }
  compileExpr(c, values[n]);
  c.useLabel(end);
}

// ---- displays -----------------------------------------------------------------------------------------

function allConstant(elts: expr[]): boolean {
  for (const x of elts) if (x._type !== 'Constant') return false;
  return true;
}

/** CPython's starunpack_helper: a display (or call argument list) with possible *items. */
function starUnpack(c: Compiler, elts: expr[], pushed: number, build: Op, add: Op, extend: Op, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && build === Op.BUILD_SET) {
    // Elements as the AST optimiser leaves them (tuples of constants, -1, 2**64, __debug__ ... are constants).
    const items: PyObject[] = [];
    for (const x of elts) {
      const v = foldConst(x);
      if (v === undefined) break;
      items.push(v);
    }
    if (items.length === n) {
      c.emit(build, pushed);
      const fs = constSetDisplay(items);
      // The display's order, which fixes the frozenset's iteration order (code-cache.ts).
      (fs as unknown as { displayItems: PyObject[] }).displayItems = items;
      c.loadConst(fs);
      c.emit(extend, 1);
      return;
    }
  }
  if (n > 2 && allConstant(elts) && build === Op.BUILD_LIST) {
    const folded = new PyTuple(elts.map((x) => constValue((x as Constant).value)));
    if (tuple && pushed === 0) {
      c.loadConst(folded);
    } else {
      c.emit(build, pushed);
      c.loadConst(folded);
      c.emit(extend, 1);
      if (tuple) c.emit(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  let seenStar = false;
  for (const x of elts) if (x._type === 'Starred') seenStar = true;
  if (!seenStar && !big) {
    for (const x of elts) compileExpr(c, x);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const x = elts[i];
    if (x._type === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      compileExpr(c, x.value);
      c.emit(extend, 1);
    } else {
      compileExpr(c, x);
      if (built) c.emit(add, 1);
    }
  }
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

function compileDict(c: Compiler, e: Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements > 0) {
        subDict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subDict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    subDict(c, e, n - elements, n);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

function subDict(c: Compiler, e: Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end) as expr[];
  if (n > 1 && !big && allConstant(keys)) {
    for (let i = begin; i < end; i++) compileExpr(c, e.values[i]);
    c.loadConst(new PyTuple(keys.map((k) => constValue((k as Constant).value))));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

// ---- calls ----------------------------------------------------------------------------------------------

function compileCall(c: Compiler, e: Call): void {
  if (tryMethodCall(c, e)) return;
  const f = e.func;
  if (f._type === 'Name' && f.id !== '__debug__' && c.isGlobalLoad(f.id)) {
    const saved = c.unit.line;
    c.setLine(f);
    c.nameOp(f.id, 'Load', f);
    const ins = c.unit.instrs[c.unit.instrs.length - 1];
    ins.arg |= 1;
    c.unit.line = saved;
  } else {
    c.emit(Op.PUSH_NULL);
    compileExpr(c, f);
  }
  callHelper(c, 0, e.args, e.keywords, e);
}

/** obj.meth(args): LOAD_METHOD + CALL, when there are no * / ** arguments. */
function tryMethodCall(c: Compiler, e: Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  for (const a of e.args) if (a._type === 'Starred') return false;
  for (const k of e.keywords) if (k.arg === null) return false;
  for (const k of e.keywords) if (k.arg === '__debug__') c.error('cannot assign to __debug__', e);
  validateKeywords(c, e.keywords);
  compileExpr(c, meth.value);
  const saved = c.unit.line;
  c.setLine({ lineno: meth.end_lineno });
  c.unit.pos = meth;
  c.emitName(Op.LOAD_METHOD, meth.attr);
  c.unit.pos = e;
  for (const a of e.args) compileExpr(c, a);
  if (kwdsl > 0) {
    for (const k of e.keywords) compileExpr(c, k.value);
    c.emit(Op.KW_NAMES, c.unit.addConst(new PyTuple(e.keywords.map((k) => k.arg!))));
  }
  c.setLine({ lineno: meth.end_lineno });
  c.emit(Op.CALL, argsl + kwdsl);
  c.unit.line = saved;
  return true;
}

function validateKeywords(c: Compiler, keywords: keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const a = keywords[i].arg;
    if (a === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === a) c.error(`keyword argument repeated: ${a}`, keywords[j]);
    }
  }
}

/** The arguments of a call whose callable (and `n` leading arguments) are already pushed. */
export function callHelper(c: Compiler, n: number, args: expr[], keywords: keyword[], node: { lineno: number }): void {
  for (const k of keywords) if (k.arg === '__debug__') c.error('cannot assign to __debug__', node as expr);
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkw = keywords.length;
  let ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
  for (const a of args) if (a._type === 'Starred') ex = true;
  for (const k of keywords) if (k.arg === null) ex = true;
  if (!ex) {
    for (const a of args) compileExpr(c, a);
    if (nkw > 0) {
      for (const k of keywords) compileExpr(c, k.value);
      c.emit(Op.KW_NAMES, c.unit.addConst(new PyTuple(keywords.map((k) => k.arg!))));
    }
    const saved = c.unit.line;
    c.setLine(node);
    c.emit(Op.CALL, n + nelts + nkw);
    c.unit.line = saved;
    return;
  }
  // Positional arguments as one tuple.
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    compileExpr(c, args[0].value);
  } else {
    starUnpack(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  // Keyword arguments as one dict.
  if (nkw > 0) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkw; i++) {
      const k = keywords[i];
      if (k.arg === null) {
        if (nseen > 0) {
          subKwargs(c, keywords, i - nseen, i);
          if (haveDict) c.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        compileExpr(c, k.value);
        c.emit(Op.DICT_MERGE, 1);
      } else nseen++;
    }
    if (nseen > 0) {
      subKwargs(c, keywords, nkw - nseen, nkw);
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  const saved = c.unit.line;
  c.setLine(node);
  c.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  c.unit.line = saved;
}

function subKwargs(c: Compiler, keywords: keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) compileExpr(c, keywords[i].value);
    c.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg!)));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!);
    compileExpr(c, keywords[i].value);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

// ---- f-strings ----------------------------------------------------------------------------------------

function compileJoinedStr(c: Compiler, e: JoinedStr): void {
  const values = e.values;
  if (values.length > STACK_USE_GUIDELINE) {
    c.loadConst('');
    c.emitName(Op.LOAD_METHOD, 'join');
    c.emit(Op.BUILD_LIST, 0);
    for (const v of values) {
      compileExpr(c, v);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL, 1);
    return;
  }
  if (values.length === 1 && values[0]._type === 'FormattedValue') {
    // The field is the whole f-string: its value's __format__ result as is (FORMAT_VALUE_WHOLE).
    compileFormattedValue(c, values[0], FORMAT_VALUE_WHOLE);
    return;
  }
  for (const v of values) compileExpr(c, v);
  if (values.length !== 1) c.emit(Op.BUILD_STRING, values.length);
}

function compileFormattedValue(c: Compiler, e: FormattedValue, flags: number): void {
  compileExpr(c, e.value);
  let arg = flags | (e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0);
  if (e.format_spec !== null) {
    compileExpr(c, e.format_spec);
    arg |= 4;
  }
  c.emit(Op.FORMAT_VALUE, arg);
}

export { addYieldFrom };
