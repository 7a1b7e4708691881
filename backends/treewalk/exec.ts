// Statement execution. Each statement returns a completion signal (NORMAL, BREAK, CONTINUE,
// RETURN — the value in frame.ret) so loops and `finally` see control flow without JS
// exceptions; Python exceptions are JS throws of the exception object.

import { loopTemps, rebound, seqDropped, generatorFinished } from '../../src/runtime/early-finalize.js';
import { finalizers } from '../../src/objects/finalizers.js';
import type {
  stmt, expr, For, Try, TryStar, With, Match, ImportFrom, Import, AugAssign, AnnAssign, ExceptHandler, Expr as ExprStmt,
  Assign, If, While, Return, Tuple as TupleNode, Compare as CompareNode, Attribute as AttributeNode, Subscript as SubscriptNode, FunctionDef, AsyncFunctionDef, ClassDef, Delete, Raise, Assert,
} from '../../src/ast/nodes.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { PyType } from '../../src/objects/type.js';
import { None } from '../../src/objects/singletons.js';
import { PyBaseException, E, newError, engineErrorAsPython, newException } from '../../src/objects/exception.js';
import { excTraceback } from '../../src/objects/exception-types.js';
import {
  typeOf, typeName, typeError, getAttr, setAttr, getItem, setItem, isTrue, getIter, iterNext, call,
} from '../../src/objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../../src/objects/dunder.js';
import { PyFunction } from '../../src/objects/function.js';
import { PyMethodDescriptor } from '../../src/objects/native.js';
import { importStatement, importFrom, importStar } from '../../src/runtime/import.js';
import { handled, chainContext, chainImplicit, makeRaisable, setCause, reraise } from '../../src/runtime/exc-state.js';
import { interp } from '../../src/runtime/interpreter.js';
import { loadName, storeName, deleteName, loadGlobal, fastRebound, storeFast } from './names.js';
import { Acc, type Binding } from './code.js';
import { mappingGet, type Frame } from './frame.js';
import { signalledIn } from './signal.js';
import { evalExpr, evalK, subscript, storeSubscript, operand, opnd, compareExpr, condition, type Operands } from './eval.js';
import { S, X, prepareStmt } from './kinds.js';
import { mangle } from '../../src/symtable/index.js';
import { inplaceFast } from './arith.js';
import { attrCacheOf, loadAttr, storeAttr } from './attr-cache.js';
import { assignTo, deleteTarget, unpackPlan, unpackFast } from './assign.js';
import { makeFunction, makeClass, recordFrame, blame, SIGNALLED } from './functions.js';
import { assertBlame } from '../../src/runtime/traceback.js';
import { annotationValue } from './annotations.js';
import { matchPattern } from './match.js';
import { splitExceptionGroup, combineRaised, checkExceptStarType, asReraised } from './exception-groups.js';
import { PyGenerator, genNext, generatorCount, dropTemporary } from './generator.js';
import { PyRangeIter, PyListIter, PySeqArrayIter } from '../../src/objects/iterators.js';
import { stepKind, stepNext } from './iter-step.js';

type Ext = { [k: string]: unknown };

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
/**
 * A `raise` statement of a plain function that no try/with/match encloses (markSignalRaises):
 * the exception is in frame.ret and goes up as a completion signal to the function's runner,
 * which throws it from the call (one JS throw per frame crossed, not two: a throw is a costly
 * V8 stack walk).
 */
export const RAISE = 4;

export function execBlock(body: stmt[], f: Frame): number {
  // Each statement's kind and line come from an array on the block's array (one map for every
  // block), not from the statement (loads at sites that see every statement class).
  let kl = (body as unknown as { kl?: number[] }).kl;
  if (kl === undefined) kl = blockKinds(body);
  for (let i = 0, j = 0; i < body.length; i++, j += 2) {
    f.line = kl[j + 1];
    const s = execStmtK(body[i], kl[j], f);
    if (s !== NORMAL) return s;
  }
  return NORMAL;
}

/** Prepares a block's statements and caches their kinds and lines on the block's array (`kl`: kind, line, ...). */
export function blockKinds(body: stmt[]): number[] {
  const kl: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    const k = (s as unknown as Ext).k as number | undefined;
    kl.push(k !== undefined ? k : prepareStmt(s), s.lineno | 0);
  }
  (body as unknown as { kl?: number[] }).kl = kl;
  return kl;
}

/** A JS error that is not a Python exception: stack overflow becomes RecursionError. */
export function asPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const r = engineErrorAsPython(e);
  if (r !== undefined) return r;
  throw e;
}

/**
 * An exception caught by a try/with statement of frame `f`: the frame joins its traceback, and
 * one raised by an operation while another is handled gets that one as __context__ now (CPython
 * sets it at the raise), before a finally block, __exit__ or except* clause sees it.
 */
