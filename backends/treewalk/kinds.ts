// Small-int node kinds and operator codes, cached on the AST nodes themselves (`k` and `o`), so
// the evaluator dispatches with a `switch` over small ints instead of comparing `_type` and
// operator strings. A node without `k` (one made at run time, e.g. by generator mode) reaches
// the evaluator's `default` branch, which prepares it and dispatches again.

import type { expr, stmt, Assign, Lambda, ListComp, SetComp, DictComp, GeneratorExp } from '../../src/ast/nodes.js';
import { fastTargetSlots } from './assign.js';
import type { PyObject } from '../../src/objects/object.js';
import { AttrCache } from './attr-cache.js';
import { constantValue, isJumpTest } from './eval.js';

type Ext = { [k: string]: unknown };

/** Expression kinds (0 = not prepared yet). */
export const enum X {
  Name = 1, Constant, BinOp, Compare, BoolOp, UnaryOp, IfExp, Attribute, Subscript, Slice, Call,
  Tuple, List, Set, Dict, JoinedStr, FormattedValue, NamedExpr, Lambda, ListComp, SetComp, DictComp,
  GeneratorExp, Starred, Await, Yield, YieldFrom,
  /** A call / subscript / division that is the value of an ExprSig or AssignSig statement (signal.ts). */
  CallSig, SubscriptSig, DivSig,
  /** An expression on a continuation line of its statement (markContinuation): evaluated at its own line. */
  OnLine,
}

/** Statement kinds (0 = not prepared yet). */
export const enum S {
  Expr = 1, Assign, AugAssign, AnnAssign, If, While, For, Return, Pass, Global, Nonlocal, Break,
  Continue, FunctionDef, ClassDef, Delete, Raise, Try, TryStar, With, Assert, Import, ImportFrom,
  Match, AsyncFunctionDef, AsyncFor, AsyncWith,
  /** Expr / `local = value` in a signal region (signal.ts) whose value is a call or subscript. */
  ExprSig, AssignSig,
  /** `local = value` into a fast local (its slot `ts`). */
  AssignFast,
}

/** Binary operators (BinOp and AugAssign). */
export const enum Op {
  Add = 1, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
}

/** Comparison operators. */
export const enum Cmp { Lt = 1, LtE, Eq, NotEq, Gt, GtE, Is, IsNot, In, NotIn }

const EXPR_KIND: Record<string, number> = {
  Name: X.Name, Constant: X.Constant, BinOp: X.BinOp, Compare: X.Compare, BoolOp: X.BoolOp,
  UnaryOp: X.UnaryOp, IfExp: X.IfExp, Attribute: X.Attribute, Subscript: X.Subscript, Slice: X.Slice,
  Call: X.Call, Tuple: X.Tuple, List: X.List, Set: X.Set, Dict: X.Dict, JoinedStr: X.JoinedStr,
  FormattedValue: X.FormattedValue, NamedExpr: X.NamedExpr, Lambda: X.Lambda, ListComp: X.ListComp,
  SetComp: X.SetComp, DictComp: X.DictComp, GeneratorExp: X.GeneratorExp, Starred: X.Starred,
  Await: X.Await, Yield: X.Yield, YieldFrom: X.YieldFrom,
};

const STMT_KIND: Record<string, number> = {
  Expr: S.Expr, Assign: S.Assign, AugAssign: S.AugAssign, AnnAssign: S.AnnAssign, If: S.If,
  While: S.While, For: S.For, Return: S.Return, Pass: S.Pass, Global: S.Global, Nonlocal: S.Nonlocal,
  Break: S.Break, Continue: S.Continue, FunctionDef: S.FunctionDef, ClassDef: S.ClassDef,
  Delete: S.Delete, Raise: S.Raise, Try: S.Try, TryStar: S.TryStar, With: S.With, Assert: S.Assert,
  Import: S.Import, ImportFrom: S.ImportFrom, Match: S.Match, AsyncFunctionDef: S.AsyncFunctionDef,
  AsyncFor: S.AsyncFor, AsyncWith: S.AsyncWith,
};

export const OP_CODE: Record<string, number> = {
  Add: Op.Add, Sub: Op.Sub, Mult: Op.Mult, MatMult: Op.MatMult, Div: Op.Div, Mod: Op.Mod, Pow: Op.Pow,
  LShift: Op.LShift, RShift: Op.RShift, BitOr: Op.BitOr, BitXor: Op.BitXor, BitAnd: Op.BitAnd,
  FloorDiv: Op.FloorDiv,
};

