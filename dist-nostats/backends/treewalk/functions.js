// Functions, lambdas, comprehensions and class bodies in the tree-walker: creating function
// objects (defaults, closure cells, annotations, docstring), running a call in a new Frame,
// and turning exceptions that leave a frame into traceback entries.
import { PyDict } from '../../src/objects/dict.js';
import { PyList } from '../../src/objects/tuple.js';
import { PyFunction, PyCell } from '../../src/objects/function.js';
import { None } from '../../src/objects/singletons.js';
import { PyBaseException, E, newError, addTracebackEntry } from '../../src/objects/exception.js';
import { getIter, setItem, iterNext, isTrue } from '../../src/objects/protocol.js';
import { storeName } from './names.js';
import { assignTo } from './assign.js';
import { bindArguments } from '../../src/objects/arguments.js';
import { buildClass } from '../../src/objects/class-create.js';
import { factories } from '../../src/objects/factories.js';
import { mangle } from '../../src/symtable/index.js';
import { interp } from '../../src/runtime/interpreter.js';
import { docstringOf } from './code.js';
import { Frame } from './frame.js';
import { evalExpr, evalElements, comprehensionLoop, mergeMapping } from './eval.js';
import { execBlock } from './exec.js';
import { makeGenerator, makeGenexpr, aiterOf } from './generator.js';
/** Records the frame in a propagating exception's traceback; turns JS stack overflow into RecursionError. */
export function leaveFrameWithError(e, frame) {
    if (e instanceof PyBaseException) {
        recordFrame(e, frame);
        return e;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
        const r = newError(E.RecursionError, 'maximum recursion depth exceeded');
        recordFrame(r, frame);
        return r;
    }
    return e;
}
/**
 * Adds `frame` (at its current line) to the exception's traceback, once per visit: when the
 * exception leaves the frame, or is caught in it (except/finally/with), or — `always` — when a
 * `raise` statement in the frame raises it.
 */