export function caughtIn(err: unknown, f: Frame): PyBaseException {
  const e = asPyException(err);
  recordFrame(e, f);
  chainImplicit(e);
  return e;
}

/** Python truth of a condition, with the bool results of comparisons inline. */
function truth(v: PyObject): boolean {
  return v === true || (v !== false && isTrue(v));
}

export function execStmt(s: stmt, f: Frame): number {
  f.line = s.lineno | 0;
  return execStmtK(s, (s as unknown as Ext).k as number, f);
}

/** Executes statement `s` of kind `k` (its `k`, or 0 when not prepared yet); the caller has set f.line. */
export function execStmtK(s: stmt, k: number, f: Frame): number {
  switch (k) {
    case S.Expr: {
      const v = evalK((s as ExprStmt).value, (s as unknown as Operands).lk, f);
      if ((s as unknown as Ext).display === true) displayValue(v);
      else if (finalizers.on) rebound(v);
      return NORMAL;
    }
    case S.Assign: {
      const a = s as Assign;
      const targets = a.targets;
      const slots = swapSlots(a);
      if (slots !== null) {
        // `a, b = x, y` into fast locals: no tuple made (the values are all evaluated first).
        const elts = (a.value as TupleNode).elts;
        const vals: PyObject[] = new Array(elts.length);
        for (let i = 0; i < elts.length; i++) vals[i] = evalExpr(elts[i], f);
        if (finalizers.on) {
          // (The old values are looked at once all are stored: `a, b = b, a` drops nothing.)
          const olds = slots.map((slot) => f.fast[slot]);
          for (let i = 0; i < slots.length; i++) f.fast[slots[i]] = vals[i];
          for (let i = 0; i < slots.length; i++) fastRebound(f, slots[i], olds[i]);
          return NORMAL;
        }
        for (let i = 0; i < slots.length; i++) f.fast[slots[i]] = vals[i];
        return NORMAL;
      }
      const v = operand(a.value, s as unknown as Operands, f);
      const ts = (s as unknown as Ext).ts as number;
      if (ts >= 0) storeFast(f, ts, v);
      else if (targets.length === 1 && targets[0]._type === 'Name') storeName((targets[0] as unknown as Ext).b as Binding, f, v);
      else for (let i = 0; i < targets.length; i++) assignTo(targets[i], v, f);
      return NORMAL;
    }
    case S.AssignFast:
      storeFast(f, (s as unknown as { ts: number }).ts, operand((s as Assign).value, s as unknown as Operands, f));
      return NORMAL;
    case S.ExprSig:
      // (signal.ts) a call or subscript (kind CallSig/SubscriptSig) that may signal its exception
      if (evalK((s as ExprStmt).value, (s as unknown as Operands).lk, f) !== SIGNALLED) return NORMAL;
      return signalledIn(f, (s as ExprStmt).value);
    case S.AssignSig: {
      const v = evalK((s as Assign).value, (s as unknown as Operands).lk, f);
      if (v === SIGNALLED) return signalledIn(f, (s as Assign).value);
      storeFast(f, (s as unknown as { ts: number }).ts, v);
      return NORMAL;
    }
    case S.AugAssign:
      execAugAssign(s as AugAssign, f);
      return NORMAL;
    case S.AnnAssign:
      execAnnAssign(s as AnnAssign, f);
      return NORMAL;
    case S.If: {
      const i = s as If;
      const tc = (s as unknown as { tc: number }).tc;
      if (tc === 2 ? condition(i.test, f) : truth(tc === 1 ? compareExpr(i.test as CompareNode, f) : operand(i.test, s as unknown as Operands, f))) return execBlock(i.body, f);
      return i.orelse.length ? execBlock(i.orelse, f) : NORMAL;
    }
    case S.While: {
      const w = s as While;
      const tc = (s as unknown as { tc: number }).tc;
      while (tc === 2 ? condition(w.test, f) : truth(tc === 1 ? compareExpr(w.test as CompareNode, f) : operand(w.test, s as unknown as Operands, f))) {
        const r = execBlock(w.body, f);
        if (r === BREAK) return NORMAL;
        if (r >= RETURN) return r;
        f.line = w.lineno | 0;
      }
      return w.orelse.length ? execBlock(w.orelse, f) : NORMAL;
    }
    case S.For:
      return execFor(s as For, f);
    case S.Return: {
      const v = (s as Return).value;
      f.ret = v === null ? None : operand(v, s as unknown as Operands, f);
      return RETURN;
    }
    case S.Pass:
    case S.Global:
    case S.Nonlocal:
      return NORMAL;
    case S.Break:
      return BREAK;
    case S.Continue:
      return CONTINUE;
    case S.FunctionDef:
    case S.AsyncFunctionDef: {
      const d = s as FunctionDef | AsyncFunctionDef;
      const decorators = d.decorator_list.map((x) => evalExpr(x, f));
      let fn: PyObject = makeFunction(d, f, null);
      // Each decorator is called at its own line (CPython 3.11's traceback shows the `@` line).
      for (let i = decorators.length - 1; i >= 0; i--) {
        f.line = d.decorator_list[i].lineno | 0;
        fn = decorate(decorators[i], fn, d.decorator_list[i], f);
      }
      storeName((s as unknown as Ext).b as Binding, f, fn);
      return NORMAL;
    }
    case S.ClassDef: {
      const c = s as ClassDef;
      const decorators = c.decorator_list.map((d) => evalExpr(d, f));
      let cls = makeClass(c, f);
      for (let i = decorators.length - 1; i >= 0; i--) {
        f.line = c.decorator_list[i].lineno | 0;
        cls = decorate(decorators[i], cls, c.decorator_list[i], f);
      }
      storeName((s as unknown as Ext).b as Binding, f, cls);
      return NORMAL;
    }
    case S.Delete:
      for (const t of (s as Delete).targets) deleteTarget(t, f);
      return NORMAL;
    case S.Raise: {
      const exc = (s as Raise).exc;
      if ((s as unknown as { sg?: boolean }).sg === true && exc !== null) {
        f.ret = raisable(exc, (s as Raise).cause, f, s);
        return RAISE;
      }
      execRaise(exc, (s as Raise).cause, f, s);
      return NORMAL;
    }
    case S.Try:
      return execTry(s as Try, f);
    case S.TryStar:
      return execTryStar(s as TryStar, f);
    case S.With:
      return execWith(s as With, 0, f);
    case S.Assert: {
      const a = s as Assert;
      if (!condition(a.test, f)) {
        const exc = a.msg === null ? newException(E.AssertionError, []) : (call(E.AssertionError, [evalExpr(a.msg, f)]) as PyBaseException);
        chainContext(exc);
        throw blame(exc, assertBlame(a.test) ?? a, f);
      }
      return NORMAL;
    }
    case S.Import:
    case S.ImportFrom:
      // (a failure is marked on the statement, for the traceback's carets)
      try {
        if (k === S.Import) execImport(s as Import, f);
        else execImportFrom(s as ImportFrom, f);
      } catch (e) {
        throw blame(e, s, f);
      }
      return NORMAL;
    case S.Match:
      return execMatch(s as Match, f);
    case S.AsyncFor:
    case S.AsyncWith:
      throw new Error(`tree-walker: ${s._type} outside generator mode`);
    default:
      prepareStmt(s);
      return execStmt(s, f);
  }
}