export const CMP_CODE: Record<string, number> = {
  Lt: Cmp.Lt, LtE: Cmp.LtE, Eq: Cmp.Eq, NotEq: Cmp.NotEq, Gt: Cmp.Gt, GtE: Cmp.GtE, Is: Cmp.Is,
  IsNot: Cmp.IsNot, In: Cmp.In, NotIn: Cmp.NotIn,
};

/** Caches the kind (and operator codes) on an expression node; returns the kind. */
export function prepareExpr(n: expr): number {
  const e = n as unknown as Ext;
  if (e.fv !== undefined) {
    // An operation the resolve pass folded to a constant (resolve.ts visit): evaluated as one.
    e.pyv = e.fv;
    e.k = X.Constant;
    return X.Constant;
  }
  const k = EXPR_KIND[n._type];
  if (k === undefined) throw new Error(`tree-walker: cannot evaluate ${n._type}`);
  if (n._type === 'BinOp') {
    e.o = OP_CODE[n.op];
    setOperands(e, n.left, n.right);
  } else if (n._type === 'Compare') {
    e.o = n.ops.length === 1 ? CMP_CODE[n.ops[0]] : 0;
    e.os = n.ops.map((x) => CMP_CODE[x]);
    setOperands(e, n.left, n.comparators[0]);
  } else if (n._type === 'Attribute') {
    e.ac = new AttrCache();
    setOperands(e, n.value, null);
  } else if (n._type === 'Subscript') {
    setOperands(e, n.value, n.slice);
  } else if (n._type === 'Tuple' || n._type === 'List') {
    // Element kinds for a display without starred items (else null: evalElements).
    e.ek = n.ctx === 'Load' && !n.elts.some((x) => x._type === 'Starred') ? Int32Array.from(n.elts, kindOf) : null;
  } else if (n._type === 'Dict') {
    e.kk = Int32Array.from(n.keys, (x) => (x === null ? 0 : kindOf(x)));
    e.vk = Int32Array.from(n.values, kindOf);
  } else if (n._type === 'BoolOp') {
    e.vk = Int32Array.from(n.values, kindOf);
  } else if (n._type === 'IfExp') {
    e.lk = kindOf(n.test);
    e.rk = kindOf(n.body);
    e.ok = kindOf(n.orelse);
    // An and/or test (eval.ts isJumpTest) takes each operand's truth once (eval.ts condition).
    e.jt = isJumpTest(n.test);
  } else if (n._type === 'JoinedStr') {
    // The constant parts (null for a formatted one, whose kind is prepared now).
    e.cs = n.values.map((v) => (v._type === 'Constant' ? v.value as string : (kindOf(v), null)));
  } else if (n._type === 'FormattedValue') {
    setOperands(e, n.value, null);
    // A format spec without replacement fields is a constant string (else null: evaluated).
    const sp = n.format_spec;
    e.fs = sp === null ? '' : sp._type === 'JoinedStr' && sp.values.every((v) => v._type === 'Constant')
      ? sp.values.map((v) => (v as { value: unknown }).value as string).join('') : (kindOf(sp), null);
  } else if (n._type === 'UnaryOp') {
    setOperands(e, n.operand, null);
  } else if (n._type === 'Call') {
    // Plain positional calls (no *args, no keywords) take the direct path.
    e.o = n.keywords.length === 0 && n.args.every((a) => a._type !== 'Starred') ? 1 : 0;
    // Leaf arguments: a fast local's slot (else -1), a constant's value (else undefined).
    e.as = Int32Array.from(n.args, leafSlot);
    e.av = n.args.map(leafConst);
    e.ak = Int32Array.from(n.args, kindOf);
    // A method call's Attribute is read by evalCall, not evalExpr: give it its caches now.
    if (n.func._type === 'Attribute' && (n.func as unknown as Ext).k === undefined) prepareExpr(n.func);
    // The callee's form: 1 an Attribute (method call), 2 a Name (its Binding in `fb`), 0 other.
    const fb = n.func._type === 'Name' ? (n.func as unknown as Ext).b : undefined;
    e.fm = n.func._type === 'Attribute' ? 1 : fb !== undefined ? 2 : 0;
    e.fb = fb ?? null;
    // The call's line, as CPython 3.11 gives its CALL instruction (a method call: the line of the
    // method's name). evalExpr makes it the frame's line while a call on a continuation line of
    // its statement runs, so the callee's f_back.f_lineno and tracebacks show it.
    e.ln = (n.func._type === 'Attribute' ? n.func.end_lineno ?? n.lineno : n.lineno) | 0;
    // Caches evalCall fills on first use (super() calls, constructor calls), created now so every
    // Call node has one shape (loads from Call nodes stay monomorphic).
    e.sp = undefined;
    e.cc = undefined;
    e.ccMiss = 0;
  }
  if (continuation.has(n)) {
    e.k = X.OnLine;
    return X.OnLine;
  }
  e.k = k;
  return k;
}

