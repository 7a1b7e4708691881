// Statements to instructions, following CPython 3.11's compile.c shape: the same control-flow
// skeletons (loops, try/except/finally with cleanup handlers, with, return/break/continue
// unwinding through enclosing blocks), so the exception table, the finally semantics and the
// name operations match CPython's.

import type {
  stmt, expr, FunctionDef, AsyncFunctionDef, ClassDef, Try, TryStar, With, AsyncWith, AnnAssign, AugAssign,
  For, AsyncFor, While, If, Import, ImportFrom, Return, arguments as Arguments, ExceptHandler,
} from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { None } from '../../src/objects/singletons.js';
import { mangle } from '../../src/symtable/index.js';
import { Op, MF, NB } from './opcodes.js';
import { type Compiler, type FBlock, FB, constValue } from './compiler.js';
import type { VMCode } from './code.js';
import { compileExpr, compileStore, compileDelete, compileJumpIf, callHelper, addYieldFrom, BINOP_NB } from './compile-expr.js';
import { compileMatch } from './compile-patterns.js';
import { fold } from './fold.js';
import { unparse } from './unparse.js';

/** A module or class body: annotations setup, the docstring as __doc__, then the statements. */
export function compileBody(c: Compiler, body: stmt[], isModule: boolean): void {
  if (isModule && body.length > 0) c.setLine(body[0]);
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  if (body.length === 0) return;
  let i = 0;
  const doc = docstringOf(body);
  if (doc !== null) {
    i = 1;
    c.setLine(body[0]);
    c.loadConst(doc);
    c.nameOp('__doc__', 'Store');
  }
  for (; i < body.length; i++) compileStmt(c, body[i]);
}

export function compileStmts(c: Compiler, body: stmt[]): void {
  for (let i = 0; i < body.length; i++) compileStmt(c, body[i]);
}

export function docstringOf(body: stmt[]): string | null {
  const s = body[0];
  if (s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string') return s.value.value;
  return null;
}

/** CPython's find_ann: does the block (not nested scopes, not match cases) hold an annotated assignment? */
function findAnnotations(body: stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.finalbody) || findAnnotations(s.orelse)) return true;
        break;
    }
  }
  return false;
}

export function compileStmt(c: Compiler, s: stmt): void {
  c.setLine(s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      compileFunctionDef(c, s);
      return;
    case 'ClassDef':
      compileClassDef(c, s);
      return;
    case 'Return':
      compileReturn(c, s);
      return;
    case 'Delete':
      for (const t of s.targets) compileDelete(c, t);
      return;
    case 'Assign': {
      compileExpr(c, s.value);
      const n = s.targets.length;
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.emit(Op.COPY, 1);
        compileStore(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      compileAugAssign(c, s);
      return;
    case 'AnnAssign':
      compileAnnAssign(c, s);
      return;
    case 'For':
      compileFor(c, s);
      return;
    case 'AsyncFor':
      compileAsyncFor(c, s);
      return;
    case 'While':
      compileWhile(c, s);
      return;
    case 'If':
      compileIf(c, s);
      return;
    case 'With':
      compileWith(c, s, 0);
      return;
    case 'AsyncWith':
      if (c.unit.scopeType !== 'async_function') c.error("'async with' outside async function", s);
      compileAsyncWith(c, s, 0);
      return;
    case 'Match':
      compileMatch(c, s);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc !== null) {
        compileExpr(c, s.exc);
        n++;
        if (s.cause !== null) {
          compileExpr(c, s.cause);
          n++;
        }
      }
      c.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length > 0) compileTryFinally(c, s, false);
      else compileTryExcept(c, s);
      return;
    case 'TryStar':
      if (s.finalbody.length > 0) compileTryFinally(c, s, true);
      else compileTryStarExcept(c, s);
      return;
    case 'Assert': {
      const end = c.newLabel();
      compileJumpIf(c, s.test, end, true);
      c.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg !== null) {
        compileExpr(c, s.msg);
        c.emit(Op.CALL, 0);
      }
      c.emit(Op.RAISE_VARARGS, 1);
      c.useLabel(end);
      return;
    }
    case 'Import':
      compileImport(c, s);
      return;
    case 'ImportFrom':
      compileImportFrom(c, s);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr': {
      const v = s.value;
      if (c.interactive && c.unit.kind === 'module') {
        compileExpr(c, v);
        c.emit(Op.PRINT_EXPR);
        return;
      }
      if (v._type === 'Constant' || (v._type === 'UnaryOp' && fold(v) !== null)) {
        c.emit(Op.NOP);
        return;
      }
      compileExpr(c, v);
      c.emit(Op.POP_TOP);
      return;
    }
    case 'Pass':
      c.emit(Op.NOP);
      return;
    case 'Break': {
      c.emit(Op.NOP);
      const loop = unwindFBlockStack(c, false, true, s);
      if (loop === null) c.error("'break' outside loop", s);
      unwindFBlock(c, loop, false);
      c.emitJump(Op.JUMP, loop.exit!);
      return;
    }
    case 'Continue': {
      c.emit(Op.NOP);
      const loop = unwindFBlockStack(c, false, true, s);
      if (loop === null) c.error("'continue' not properly in loop", s);
      c.emitJump(Op.JUMP, loop.block!);
      return;
    }
  }
}