/** For `a, b = x, y` (same length, no starred items, fast-local targets): the target slots (kinds.ts `sw`), else null. */
function swapSlots(a: Assign): number[] | null {
  return (a as unknown as { sw: number[] | null }).sw;
}

/** kinds.ts's caches on a For node: `ig` its iterable is a call or generator expression, `tn` its target is a Name. */
interface ForCache { ig: number; tn: number }

function execFor(s: For, f: Frame): number {
  // Each next() runs at the `for` line (the body moved the frame's line): what a generator or
  // __next__ sees as f_back.f_lineno, and the line of this frame's traceback entry if it raises.
  const ln = f.line;
  const serial = generatorCount.n;
  const it = getIter(evalExpr(s.iter, f));
  if (it instanceof PyRangeIter) return execForIter(s, f, it, ln, serial);
  // The iterator lives in this JS frame only: early finalization (a `del` in the body) must see
  // what it holds (`for r in [Res()]: del r` leaves the list's reference).
  loopTemps.push(it);
  try {
    return execForIter(s, f, it, ln, serial);
  } finally {
    loopTemps.pop();
  }
}

function execForIter(s: For, f: Frame, it: PyObject, ln: number, serial: number): number {
  const fc = s as unknown as ForCache;
  if (it instanceof PyGenerator && it.serial > serial && !it.started && fc.ig === 1) {
    return execForTemporaryGenerator(s, it, f);
  }
  // (The sequence of a list or tuple iterator: the iterator lets go of it when it runs out.)
  const seq = it instanceof PyListIter ? it.seq : null;
  const items = it instanceof PySeqArrayIter ? it.items : null;
  const r = forLoop(s, f, it, ln, fc);
  if (r !== EXHAUSTED) return r;
  // (What only the sequence held may need its finalizer now: early-finalize.ts.)
  if (finalizers.on && (seq !== null || items !== null) && !f.code.isGenerator && !f.code.isCoroutine) seqDropped(seq, items);
  else if (it instanceof PyGenerator) generatorDropped(it, f);
  return s.orelse.length ? execBlock(s.orelse, f) : NORMAL;
}