/** The kind an OnLine node evaluates as (prepareExpr has given it every other cache). */
export function ownKind(n: expr): number {
  return EXPR_KIND[n._type];
}

/**
 * Expressions on another line than their statement's first (`x = [1,\n 1/0]`): CPython's
 * instructions for them carry their own line, which tracebacks show. prepareStmt marks them
 * before they are prepared, and prepareExpr gives them the kind OnLine, which makes their line
 * the frame's while they are evaluated (calls have their own `ln`; constants cannot raise).
 */
const continuation = new WeakSet<object>();

function markContinuation(n: unknown, line: number): void {
  if (Array.isArray(n)) {
    for (const x of n) markContinuation(x, line);
    return;
  }
  if (n === null || typeof n !== 'object') return;
  const t = (n as { _type?: unknown })._type;
  if (typeof t !== 'string' || STMT_KIND[t] !== undefined) return;
  switch (t) {
    case 'ExceptHandler': case 'match_case':
      return;
    case 'Lambda': case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      // Made (and a comprehension run) at its own line when that is a continuation line.
      if (((n as Ext).lineno as number | 0) !== line && (n as Ext).k === undefined) continuation.add(n);
  }
  switch (t) {
    case 'Lambda':
      // Its body runs in its own frame, whose line starts as the lambda's.
      markContinuation((n as Lambda).body, (n as Lambda).lineno | 0);
      return;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
      // The first iterable is evaluated in this frame; the rest in the comprehension's own,
      // whose line starts as the comprehension's.
      const c = n as ListComp | SetComp | DictComp | GeneratorExp;
      const own = c.lineno | 0;
      c.generators.forEach((g, i) => {
        markContinuation(g.iter, i === 0 ? line : own);
        markContinuation(g.target, own);
        markContinuation(g.ifs, own);
      });
      if (c._type === 'DictComp') markContinuation([c.key, c.value], own);
      else markContinuation(c.elt, own);
      return;
    }
  }
  const x = n as Ext;
  if (EXPR_KIND[t] !== undefined && t !== 'Constant' && t !== 'Call' && t !== 'Starred' && x.k === undefined &&
      ((x.lineno as number) | 0) !== line) continuation.add(n);
  for (const key in x) {
    const v = x[key];
    if (v !== null && typeof v === 'object' && (Array.isArray(v) || typeof (v as { _type?: unknown })._type === 'string')) markContinuation(v, line);
  }
}

/** `return` without a value: the constant None. */
const NONE_CONST = { _type: 'Constant', value: null, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as unknown as expr;

/**
 * Operand caches on a parent node, read by the evaluator instead of testing the child's kind (a
 * load from the parent is monomorphic; the child's `k` is read at a site that sees every node
 * class): `ls`/`rs` the slot of a left/right operand that is a fast-local Name (else -1),
 * `lc`/`rc` the value of one that is a Constant (else undefined), `lk`/`rk` its kind (the child
 * is prepared now), which the evaluator passes to evalK for any other operand.
 */
function setOperands(e: Ext, left: expr, right: expr | null): void {
  e.ls = leafSlot(left);
  e.lc = leafConst(left);
  e.lk = kindOf(left);
  e.rs = right === null ? -1 : leafSlot(right);
  e.rc = right === null ? undefined : leafConst(right);
  e.rk = right === null ? 0 : kindOf(right);
}

/** The kind of a child node, preparing it first (its parent passes it to evalK). */
export function kindOf(c: expr): number {
  const k = (c as unknown as Ext).k as number | undefined;
  return k !== undefined ? k : prepareExpr(c);
}

function leafSlot(c: expr): number {
  const s = (c as unknown as Ext).s;
  return c._type === 'Name' && typeof s === 'number' ? s : -1;
}

function leafConst(c: expr): PyObject | undefined {
  return c._type === 'Constant' ? constantValue(c) : ((c as unknown as Ext).fv as PyObject | undefined);
}

function swapTargets(a: Assign): number[] | null {
  const t = a.targets;
  const v = a.value;
  if (t.length === 1 && t[0]._type === 'Tuple' && v._type === 'Tuple' && !v.elts.some((e) => e._type === 'Starred')) {
    const slots = fastTargetSlots(t[0]);
    if (slots !== null && slots.length === v.elts.length) return slots;
  }
  return null;
}

function isStmtList(v: object): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  const t = (v[0] as { _type?: unknown })._type;
  return typeof t === 'string' && (STMT_KIND[t] !== undefined || t === 'ExceptHandler' || t === 'match_case');
}