// ---- functions and classes --------------------------------------------------------------------

/** Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags they need. */
export function compileDefaults(c: Compiler, args: Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) compileExpr(c, d);
    c.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MF.DEFAULTS;
  }
  const keys: string[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (d !== null && d !== undefined) {
      keys.push(mangle(c.unit.privateName, args.kwonlyargs[i].arg));
      compileExpr(c, d);
    }
  }
  if (keys.length > 0) {
    c.loadConst(new PyTuple(keys));
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MF.KWDEFAULTS;
  }
  return flags;
}

/** Pushes the annotations tuple (name, value, ...); returns its pair count. */
function compileAnnotations(c: Compiler, args: Arguments, returns: expr | null): number {
  let n = 0;
  const one = (name: string, ann: expr | null) => {
    if (ann === null) return;
    c.loadConst(mangle(c.unit.privateName, name));
    compileAnnotationValue(c, ann);
    n++;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg !== null) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg !== null) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (n > 0) c.emit(Op.BUILD_TUPLE, 2 * n);
  return n;
}

/** An annotation's value: evaluated, or its source text under `from __future__ import annotations`. */
export function compileAnnotationValue(c: Compiler, ann: expr): void {
  if (c.futureAnnotations) {
    c.loadConst(unparse(ann));
    return;
  }
  if (ann._type === 'Starred') {
    compileExpr(c, ann.value);
    c.emit(Op.UNPACK_SEQUENCE, 1);
    return;
  }
  compileExpr(c, ann);
}

/** LOAD_CLOSURE for each free variable of `code`, then MAKE_FUNCTION (CPython's compiler_make_closure). */
export function makeClosure(c: Compiler, code: VMCode, flags: number): void {
  const frees = code.co_freevars;
  if (frees.length > 0) {
    for (const name of frees) c.emit(Op.LOAD_CLOSURE, c.unit.derefIndex(name));
    c.emit(Op.BUILD_TUPLE, frees.length);
    flags |= MF.CLOSURE;
  }
  c.loadConst(code as unknown as PyObject);
  c.emit(Op.MAKE_FUNCTION, flags);
}

function compileFunctionDef(c: Compiler, s: FunctionDef | AsyncFunctionDef): void {
  const isAsync = s._type === 'AsyncFunctionDef';
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
  for (const d of s.decorator_list) compileExpr(c, d);
  let flags = compileDefaults(c, s.args);
  if (compileAnnotations(c, s.args, s.returns) > 0) flags |= MF.ANNOTATIONS;
  const u = c.enterScope(s, 'function', isAsync ? 'async_function' : 'function', s.name, firstlineno);
  const doc = docstringOf(s.body);
  u.addConst(doc ?? None);
  u.hasDocstring = doc !== null;
  u.argcount = s.args.args.length;
  u.posonlyargcount = s.args.posonlyargs.length;
  u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) compileStmt(c, s.body[i]);
  const code = c.exitScope();
  c.setLine(s);
  makeClosure(c, code, flags);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameOp(s.name, 'Store', s);
}