/**
 * A `for` loop ran a generator to its end and lets go of it: what only the finished generator's
 * frame held may need its finalizer now (early-finalize.ts; not in a generator's own loop, as
 * for a list's).
 */
function generatorDropped(it: PyGenerator, f: Frame): void {
  if (!finalizers.on || f.code.isGenerator || f.code.isCoroutine) return;
  // (execFor's loopTemps entry for this loop no longer holds it.)
  if (loopTemps[loopTemps.length - 1] === it) loopTemps[loopTemps.length - 1] = null;
  generatorFinished(it);
}

/** What a loop kernel returns when its iterator ran out (the `else` clause runs): not a signal. */
const EXHAUSTED = -1;

// The loops of a `for` statement, one kernel per kind of target and iterator
// (docs/native-loops.md): this code serves every `for` loop of the program, and the first long
// one had V8 compile it inside its loop; what follows the loop (the `else` clause) had never run,
// and every later loop re-entered that code and deoptimized at its end. Each returns the body's
// BREAK (as NORMAL) / RETURN / RAISE signal, or EXHAUSTED.

function forLoop(s: For, f: Frame, it: PyObject, ln: number, fc: ForCache): number {
  const target = s.target;
  if (fc.tn === 1) {
    const b = (target as unknown as Ext).b as Binding;
    if (b.acc === Acc.FAST) {
      if (it instanceof PyRangeIter) return forRangeFast(s.body, f, it, b.slot, ln);
      if (it instanceof PyListIter) return forListFast(s.body, f, it, b.slot, ln);
      return forIterFast(s.body, f, it, b.slot, ln);
    }
    // (a module-level or global loop variable: range/list iterators still step inline)
    return forName(s.body, f, it, b, ln);
  }
  return forUnpack(s, f, it, ln);
}

/** FOR_ITER_RANGE: the iterator's fields stepped here (it stays current for a next(it) in the body). */
function forRangeFast(body: stmt[], f: Frame, it: PyRangeIter, slot: number, ln: number): number {
  const fast = f.fast;
  while (it.len > 0) {
    const x = it.cur;
    it.cur = x + it.step;
    it.len--;
    fast[slot] = x;
    const r = execBlock(body, f);
    if (r === BREAK) return NORMAL;
    if (r >= RETURN) return r;
    f.line = ln;
  }
  return EXHAUSTED;
}

/** FOR_ITER_LIST: the list's current length read each time (the body may change it). */
function forListFast(body: stmt[], f: Frame, it: PyListIter, slot: number, ln: number): number {
  const fast = f.fast;
  for (;;) {
    const l = it.seq;
    if (l === null) return EXHAUSTED;
    const items = l.items;
    if (it.index >= items.length) {
      it.seq = null;
      return EXHAUSTED;
    }
    fast[slot] = items[it.index++];
    const r = execBlock(body, f);
    if (r === BREAK) return NORMAL;
    if (r >= RETURN) return r;
    f.line = ln;
  }
}

function forIterFast(body: stmt[], f: Frame, it: PyObject, slot: number, ln: number): number {
  const fast = f.fast;
  for (let x = iterNext(it); x !== undefined; f.line = ln, x = iterNext(it)) {
    if (finalizers.on) storeFast(f, slot, x);
    else fast[slot] = x;
    const r = execBlock(body, f);
    if (r === BREAK) return NORMAL;
    if (r >= RETURN) return r;
  }
  return EXHAUSTED;
}

function forName(body: stmt[], f: Frame, it: PyObject, b: Binding, ln: number): number {
  const sk = stepKind(it);
  for (let x = stepNext(it, sk); x !== undefined; f.line = ln, x = stepNext(it, sk)) {
    storeName(b, f, x);
    const r = execBlock(body, f);
    if (r === BREAK) return NORMAL;
    if (r >= RETURN) return r;
  }
  return EXHAUSTED;
}

/** `for a, (b, c) in ...` into fast locals: exact tuples/lists stored inline (assign.ts). */
function forUnpack(s: For, f: Frame, it: PyObject, ln: number): number {
  const target = s.target;
  const body = s.body;
  const plan = unpackPlan(target);
  const fast = f.fast;
  const sk = stepKind(it);
  for (let x = stepNext(it, sk); x !== undefined; f.line = ln, x = stepNext(it, sk)) {
    if (plan === null || !unpackFast(plan, x, f)) assignTo(target, x, f);
    const r = execBlock(body, f);
    if (r === BREAK) return NORMAL;
    if (r >= RETURN) return r;
  }
  return EXHAUSTED;
}

