// The expressions that make code objects of their own (lambdas, comprehensions and generator
// expressions: CPython 3.11's compiler_lambda / compiler_comprehension) and the yield and
// yield-from/await sequences.

import { hasDebugParameter } from '../../src/ast/compile-checks.js';
import type { expr, comprehension, Lambda, ListComp, SetComp, DictComp, GeneratorExp } from '../../src/ast/nodes.js';
import { None } from '../../src/objects/singletons.js';
import { Op } from './opcodes.js';
import { type Compiler, type Label, FB } from './compiler.js';
import { compileExpr, compileStore, compileJumpIf, compileIterable } from './compile-expr.js';
import { foldConst } from '../../src/runtime/const-fold.js';
import { compileDefaults, makeClosure } from './compile-stmt.js';

// ---- functions made by expressions ------------------------------------------------------------------

export function compileLambda(c: Compiler, e: Lambda): void {
  if (hasDebugParameter(e.args)) c.error('cannot assign to __debug__', e);
  const flags = compileDefaults(c, e.args);
  const u = c.enterScope(e, 'lambda', 'lambda', '<lambda>', e.lineno);
  u.addConst(None);
  u.argcount = e.args.args.length;
  u.posonlyargcount = e.args.posonlyargs.length;
  u.kwonlyargcount = e.args.kwonlyargs.length;
  compileExpr(c, e.body);
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, flags);
}

type CompKind = 'list' | 'set' | 'dict' | 'genexp';

export function compileComprehension(c: Compiler, e: ListComp | SetComp | DictComp | GeneratorExp, kind: CompKind, name: string, elt: expr, val: expr | null): void {
  const outer = c.unit.scopeType;
  const outermost = e.generators[0];
  const u = c.enterScope(e, 'comprehension', 'comprehension', name, e.lineno);
  c.setLine(e);
  const isAsyncGenerator = u.scope.isCoroutine;
  if (isAsyncGenerator && kind !== 'genexp' && outer !== 'async_function' && outer !== 'comprehension') {
    c.error('asynchronous comprehension outside of an asynchronous function', e);
  }
  u.argcount = 1;
  if (kind !== 'genexp') c.emit(kind === 'list' ? Op.BUILD_LIST : kind === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  comprehensionGenerator(c, e.generators, 0, 0, elt, val, kind);
  if (kind !== 'genexp') c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, 0);
  compileIterable(c, outermost.iter);
  // A generator expression over a generator it made (`(y for y in gen())`) owns it, as a `for`
  // statement does: when the expression is closed (or raises), the inner one is closed too (an
  // async generator is handed to its finalizer, asyncgen-hooks.ts).
  const owns = kind === 'genexp' && (outermost.iter._type === 'Call' || outermost.iter._type === 'GeneratorExp');
  c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, owns ? 1 : 0);
  c.emit(Op.CALL, 0);
  if (isAsyncGenerator && kind !== 'genexp') {
    c.emit(Op.GET_AWAITABLE, 0);
    c.loadNone();
    addYieldFrom(c, true);
  }
}

function comprehensionGenerator(c: Compiler, gens: comprehension[], index: number, depth: number, elt: expr, val: expr | null, kind: CompKind): void {
  if (gens[index].is_async) asyncComprehensionGenerator(c, gens, index, depth, elt, val, kind);
  else syncComprehensionGenerator(c, gens, index, depth, elt, val, kind);
}

function comprehensionElement(c: Compiler, depth: number, elt: expr, val: expr | null, kind: CompKind): void {
  switch (kind) {
    case 'genexp':
      compileExpr(c, elt);
      addYield(c);
      c.emit(Op.POP_TOP);
      return;
    case 'list':
      compileExpr(c, elt);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case 'set':
      compileExpr(c, elt);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case 'dict':
      compileExpr(c, elt);
      compileExpr(c, val!);
      c.emit(Op.MAP_ADD, depth + 1);
  }
}

function syncComprehensionGenerator(c: Compiler, gens: comprehension[], index: number, depth: number, elt: expr, val: expr | null, kind: CompKind): void {
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = gens[index];
  if (index === 0) {
    c.emit(Op.LOAD_FAST, 0);
  } else {
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    // (`[3]` and `(3,)` are constant tuples by then, iterated.)
    if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred' && foldConst(elts[0]) === undefined) {
      // `for y in [f(x)]`: a plain assignment.
      compileExpr(c, elts[0]);
      start = null;
    } else {
      compileIterable(c, it);
      c.emit(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    c.useLabel(start);
    c.emitJump(Op.FOR_ITER, anchor);
  }
  compileStore(c, gen.target);
  for (const cond of gen.ifs) compileJumpIf(c, cond, ifCleanup, false);
  if (index + 1 < gens.length) comprehensionGenerator(c, gens, index + 1, depth, elt, val, kind);
  else comprehensionElement(c, depth, elt, val, kind);
  c.useLabel(ifCleanup);
  if (start !== null) {
    c.emitJump(Op.JUMP, start);
    c.useLabel(anchor);
  }
}

function asyncComprehensionGenerator(c: Compiler, gens: comprehension[], index: number, depth: number, elt: expr, val: expr | null, kind: CompKind): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = gens[index];
  if (index === 0) {
    c.emit(Op.LOAD_FAST, 0);
  } else {
    compileIterable(c, gen.iter);
    c.emit(Op.GET_AITER);
  }
  c.useLabel(start);
  c.pushFBlock(FB.ASYNC_COMPREHENSION_GENERATOR, start, null);
  c.emitJump(Op.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadNone();
  addYieldFrom(c, true);
  c.emit(Op.POP_BLOCK);
  compileStore(c, gen.target);
  for (const cond of gen.ifs) compileJumpIf(c, cond, ifCleanup, false);
  depth++;
  if (index + 1 < gens.length) comprehensionGenerator(c, gens, index + 1, depth, elt, val, kind);
  else comprehensionElement(c, depth, elt, val, kind);
  c.useLabel(ifCleanup);
  c.emitJump(Op.JUMP, start);
  c.popFBlock();
  c.useLabel(except);
  c.emit(Op.END_ASYNC_FOR);
}

// ---- generators ---------------------------------------------------------------------------------------

export function addYield(c: Compiler): void {
  const s = c.unit.scope;
  if (s.isGenerator && s.isCoroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE, 0);
}

/** The yield-from / await loop: SEND until the sub-iterator returns (YIELD_VALUE 1 marks it). */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(start);
  c.emitJump(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE, isAwait ? 2 : 1);
  c.emitJump(Op.JUMP_NO_INTERRUPT, start);
  c.useLabel(exit);
}
