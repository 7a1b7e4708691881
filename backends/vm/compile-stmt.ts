// Statements to instructions, following CPython 3.11's compile.c shapes (loops, conditionals,
// assignments, def/class, imports; try/with and block unwinding are in compile-blocks.ts), so
// the exception table, the finally semantics and the name operations match CPython's.

import { assertBlame } from '../../src/runtime/traceback.js';
import { hasDebugParameter } from '../../src/ast/compile-checks.js';
import type {
  stmt, expr, FunctionDef, AsyncFunctionDef, ClassDef, AnnAssign, AugAssign, For, AsyncFor, While, If, Import,
  ImportFrom, Return, Assign, arguments as Arguments,
} from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { None } from '../../src/objects/singletons.js';
import { mangle } from '../../src/symtable/index.js';
import { Op, MF, NB } from './opcodes.js';
import { type Compiler, FB, constValue } from './compiler.js';
import type { VMCode } from './code.js';
import { compileExpr, compileStore, compileDelete, compileJumpIf, callHelper, addYieldFrom, BINOP_NB, compileIterable } from './compile-expr.js';
import { compileMatch } from './compile-patterns.js';
import { unwindFBlockStack, unwindFBlock, compileWith, compileAsyncWith, compileTryFinally, compileTryExcept, compileTryStarExcept } from './compile-blocks.js';
import { foldConst, returnUnwindAt, constantStatement } from '../../src/runtime/const-fold.js';
import { unparse } from '../../src/ast/unparse.js';
import { findAnnotations } from '../../src/ast/find-annotations.js';

/** A module or class body: annotations setup, the docstring as __doc__, then the statements. */
export function compileBody(c: Compiler, body: stmt[], isModule: boolean): void {
  if (isModule && body.length > 0) c.setLine(body[0]);
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  if (body.length === 0) return;
  c.unit.firstOfBody = body[0];
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
      if (compileSwapAssign(c, s)) return;
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
      // CPython leaves a compared test's span on the raise (`assert x == 1` marks `x == 1`).
      const blamed = assertBlame(s.test);
      if (blamed !== null) c.unit.pos = blamed;
      c.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg !== null) {
        compileExpr(c, s.msg);
        c.emit(Op.CALL, 0);
      }
      c.emit(Op.RAISE_VARARGS, 1);
      c.unit.pos = s;
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
      if (constantStatement(v, s === c.unit.firstOfBody)) {
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
    for (const name of frees) c.emit(Op.LOAD_CLOSURE, c.unit.closureIndex(name));
    c.emit(Op.BUILD_TUPLE, frees.length);
    flags |= MF.CLOSURE;
  }
  c.loadConst(code as unknown as PyObject);
  c.emit(Op.MAKE_FUNCTION, flags);
}

function compileFunctionDef(c: Compiler, s: FunctionDef | AsyncFunctionDef): void {
  const isAsync = s._type === 'AsyncFunctionDef';
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
  if (hasDebugParameter(s.args)) c.error('cannot assign to __debug__', s);
  for (const d of s.decorator_list) compileExpr(c, d);
  let flags = compileDefaults(c, s.args);
  if (compileAnnotations(c, s.args, s.returns) > 0) flags |= MF.ANNOTATIONS;
  const u = c.enterScope(s, 'function', isAsync ? 'async_function' : 'function', s.name, firstlineno);
  const doc = docstringOf(s.body);
  u.addConst(doc ?? None);
  u.hasDocstring = doc !== null;
  u.firstOfBody = s.body[0];
  u.argcount = s.args.args.length;
  u.posonlyargcount = s.args.posonlyargs.length;
  u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) compileStmt(c, s.body[i]);
  const code = c.exitScope();
  c.setLine(s);
  makeClosure(c, code, flags);
  applyDecorators(c, s);
}

/** Calls the decorators, innermost first, each at its own line (CPython 3.11's traceback line). */
function applyDecorators(c: Compiler, s: FunctionDef | AsyncFunctionDef | ClassDef): void {
  for (let i = s.decorator_list.length - 1; i >= 0; i--) {
    c.setLine(s.decorator_list[i]);
    c.emit(Op.CALL, 0);
  }
  c.setLine(s);
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
    c.emit(Op.LOAD_CLOSURE, u.closureIndex('__class__'));
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
  applyDecorators(c, s);
}

// ---- return ----------------------------------------------------------------------------------------

function compileReturn(c: Compiler, s: Return): void {
  const u = c.unit;
  if (u.scope.type !== 'function') c.error("'return' outside function", s);
  if (s.value !== null && u.scope.isCoroutine && u.scope.isGenerator) c.error("'return' with value in async generator", s);
  const constant = s.value === null ? null : s.value._type === 'Constant' ? s.value : null;
  const preserveTos = s.value !== null && constant === null;
  if (preserveTos) compileExpr(c, s.value!);
  unwindFBlockStack(c, preserveTos, false, returnUnwindAt(s));
  if (s.value === null) c.loadNone();
  else if (constant !== null) c.loadConst(constValue(constant.value));
  c.emit(Op.RETURN_VALUE);
}

// ---- assignments ------------------------------------------------------------------------------------

/**
 * `a, b = x, y` (and three names): CPython 3.11's peephole turns BUILD_TUPLE n; UNPACK_SEQUENCE n
 * into SWAP n for n = 2, 3, so no tuple is made; the targets are then stored first to last as
 * usual. A display of constants stays one constant tuple unpacked (as in CPython).
 */
function compileSwapAssign(c: Compiler, s: Assign): boolean {
  if (s.targets.length !== 1) return false;
  const t = s.targets[0];
  const v = s.value;
  if ((t._type !== 'Tuple' && t._type !== 'List') || v._type !== 'Tuple') return false;
  const n = v.elts.length;
  if ((n !== 2 && n !== 3) || t.elts.length !== n) return false;
  if (v.elts.some((e) => e._type === 'Starred') || t.elts.some((e) => e._type === 'Starred')) return false;
  if (foldConst(v) !== undefined) return false;
  for (const e of v.elts) compileExpr(c, e);
  c.emit(Op.SWAP, n);
  for (const e of t.elts) compileStore(c, e);
  return true;
}

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
  c.unit.pos = s;
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
  c.unit.pos = s;
}

function compileAnnAssign(c: Compiler, s: AnnAssign): void {
  const t = s.target;
  if (s.value !== null) {
    compileExpr(c, s.value);
    compileStore(c, t);
  } else if (t._type === 'Name' && t.id === '__debug__') c.error('cannot assign to __debug__', s);
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
  compileIterable(c, s.iter);
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
  // `async for x in agen():` owns its generator: an early exit drops it (asyncgen-hooks.ts).
  c.emit(Op.GET_AITER, s.iter._type === 'Call' || s.iter._type === 'GeneratorExp' ? 1 : 0);
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

// ---- imports -----------------------------------------------------------------------------------------

function compileImport(c: Compiler, s: Import): void {
  for (const a of s.names) {
    // (CPython reports a forbidden name at the statement.)
    if ((a.asname ?? a.name.split('.')[0]) === '__debug__') c.error('cannot assign to __debug__', s);
    c.setLine(a);
    c.unit.pos = s;
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
    if ((a.asname ?? a.name) === '__debug__') c.error('cannot assign to __debug__', s);
    c.emitName(Op.IMPORT_FROM, a.name);
    c.nameOp(a.asname ?? a.name, 'Store', a);
  }
  c.emit(Op.POP_TOP);
}