/**
 * A `for` loop over a generator the loop itself created (`for x in gen():`): nothing else refers
 * to it, so when the loop ends early (break, return, exception) CPython's reference counting
 * finalizes it at once, running its `finally` blocks; do that by closing it.
 */
function execForTemporaryGenerator(s: For, it: PyGenerator, f: Frame): number {
  const ln = f.line;
  const target = s.target;
  const simple = target._type === 'Name' ? ((target as unknown as Ext).b as Binding) : null;
  const slot = simple !== null && simple.acc === Acc.FAST ? simple.slot : -1;
  const plan = simple === null ? unpackPlan(target) : null;
  const fast = f.fast;
  let done = false;
  try {
    // (the generator's own next: resumed directly, not through its type's iternext slot)
    for (let x = genNext(it); x !== undefined; f.line = ln, x = genNext(it)) {
      if (slot >= 0) fast[slot] = x;
      else if (simple !== null) storeName(simple, f, x);
      else if (plan === null || !unpackFast(plan, x, f)) assignTo(target, x, f);
      const r = execBlock(s.body, f);
      if (r === BREAK) return NORMAL;
      if (r >= RETURN) return r;
    }
    done = true;
  } finally {
    if (!done) dropTemporary(it);
  }
  generatorDropped(it, f);
  return s.orelse.length ? execBlock(s.orelse, f) : NORMAL;
}

export function execRaise(excNode: expr | null, causeNode: expr | null, f: Frame, at: stmt | null = null): never {
  if (excNode === null) reraise(f);
  throw raisable(excNode, causeNode, f, at);
}

/** The exception `raise X from C` raises: made, chained, with this frame's traceback entry. */
function raisable(excNode: expr, causeNode: expr | null, f: Frame, at: stmt | null): PyBaseException {
  const exc = makeRaisable(evalExpr(excNode, f));
  if (causeNode !== null) setCause(exc, evalExpr(causeNode, f));
  chainContext(exc);
  if (at !== null) blame(exc, at, f);
  recordFrame(exc, f, true);
  return exc;
}

/**
 * Marks the signal region of a plain function's body (signal.ts): the statements that only
 * if/while/for statements and the body and `else` of try statements enclose. Its `raise X`
 * statements (`sg`) return RAISE, and so do its expression statements and `local = value`
 * whose value is a call or subscript that raised (`sg`; kinds.ts gives them the kinds
 * ExprSig/AssignSig). Those statements pass RAISE up unchanged to the runner, and a try
 * statement takes it as an exception from its body.
 */
export function markSignalRaises(body: stmt[]): void {
  for (const s of body) {
    switch (s._type) {
      case 'Raise':
      case 'Expr':
      case 'Assign':
        (s as unknown as { sg?: boolean }).sg = true;
        break;
      case 'If':
      case 'While':
      case 'For':
      case 'Try':
        markSignalRaises(s.body);
        markSignalRaises(s.orelse);
        break;
    }
  }
}

/** Applies decorator `dec` (written as `node`) to `v`: a failure is marked on the decorator. */
function decorate(dec: PyObject, v: PyObject, node: expr, f: Frame): PyObject {
  try {
    return call(dec, [v]);
  } catch (e) {
    throw blame(e, node, f);
  }
}

function execAugAssign(s: AugAssign, f: Frame): void {
  const t = s.target;
  const op = (s as unknown as Ext).o as number;
  const tk = (s as unknown as { tk: number }).tk;
  // What a failure is marked on: the target while it is loaded or stored, else the statement.
  let at: AugAssign | expr = s;
  try {
    if (tk === X.Name) {
      const b = (t as unknown as Ext).b as Binding;
      if (b.acc === Acc.FAST) {
        const cur = f.fast[b.slot];
        if (cur !== undefined) {
          f.fast[b.slot] = inplaceFast(op, cur, operand(s.value, s as unknown as Operands, f));
          return;
        }
      } else if (b.acc === Acc.DEREF) {
        // `nonlocal n; n += x`: the cell read and written inline.
        const cell = f.cells[b.slot];
        const cur = cell.value;
        if (cur !== undefined) {
          cell.value = inplaceFast(op, cur, operand(s.value, s as unknown as Operands, f));
          return;
        }
      }
      at = t;
      const cur = loadName(b, f);
      at = s;
      const v = inplaceFast(op, cur, operand(s.value, s as unknown as Operands, f));
      at = t;
      storeName(b, f, v);
    } else if (tk === X.Attribute) {
      const ta = t as AttributeNode;
      const p = t as unknown as Operands;
      const obj = opnd(ta.value, p.ls, p.lc, p.lk, f);
      const c = attrCacheOf(t);
      at = t;
      const cur = loadAttr(c, obj, ta.attr);
      at = s;
      const v = inplaceFast(op, cur, operand(s.value, s as unknown as Operands, f));
      at = t;
      storeAttr(c, obj, ta.attr, v);
    } else if (tk === X.Subscript) {
      const ts = t as SubscriptNode;
      const p = t as unknown as Operands;
      const obj = opnd(ts.value, p.ls, p.lc, p.lk, f);
      const key = opnd(ts.slice, p.rs, p.rc, p.rk, f);
      at = t;
      const cur = subscript(obj, key);
      at = s;
      const v = inplaceFast(op, cur, operand(s.value, s as unknown as Operands, f));
      at = t;
      storeSubscript(obj, key, v);
    } else throw new Error('tree-walker: bad augmented assignment target');
  } catch (e) {
    throw blame(e, at, f);
  }
}

