// Functions, lambdas, comprehensions and class bodies in the tree-walker: creating function
// objects (defaults, closure cells, annotations, docstring), running a call in a new Frame,
// and turning exceptions that leave a frame into traceback entries.

import { builtinsFromGlobals } from '../../src/runtime/module.js';
import { lookupBuildClass, buildClassBuiltin, classBodyFunction } from '../../src/builtins/build-class.js';
import { setupAnnotations, annotationValue } from './annotations.js';
import type { FunctionDef, AsyncFunctionDef, Lambda, ClassDef, ListComp, SetComp, DictComp, GeneratorExp, arg, expr } from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyList } from '../../src/objects/tuple.js';
import { PyFunction, PyCell, CoFlags } from '../../src/objects/function.js';
import { finalizers } from '../../src/objects/finalizers.js';
import { frameReturned, mayHoldFinalizable, paramSlots } from '../../src/runtime/early-finalize.js';
import { None } from '../../src/objects/singletons.js';
import { strValue } from '../../src/objects/str.js';
import { PyBaseException, E, newError, engineErrorAsPython, addTracebackEntry, type SourcePos } from '../../src/objects/exception.js';
import { getIter, setItem, iterNext, isTrue, typeOf, call, typeError } from '../../src/objects/protocol.js';
import { storeName, loadGlobal } from './names.js';
import { assignTo, unpackPlan, unpackFast } from './assign.js';
import { stepKind, stepNext } from './iter-step.js';
import { bindArguments } from '../../src/objects/arguments.js';
import { buildClass } from '../../src/objects/class-create.js';
import { factories } from '../../src/objects/factories.js';
import { mangle } from '../../src/symtable/index.js';
import { interp } from '../../src/runtime/interpreter.js';
import { type TWCode, type Binding, Acc, docstringOf } from './code.js';
import { Frame, pinFrame, mappingGet } from './frame.js';
import { evalExpr, evalK, evalElements, comprehensionLoop, mergeMapping, condition, isJumpTest } from './eval.js';
import { kindOf } from './kinds.js';
import { execBlock, markSignalRaises, NORMAL, RETURN, RAISE } from './exec.js';
import { makeGenerator, makeGenexpr, aiterOf, PyGenerator, generatorCount } from './generator.js';

type Ext = { [k: string]: unknown };
type FuncNode = FunctionDef | AsyncFunctionDef | Lambda;