function compileClassDef(c: Compiler, s: ClassDef): void {
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
  for (const d of s.decorator_list) compileExpr(c, d);
  const u = c.enterScope(s, 'class', 'class', s.name, firstlineno);
  u.privateName = s.name;
  u.line = s.lineno;
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.loadConst(u.qualname);
  c.nameOp('__qualname__', 'Store');
  compileBody(c, s.body, false);
  if (u.scope.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, u.derefIndex('__class__'));
    c.emit(Op.COPY, 1);
    c.nameOp('__classcell__', 'Store');
  } else {
    c.loadNone();
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.setLine(s);
  c.emit(Op.PUSH_NULL);
  c.emit(Op.LOAD_BUILD_CLASS);
  makeClosure(c, code, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords, s);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameOp(s.name, 'Store', s);
}

// ---- return / break / continue: unwinding enclosing blocks -----------------------------------------

function compileReturn(c: Compiler, s: Return): void {
  const u = c.unit;
  if (u.scope.type !== 'function') c.error("'return' outside function", s);
  if (s.value !== null && u.scope.isCoroutine && u.scope.isGenerator) c.error("'return' with value in async generator", s);
  const constant = s.value === null ? null : s.value._type === 'Constant' ? s.value : null;
  const preserveTos = s.value !== null && constant === null;
  if (preserveTos) compileExpr(c, s.value!);
  unwindFBlockStack(c, preserveTos, false, s);
  if (s.value === null) c.loadNone();
  else if (constant !== null) c.loadConst(constValue(constant.value));
  c.emit(Op.RETURN_VALUE);
}

/** Unwinds the control blocks up to the innermost loop (wantLoop) or all of them; returns the loop. */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, wantLoop: boolean, node: stmt): FBlock | null {
  const fbs = c.unit.fblocks;
  if (fbs.length === 0) return null;
  const top = fbs[fbs.length - 1];
  if (top.type === FB.EXCEPTION_GROUP_HANDLER) c.error("'break', 'continue' and 'return' cannot appear in an except* block", node);
  if (wantLoop && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) return top;
  fbs.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, wantLoop, node);
  fbs.push(top);
  return loop;
}

function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case FB.WHILE_LOOP:
    case FB.EXCEPTION_HANDLER:
    case FB.EXCEPTION_GROUP_HANDLER:
    case FB.ASYNC_COMPREHENSION_GENERATOR:
      return;
    case FB.FOR_LOOP:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_ITER);
      return;
    case FB.TRY_EXCEPT:
      c.emit(Op.POP_BLOCK);
      return;
    case FB.FINALLY_TRY: {
      c.emit(Op.POP_BLOCK);
      if (preserveTos) c.pushFBlock(FB.POP_VALUE, null, null);
      const saved = c.unit.line;
      compileStmts(c, info.datum as stmt[]);
      c.unit.line = saved;
      if (preserveTos) c.popFBlock();
      return;
    }
    case FB.FINALLY_END:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      return;
    case FB.WITH:
    case FB.ASYNC_WITH: {
      const saved = c.unit.line;
      c.setLine(info.datum as stmt);
      c.emit(Op.POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === FB.ASYNC_WITH) {
        c.emit(Op.GET_AWAITABLE, 2);
        c.loadNone();
        addYieldFrom(c, true);
      }
      c.emit(Op.POP_TOP);
      c.unit.line = saved;
      return;
    }
    case FB.HANDLER_CLEANUP: {
      const name = info.datum as string | null;
      if (name !== null) c.emit(Op.POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      if (name !== null) {
        c.loadNone();
        c.nameOp(name, 'Store');
        c.nameOp(name, 'Del');
      }
      return;
    }
    case FB.POP_VALUE:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}