/** CPython 3.11's compiler_annassign: the value and the store; with no value, an attribute or
 * subscript target's object (and subscript) are still evaluated, in every scope; a module's or
 * class's annotation is evaluated last, a simple name's stored into `__annotations__`, looked up
 * as LOAD_NAME does (so a deleted one is a NameError, or the module's from a class body). */
function execAnnAssign(s: AnnAssign, f: Frame): void {
  const t = s.target;
  if (s.value !== null) assignTo(t, evalExpr(s.value, f), f);
  else if (t._type === 'Attribute') evalExpr(t.value, f);
  else if (t._type === 'Subscript') {
    evalExpr(t.value, f);
    evalAnnotatedSlice(t.slice, f);
  }
  const kind = f.code.kind;
  if (kind !== 'module' && kind !== 'class') return;
  const ann = annotationValue(s.annotation, f);
  if (!s.simple || t._type !== 'Name') return;
  const locals = f.locals!;
  let d = locals instanceof PyDict && locals.cls.isExactBuiltin ? locals.getStr('__annotations__') : mappingGet(locals, '__annotations__');
  if (d === undefined) d = loadGlobal('__annotations__', f);
  setItem(d, mangle(f.code.scope.privateName, t.id), ann);
}

/** check_ann_subscr: a slice's bounds, a tuple's items, or the expression. */
function evalAnnotatedSlice(e: expr, f: Frame): void {
  if (e._type === 'Slice') {
    for (const part of [e.lower, e.upper, e.step]) if (part !== null) evalExpr(part, f);
  } else if (e._type === 'Tuple') {
    for (const x of e.elts) evalAnnotatedSlice(x, f);
  } else evalExpr(e, f);
}