/** Records the frame in a propagating exception's traceback; turns JS stack overflow into RecursionError. */
export function leaveFrameWithError(e: unknown, frame: Frame): unknown {
  if (e instanceof PyBaseException) {
    recordFrame(e, frame);
    return e;
  }
  const r = engineErrorAsPython(e);
  if (r !== undefined) {
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
export function recordFrame(e: PyBaseException, frame: Frame, always = false): void {
  // An exception re-raised in this frame (a bare `raise`, or the group an except* statement
  // built) gets no entry for it, neither where it is caught in the frame nor when it leaves; a
  // `raise` of it by name (`always`) does add one. Reaching another frame from there is a new
  // visit, with its entry even if the traceback's last one is of the same frame (the caller of
  // a function that re-raised what the caller itself had caught).
  if (e.reraisedIn !== null) {
    if (e.reraisedIn === frame && !always) return;
    e.reraisedIn = null;
    always = true;
  }
  if (frame.escaped === false) pinFrame(frame);
  const pos = e.failFrame === frame ? e.failPos : null;
  e.failFrame = null;
  e.failPos = null;
  addTracebackEntry(e, frame, frame.code.co_filename, frame.line, frame.code.co_name, always, pos);
}

/**
 * Notes `n` as where exception `e` came out of in frame `f` (for the traceback's position
 * markers), unless a node inside it already was: callers catch, blame and rethrow, innermost
 * first. Returns `e`.
 */
export function blame(e: unknown, n: SourcePos, f: Frame): unknown {
  if (e instanceof PyBaseException && e.failFrame !== f) {
    e.failFrame = f;
    e.failPos = n;
  }
  return e;
}

/**
 * What a function body that ended with signal `sig` returns: frame.ret only after a `return`
 * (RETURN). A body that falls off its end returns None even when a `return` ran before and was
 * cancelled (a finally block's break/continue/raise, an __exit__ that raised, caught later in the
 * frame): frame.ret may still hold that value.
 */
function returnValue(sig: number, frame: Frame): PyObject {
  return sig === RETURN && frame.ret !== undefined ? frame.ret : None;
}

/** Runs a function-like frame to completion (not generators). */
function runFrame(frame: Frame, code: TWCode): PyObject {
  const it = interp();
  it.enter();
  frame.back = it.frame;
  it.frame = frame;
  try {
    if (code.lambdaBody !== null) return evalExpr(code.lambdaBody, frame);
    const sig = execBlock(code.body, frame);
    if (sig === RAISE) throw frame.ret;
    const r = returnValue(sig, frame);
    if (finalizers.on) localsDie(frame, code, r);
    return r;
  } catch (e) {
    throw leaveFrameWithError(e, frame);
  } finally {
    it.frame = frame.back;
    it.depth--;
  }
}

/** The cells of a new frame: fresh cellvars (parameters copied in), then the closure's cells. */
export function makeCells(code: TWCode, fast: (PyObject | undefined)[], closure: PyCell[] | null): PyCell[] {
  const ncell = code.co_cellvars.length;
  const nfree = code.co_freevars.length;
  if (ncell === 0) {
    // Only free variables: the closure tuple is the frame's cell array (never written).
    if (nfree === 0) return NO_CELLS;
    if (closure !== null && closure.length === nfree) return closure;
  }
  const cells: PyCell[] = new Array(ncell + nfree);
  for (let i = 0; i < ncell; i++) cells[i] = new PyCell();
  const pc = code.paramCells;
  for (let i = 0; i < pc.length; i++) {
    const ci = pc[i][0];
    const slot = pc[i][1];
    cells[ci].value = fast[slot];
    fast[slot] = undefined;
  }
  for (let i = 0; i < nfree; i++) cells[ncell + i] = closure![i];
  return cells;
}
const NO_CELLS: PyCell[] = [];

function setInvoke(code: TWCode): void {
  if (code.isGenerator || code.isCoroutine) {
    code.invoke = (fn, args, kwnames, moved = false) => {
      const fast = bindArguments(fn, code, args, kwnames, code.nlocals);
      const frame = new Frame(code, fast, makeCells(code, fast, fn.closure), fn.globals, fn.builtins, null, fn);
      frame.argsMoved = moved;
      return makeGenerator(frame, code);
    };
    return;
  }
  markSignalRaises(code.body);
  // Calls with exactly co_argcount positional arguments can fill the local slots directly.
  const direct = (code.co_flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0;
  code.direct = direct;
  const argc = code.co_argcount;
  code.invoke = (fn, args, kwnames, moved = false) => {
    if (direct && args.length === argc && (kwnames === null || kwnames.length === 0)) {
      // Calls from native code (sort keys, map, property getters, __init__ from type.__call__).
      if (code.noCellvars && fn.code === code) {
        const fr = directFrame(fn, code);
        const fast = fr.fast;
        for (let i = 0; i < argc; i++) fast[i] = args[i];
        fr.argsMoved = moved;
        return runDirect(fr, code, false);
      }
      const fast: (PyObject | undefined)[] = new Array(code.nlocals);
      for (let i = 0; i < argc; i++) fast[i] = args[i];
      return enterDirect(fn, code, fast, moved);
    }
    const fast = bindArguments(fn, code, args, kwnames, code.nlocals);
    const frame = new Frame(code, fast, makeCells(code, fast, fn.closure), fn.globals, fn.builtins, null, fn);
    frame.argsMoved = moved;
    return runFrame(frame, code);
  };
}

/** Runs a call of a `direct` function whose arguments the caller put in `fast` (no binding needed). */
export function enterDirect(fn: PyFunction, code: TWCode, fast: (PyObject | undefined)[], argsMoved = false): PyObject {
  const frame = new Frame(code, fast, code.noCells ? NO_CELLS : makeCells(code, fast, fn.closure), fn.globals, fn.builtins, null, fn);
  frame.argsMoved = argsMoved;
  const it = interp();
  if (++it.depth > it.recursionLimit) {
    it.depth--;
    throw newError(E.RecursionError, 'maximum recursion depth exceeded');
  }
  const back = it.frame;
  frame.back = back;
  it.frame = frame;
  let r: PyObject | undefined;
  let sig = NORMAL;
  try {
    const lb = code.lambdaBody;
    if (lb !== null) r = evalExpr(lb, frame);
    else {
      sig = execBlock(code.body, frame);
      r = sig === RAISE ? frame.ret : returnValue(sig, frame);
    }
  } catch (e) {
    it.frame = back;
    it.depth--;
    throw leaveFrameWithError(e, frame);
  }
  it.frame = back;
  it.depth--;
  if (sig === RAISE) throw leaveFrameWithError(r, frame);
  if (finalizers.on) localsDie(frame, code, r === undefined ? None : r);
  return r === undefined ? None : r;
}

/**
 * A frame for a direct call of `fn` (code without cellvars: its cells are the closure's, see
 * makeCells): a returned frame of its code when there is one.
 */
export function directFrame(fn: PyFunction, code: TWCode): Frame {
  const pool = code.framePool;
  if (pool.length !== 0) {
    const fr = pool.pop()!;
    // A frame last used by this very function has its closure, globals and builtins (all fixed
    // when a function is made).
    fr.argsMoved = false;
    if (fr.fn !== fn) {
      fr.fn = fn;
      fr.cells = code.noCells ? NO_CELLS : makeCells(code, NO_FAST, fn.closure);
      fr.globals = fn.globals;
      fr.builtins = fn.builtins;
    }
    return fr;
  }
  const cells = code.noCells ? NO_CELLS : makeCells(code, NO_FAST, fn.closure);
  return new Frame(code, new Array(code.nlocals), cells, fn.globals, fn.builtins, null, fn);
}
const NO_FAST: (PyObject | undefined)[] = [];

/**
 * Runs a direct call in a frame from directFrame (its arguments in place); the frame goes back to
 * the pool. With `sig` (a call in a signal region, signal.ts) a body that ends in RAISE returns
 * SIGNALLED, its exception in `signalled.exc` with this frame's traceback entry, instead of
 * throwing it.
 */
export function runDirect(frame: Frame, code: TWCode, sig: boolean): PyObject {
  const it = interp();
  if (++it.depth > it.recursionLimit) {
    it.depth--;
    throw newError(E.RecursionError, 'maximum recursion depth exceeded');
  }
  const back = it.frame;
  frame.back = back;
  it.frame = frame;
  let r: PyObject | undefined;
  let done = NORMAL;
  try {
    const lb = code.lambdaBody;
    if (lb !== null) r = evalExpr(lb, frame);
    else {
      done = execBlock(code.body, frame);
      r = done === RAISE ? frame.ret : returnValue(done, frame);
    }
  } catch (e) {
    it.frame = back;
    it.depth--;
    throw leaveFrameWithError(e, frame);
  }
  it.frame = back;
  it.depth--;
  if (done === RAISE) {
    if (sig) {
      recordFrame(r as PyBaseException, frame);
      signalled.exc = r as PyBaseException;
      return SIGNALLED;
    }
    throw leaveFrameWithError(r, frame);
  }
  if (finalizers.on) localsDie(frame, code, r === undefined ? None : r);
  if (!frame.escaped) {
    const pool = code.framePool;
    if (pool.length < 64) {
      const fast = frame.fast;
      for (let i = 0; i < fast.length; i++) fast[i] = undefined;
      frame.ret = undefined;
      frame.back = null;
      frame.line = code.co_firstlineno | 0;
      frame.localsSnapshot = null;
      pool.push(frame);
    }
  }
  return r === undefined ? None : r;
}

/**
 * A returning frame's dying locals and own cells, and what its caller holds: the returned value
 * and the parameters' values (early-finalize.ts frameReturned).
 */
function localsDie(frame: Frame, code: TWCode, result: PyObject): void {
  const fast = frame.fast;
  const nparams = frame.argsMoved ? 0 : paramSlots(code);
  // (Most returns have only ints, strs and None in the dying locals: nothing to look at.)
  let any = false;
  for (let i = nparams; i < fast.length && !any; i++) any = mayHoldFinalizable(fast[i]);
  for (let i = 0; i < code.co_cellvars.length && !any; i++) any = mayHoldFinalizable(frame.cells[i]?.value);
  if (!any) return;
  const keep: PyObject[] = [result];
  const dying: PyObject[] = [];
  for (let i = 0; i < fast.length; i++) {
    const v = fast[i];
    if (v !== undefined) (i < nparams ? keep : dying).push(v);
  }
  const paramCell = new Set(code.paramCells.map((p) => p[0]));
  for (let i = 0; i < code.co_cellvars.length; i++) {
    const v = frame.cells[i]?.value;
    if (v !== undefined) (paramCell.has(i) ? keep : dying).push(v);
  }
  if (dying.length > 0) frameReturned(dying, keep);
}

/** What runDirect returns for a signalled exception (never a Python value). */
export const SIGNALLED = undefined as unknown as PyObject;
/** The exception of the last SIGNALLED return (read at once by the caller). */
export const signalled: { exc: PyBaseException | null } = { exc: null };

export function closureFor(code: TWCode, f: Frame): PyCell[] | null {
  const idx = code.closureIndices;
  if (idx.length === 0) return null;
  const out: PyCell[] = new Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = f.cells[idx[i]];
  return out;
}

function annotationsOf(node: FunctionDef | AsyncFunctionDef, f: Frame): PyDict | null {
  const a = node.args;
  let d: PyDict | null = null;
  const add = (p: arg | null) => {
    if (p === null || p.annotation === null) return;
    (d ??= new PyDict()).setStr(mangle(f.code.scope.privateName, p.arg), annotationValue(p.annotation, f));
  };
  // CPython 3.11's order (compiler_annotations): the positional-or-keyword parameters first.
  for (const p of a.args) add(p);
  for (const p of a.posonlyargs) add(p);
  add(a.vararg);
  for (const p of a.kwonlyargs) add(p);
  add(a.kwarg);
  if (node.returns !== null) (d ??= new PyDict()).setStr('return', annotationValue(node.returns, f));
  return d;
}

/** def / async def / lambda: evaluates defaults (and annotations) and makes the function. */
export function makeFunction(node: FuncNode, f: Frame, _decorators: null): PyFunction {
  const code = (node as unknown as Ext).code as TWCode;
  if (!code.ready) {
    setInvoke(code);
    code.ready = true;
  }
  const a = node.args;
  const defaults = a.defaults.length ? a.defaults.map((d) => evalExpr(d, f)) : null;
  let kwdefaults: PyDict | null = null;
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    const d = a.kw_defaults[i];
    // Keyed by the parameter's mangled name (a `__k` keyword-only parameter of a method is `_C__k`).
    if (d !== null && d !== undefined) (kwdefaults ??= new PyDict()).setStr(mangle(f.code.scope.privateName, a.kwonlyargs[i].arg), evalExpr(d, f));
  }
  const annotations = node._type === 'Lambda' ? null : annotationsOf(node, f);
  const fn = new PyFunction(code, f.globals, builtinsFromGlobals(f.globals, f.builtins), code.co_qualname, defaults, kwdefaults, closureFor(code, f));
  if (annotations !== null) fn.annotations = annotations;
  if (node._type !== 'Lambda') {
    const doc = docstringOf(node.body);
    if (doc !== null) fn.doc = doc;
  }
  return fn;
}

/** A comprehension or generator expression: runs in its own frame (3.11: its own scope). */
export function runComprehension(node: ListComp | SetComp | DictComp | GeneratorExp, f: Frame): PyObject {
  const code = (node as unknown as Ext).code as TWCode;
  const serial = generatorCount.n;
  const first = node.generators[0].is_async ? aiterOf(evalExpr(node.generators[0].iter, f), node.generators[0].iter) : getIter(evalExpr(node.generators[0].iter, f));
  const fast: (PyObject | undefined)[] = new Array(code.nlocals);
  fast[0] = first;
  const frame = new Frame(code, fast, makeCells(code, fast, closureFor(code, f)), f.globals, f.builtins, null, null);
  if (node._type === 'GeneratorExp') {
    const g = makeGenexpr(frame, node, first);
    // A generator expression over a generator it made (`(y for y in gen())`) owns it, as a
    // `for` statement does: when the expression is closed (or raises), the inner one is closed.
    const it = node.generators[0].iter._type;
    if (first instanceof PyGenerator && first.serial > serial && !first.started && (it === 'Call' || it === 'GeneratorExp')) {
      g.ownIter = first;
    }
    return g;
  }
  const it = interp();
  it.enter();
  frame.back = it.frame;
  it.frame = frame;
  try {
    const gens = node.generators;
    if (gens.length === 1 && !gens[0].is_async) return singleClause(node, frame, first);
    // (the element's kind read once: evalExpr's read of it is a megamorphic load)
    if (node._type === 'ListComp') {
      const out: PyObject[] = [];
      const elt = node.elt;
      const ek = kindOf(elt);
      comprehensionLoop(gens, 0, frame, first, () => {
        out.push(evalK(elt, ek, frame));
      });
      return new PyList(out);
    }
    if (node._type === 'SetComp') {
      const s = factories.newSet([]);
      const elt = node.elt;
      const ek = kindOf(elt);
      comprehensionLoop(gens, 0, frame, first, () => factories.setAdd(s, evalK(elt, ek, frame)));
      return s;
    }
    const d = new PyDict();
    const kk = kindOf(node.key);
    const vk = kindOf(node.value);
    comprehensionLoop(gens, 0, frame, first, () => {
      const k = evalK(node.key, kk, frame);
      d.set(k, evalK(node.value, vk, frame));
    });
    return d;
  } catch (e) {
    // (an error from the iteration itself is marked on the whole comprehension, as CPython's FOR_ITER)
    throw leaveFrameWithError(blame(e, node, frame), frame);
  } finally {
    it.frame = frame.back;
    it.depth--;
  }
}

/** A one-clause comprehension's target and conditions, prepared once per run (singleClause). */
interface Clause {
  target: expr;
  /** A fast-local target's slot (the usual `for x in ...`, stored inline), else -1. */
  slot: number;
  simple: Binding | null;
  /** A tuple target of fast locals unpacks by its plan (assign.ts). */
  plan: ReturnType<typeof unpackPlan> | null;
  ifs: expr[];
  /** The first condition's kind, read once (evalExpr's read of a node's kind is a megamorphic load). */
  ik: number;
  /** Whether that condition is an and/or test (eval.ts isJumpTest: taken by condition()). */
  jt: boolean;
}

/** Binds x to the clause's target and evaluates its conditions: does x make an element? */
function admits(c: Clause, x: PyObject, frame: Frame): boolean {
  if (c.slot >= 0) frame.fast[c.slot] = x;
  else if (c.simple !== null) storeName(c.simple, frame, x);
  else if (c.plan === null || !unpackFast(c.plan, x, frame)) assignTo(c.target, x, frame);
  const ifs = c.ifs;
  if (ifs.length === 0) return true;
  const ik = c.ik;
  if (c.jt ? !condition(ifs[0], frame) : !truth(evalK(ifs[0], ik, frame))) return false;
  for (let i = 1; i < ifs.length; i++) if (!condition(ifs[i], frame)) return false;
  return true;
}

/** A list/set/dict comprehension with one `for` clause: the loop runs here, no per-element callback. */
function singleClause(node: ListComp | SetComp | DictComp, frame: Frame, it: PyObject): PyObject {
  const g = node.generators[0];
  const target = g.target;
  const simple = target._type === 'Name' ? ((target as unknown as Ext).b as Binding) : null;
  const c: Clause = {
    target,
    slot: simple !== null && simple.acc === Acc.FAST ? simple.slot : -1,
    simple,
    plan: simple === null ? unpackPlan(target) : null,
    ifs: g.ifs,
    ik: g.ifs.length !== 0 ? kindOf(g.ifs[0]) : 0,
    jt: g.ifs.length !== 0 && isJumpTest(g.ifs[0]),
  };
  // range/list iterators step inline.
  const sk = stepKind(it);
  if (node._type === 'ListComp') return new PyList(listCompItems(node, c, frame, it, sk));
  const set = node._type === 'SetComp' ? factories.newSet([]) : null;
  const dict = node._type === 'DictComp' ? new PyDict() : null;
  const kn = dict !== null ? (node as DictComp).key : (node as SetComp).elt;
  const kk = kindOf(kn);
  const vn = dict !== null ? (node as DictComp).value : kn;
  const vk = kindOf(vn);
  for (let x = stepNext(it, sk); x !== undefined; x = stepNext(it, sk)) {
    if (!admits(c, x, frame)) continue;
    if (dict !== null) {
      const k = evalK(kn, kk, frame);
      dict.set(k, evalK(vn, vk, frame));
    } else factories.setAdd(set!, evalK(kn, kk, frame));
  }
  return dict !== null ? dict : set!;
}

/**
 * The items of a one-clause list comprehension. A loop kernel (docs/native-loops.md): this code
 * serves every list comprehension of the program, and the first long one had V8 compile it inside
 * the loop, where a `new PyList` after the loop had never run; every later comprehension
 * re-entered that code and deoptimized at its end.
 */
function listCompItems(node: ListComp, c: Clause, frame: Frame, it: PyObject, sk: ReturnType<typeof stepKind>): PyObject[] {
  const out: PyObject[] = [];
  const elt = node.elt;
  const ek = kindOf(elt);
  for (let x = stepNext(it, sk); x !== undefined; x = stepNext(it, sk)) {
    if (admits(c, x, frame)) out.push(evalK(elt, ek, frame));
  }
  return out;
}

/** Python truth of a condition, with bool results (comparisons) inline. */
function truth(v: PyObject): boolean {
  return v === true || (v !== false && isTrue(v));
}

/** class NAME(bases, **kw): body — via the shared class-statement protocol. */
export function makeClass(node: ClassDef, f: Frame): PyObject {
  const code = (node as unknown as Ext).code as TWCode;
  // CPython's LOAD_BUILD_CLASS reads it from the frame's builtins, before the bases.
  const bc = lookupBuildClass(f.builtins);
  const bases = evalElements(node.bases, f);
  const kwnames: string[] = [];
  const kwvalues: PyObject[] = [];
  if (node.keywords.length > 0) {
    // One dict for all of them, so a name given twice (`metaclass=M, **{'metaclass': N}`)
    // is CPython's "got multiple values" error.
    const d = new PyDict();
    for (const k of node.keywords) {
      const v = evalExpr(k.value, f);
      if (k.arg === null) mergeMapping(d, v, '__build_class__()');
      else {
        if (d.getStr(k.arg) !== undefined) typeError(`__build_class__() got multiple values for keyword argument '${k.arg}'`);
        d.setStr(k.arg, v);
      }
    }
    for (const [kk, vv] of d.entries()) {
      kwnames.push(strValue(kk) ?? (kk as string));
      kwvalues.push(vv);
    }
  }
  const closure = closureFor(code, f);
  const runBody = (ns: PyObject): PyCell | null => {
    const fast: (PyObject | undefined)[] = [];
    const frame = new Frame(code, fast, makeCells(code, fast, closure), f.globals, f.builtins, ns, null);
    // A dict subclass namespace (from __prepare__) sees its own __getitem__/__setitem__.
    const nsDict = ns instanceof PyDict && typeOf(ns).isExactBuiltin ? ns : null;
    const put = (k: string, v: PyObject) => {
      if (nsDict !== null) nsDict.setStr(k, v);
      else setItem(ns, k, v);
    };
    const it = interp();
    it.enter();
    frame.back = it.frame;
    it.frame = frame;
    try {
      // The body's first statement, `__module__ = __name__`: a LOAD_NAME (the namespace, the
      // globals, the builtins) whose NameError comes from the class body's frame.
      put('__module__', mappingGet(ns, '__name__') ?? loadGlobal('__name__', frame));
      put('__qualname__', code.co_qualname);
      // CPython's order: SETUP_ANNOTATIONS, then the docstring's __doc__, then the body.
      setupAnnotations(code.body, frame.locals!);
      const doc = docstringOf(code.body);
      if (doc !== null) put('__doc__', doc);
      execBlock(code.body, frame);
    } catch (e) {
      throw leaveFrameWithError(e, frame);
    } finally {
      it.frame = frame.back;
      it.depth--;
    }
    const ci = code.co_cellvars.indexOf('__class__');
    if (ci >= 0) {
      const cell = frame.cells[ci];
      put('__classcell__', cell);
      return cell;
    }
    return null;
  };
  if (bc === buildClassBuiltin()) return buildClass(runBody, node.name, bases, kwnames, kwvalues);
  // A replaced builtins.__build_class__ gets a stand-in for the body function.
  return call(bc, [classBodyFunction(node.name, runBody), node.name, ...bases, ...kwvalues], kwnames.length > 0 ? kwnames : null);
}