function callExitWithNones(c: Compiler): void {
  c.loadNone();
  c.emit(Op.COPY, 1);
  c.emit(Op.COPY, 1);
  c.emit(Op.CALL, 2);
}

// ---- assignments ------------------------------------------------------------------------------------

function compileAugAssign(c: Compiler, s: AugAssign): void {
  const t = s.target;
  const saved = c.unit.line;
  c.setLine(t);
  switch (t._type) {
    case 'Attribute':
      compileExpr(c, t.value);
      c.emit(Op.COPY, 1);
      c.emitName(Op.LOAD_ATTR, t.attr);
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Load', t);
      break;
    default:
      c.error(`'${t._type}' is an illegal expression for augmented assignment`, t);
  }
  c.unit.line = saved;
  compileExpr(c, s.value);
  c.emit(Op.BINARY_OP, BINOP_NB[s.op] + NB.INPLACE);
  c.setLine(t);
  switch (t._type) {
    case 'Attribute':
      c.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, t.attr);
      break;
    case 'Subscript':
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Store', t);
      break;
  }
  c.unit.line = saved;
}

function compileAnnAssign(c: Compiler, s: AnnAssign): void {
  const t = s.target;
  if (s.value !== null) {
    compileExpr(c, s.value);
    compileStore(c, t);
  }
  const moduleOrClass = c.unit.kind === 'module' || c.unit.kind === 'class';
  switch (t._type) {
    case 'Name':
      if (s.simple && moduleOrClass) {
        compileAnnotationValue(c, s.annotation);
        c.emit(Op.LOAD_NAME, c.unit.addName('__annotations__'));
        c.loadConst(mangle(c.unit.privateName, t.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (s.value === null) checkAnnExpr(c, t.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnExpr(c, t.value);
        checkAnnSubscript(c, t.slice);
      }
      break;
    default:
      c.error(`invalid node type (${t._type}) for annotated assignment`, t);
  }
  if (!s.simple && !c.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function checkAnnExpr(c: Compiler, e: expr): void {
  compileExpr(c, e);
  c.emit(Op.POP_TOP);
}

function checkAnnSubscript(c: Compiler, e: expr): void {
  if (e._type === 'Slice') {
    if (e.lower !== null) checkAnnExpr(c, e.lower);
    if (e.upper !== null) checkAnnExpr(c, e.upper);
    if (e.step !== null) checkAnnExpr(c, e.step);
  } else if (e._type === 'Tuple') {
    for (const x of e.elts) checkAnnSubscript(c, x);
  } else checkAnnExpr(c, e);
}

// ---- loops and conditionals ----------------------------------------------------------------------

function compileFor(c: Compiler, s: For): void {
  const start = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(FB.FOR_LOOP, start, end);
  compileExpr(c, s.iter);
  // `for x in gen():` owns its generator: an early exit closes it, as CPython's refcounting does.
  c.emit(Op.GET_ITER, s.iter._type === 'Call' || s.iter._type === 'GeneratorExp' ? 1 : 0);
  c.useLabel(start);
  c.emitJump(Op.FOR_ITER, cleanup);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.setLine(s);
  c.emitJump(Op.JUMP, start);
  c.useLabel(cleanup);
  c.popFBlock();
  compileStmts(c, s.orelse);
  c.useLabel(end);
}

function compileAsyncFor(c: Compiler, s: AsyncFor): void {
  if (c.unit.scopeType !== 'async_function') c.error("'async for' outside async function", s);
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  compileExpr(c, s.iter);
  c.emit(Op.GET_AITER);
  c.useLabel(start);
  c.pushFBlock(FB.FOR_LOOP, start, end);
  c.emitJump(Op.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadNone();
  addYieldFrom(c, true);
  c.emit(Op.POP_BLOCK);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.setLine(s);
  c.emitJump(Op.JUMP, start);
  c.popFBlock();
  c.useLabel(except);
  c.setLine(s.iter);
  c.emit(Op.END_ASYNC_FOR);
  compileStmts(c, s.orelse);
  c.useLabel(end);
}

function compileWhile(c: Compiler, s: While): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(FB.WHILE_LOOP, loop, end);
  compileJumpIf(c, s.test, anchor, false);
  c.useLabel(body);
  compileStmts(c, s.body);
  c.setLine(s);
  compileJumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useLabel(anchor);
  compileStmts(c, s.orelse);
  c.useLabel(end);
}

function compileIf(c: Compiler, s: If): void {
  const end = c.newLabel();
  const next = s.orelse.length > 0 ? c.newLabel() : end;
  compileJumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length > 0) {
    c.emitJump(Op.JUMP, end);
    c.useLabel(next);
    compileStmts(c, s.orelse);
  }
  c.useLabel(end);
}

// ---- with -------------------------------------------------------------------------------------------

function compileWith(c: Compiler, s: With, pos: number): void {
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  compileExpr(c, item.context_expr);
  c.emit(Op.BEFORE_WITH);
  c.emitJump(Op.SETUP_WITH, final);
  c.useLabel(block);
  c.pushFBlock(FB.WITH, block, final, s);
  if (item.optional_vars !== null) compileStore(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.emit(Op.POP_BLOCK);
  c.popFBlock();
  c.setLine(s);
  callExitWithNones(c);
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP, exit);
  c.useLabel(final);
  c.emitJump(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

function compileAsyncWith(c: Compiler, s: AsyncWith, pos: number): void {
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  compileExpr(c, item.context_expr);
  c.emit(Op.BEFORE_ASYNC_WITH);
  c.emit(Op.GET_AWAITABLE, 1);
  c.loadNone();
  addYieldFrom(c, true);
  c.emitJump(Op.SETUP_WITH, final);
  c.useLabel(block);
  c.pushFBlock(FB.ASYNC_WITH, block, final, s);
  if (item.optional_vars !== null) compileStore(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.popFBlock();
  c.emit(Op.POP_BLOCK);
  c.setLine(s);
  callExitWithNones(c);
  c.emit(Op.GET_AWAITABLE, 2);
  c.loadNone();
  addYieldFrom(c, true);
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP, exit);
  c.useLabel(final);
  c.emitJump(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  c.emit(Op.GET_AWAITABLE, 2);
  c.loadNone();
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

/** After __exit__ returned: suppress (pop everything) or re-raise. */
function withExceptFinish(c: Compiler, cleanup: ReturnType<Compiler['newLabel']>): void {
  const exit = c.newLabel();
  c.emitJump(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(exit);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_TOP);
}

function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

// ---- try ---------------------------------------------------------------------------------------------

function compileTryFinally(c: Compiler, s: Try | TryStar, star: boolean): void {
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.emitJump(Op.SETUP_FINALLY, end);
  c.useLabel(body);
  c.pushFBlock(FB.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (star) compileTryStarExcept(c, s as TryStar);
    else compileTryExcept(c, s as Try);
  } else {
    compileStmts(c, s.body);
  }
  c.emit(Op.POP_BLOCK);
  c.popFBlock();
  compileStmts(c, s.finalbody);
  c.emitJump(Op.JUMP, exit);
  c.useLabel(end);
  c.emitJump(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FB.FINALLY_END, end, null);
  compileStmts(c, s.finalbody);
  c.popFBlock();
  c.emit(Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(exit);
}

function compileTryExcept(c: Compiler, s: Try): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.emitJump(Op.SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock(FB.TRY_EXCEPT, body, null);
  compileStmts(c, s.body);
  c.popFBlock();
  c.emit(Op.POP_BLOCK);
  compileStmts(c, s.orelse);
  c.emitJump(Op.JUMP, end);
  c.useLabel(except);
  c.emitJump(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FB.EXCEPTION_HANDLER, null, null);
  const n = s.handlers.length;
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i] as ExceptHandler;
    c.setLine(h);
    if (h.type === null && i < n - 1) c.error("default 'except:' must be last", h);
    except = c.newLabel();
    if (h.type !== null) {
      compileExpr(c, h.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emitJump(Op.POP_JUMP_IF_FALSE, except);
    }
    if (h.name !== null) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameOp(h.name, 'Store', h);
      c.emitJump(Op.SETUP_CLEANUP, cleanupEnd);
      c.useLabel(cleanupBody);
      c.pushFBlock(FB.HANDLER_CLEANUP, cleanupBody, null, h.name);
      compileStmts(c, h.body);
      c.popFBlock();
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      c.emitJump(Op.JUMP, end);
      c.useLabel(cleanupEnd);
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      c.emit(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.emit(Op.POP_TOP);
      c.useLabel(cleanupBody);
      c.pushFBlock(FB.HANDLER_CLEANUP, cleanupBody, null, null);
      compileStmts(c, h.body);
      c.popFBlock();
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.emitJump(Op.JUMP, end);
    }
    c.useLabel(except);
  }
  c.popFBlock();
  c.emit(Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(end);
}

function compileTryStarExcept(c: Compiler, s: TryStar): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.emitJump(Op.SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock(FB.TRY_EXCEPT, body, null);
  compileStmts(c, s.body);
  c.popFBlock();
  c.emit(Op.POP_BLOCK);
  c.emitJump(Op.JUMP, orelse);
  c.useLabel(except);
  c.emitJump(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FB.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
  const n = s.handlers.length;
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i];
    c.setLine(h);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.COPY, 2);
    }
    if (h.type !== null) {
      compileExpr(c, h.type);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (h.name !== null) c.nameOp(h.name, 'Store', h);
    else c.emit(Op.POP_TOP);
    c.emitJump(Op.SETUP_CLEANUP, cleanupEnd);
    c.useLabel(cleanupBody);
    c.pushFBlock(FB.HANDLER_CLEANUP, cleanupBody, null, h.name);
    compileStmts(c, h.body);
    c.popFBlock();
    c.emit(Op.POP_BLOCK);
    if (h.name !== null) {
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
    }
    c.emitJump(Op.JUMP, except);
    c.useLabel(cleanupEnd);
    if (h.name !== null) {
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
    }
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP);
    c.emitJump(Op.JUMP, exceptWithError);
    c.useLabel(except);
    c.emit(Op.NOP);
    c.emitJump(Op.JUMP, exceptWithError);
    c.useLabel(noMatch);
    c.emit(Op.POP_TOP);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      c.emit(Op.LIST_APPEND, 1);
      c.emitJump(Op.JUMP, reraiseStar);
    }
  }
  c.popFBlock();
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emitJump(Op.JUMP, end);
  c.useLabel(reraise);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(orelse);
  compileStmts(c, s.orelse);
  c.useLabel(end);
}

// ---- imports -----------------------------------------------------------------------------------------

function compileImport(c: Compiler, s: Import): void {
  for (const a of s.names) {
    c.setLine(a);
    c.loadConst(0);
    c.loadNone();
    c.emitName(Op.IMPORT_NAME, a.name);
    if (a.asname !== null) {
      const parts = a.name.split('.');
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.emitName(Op.IMPORT_FROM, parts[i]);
          if (i < parts.length - 1) {
            c.emit(Op.SWAP, 2);
            c.emit(Op.POP_TOP);
          }
        }
        c.nameOp(a.asname, 'Store', a);
        c.emit(Op.POP_TOP);
      } else {
        c.nameOp(a.asname, 'Store', a);
      }
    } else {
      c.nameOp(a.name.split('.')[0], 'Store', a);
    }
  }
}

function compileImportFrom(c: Compiler, s: ImportFrom): void {
  c.loadConst(s.level ?? 0);
  if (s.module === '__future__' && s.lineno > c.table.futureLineno) {
    c.error('from __future__ imports must occur at the beginning of the file', s);
  }
  c.loadConst(new PyTuple(s.names.map((a) => a.name)));
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const a = s.names[i];
    if (i === 0 && a.name === '*') {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, a.name);
    c.nameOp(a.asname ?? a.name, 'Store', a);
  }
  c.emit(Op.POP_TOP);
}