/** Does exception `e` match the `except` clause's class (or tuple of classes)? */
export function exceptionMatches(e: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) {
    // CPython checks every member before matching any (a nested tuple is refused too).
    for (const x of t.items) {
      if (!(x instanceof PyType) || !x.isSubtype(E.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    for (const x of t.items) if (typeOf(e).isSubtype(x as PyType)) return true;
    return false;
  }
  if (!(t instanceof PyType) || !t.isSubtype(E.BaseException)) {
    typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return typeOf(e).isSubtype(t);
}

export function unbindHandlerName(h: ExceptHandler, f: Frame): void {
  if (h.name === null) return;
  // CPython's `name = None; del name` (a mapping namespace sees both).
  storeName((h as unknown as Ext).b as Binding, f, None);
  deleteName((h as unknown as Ext).b as Binding, f);
}

function runFinally(body: stmt[], f: Frame, pending: PyBaseException | null): number {
  if (pending === null) return execBlock(body, f);
  handled.push(pending);
  try {
    return execBlock(body, f);
  } catch (err) {
    throw chainImplicit(err);
  } finally {
    handled.pop();
  }
}

function execTry(s: Try, f: Frame): number {
  // Without `finally` nothing here needs to see the exception (no catch and rethrow).
  if (s.finalbody.length === 0) return execTryExcept(s, f);
  let sig: number;
  try {
    sig = execTryExcept(s, f);
  } catch (err) {
    const e = caughtIn(err, f);
    const fs = runFinally(s.finalbody, f, e);
    if (fs !== NORMAL) return fs;
    throw e;
  }
  if (sig === RAISE) {
    // An exception signalled by the body or `else` (signal.ts): the finally block runs with it
    // pending, then it goes on as RAISE.
    const e = chainImplicit(f.ret) as PyBaseException;
    f.ret = undefined;
    const fs = runFinally(s.finalbody, f, e);
    if (fs !== NORMAL) return fs;
    f.ret = e;
    return RAISE;
  }
  if (s.finalbody.length) {
    const saved = f.ret;
    const fs = execBlock(s.finalbody, f);
    if (fs !== NORMAL) return fs;
    f.ret = saved;
  }
  return sig;
}

function execTryExcept(s: Try, f: Frame): number {
  if (s.handlers.length === 0) {
    const r = execBlock(s.body, f);
    if (r !== NORMAL) return r;
    return s.orelse.length ? execBlock(s.orelse, f) : NORMAL;
  }
  let r: number;
  try {
    r = execBlock(s.body, f);
  } catch (err) {
    return handleExcept(s, caughtIn(err, f), f);
  }
  if (r !== NORMAL) {
    if (r !== RAISE) return r;
    // Signalled by the body (signal.ts): the exception already has this frame's entry.
    const e = f.ret as PyBaseException;
    f.ret = undefined;
    return handleExcept(s, e, f);
  }
  return s.orelse.length ? execBlock(s.orelse, f) : NORMAL;
}

/** The except clauses of `s` for exception `e` from its body; rethrows `e` when none matches. */
function handleExcept(s: Try, e: PyBaseException, f: Frame): number {
  // An exception raised while another is handled has that one as __context__ even when it is
  // caught before it leaves the outer handler (CPython sets it at the raise).
  chainImplicit(e);
  // The exception is being handled while the except clauses are evaluated too.
  handled.push(e);
  let r = -1;
  try {
    for (const h of s.handlers) {
      f.line = h.lineno | 0;
      if (h.type !== null && !exceptionMatches(e, evalExpr(h.type, f))) continue;
      if (h.name !== null) storeName((h as unknown as Ext).b as Binding, f, e);
      try {
        r = execBlock(h.body, f);
        break;
      } finally {
        unbindHandlerName(h, f);
      }
    }
  } catch (inner) {
    throw chainImplicit(inner);
  } finally {
    handled.pop();
  }
  if (r < 0) throw e;
  // The handled exception is let go of (CPython's POP_EXCEPT): if nothing else holds it, what
  // only it held may need its finalizer now (early-finalize.ts).
  if (finalizers.on) rebound(e);
  return r;
}

function execTryStar(s: TryStar, f: Frame): number {
  let sig = NORMAL;
  let caught = false;
  try {
    try {
      sig = execBlock(s.body, f);
    } catch (err) {
      const e = caughtIn(err, f);
      let rest: PyBaseException | null = e;
      let current = e;
      const raised: PyBaseException[] = [];
      for (const h of s.handlers) {
        if (rest === null) break;
        f.line = h.lineno | 0;
        // While a clause's type is evaluated and matched, the exception being handled is the last
        // clause's match, or the original before any matched (CPython's CHECK_EG_MATCH sets it).
        let match: PyBaseException | null;
        handled.push(current);
        try {
          const t = evalExpr(h.type!, f);
          checkExceptStarType(t);
          [match, rest] = splitExceptionGroup(rest, e, (x: PyObject) => exceptionMatches(x, t), t);
        } catch (inner) {
          throw chainImplicit(inner);
        } finally {
          handled.pop();
        }
        if (match === null) continue;
        current = match;
        if (h.name !== null) storeName((h as unknown as Ext).b as Binding, f, match);
        handled.push(match);
        try {
          const r = execBlock(h.body, f);
          if (r !== NORMAL) typeError("'break', 'continue' and 'return' cannot appear in an except* block");
        } catch (inner) {
          raised.push(chainImplicit(asPyException(inner)) as PyBaseException);
        } finally {
          handled.pop();
          unbindHandlerName(h, f);
        }
      }
      const toRaise = combineRaised(e, raised, rest);
      if (toRaise !== null) throw asReraised(toRaise, f);
      caught = true;
    }
    // (the finally block runs once, below, for a handled group too)
    if (!caught && sig === NORMAL && s.orelse.length) sig = execBlock(s.orelse, f);
  } catch (err) {
    if (s.finalbody.length === 0) throw err;
    const e = caughtIn(err, f);
    const fs = runFinally(s.finalbody, f, e);
    if (fs !== NORMAL) return fs;
    throw e;
  }
  if (s.finalbody.length) {
    const fs = execBlock(s.finalbody, f);
    if (fs !== NORMAL) return fs;
  }
  return sig;
}

/**
 * A context manager's __enter__/__exit__ bound at lookup: a descriptor other than a function
 * or a builtin method, whose __get__ may run Python code (CPython's _PyObject_LookupSpecial
 * binds both before __enter__ is called).
 */
class PreBound {
  constructor(readonly fn: PyObject) {}
}

/** A found context manager method (see contextMethods) called on `mgr`. */
export function callContextMethod(m: PyObject | PreBound, mgr: PyObject, args: PyObject[]): PyObject {
  return m instanceof PreBound ? call(m.fn, args) : callFoundMethod(m, mgr, args);
}

/** A function or builtin method binds without running Python code: bound when called. */
function bindSpecial(m: PyObject, mgr: PyObject): PyObject | PreBound {
  if (m instanceof PyFunction || m instanceof PyMethodDescriptor) return m;
  const get = typeOf(m).slots.descrGet;
  return get === undefined ? m : new PreBound(get(m, mgr, typeOf(mgr)));
}

/** Looks up __enter__/__exit__ as CPython 3.11 does, with its error message. */
export function contextMethods(mgr: PyObject, isAsync: boolean): [PyObject | PreBound, PyObject | PreBound] {
  const enterName = isAsync ? '__aenter__' : '__enter__';
  const exitName = isAsync ? '__aexit__' : '__exit__';
  const enter = lookupSpecial(mgr, enterName);
  if (enter === undefined) {
    typeError(`'${typeName(mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol`);
  }
  const boundEnter = bindSpecial(enter, mgr);
  const exit = lookupSpecial(mgr, exitName);
  if (exit === undefined) {
    typeError(`'${typeName(mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol (missed ${exitName} method)`);
  }
  return [boundEnter, bindSpecial(exit, mgr)];
}

function execWith(s: With, index: number, f: Frame): number {
  const item = s.items[index];
  f.line = s.lineno | 0;
  const mgr = evalExpr(item.context_expr, f);
  const [enter, exit] = contextMethods(mgr, false);
  const value = callContextMethod(enter, mgr, []);
  let sig: number;
  try {
    if (item.optional_vars !== null) assignTo(item.optional_vars, value, f);
    sig = index + 1 < s.items.length ? execWith(s, index + 1, f) : execBlock(s.body, f);
  } catch (err) {
    const e = caughtIn(err, f);
    handled.push(e);
    let suppress: boolean;
    const faultLine = f.line;
    f.line = s.lineno | 0; // CPython blames the `with` line for an __exit__ call
    try {
      suppress = isTrue(callContextMethod(exit, mgr, [typeOf(e), e, excTraceback(e)]));
    } catch (inner) {
      throw chainImplicit(inner);
    } finally {
      handled.pop();
    }
    if (suppress) return NORMAL;
    f.line = faultLine; // the reraise restores the faulting line (CPython's RERAISE with lasti)
    throw e;
  }
  const saved = f.ret;
  f.line = s.lineno | 0;
  callContextMethod(exit, mgr, [None, None, None]);
  f.ret = saved;
  return sig;
}

function execImport(s: Import, f: Frame): void {
  for (const a of s.names) {
    const b = (a as unknown as Ext).b as Binding;
    const name = (a as unknown as Ext).imp as string; // mangled in a class (resolve.ts)
    if (a.asname === null) {
      storeName(b, f, importStatement(name, f.globals, f.builtins, f.locals, None, 0));
    } else {
      let m = importStatement(name, f.globals, f.builtins, f.locals, None, 0);
      const parts = a.name.split('.');
      for (let i = 1; i < parts.length; i++) m = importFrom(m, parts[i]);
      storeName(b, f, m);
    }
  }
}

function execImportFrom(s: ImportFrom, f: Frame): void {
  const names = new PyTuple(s.names.map((a) => a.name));
  const m = importStatement((s as unknown as Ext).mod as string, f.globals, f.builtins, f.locals, names, s.level ?? 0);
  for (const a of s.names) {
    if (a.name === '*') {
      const locals = f.locals ?? f.globals;
      importStar(m, (k, v) => {
        if (locals instanceof PyDict) locals.setStr(k, v);
        else setItem(locals, k, v);
      });
      continue;
    }
    storeName((a as unknown as Ext).b as Binding, f, importFrom(m, (a as unknown as Ext).imp as string));
  }
}

function execMatch(s: Match, f: Frame): number {
  const subject = evalExpr(s.subject, f);
  for (const c of s.cases) {
    f.line = c.pattern.lineno | 0;
    const binds: [Binding, PyObject][] = [];
    if (!matchPattern(c.pattern, subject, f, binds)) continue;
    for (const [b, v] of binds) storeName(b, f, v);
    if (c.guard !== null && !condition(c.guard, f)) continue;
    return execBlock(c.body, f);
  }
  return NORMAL;
}

export { PyObj, iterNext, getIter };

/** 'single' mode's PRINT_EXPR: an expression statement's value goes to sys.displayhook. */
function displayValue(v: PyObject): void {
  const hook = interp().sysModule.dict.getStr('displayhook');
  if (hook === undefined) throw newError(E.RuntimeError, 'lost sys.displayhook');
  call(hook, [v], null);
}
