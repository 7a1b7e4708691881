// The expressions that make code objects of their own (lambdas, comprehensions and generator
// expressions: CPython 3.11's compiler_lambda / compiler_comprehension) and the yield and
// yield-from/await sequences.
import { None } from '../../src/objects/singletons.js';
import { compileExpr, compileStore, compileJumpIf } from './compile-expr.js';
import { compileDefaults, makeClosure } from './compile-stmt.js';
// ---- functions made by expressions ------------------------------------------------------------------
export function compileLambda(c, e) {
    const flags = compileDefaults(c, e.args);
    const u = c.enterScope(e, 'lambda', 'lambda', '<lambda>', e.lineno);
    u.addConst(None);
    u.argcount = e.args.args.length;
    u.posonlyargcount = e.args.posonlyargs.length;
    u.kwonlyargcount = e.args.kwonlyargs.length;
    compileExpr(c, e.body);
    c.emit(7 /* Op.RETURN_VALUE */);
    const code = c.exitScope();
    makeClosure(c, code, flags);
}
export function compileComprehension(c, e, kind, name, elt, val) {
    const outer = c.unit.scopeType;
    const outermost = e.generators[0];
    const u = c.enterScope(e, 'comprehension', 'comprehension', name, e.lineno);
    c.setLine(e);
    const isAsyncGenerator = u.scope.isCoroutine;
    if (isAsyncGenerator && kind !== 'genexp' && outer !== 'async_function' && outer !== 'comprehension') {
        c.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    u.argcount = 1;
    if (kind !== 'genexp')
        c.emit(kind === 'list' ? 48 /* Op.BUILD_LIST */ : kind === 'set' ? 49 /* Op.BUILD_SET */ : 50 /* Op.BUILD_MAP */, 0);
    comprehensionGenerator(c, e.generators, 0, 0, elt, val, kind);
    if (kind !== 'genexp')
        c.emit(7 /* Op.RETURN_VALUE */);
    const code = c.exitScope();
    makeClosure(c, code, 0);
    compileExpr(c, outermost.iter);
    c.emit(outermost.is_async ? 92 /* Op.GET_AITER */ : 20 /* Op.GET_ITER */);
    c.emit(44 /* Op.CALL */, 0);
    if (isAsyncGenerator && kind !== 'genexp') {
        c.emit(91 /* Op.GET_AWAITABLE */, 0);
        c.loadNone();
        addYieldFrom(c, true);
    }
}
function comprehensionGenerator(c, gens, index, depth, elt, val, kind) {
    if (gens[index].is_async)
        asyncComprehensionGenerator(c, gens, index, depth, elt, val, kind);
    else
        syncComprehensionGenerator(c, gens, index, depth, elt, val, kind);
}
function comprehensionElement(c, depth, elt, val, kind) {
    switch (kind) {
        case 'genexp':
            compileExpr(c, elt);
            addYield(c);
            c.emit(2 /* Op.POP_TOP */);
            return;
        case 'list':
            compileExpr(c, elt);
            c.emit(53 /* Op.LIST_APPEND */, depth + 1);
            return;
        case 'set':
            compileExpr(c, elt);
            c.emit(54 /* Op.SET_ADD */, depth + 1);
            return;
        case 'dict':
            compileExpr(c, elt);
            compileExpr(c, val);
            c.emit(55 /* Op.MAP_ADD */, depth + 1);
    }
}
function syncComprehensionGenerator(c, gens, index, depth, elt, val, kind) {
    let start = c.newLabel();
    const ifCleanup = c.newLabel();
    const anchor = c.newLabel();
    const gen = gens[index];
    if (index === 0) {
        c.emit(22 /* Op.LOAD_FAST */, 0);
    }
    else {
        const it = gen.iter;
        const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
        if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
            // `for y in [f(x)]`: a plain assignment.
            compileExpr(c, elts[0]);
            start = null;
        }
        else {
            compileExpr(c, it);
            c.emit(20 /* Op.GET_ITER */);
        }
    }
    if (start !== null) {
        depth++;
        c.useLabel(start);
        c.emitJump(21 /* Op.FOR_ITER */, anchor);
    }
    compileStore(c, gen.target);
    for (const cond of gen.ifs)
        compileJumpIf(c, cond, ifCleanup, false);
    if (index + 1 < gens.length)
        comprehensionGenerator(c, gens, index + 1, depth, elt, val, kind);
    else
        comprehensionElement(c, depth, elt, val, kind);
    c.useLabel(ifCleanup);
    if (start !== null) {
        c.emitJump(108 /* Op.JUMP */, start);
        c.useLabel(anchor);
    }
}
function asyncComprehensionGenerator(c, gens, index, depth, elt, val, kind) {
    const start = c.newLabel();
    const except = c.newLabel();
    const ifCleanup = c.newLabel();
    const gen = gens[index];
    if (index === 0) {
        c.emit(22 /* Op.LOAD_FAST */, 0);
    }
    else {
        compileExpr(c, gen.iter);
        c.emit(92 /* Op.GET_AITER */);
    }
    c.useLabel(start);
    c.pushFBlock(11 /* FB.ASYNC_COMPREHENSION_GENERATOR */, start, null);
    c.emitJump(104 /* Op.SETUP_FINALLY */, except);
    c.emit(93 /* Op.GET_ANEXT */);
    c.loadNone();
    addYieldFrom(c, true);
    c.emit(107 /* Op.POP_BLOCK */);
    compileStore(c, gen.target);
    for (const cond of gen.ifs)
        compileJumpIf(c, cond, ifCleanup, false);
    depth++;
    if (index + 1 < gens.length)
        comprehensionGenerator(c, gens, index + 1, depth, elt, val, kind);
    else
        comprehensionElement(c, depth, elt, val, kind);
    c.useLabel(ifCleanup);
    c.emitJump(108 /* Op.JUMP */, start);
    c.popFBlock();
    c.useLabel(except);
    c.emit(94 /* Op.END_ASYNC_FOR */);
}
// ---- generators ---------------------------------------------------------------------------------------
export function addYield(c) {
    const s = c.unit.scope;
    if (s.isGenerator && s.isCoroutine)
        c.emit(95 /* Op.ASYNC_GEN_WRAP */);
    c.emit(88 /* Op.YIELD_VALUE */, 0);
}
/** The yield-from / await loop: SEND until the sub-iterator returns (YIELD_VALUE 1 marks it). */
export function addYieldFrom(c, isAwait) {
    const start = c.newLabel();
    const exit = c.newLabel();
    c.useLabel(start);
    c.emitJump(90 /* Op.SEND */, exit);
    c.emit(88 /* Op.YIELD_VALUE */, isAwait ? 2 : 1);
    c.emitJump(109 /* Op.JUMP_NO_INTERRUPT */, start);
    c.useLabel(exit);
}
//# sourceMappingURL=compile-scopes.js.map