/** Caches the kind (and operator code) on a statement node; returns the kind. */
export function prepareStmt(s: stmt): number {
  const e = s as unknown as Ext;
  const k = STMT_KIND[s._type];
  if (k === undefined) throw new Error(`tree-walker: cannot execute ${s._type}`);
  // The header expressions of a statement spanning several lines (or decorated), before any is prepared.
  if (((s.end_lineno ?? s.lineno) | 0) !== (s.lineno | 0) || (s as { decorator_list?: unknown[] }).decorator_list?.length) {
    for (const key in e) {
      const v = e[key];
      if (v !== null && typeof v === 'object' && !isStmtList(v)) markContinuation(v, s.lineno | 0);
    }
  }
  if (s._type === 'AugAssign') {
    e.o = OP_CODE[s.op];
    setOperands(e, s.value, null);
    // The target's operand caches (its value, its subscript), read by execAugAssign; its kind (`tk`).
    const t = s.target;
    if ((t._type === 'Attribute' || t._type === 'Subscript') && (t as unknown as Ext).k === undefined) prepareExpr(t);
    e.tk = t._type === 'Name' ? X.Name : t._type === 'Attribute' ? X.Attribute : t._type === 'Subscript' ? X.Subscript : 0;
  } else if (s._type === 'Assign') {
    // `name = value` into a fast local: the slot (else -1).
    const t = s.targets.length === 1 ? s.targets[0] : null;
    const b = t !== null && t._type === 'Name' ? (t as unknown as Ext).b as { acc: number; slot: number } | undefined : undefined;
    e.ts = b !== undefined && b.acc === 0 ? b.slot : -1;
    // `a, b = x, y` into fast locals: the target slots (exec.ts swapSlots), else null.
    e.sw = swapTargets(s);
    setOperands(e, s.value, null);
    if (e.sg === true && e.ts !== -1 && sigValue(e, s.value)) {
      e.k = S.AssignSig;
      return S.AssignSig;
    }
    if (e.ts !== -1) {
      e.k = S.AssignFast;
      return S.AssignFast;
    }
  } else if (s._type === 'Return') {
    if (s.value !== null) setOperands(e, s.value, null);
    else setOperands(e, NONE_CONST, null);
  } else if (s._type === 'For') {
    e.ig = s.iter._type === 'Call' || s.iter._type === 'GeneratorExp' ? 1 : 0;
    e.tn = s.target._type === 'Name' ? 1 : 0;
  } else if (s._type === 'Expr') {
    setOperands(e, s.value, null);
    if (e.sg === true && sigValue(e, s.value)) {
      e.k = S.ExprSig;
      return S.ExprSig;
    }
  } else if (s._type === 'If' || s._type === 'While') {
    setOperands(e, s.test, null);
    // A test that is one comparison is evaluated by the statement itself (no dispatch on the test);
    // an and/or (eval.ts isJumpTest) takes each operand's truth once (2: eval.ts condition).
    const t = s.test;
    if (t._type === 'Compare' && t.ops.length === 1) {
      if ((t as unknown as Ext).k === undefined) prepareExpr(t);
      e.tc = 1;
    } else e.tc = isJumpTest(t) ? 2 : 0;
  }
  e.k = k;
  return k;
}

/**
 * A statement value evaluated with a signal path (signal.ts): a call, a subscript or a `/`, `//`
 * or `%`, whose kind on the statement (`lk`) becomes CallSig / SubscriptSig / DivSig.
 */
function sigValue(e: Ext, v: expr): boolean {
  if (v._type === 'Call') e.lk = X.CallSig;
  else if (v._type === 'Subscript') e.lk = X.SubscriptSig;
  else if (v._type === 'BinOp' && (v.op === 'Div' || v.op === 'FloorDiv' || v.op === 'Mod')) e.lk = X.DivSig;
  else return false;
  return true;
}
