// Control blocks: try/except/finally (and except*), with / async with, and the unwinding that
// return, break and continue do through them (CPython 3.11's compiler_try_*, compiler_with,
// compiler_unwind_fblock). Handlers are protected regions (SETUP_* pseudo-instructions) whose
// cleanup code restores the handled-exception stack on every path out.

import type { stmt, expr, Try, TryStar, With, AsyncWith, ExceptHandler } from '../../src/ast/nodes.js';
import { Op } from './opcodes.js';
import { type Compiler, type FBlock, type Label, FB } from './compiler.js';
import { compileExpr, compileStore, addYieldFrom } from './compile-expr.js';
import { compileStmts } from './compile-stmt.js';

// ---- unwinding enclosing blocks (return / break / continue) -----------------------------------------

/** Unwinds the control blocks up to the innermost loop (wantLoop) or all of them; returns the loop. */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, wantLoop: boolean, node: stmt | expr): FBlock | null {
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

export function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
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

// ---- with -------------------------------------------------------------------------------------------

export function compileWith(c: Compiler, s: With, pos: number): void {
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

export function compileAsyncWith(c: Compiler, s: AsyncWith, pos: number): void {
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
function withExceptFinish(c: Compiler, cleanup: Label): void {
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

export function compileTryFinally(c: Compiler, s: Try | TryStar, star: boolean): void {
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

export function compileTryExcept(c: Compiler, s: Try): void {
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
  // No handler matched: the reraise is at the last `except` line (CPython's artificial
  // instruction takes the line of the failed match that jumps to it), not the body's last line.
  const { line, pos } = c.unit;
  c.setLine(s.handlers[n - 1]);
  c.emit(Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.unit.line = line;
  c.unit.pos = pos;
  c.useLabel(end);
}

export function compileTryStarExcept(c: Compiler, s: TryStar): void {
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

