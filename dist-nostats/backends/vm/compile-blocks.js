// Control blocks: try/except/finally (and except*), with / async with, and the unwinding that
// return, break and continue do through them (CPython 3.11's compiler_try_*, compiler_with,
// compiler_unwind_fblock). Handlers are protected regions (SETUP_* pseudo-instructions) whose
// cleanup code restores the handled-exception stack on every path out.
import { compileExpr, compileStore, addYieldFrom } from './compile-expr.js';
import { compileStmts } from './compile-stmt.js';
// ---- unwinding enclosing blocks (return / break / continue) -----------------------------------------
/** Unwinds the control blocks up to the innermost loop (wantLoop) or all of them; returns the loop. */
export function unwindFBlockStack(c, preserveTos, wantLoop, node) {
    const fbs = c.unit.fblocks;
    if (fbs.length === 0)
        return null;
    const top = fbs[fbs.length - 1];
    if (top.type === 10 /* FB.EXCEPTION_GROUP_HANDLER */)
        c.error("'break', 'continue' and 'return' cannot appear in an except* block", node);
    if (wantLoop && (top.type === 0 /* FB.WHILE_LOOP */ || top.type === 1 /* FB.FOR_LOOP */))
        return top;
    fbs.pop();
    unwindFBlock(c, top, preserveTos);
    const loop = unwindFBlockStack(c, preserveTos, wantLoop, node);
    fbs.push(top);
    return loop;
}
export function unwindFBlock(c, info, preserveTos) {
    switch (info.type) {
        case 0 /* FB.WHILE_LOOP */:
        case 9 /* FB.EXCEPTION_HANDLER */:
        case 10 /* FB.EXCEPTION_GROUP_HANDLER */:
        case 11 /* FB.ASYNC_COMPREHENSION_GENERATOR */:
            return;
        case 1 /* FB.FOR_LOOP */:
            if (preserveTos)
                c.emit(5 /* Op.SWAP */, 2);
            c.emit(103 /* Op.POP_ITER */);
            return;
        case 2 /* FB.TRY_EXCEPT */:
            c.emit(107 /* Op.POP_BLOCK */);
            return;
        case 3 /* FB.FINALLY_TRY */: {
            c.emit(107 /* Op.POP_BLOCK */);
            if (preserveTos)
                c.pushFBlock(8 /* FB.POP_VALUE */, null, null);
            const saved = c.unit.line;
            compileStmts(c, info.datum);
            c.unit.line = saved;
            if (preserveTos)
                c.popFBlock();
            return;
        }
        case 4 /* FB.FINALLY_END */:
            if (preserveTos)
                c.emit(5 /* Op.SWAP */, 2);
            c.emit(2 /* Op.POP_TOP */);
            if (preserveTos)
                c.emit(5 /* Op.SWAP */, 2);
            c.emit(107 /* Op.POP_BLOCK */);
            c.emit(77 /* Op.POP_EXCEPT */);
            return;
        case 5 /* FB.WITH */:
        case 6 /* FB.ASYNC_WITH */: {
            const saved = c.unit.line;
            c.setLine(info.datum);
            c.emit(107 /* Op.POP_BLOCK */);
            if (preserveTos)
                c.emit(5 /* Op.SWAP */, 2);
            callExitWithNones(c);
            if (info.type === 6 /* FB.ASYNC_WITH */) {
                c.emit(91 /* Op.GET_AWAITABLE */, 2);
                c.loadNone();
                addYieldFrom(c, true);
            }
            c.emit(2 /* Op.POP_TOP */);
            c.unit.line = saved;
            return;
        }
        case 7 /* FB.HANDLER_CLEANUP */: {
            const name = info.datum;
            if (name !== null)
                c.emit(107 /* Op.POP_BLOCK */);
            if (preserveTos)
                c.emit(5 /* Op.SWAP */, 2);
            c.emit(107 /* Op.POP_BLOCK */);
            c.emit(77 /* Op.POP_EXCEPT */);
            if (name !== null) {
                c.loadNone();
                c.nameOp(name, 'Store');
                c.nameOp(name, 'Del');
            }
            return;
        }
        case 8 /* FB.POP_VALUE */:
            if (preserveTos)
                c.emit(5 /* Op.SWAP */, 2);
            c.emit(2 /* Op.POP_TOP */);
            return;
    }
}
function callExitWithNones(c) {
    c.loadNone();
    c.emit(4 /* Op.COPY */, 1);
    c.emit(4 /* Op.COPY */, 1);
    c.emit(44 /* Op.CALL */, 2);
}
// ---- with -------------------------------------------------------------------------------------------
export function compileWith(c, s, pos) {
    const item = s.items[pos];
    const block = c.newLabel();
    const final = c.newLabel();
    const exit = c.newLabel();
    const cleanup = c.newLabel();
    compileExpr(c, item.context_expr);
    c.emit(82 /* Op.BEFORE_WITH */);
    c.emitJump(106 /* Op.SETUP_WITH */, final);
    c.useLabel(block);
    c.pushFBlock(5 /* FB.WITH */, block, final, s);
    if (item.optional_vars !== null)
        compileStore(c, item.optional_vars);
    else
        c.emit(2 /* Op.POP_TOP */);
    if (pos + 1 === s.items.length)
        compileStmts(c, s.body);
    else
        compileWith(c, s, pos + 1);
    c.emit(107 /* Op.POP_BLOCK */);
    c.popFBlock();
    c.setLine(s);
    callExitWithNones(c);
    c.emit(2 /* Op.POP_TOP */);
    c.emitJump(108 /* Op.JUMP */, exit);
    c.useLabel(final);
    c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanup);
    c.emit(76 /* Op.PUSH_EXC_INFO */);
    c.emit(81 /* Op.WITH_EXCEPT_START */);
    withExceptFinish(c, cleanup);
    c.useLabel(exit);
}
export function compileAsyncWith(c, s, pos) {
    const item = s.items[pos];
    const block = c.newLabel();
    const final = c.newLabel();
    const exit = c.newLabel();
    const cleanup = c.newLabel();
    compileExpr(c, item.context_expr);
    c.emit(83 /* Op.BEFORE_ASYNC_WITH */);
    c.emit(91 /* Op.GET_AWAITABLE */, 1);
    c.loadNone();
    addYieldFrom(c, true);
    c.emitJump(106 /* Op.SETUP_WITH */, final);
    c.useLabel(block);
    c.pushFBlock(6 /* FB.ASYNC_WITH */, block, final, s);
    if (item.optional_vars !== null)
        compileStore(c, item.optional_vars);
    else
        c.emit(2 /* Op.POP_TOP */);
    if (pos + 1 === s.items.length)
        compileStmts(c, s.body);
    else
        compileAsyncWith(c, s, pos + 1);
    c.popFBlock();
    c.emit(107 /* Op.POP_BLOCK */);
    c.setLine(s);
    callExitWithNones(c);
    c.emit(91 /* Op.GET_AWAITABLE */, 2);
    c.loadNone();
    addYieldFrom(c, true);
    c.emit(2 /* Op.POP_TOP */);
    c.emitJump(108 /* Op.JUMP */, exit);
    c.useLabel(final);
    c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanup);
    c.emit(76 /* Op.PUSH_EXC_INFO */);
    c.emit(81 /* Op.WITH_EXCEPT_START */);
    c.emit(91 /* Op.GET_AWAITABLE */, 2);
    c.loadNone();
    addYieldFrom(c, true);
    withExceptFinish(c, cleanup);
    c.useLabel(exit);
}
/** After __exit__ returned: suppress (pop everything) or re-raise. */
function withExceptFinish(c, cleanup) {
    const exit = c.newLabel();
    c.emitJump(67 /* Op.POP_JUMP_IF_TRUE */, exit);
    c.emit(75 /* Op.RERAISE */, 2);
    c.useLabel(cleanup);
    popExceptAndReraise(c);
    c.useLabel(exit);
    c.emit(2 /* Op.POP_TOP */);
    c.emit(107 /* Op.POP_BLOCK */);
    c.emit(77 /* Op.POP_EXCEPT */);
    c.emit(2 /* Op.POP_TOP */);
    c.emit(2 /* Op.POP_TOP */);
}
function popExceptAndReraise(c) {
    c.emit(4 /* Op.COPY */, 3);
    c.emit(77 /* Op.POP_EXCEPT */);
    c.emit(75 /* Op.RERAISE */, 1);
}
// ---- try ---------------------------------------------------------------------------------------------
export function compileTryFinally(c, s, star) {
    const body = c.newLabel();
    const end = c.newLabel();
    const exit = c.newLabel();
    const cleanup = c.newLabel();
    c.emitJump(104 /* Op.SETUP_FINALLY */, end);
    c.useLabel(body);
    c.pushFBlock(3 /* FB.FINALLY_TRY */, body, end, s.finalbody);
    if (s.handlers.length > 0) {
        if (star)
            compileTryStarExcept(c, s);
        else
            compileTryExcept(c, s);
    }
    else {
        compileStmts(c, s.body);
    }
    c.emit(107 /* Op.POP_BLOCK */);
    c.popFBlock();
    compileStmts(c, s.finalbody);
    c.emitJump(108 /* Op.JUMP */, exit);
    c.useLabel(end);
    c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanup);
    c.emit(76 /* Op.PUSH_EXC_INFO */);
    c.pushFBlock(4 /* FB.FINALLY_END */, end, null);
    compileStmts(c, s.finalbody);
    c.popFBlock();
    c.emit(75 /* Op.RERAISE */, 0);
    c.useLabel(cleanup);
    popExceptAndReraise(c);
    c.useLabel(exit);
}
export function compileTryExcept(c, s) {
    const body = c.newLabel();
    let except = c.newLabel();
    const end = c.newLabel();
    const cleanup = c.newLabel();
    c.emitJump(104 /* Op.SETUP_FINALLY */, except);
    c.useLabel(body);
    c.pushFBlock(2 /* FB.TRY_EXCEPT */, body, null);
    compileStmts(c, s.body);
    c.popFBlock();
    c.emit(107 /* Op.POP_BLOCK */);
    compileStmts(c, s.orelse);
    c.emitJump(108 /* Op.JUMP */, end);
    c.useLabel(except);
    c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanup);
    c.emit(76 /* Op.PUSH_EXC_INFO */);
    c.pushFBlock(9 /* FB.EXCEPTION_HANDLER */, null, null);
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
        const h = s.handlers[i];
        c.setLine(h);
        if (h.type === null && i < n - 1)
            c.error("default 'except:' must be last", h);
        except = c.newLabel();
        if (h.type !== null) {
            compileExpr(c, h.type);
            c.emit(78 /* Op.CHECK_EXC_MATCH */);
            c.emitJump(66 /* Op.POP_JUMP_IF_FALSE */, except);
        }
        if (h.name !== null) {
            const cleanupEnd = c.newLabel();
            const cleanupBody = c.newLabel();
            c.nameOp(h.name, 'Store', h);
            c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanupEnd);
            c.useLabel(cleanupBody);
            c.pushFBlock(7 /* FB.HANDLER_CLEANUP */, cleanupBody, null, h.name);
            compileStmts(c, h.body);
            c.popFBlock();
            c.emit(107 /* Op.POP_BLOCK */);
            c.emit(107 /* Op.POP_BLOCK */);
            c.emit(77 /* Op.POP_EXCEPT */);
            c.loadNone();
            c.nameOp(h.name, 'Store');
            c.nameOp(h.name, 'Del');
            c.emitJump(108 /* Op.JUMP */, end);
            c.useLabel(cleanupEnd);
            c.loadNone();
            c.nameOp(h.name, 'Store');
            c.nameOp(h.name, 'Del');
            c.emit(75 /* Op.RERAISE */, 1);
        }
        else {
            const cleanupBody = c.newLabel();
            c.emit(2 /* Op.POP_TOP */);
            c.useLabel(cleanupBody);
            c.pushFBlock(7 /* FB.HANDLER_CLEANUP */, cleanupBody, null, null);
            compileStmts(c, h.body);
            c.popFBlock();
            c.emit(107 /* Op.POP_BLOCK */);
            c.emit(77 /* Op.POP_EXCEPT */);
            c.emitJump(108 /* Op.JUMP */, end);
        }
        c.useLabel(except);
    }
    c.popFBlock();
    c.emit(75 /* Op.RERAISE */, 0);
    c.useLabel(cleanup);
    popExceptAndReraise(c);
    c.useLabel(end);
}
export function compileTryStarExcept(c, s) {
    const body = c.newLabel();
    let except = c.newLabel();
    const orelse = c.newLabel();
    const end = c.newLabel();
    const cleanup = c.newLabel();
    const reraiseStar = c.newLabel();
    c.emitJump(104 /* Op.SETUP_FINALLY */, except);
    c.useLabel(body);
    c.pushFBlock(2 /* FB.TRY_EXCEPT */, body, null);
    compileStmts(c, s.body);
    c.popFBlock();
    c.emit(107 /* Op.POP_BLOCK */);
    c.emitJump(108 /* Op.JUMP */, orelse);
    c.useLabel(except);
    c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanup);
    c.emit(76 /* Op.PUSH_EXC_INFO */);
    c.pushFBlock(10 /* FB.EXCEPTION_GROUP_HANDLER */, null, null, 'except handler');
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
        const h = s.handlers[i];
        c.setLine(h);
        except = c.newLabel();
        const exceptWithError = c.newLabel();
        const noMatch = c.newLabel();
        if (i === 0) {
            c.emit(48 /* Op.BUILD_LIST */, 0);
            c.emit(4 /* Op.COPY */, 2);
        }
        if (h.type !== null) {
            compileExpr(c, h.type);
            c.emit(79 /* Op.CHECK_EG_MATCH */);
            c.emit(4 /* Op.COPY */, 1);
            c.emitJump(68 /* Op.POP_JUMP_IF_NONE */, noMatch);
        }
        const cleanupEnd = c.newLabel();
        const cleanupBody = c.newLabel();
        if (h.name !== null)
            c.nameOp(h.name, 'Store', h);
        else
            c.emit(2 /* Op.POP_TOP */);
        c.emitJump(105 /* Op.SETUP_CLEANUP */, cleanupEnd);
        c.useLabel(cleanupBody);
        c.pushFBlock(7 /* FB.HANDLER_CLEANUP */, cleanupBody, null, h.name);
        compileStmts(c, h.body);
        c.popFBlock();
        c.emit(107 /* Op.POP_BLOCK */);
        if (h.name !== null) {
            c.loadNone();
            c.nameOp(h.name, 'Store');
            c.nameOp(h.name, 'Del');
        }
        c.emitJump(108 /* Op.JUMP */, except);
        c.useLabel(cleanupEnd);
        if (h.name !== null) {
            c.loadNone();
            c.nameOp(h.name, 'Store');
            c.nameOp(h.name, 'Del');
        }
        c.emit(53 /* Op.LIST_APPEND */, 3);
        c.emit(2 /* Op.POP_TOP */);
        c.emitJump(108 /* Op.JUMP */, exceptWithError);
        c.useLabel(except);
        c.emit(1 /* Op.NOP */);
        c.emitJump(108 /* Op.JUMP */, exceptWithError);
        c.useLabel(noMatch);
        c.emit(2 /* Op.POP_TOP */);
        c.useLabel(exceptWithError);
        if (i === n - 1) {
            c.emit(53 /* Op.LIST_APPEND */, 1);
            c.emitJump(108 /* Op.JUMP */, reraiseStar);
        }
    }
    c.popFBlock();
    const reraise = c.newLabel();
    c.useLabel(reraiseStar);
    c.emit(80 /* Op.PREP_RERAISE_STAR */);
    c.emit(4 /* Op.COPY */, 1);
    c.emitJump(69 /* Op.POP_JUMP_IF_NOT_NONE */, reraise);
    c.emit(2 /* Op.POP_TOP */);
    c.emit(107 /* Op.POP_BLOCK */);
    c.emit(77 /* Op.POP_EXCEPT */);
    c.emitJump(108 /* Op.JUMP */, end);
    c.useLabel(reraise);
    c.emit(107 /* Op.POP_BLOCK */);
    c.emit(5 /* Op.SWAP */, 2);
    c.emit(77 /* Op.POP_EXCEPT */);
    c.emit(75 /* Op.RERAISE */, 0);
    c.useLabel(cleanup);
    popExceptAndReraise(c);
    c.useLabel(orelse);
    compileStmts(c, s.orelse);
    c.useLabel(end);
}
//# sourceMappingURL=compile-blocks.js.map