export function recordFrame(e, frame, always = false) {
    addTracebackEntry(e, frame, frame.code.co_filename, frame.line, frame.code.co_name, always);
}
/** Runs a function-like frame to completion (not generators). */
function runFrame(frame, code) {
    const it = interp();
    it.enter();
    frame.back = it.frame;
    it.frame = frame;
    try {
        if (code.lambdaBody !== null)
            return evalExpr(code.lambdaBody, frame);
        execBlock(code.body, frame);
        const r = frame.ret;
        return r === undefined ? None : r;
    }
    catch (e) {
        throw leaveFrameWithError(e, frame);
    }
    finally {
        it.frame = frame.back;
        it.depth--;
    }
}
/** The cells of a new frame: fresh cellvars (parameters copied in), then the closure's cells. */
export function makeCells(code, fast, closure) {
    const ncell = code.co_cellvars.length;
    const nfree = code.co_freevars.length;
    if (ncell === 0 && nfree === 0)
        return NO_CELLS;
    const cells = new Array(ncell + nfree);
    for (let i = 0; i < ncell; i++)
        cells[i] = new PyCell();
    for (const [ci, slot] of code.paramCells) {
        cells[ci].value = fast[slot];
        fast[slot] = undefined;
    }
    for (let i = 0; i < nfree; i++)
        cells[ncell + i] = closure[i];
    return cells;
}
const NO_CELLS = [];
function setInvoke(code) {
    if (code.isGenerator || code.isCoroutine) {
        code.invoke = (fn, args, kwnames) => {
            const fast = bindArguments(fn, code, args, kwnames, code.nlocals);
            const frame = new Frame(code, fast, makeCells(code, fast, fn.closure), fn.globals, fn.builtins, null, fn);
            return makeGenerator(frame, code);
        };
        return;
    }
    code.invoke = (fn, args, kwnames) => {
        const fast = bindArguments(fn, code, args, kwnames, code.nlocals);
        const frame = new Frame(code, fast, makeCells(code, fast, fn.closure), fn.globals, fn.builtins, null, fn);
        return runFrame(frame, code);
    };
    // Calls with exactly co_argcount positional arguments can fill the local slots directly.
    code.direct = (code.co_flags & (4 /* CoFlags.VARARGS */ | 8 /* CoFlags.VARKEYWORDS */)) === 0 && code.co_kwonlyargcount === 0;
}
/** Runs a call of a `direct` function whose arguments the caller put in `fast` (no binding needed). */
export function enterDirect(fn, code, fast) {
    const frame = new Frame(code, fast, code.noCells ? NO_CELLS : makeCells(code, fast, fn.closure), fn.globals, fn.builtins, null, fn);
    const it = interp();
    if (++it.depth > it.recursionLimit) {
        it.depth--;
        throw newError(E.RecursionError, 'maximum recursion depth exceeded');
    }
    const back = it.frame;
    frame.back = back;
    it.frame = frame;
    let r;
    try {
        const lb = code.lambdaBody;
        if (lb !== null)
            r = evalExpr(lb, frame);
        else {
            execBlock(code.body, frame);
            r = frame.ret;
        }
    }
    catch (e) {
        it.frame = back;
        it.depth--;
        throw leaveFrameWithError(e, frame);
    }
    it.frame = back;
    it.depth--;
    return r === undefined ? None : r;
}
export function closureFor(code, f) {
    const idx = code.closureIndices;
    if (idx.length === 0)
        return null;
    const out = new Array(idx.length);
    for (let i = 0; i < idx.length; i++)
        out[i] = f.cells[idx[i]];
    return out;
}
function annotationsOf(node, f) {
    const a = node.args;
    let d = null;
    const add = (p) => {
        if (p === null || p.annotation === null)
            return;
        (d ??= new PyDict()).setStr(mangle(f.code.scope.privateName, p.arg), evalExpr(p.annotation, f));
    };
    for (const p of a.posonlyargs)
        add(p);
    for (const p of a.args)
        add(p);
    add(a.vararg);
    for (const p of a.kwonlyargs)
        add(p);
    add(a.kwarg);
    if (node.returns !== null)
        (d ??= new PyDict()).setStr('return', evalExpr(node.returns, f));
    return d;
}
/** def / async def / lambda: evaluates defaults (and annotations) and makes the function. */
export function makeFunction(node, f, _decorators) {
    const code = node.code;
    if (!code.ready) {
        setInvoke(code);
        code.ready = true;
    }
    const a = node.args;
    const defaults = a.defaults.length ? a.defaults.map((d) => evalExpr(d, f)) : null;
    let kwdefaults = null;
    for (let i = 0; i < a.kwonlyargs.length; i++) {
        const d = a.kw_defaults[i];
        if (d !== null && d !== undefined)
            (kwdefaults ??= new PyDict()).setStr(a.kwonlyargs[i].arg, evalExpr(d, f));
    }
    const annotations = node._type === 'Lambda' ? null : annotationsOf(node, f);
    const fn = new PyFunction(code, f.globals, f.builtins, code.co_qualname, defaults, kwdefaults, closureFor(code, f));
    fn.dict = new PyDict();
    if (annotations !== null)
        fn.annotations = annotations;
    if (node._type !== 'Lambda') {
        const doc = docstringOf(node.body);
        if (doc !== null)
            fn.doc = doc;
    }
    return fn;
}
/** A comprehension or generator expression: runs in its own frame (3.11: its own scope). */
export function runComprehension(node, f) {
    const code = node.code;
    const first = node.generators[0].is_async ? aiterOf(evalExpr(node.generators[0].iter, f)) : getIter(evalExpr(node.generators[0].iter, f));
    const fast = new Array(code.nlocals);
    fast[0] = first;
    const frame = new Frame(code, fast, makeCells(code, fast, closureFor(code, f)), f.globals, f.builtins, null, null);
    if (node._type === 'GeneratorExp')
        return makeGenexpr(frame, node, first);
    const it = interp();
    it.enter();
    frame.back = it.frame;
    it.frame = frame;
    try {
        const gens = node.generators;
        if (gens.length === 1 && !gens[0].is_async)
            return singleClause(node, frame, first);
        if (node._type === 'ListComp') {
            const out = [];
            const elt = node.elt;
            comprehensionLoop(gens, 0, frame, first, () => {
                out.push(evalExpr(elt, frame));
            });
            return new PyList(out);
        }
        if (node._type === 'SetComp') {
            const s = factories.newSet([]);
            const elt = node.elt;
            comprehensionLoop(gens, 0, frame, first, () => factories.setAdd(s, evalExpr(elt, frame)));
            return s;
        }
        const d = new PyDict();
        comprehensionLoop(gens, 0, frame, first, () => {
            const k = evalExpr(node.key, frame);
            d.set(k, evalExpr(node.value, frame));
        });
        return d;
    }
    catch (e) {
        throw leaveFrameWithError(e, frame);
    }
    finally {
        it.frame = frame.back;
        it.depth--;
    }
}
/** A list/set/dict comprehension with one `for` clause: the loop runs here, no per-element callback. */
function singleClause(node, frame, it) {
    const g = node.generators[0];
    const target = g.target;
    const simple = target._type === 'Name' ? target.b : null;
    const ifs = g.ifs;
    const out = [];
    const set = node._type === 'SetComp' ? factories.newSet([]) : null;
    const dict = node._type === 'DictComp' ? new PyDict() : null;
    next: for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
        if (simple !== null)
            storeName(simple, frame, x);
        else
            assignTo(target, x, frame);
        for (let i = 0; i < ifs.length; i++)
            if (!isTrue(evalExpr(ifs[i], frame)))
                continue next;
        switch (node._type) {
            case 'ListComp':
                out.push(evalExpr(node.elt, frame));
                break;
            case 'SetComp':
                factories.setAdd(set, evalExpr(node.elt, frame));
                break;
            case 'DictComp': {
                const k = evalExpr(node.key, frame);
                dict.set(k, evalExpr(node.value, frame));
                break;
            }
        }
    }
    return dict !== null ? dict : set !== null ? set : new PyList(out);
}
/** class NAME(bases, **kw): body — via the shared class-statement protocol. */
export function makeClass(node, f) {
    const code = node.code;
    const bases = evalElements(node.bases, f);
    const kwnames = [];
    const kwvalues = [];
    for (const k of node.keywords) {
        const v = evalExpr(k.value, f);
        if (k.arg === null) {
            const d = new PyDict();
            mergeMapping(d, v, '__build_class__()');
            for (const [kk, vv] of d.entries()) {
                kwnames.push(kk);
                kwvalues.push(vv);
            }
        }
        else {
            kwnames.push(k.arg);
            kwvalues.push(v);
        }
    }
    const closure = closureFor(code, f);
    const runBody = (ns) => {
        const fast = [];
        const frame = new Frame(code, fast, makeCells(code, fast, closure), f.globals, f.builtins, ns, null);
        const nsDict = ns instanceof PyDict ? ns : null;
        const modName = f.globals.getStr('__name__');
        const put = (k, v) => {
            if (nsDict !== null)
                nsDict.setStr(k, v);
            else
                setItem(ns, k, v);
        };
        if (modName !== undefined)
            put('__module__', modName);
        put('__qualname__', code.co_qualname);
        const doc = docstringOf(code.body);
        if (doc !== null)
            put('__doc__', doc);
        const it = interp();
        it.enter();
        frame.back = it.frame;
        it.frame = frame;
        try {
            execBlock(code.body, frame);
        }
        catch (e) {
            throw leaveFrameWithError(e, frame);
        }
        finally {
            it.frame = frame.back;
            it.depth--;
        }
        const ci = code.cellOf.get('__class__');
        if (ci !== undefined && ci < code.co_cellvars.length) {
            const cell = frame.cells[ci];
            put('__classcell__', cell);
            return cell;
        }
        return null;
    };
    return buildClass(runBody, node.name, bases, kwnames, kwvalues);
}
//# sourceMappingURL=functions.js.map