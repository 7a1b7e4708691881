// Generators and coroutines in the tree-walker. A generator frame runs as a JS generator:
// statements and expressions that contain `yield`/`await` are executed by the *G variants
// below (which `yield` to suspend); everything else in the body is delegated to the ordinary
// evaluator, so code without yields runs at full speed even inside a generator.
// docs/decisions.md: "Generators in the tree-walker".

import { finalizersOn, finalizers } from '../../src/objects/finalizers.js';
import { nextKeepsStopValue } from '../../src/objects/iterators.js';
import type { stmt, expr, arg, keyword, FormattedValue, GeneratorExp, comprehension, ExceptHandler, ListComp, SetComp, DictComp, Assign, If, TryStar, For, While } from '../../src/ast/nodes.js';
import { FIELDS } from '../../src/ast/nodes.js';
import { foldConst } from '../../src/runtime/const-fold.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { PyBaseException, E, newError, newErrorFromCause, newException } from '../../src/objects/exception.js';
import {
  typeOf, typeName, typeError, getAttr, setAttr, getItem, setItem, isTrue, getIter, iterNext, call, repr, str,
  inplaceOp, inplacePower, getAttrOrUndefined, unaryOp,
} from '../../src/objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../../src/objects/dunder.js';
import { setExcField, getExcField, excTraceback } from '../../src/objects/exception-types.js';
import { factories, iterateToArray } from '../../src/objects/factories.js';
import { formatResult } from '../../src/objects/str-format.js';
import { argO, argNone } from '../../src/objects/iterate.js';
import { interp, type Interpreter } from '../../src/runtime/interpreter.js';
import { handled, currentHandled, chainContext, chainImplicit, chainThrown, makeRaisable, throwArgument, delegateThrowArgs, setCause, reraise } from '../../src/runtime/exc-state.js';
import { loadName, storeName, deleteName } from './names.js';
import type { Binding, TWCode } from './code.js';
import { Frame } from './frame.js';
import { evalExpr, binop, compareOp, BINOP_SLOT, mergeMapping, constantValue, condition } from './eval.js';
import { assignTo, deleteTarget, unpackValues } from './assign.js';
import { execStmt, asPyException, caughtIn, exceptionMatches, contextMethods, callContextMethod, unbindHandlerName, NORMAL, BREAK, RETURN } from './exec.js';
import { splitExceptionGroup, combineRaised, checkExceptStarType, asReraised } from './exception-groups.js';
import { assertBlame } from '../../src/runtime/traceback.js';
import { leaveFrameWithError, recordFrame, blame, makeCells, closureFor } from './functions.js';
import { frameObject } from '../../src/runtime/frame-object.js';
import { addressOf } from '../../src/objects/identity.js';
import { addMethods, addMethodsFor, addGetSets, readonlyMember, type NativeMethodCall } from '../../src/objects/native.js';
import { PyFunction, CoFlags } from '../../src/objects/function.js';
import { markMutable } from '../../src/runtime/mutable-fields.js';
import { GenMachine, machineStep, GenexprWalk, genexprStep } from './gen-machine.js';
import { initAsyncGenHooks, dropAsyncGen } from '../../src/runtime/asyncgen-hooks.js';
import { finalizeObject } from '../../src/runtime/finalize-at-exit.js';
import { finalizedEarly, generatorFinished } from '../../src/runtime/early-finalize.js';

type Ext = { [k: string]: unknown };
type G<T> = Generator<PyObject, T, PyObject>;

// ---- which nodes contain a yield/await (in this scope) --------------------------------------

const SCOPE_NODES = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda']);
const COMP_NODES = new Set(['ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

export function hasYield(n: { _type: string }): boolean {
  const ext = n as unknown as Ext;
  const c = ext.hy;
  if (c !== undefined) return c as boolean;
  let r = false;
  const t = n._type;
  if (t === 'Yield' || t === 'YieldFrom' || t === 'Await' || t === 'AsyncFor' || t === 'AsyncWith') r = true;
  else if (SCOPE_NODES.has(t)) {
    // Only the header runs in this scope: decorators, defaults and annotations, bases and keywords.
    r = headerParts(n as stmt | expr).some((p) => hasYield(p));
  } else if (COMP_NODES.has(t)) {
    r = hasYield((ext.generators as comprehension[])[0].iter) ||
      (t !== 'GeneratorExp' && ext.code !== undefined && (ext.code as TWCode).isCoroutine);
  } else {
    for (const f of FIELDS[t] ?? []) {
      const v = ext[f];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const x of v) if (x !== null && typeof x === 'object' && hasYield(x)) r = true;
      } else if ((v as Ext)._type !== undefined && hasYield(v as { _type: string })) r = true;
      if (r) break;
    }
  }
  ext.hy = r;
  return r;
}

/** The expressions of a def / class / lambda header that run in the enclosing scope. */
function headerParts(n: stmt | expr): expr[] {
  const parts: expr[] = [];
  if (n._type === 'ClassDef') {
    parts.push(...n.decorator_list, ...n.bases);
    for (const k of n.keywords) parts.push(k.value);
  } else if (n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'Lambda') {
    const a = n.args;
    if (n._type !== 'Lambda') parts.push(...n.decorator_list);
    parts.push(...a.defaults);
    for (const d of a.kw_defaults) if (d != null) parts.push(d);
    if (n._type !== 'Lambda') {
      for (const p of [...a.args, ...a.posonlyargs, a.vararg, ...a.kwonlyargs, a.kwarg]) {
        if (p !== null && p.annotation !== null) parts.push(p.annotation);
      }
      if (n.returns !== null) parts.push(n.returns);
    }
  }
  return parts;
}

// ---- generator objects -----------------------------------------------------------------------

/** How many generator objects have been created so far. */
export const generatorCount = { n: 0 };

export class PyGenerator extends PyObj {
  running = false;
  finished = false;
  started = false;
  savedHandled: PyBaseException[] = NO_HANDLED;
  /** The sub-iterator of an active `yield from`/`await` (gi_yieldfrom). */
  delegate: PyObject | null = null;
  /** A function body's walk (gen-machine.ts; its return value is frame.ret), else null and `jsgen` runs. */
  machine: GenMachine | null = null;
  /** A one-clause generator expression's loop (gen-machine.ts), else null. */
  gx: GenexprWalk | null = null;
  /** Creation order (generatorSerial), to tell a generator made by an expression from older ones. */
  readonly serial = ++generatorCount.n;
  /**
   * VM: made by a `for` statement's GET_ITER for itself (vm-slow.ts closeTemporary): closed
   * when the loop drops it. (A field: a WeakSet of them made V8's collector walk its
   * ephemeron table, a third of a loop over short generator expressions.)
   */
  temporary = false;
  /** The unstarted generator a generator expression made for its outermost iterable (see runComprehension). */
  ownIter: PyGenerator | null = null;
  constructor(
    cls: typeof T.generator,
    readonly frame: Frame | null,
    readonly jsgen: G<PyObject> | null,
    public name: string,
    public qualname: string,
  ) {
    super(cls, null);
    if (!generatorsMarked) {
      generatorsMarked = true;
      markMutable(this, ['running', 'finished', 'started', 'savedHandled', 'delegate', 'machine', 'gx', 'name', 'qualname', 'temporary', 'ownIter'], { savedHandled: [] });
    }
  }
}

/** PyGenerator's changing fields are marked mutable (src/runtime/mutable-fields.ts). */
let generatorsMarked = false;

export function makeGenerator(frame: Frame, code: TWCode): PyGenerator {
  const kind = code.isGenerator ? (code.isCoroutine ? T.async_generator : T.generator) : T.coroutine;
  if (kind === T.async_generator) ensureAsyncGenMethods();
  if (code.scope.suspendsInCleanup) finalizersOn();
  // The body is walked by a GenMachine (no JS generator unless a statement needs one); its
  // return value is frame.ret.
  // (Named after the function as it is when called: its __name__ / __qualname__ may have changed.)
  const fn = frame.fn;
  const g = new PyGenerator(kind, frame, null, fn?.name ?? code.co_name, fn?.qualname ?? code.co_qualname);
  // A generator lambda walks its expression as the body `return <expr>`.
  if (code.lambdaBody !== null && code.body.length === 0) code.body = [lambdaReturn(code.lambdaBody)];
  g.machine = new GenMachine(frame, code.body);
  if (kind === T.async_generator) treeAsyncGens.add(g);
  return g;
}

function lambdaReturn(e: expr): stmt {
  const { lineno, col_offset, end_lineno, end_col_offset } = e;
  return { _type: 'Return', value: e, lineno, col_offset, end_lineno, end_col_offset } as unknown as stmt;
}

export function makeGenexpr(frame: Frame, node: GeneratorExp, first: PyObject): PyGenerator {
  if ((node as unknown as Ext).code !== undefined && ((node as unknown as Ext).code as TWCode).isCoroutine) {
    // An asynchronous generator expression.
    ensureAsyncGenMethods();
    const g = new PyGenerator(T.async_generator, frame, asyncGenexprG(frame, node, first), '<genexpr>', frame.code.co_qualname);
    treeAsyncGens.add(g);
    return g;
  }
  if (node.generators.length === 1) {
    const g = new PyGenerator(T.generator, frame, null, '<genexpr>', frame.code.co_qualname);
    g.gx = new GenexprWalk(frame, first, node);
    return g;
  }
  return new PyGenerator(T.generator, frame, genexprG(frame, node, first), '<genexpr>', frame.code.co_qualname);
}

function* asyncGenexprG(frame: Frame, node: GeneratorExp, first: PyObject): G<PyObject> {
  yield* asyncCompLoopG(node.generators, 0, frame, first, function* () {
    yield new AsyncGenWrapped(yield* evalG(node.elt, frame)) as unknown as PyObject;
  });
  return None;
}

/**
 * The asynchronous iterator of `async for` / an async comprehension clause. `display`: the
 * clause's iterable node, which CPython's AST optimiser has made a tuple (a list display
 * without *) or a frozenset (a set display of constants), the type its error names.
 */
export function aiterOf(v: PyObject, display?: expr): PyObject {
  const am = lookupSpecial(v, '__aiter__');
  if (am === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${display === undefined ? typeName(v) : foldedIterableType(display, v)}`);
  return callFoundMethod(am, v, []);
}

/** The type name of a comprehension's iterable after fold_iter (a `list` display is a tuple by then). */
function foldedIterableType(e: expr, v: PyObject): string {
  if (e._type === 'List' && !e.elts.some((x) => x._type === 'Starred')) return 'tuple';
  if (e._type === 'Set' && e.elts.every((x) => foldConst(x) !== undefined)) return 'frozenset';
  return typeName(v);
}

/** The `for`/`if` clauses of a comprehension that may contain `async for` or `await`. */
function* asyncCompLoopG(gens: comprehension[], level: number, f: Frame, first: PyObject | null, emit: () => G<void>): G<void> {
  const g = gens[level];
  let it: PyObject;
  if (level === 0) it = first!;
  else {
    const v = yield* evalG(g.iter, f);
    it = g.is_async ? aiterOf(v, g.iter) : getIter(v);
  }
  for (;;) {
    let x: PyObject | undefined;
    if (g.is_async) {
      const nm = lookupSpecial(it, '__anext__');
      if (nm === undefined) typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
      try {
        x = yield* delegateG(f, anextAwaitable(callFoundMethod(nm, it, [])), null);
      } catch (e) {
        if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopAsyncIteration)) break;
        throw e;
      }
    } else {
      x = iterNext(it);
      if (x === undefined) break;
    }
    yield* assignG(g.target, x, f);
    let ok = true;
    for (const cond of g.ifs) {
      if (!(yield* conditionG(cond, f))) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (level + 1 < gens.length) yield* asyncCompLoopG(gens, level + 1, f, null, emit);
    else yield* emit();
  }
}

/** An async list/set/dict comprehension: run as a coroutine in its own frame, awaited by the caller. */
function asyncComprehension(n: ListComp | SetComp | DictComp, f: Frame, first: PyObject): PyGenerator {
  const code = (n as unknown as Ext).code as TWCode;
  const fast: (PyObject | undefined)[] = new Array(code.nlocals);
  fast[0] = first;
  const frame = new Frame(code, fast, makeCells(code, fast, closureFor(code, f)), f.globals, f.builtins, null, null);
  function* body(): G<PyObject> {
    if (n._type === 'ListComp') {
      const out: PyObject[] = [];
      yield* asyncCompLoopG(n.generators, 0, frame, first, function* () {
        out.push(yield* evalG(n.elt, frame));
      });
      return new PyList(out);
    }
    if (n._type === 'SetComp') {
      const s = factories.newSet([]);
      yield* asyncCompLoopG(n.generators, 0, frame, first, function* () {
        factories.setAdd(s, yield* evalG(n.elt, frame));
      });
      return s;
    }
    const d = new PyDict();
    yield* asyncCompLoopG(n.generators, 0, frame, first, function* () {
      const k = yield* evalG(n.key, frame);
      d.set(k, yield* evalG(n.value, frame));
    });
    return d;
  }
  return new PyGenerator(T.coroutine, frame, body(), code.co_name, code.co_qualname);
}

function* genexprG(frame: Frame, node: GeneratorExp, first: PyObject): G<PyObject> {
  // Several clauses (one clause is a GenexprWalk).
  yield* compLoopG(node.generators, 0, frame, first, node.elt);
  return None;
}

function* compLoopG(gens: comprehension[], level: number, f: Frame, first: PyObject | null, elt: expr): G<void> {
  const g = gens[level];
  const it = level === 0 ? first! : getIter(evalExpr(g.iter, f));
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    assignTo(g.target, x, f);
    let ok = true;
    for (const cond of g.ifs) {
      if (!condition(cond, f)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (level + 1 < gens.length) yield* compLoopG(gens, level + 1, f, null, elt);
    else yield evalExpr(elt, f);
  }
}

export function stopIteration(value: PyObject): PyBaseException {
  const e = newException(E.StopIteration, value === None ? [] : [value]);
  setExcField(e, 'value', value);
  return e;
}

const KIND_WORD = (g: PyGenerator) => (g.cls === T.coroutine ? 'coroutine' : g.cls === T.async_generator ? 'async generator' : 'generator');

/**
 * Resumes the generator: `mode` 0 = send(value), 1 = throw(value as exception).
 * Returns the yielded value, or undefined when the generator returned (its value in `ret`).
 */
const NO_HANDLED: PyBaseException[] = [];
/** The return value box of iternext (read at once by the caller, so one is shared). */
const iterRet = { value: None as PyObject };
/** Set by delegateG just before it yields, so resume() can record gi_yieldfrom. */
let pendingDelegate: PyObject | null = null;
/**
 * A throw() into a generator suspended in `yield from` / `await`: the exception the generator
 * itself is handling (null: none), for the delegation step (delegateG, gen-machine.ts
 * delegateRound) to chain onto whatever exception comes back from the delegate into the frame;
 * undefined when no such throw is under way. Taken with takeThrownOwn.
 */
let thrownOwn: PyBaseException | null | undefined;

export function takeThrownOwn(): PyBaseException | null | undefined {
  const own = thrownOwn;
  thrownOwn = undefined;
  return own;
}

/** An exception that a throw() into a delegate sent back into the generator's frame (see thrownOwn). */
export function chainReturnedThrow(e: unknown, own: PyBaseException | null | undefined): void {
  if (own !== undefined && e instanceof PyBaseException) chainThrown(e, own ?? undefined);
}

export { resume as resumeInto };

/**
 * The recursion check of resuming generator `g` (it.enter()). Past the limit CPython's frame
 * fails as it starts executing, which finishes the generator (its frame cleared: gi_frame is
 * None, next() raises StopIteration); the RecursionError goes to the resumer.
 */
export function enterGenerator(g: PyGenerator, it: Interpreter): void {
  if (it.depth >= it.recursionLimit) g.finished = true;
  it.enter();
}

function resume(g: PyGenerator, mode: 0 | 1, value: PyObject, ret: { value: PyObject }): PyObject | undefined {
  if (g.running) throw newError(E.ValueError, `${KIND_WORD(g)} already executing`);
  if (g.finished) {
    // CPython's gen_send_ex2: a finished coroutine refuses throw() as well as send().
    if (g.cls === T.coroutine) throw newError(E.RuntimeError, 'cannot reuse already awaited coroutine');
    if (mode === 1) throw value;
    ret.value = None;
    return undefined;
  }
  if (!g.started && mode === 0 && value !== None) {
    typeError(`can't send non-None value to a just-started ${KIND_WORD(g)}`);
  }
  const it = interp();
  enterGenerator(g, it);
  g.started = true;
  g.running = true;
  const frame = g.frame;
  if (frame !== null) {
    frame.back = it.frame;
    it.frame = frame;
  }
  const base = handled.length;
  const saved = g.savedHandled;
  for (let i = 0; i < saved.length; i++) handled.push(saved[i]);
  if (mode === 1) {
    // throw(): the exception the generator is handling becomes the thrown one's context where it
    // enters the frame. Suspended in `yield from` / `await`, it goes to the delegate unchained
    // first, and is chained only if it comes back (CPython's _gen_throw: thrownOwn).
    if (delegateOf(g) === None) chainThrown(value, saved[saved.length - 1]);
    else thrownOwn = saved[saved.length - 1] ?? null;
  }
  g.delegate = null;
  try {
    const m = g.machine;
    if (m !== null) {
      const y = machineStep(m, mode, value);
      if (y === undefined) {
        g.finished = true;
        const v = frame!.ret;
        ret.value = v === undefined ? None : v;
        return undefined;
      }
      g.delegate = m.deleg !== null ? m.deleg : pendingDelegate;
      pendingDelegate = null;
      return y;
    }
    const gx = g.gx;
    if (gx !== null) {
      const y = genexprStep(gx, mode, value);
      if (y === undefined) {
        g.finished = true;
        ret.value = None;
      }
      return y;
    }
    const r = mode === 0 ? g.jsgen!.next(value) : g.jsgen!.throw(value);
    if (r.done) {
      g.finished = true;
      ret.value = r.value;
      return undefined;
    }
    g.delegate = pendingDelegate;
    pendingDelegate = null;
    return r.value;
  } catch (err) {
    g.finished = true;
    if (g.ownIter !== null) closeOwnIter(g);
    // (a one-clause generator expression's iteration error is marked on the whole expression, as
    // CPython's FOR_ITER; its element and conditions have marked theirs)
    if (g.gx !== null && mode === 0 && frame !== null) blame(err, g.gx.node, frame);
    const e = frame !== null ? leaveFrameWithError(err, frame) : err;
    // PEP 479: the RuntimeError is made after the frame is gone (CPython's gen_send_ex2), so
    // its traceback starts at the caller; the StopIteration, its cause, keeps the frame's entry.
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) {
      throw newErrorFromCause(E.RuntimeError, `${KIND_WORD(g)} raised StopIteration`, e);
    } else if (g.cls === T.async_generator && e instanceof PyBaseException && typeOf(e).isSubtype(E.StopAsyncIteration)) {
      throw newErrorFromCause(E.RuntimeError, 'async generator raised StopAsyncIteration', e);
    }
    throw e;
  } finally {
    thrownOwn = undefined;
    g.savedHandled = handled.length === base ? NO_HANDLED : handled.splice(base);
    g.running = false;
    if (frame !== null) {
      it.frame = frame.back;
      // A generator frame that is not running has no f_back (CPython: frame->previous is NULL),
      // suspended or finished.
      frame.back = null;
    }
    it.depth--;
  }
}

/**
 * A generator expression left by an exception (a close() included) drops the generator it made
 * for its outermost iterable, which CPython's reference counting then finalizes: closed here
 * (an exception while closing is unraisable: ignored).
 */
function closeOwnIter(g: PyGenerator): void {
  const inner = g.ownIter!;
  g.ownIter = null;
  if (inner.finished) return;
  if (inner.cls === T.async_generator) {
    dropAsyncGen(inner);
    return;
  }
  try {
    genClose(inner);
  } catch {
    // (CPython prints "Exception ignored in" to stderr and goes on.)
  }
}

/**
 * A generator a `for` loop made for itself (its iterable a call or generator expression), left
 * before it ran out (break, return, an exception, the enclosing generator closed): CPython's
 * reference counting finalizes it then. close() it; an exception from that is unraisable
 * (printed as "Exception ignored in: ..."), not raised where the loop was left.
 */
export function dropTemporary(g: PyGenerator): void {
  if (g.finished) return;
  finalizedEarly.add(g);
  finalizeObject(g, true);
  // Closed, its frame is cleared: what only its locals held dies now (early-finalize.ts).
  if (finalizers.on) generatorFinished(g, true);
}

/** next(g) for a generator (its type's iternext slot): the next yielded value, or undefined when it returned. */
export function genNext(g: PyGenerator): PyObject | undefined {
  return resume(g, 0, None, iterRet);
}

/** gen.send(v): the next yielded value, or a StopIteration carrying the return value. */
export function genSend(g: PyGenerator, v: PyObject): PyObject {
  const ret = { value: None as PyObject };
  const r = resume(g, 0, v, ret);
  if (r === undefined) throw stopIteration(ret.value);
  return r;
}

export function genThrow(g: PyGenerator, exc: PyObject): PyObject {
  const ret = { value: None as PyObject };
  const r = resume(g, 1, exc, ret);
  if (r === undefined) throw stopIteration(ret.value);
  return r;
}

export function genClose(g: PyGenerator): PyObject {
  if (g.finished || !g.started) {
    g.finished = true;
    return None;
  }
  try {
    const ret = { value: None as PyObject };
    // CPython's PyErr_SetNone in the caller: the caller's handled exception is its context
    // (the generator's own, if it is handling one, replaces it as for throw()).
    const exit = newException(E.GeneratorExit, []) as PyBaseException;
    const cur = currentHandled();
    if (cur !== null) exit.context = cur;
    const r = resume(g, 1, exit, ret);
    if (r !== undefined) throw newError(E.RuntimeError, `${KIND_WORD(g)} ignored GeneratorExit`);
  } catch (e) {
    if (e instanceof PyBaseException && (typeOf(e).isSubtype(E.GeneratorExit) || typeOf(e).isSubtype(E.StopIteration))) return None;
    throw e;
  }
  return None;
}

// ---- yield from / await ------------------------------------------------------------------------

function* delegateG(f: Frame, it: PyObject, owner: PyGenerator | null): G<PyObject> {
  let sent: PyObject = None;
  let mode: 0 | 1 = 0;
  let thrown: PyObject = None;
  let own: PyBaseException | null | undefined;
  for (;;) {
    let y: PyObject = None;
    let raiseHere = false;
    try {
      if (it instanceof PyGenerator) {
        // The shared box: resume writes it just before returning, and it is read at once.
        const r = resume(it, mode, mode === 0 ? sent : thrown, iterRet);
        if (r === undefined) return iterRet.value;
        y = r;
      } else if (mode === 1) {
        const throwM = getAttrOrUndefined(it, 'throw');
        // No throw(): the exception is raised in the generator's own frame at the `yield
        // from`, so a thrown StopIteration does not end the delegation (CPython's gen_throw).
        if (throwM === undefined) raiseHere = true;
        else y = call(throwM, delegateThrowArgs(thrown));
      } else if (sent === None) {
        // A Python-level __next__ is called directly: its StopIteration(value) is the result.
        if (nextKeepsStopValue(typeOf(it))) {
          y = callFoundMethod(lookupSpecial(it, '__next__')!, it, []);
        } else {
          const r = iterNext(it);
          if (r === undefined) return None;
          y = r;
        }
      } else {
        y = call(getAttr(it, 'send'), [sent]);
      }
    } catch (e) {
      if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) {
        return getExcField(e, 'value') ?? (e.args.items[0] ?? None);
      }
      if (mode === 1) chainReturnedThrow(e, own);
      throw e;
    }
    if (raiseHere) {
      chainReturnedThrow(thrown, own);
      throw thrown;
    }
    try {
      pendingDelegate = it;
      sent = yield y;
      mode = 0;
    } catch (e) {
      const exc = asPyException(e);
      own = takeThrownOwn();
      if (typeOf(exc).isSubtype(E.GeneratorExit)) {
        try {
          if (it instanceof PyGenerator) genClose(it);
          else {
            const close = getAttrOrUndefined(it, 'close');
            if (close !== undefined) call(close, []);
          }
        } catch (err) {
          chainReturnedThrow(err, own);
          throw err;
        }
        chainReturnedThrow(exc, own);
        throw exc;
      }
      mode = 1;
      thrown = exc;
    }
    void owner;
  }
}

/** The iterator `await x` delegates to; `where` 1/2: what __aenter__/__aexit__ returned (GET_AWAITABLE's oparg). */
function awaitable(v: PyObject, where = 0): PyObject {
  if (v instanceof PyGenerator && v.cls === T.coroutine) {
    if (v.running || (!v.finished && v.delegate !== null)) throw newError(E.RuntimeError, 'coroutine is being awaited already');
    return v;
  }
  if (isIterableCoroutine(v)) return v;
  const m = lookupSpecial(v, '__await__');
  if (m === undefined) {
    if (where === 1) typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeName(v)}`);
    if (where === 2) typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeName(v)}`);
    typeError(`object ${typeName(v)} can't be used in 'await' expression`);
  }
  const it = callFoundMethod(m, v, []);
  if (it instanceof PyGenerator && it.cls === T.coroutine) typeError('__await__() returned a coroutine');
  if (typeOf(it).slots.iternext === undefined) typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

/** A generator of a function types.coroutine marked (CO_ITERABLE_COROUTINE): awaitable as it is. */
export function isIterableCoroutine(v: PyObject): boolean {
  if (!(v instanceof PyGenerator) || v.cls !== T.generator || v.frame === null) return false;
  return ((v.frame.code as unknown as { co_flags: number }).co_flags & CoFlags.ITERABLE_COROUTINE) !== 0;
}

/** The awaitable of what __anext__ returned, in `async for` (CPython's GET_ANEXT message). */
function anextAwaitable(r: PyObject): PyObject {
  try {
    return awaitable(r);
  } catch (e) {
    // Whatever getting the awaitable raised (__await__ itself may fail) becomes the cause.
    if (e instanceof PyBaseException) {
      throw newErrorFromCause(E.TypeError, `'async for' received an invalid object from __anext__: ${typeName(r)}`, e);
    }
    throw e;
  }
}

// ---- statements ---------------------------------------------------------------------------

// The statements that are just a yield — `yield v`, `x = yield v`, `yield from it` with no other
// yield inside — are run inline by the block loops below (no nested JS generator per statement,
// one level less to resume through); `ys` caches the shape on the statement.
const YS_OTHER = 1;
export const YS_YIELD = 2;
export const YS_ASSIGN = 3;
export const YS_FROM = 4;
/** An `if` with a yield-free test (yields in its branches): the chosen branch runs in the same loop. */
export const YS_IF = 5;

export function yieldShape(s: stmt): number {
  const ext = s as unknown as Ext;
  const c = ext.ys as number | undefined;
  if (c !== undefined) return c;
  let r = YS_OTHER;
  const v = s._type === 'Expr' ? s.value : s._type === 'Assign' && s.targets.length === 1 && s.targets[0]._type === 'Name' ? s.value : null;
  if (v !== null && v._type === 'Yield' && (v.value === null || !hasYield(v.value))) r = s._type === 'Expr' ? YS_YIELD : YS_ASSIGN;
  else if (v !== null && s._type === 'Expr' && v._type === 'YieldFrom' && !hasYield(v.value)) r = YS_FROM;
  else if (s._type === 'If' && !hasYield(s.test)) r = YS_IF;
  ext.ys = r;
  return r;
}

/**
 * The generator-mode shape of each statement of a block, cached on the block's array (`gs`): 0
 * for a statement without yield (run by execStmt), else its yieldShape. One load from the array
 * per block entry instead of two cache reads on every statement (loads at sites that see every
 * statement class).
 */
function blockShapes(body: stmt[]): Int8Array {
  const ext = body as unknown as { gs?: Int8Array };
  let c = ext.gs;
  if (c === undefined) {
    c = new Int8Array(body.length);
    for (let i = 0; i < body.length; i++) c[i] = hasYield(body[i]) ? yieldShape(body[i]) : 0;
    ext.gs = c;
  }
  return c;
}

/** What an inline `yield v` statement yields (wrapped in an async generator). */
export function yieldedValue(s: stmt, f: Frame): PyObject {
  const y = (s as unknown as { value: { value: expr | null } }).value;
  const v = y.value === null ? None : evalExpr(y.value, f);
  return (f.code.isCoroutine ? new AsyncGenWrapped(v) : v) as PyObject;
}

/** The iterator an inline `yield from x` statement delegates to. */
export function yieldFromSource(s: stmt, f: Frame): PyObject {
  const v = evalExpr((s as unknown as { value: { value: expr } }).value.value, f);
  if (v instanceof PyGenerator && v.cls === T.coroutine && f.code.isGenerator && !f.code.isCoroutine &&
      (f.code.co_flags & CoFlags.ITERABLE_COROUTINE) === 0) {
    typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  return v instanceof PyGenerator ? v : getIter(v);
}

/** The branch an `if` statement (YS_IF) takes. */
function ifBranch(s: If, f: Frame): stmt[] {
  f.line = s.lineno | 0;
  return condition(s.test, f) ? s.body : s.orelse;
}

export function* execBlockG(body: stmt[], f: Frame): G<number> {
  let blk = body;
  let shapes = blockShapes(body);
  let i = 0;
  // The blocks (and positions) left to enter the branch of an `if` (YS_IF), innermost last.
  let outer: (stmt[] | number)[] | null = null;
  for (;;) {
    if (i >= blk.length) {
      if (outer === null || outer.length === 0) return NORMAL;
      i = outer.pop() as number;
      blk = outer.pop() as stmt[];
      shapes = blockShapes(blk);
      continue;
    }
    const ys = shapes[i];
    const s = blk[i++];
    let r: number;
    if (ys === 0) r = execStmt(s, f);
    else {
      if (ys === YS_OTHER) r = yield* execStmtG(s, f);
      else if (ys === YS_IF) {
        const branch = ifBranch(s as If, f);
        if (branch.length !== 0) {
          (outer ??= []).push(blk, i);
          blk = branch;
          shapes = blockShapes(branch);
          i = 0;
        }
        continue;
      } else {
        f.line = s.lineno | 0;
        if (ys === YS_FROM) yield* delegateG(f, yieldFromSource(s, f), null);
        else {
          const sent = yield yieldedValue(s, f);
          if (ys === YS_ASSIGN) storeName(((s as Assign).targets[0] as unknown as Ext).b as Binding, f, sent);
        }
        r = NORMAL;
      }
    }
    if (r !== NORMAL) return r;
  }
}

export function* execStmtG(s: stmt, f: Frame): G<number> {
  f.line = s.lineno | 0;
  switch (s._type) {
    case 'Expr':
      yield* evalG(s.value, f);
      return NORMAL;
    case 'Assign': {
      const v = yield* evalG(s.value, f);
      for (const t of s.targets) yield* assignG(t, v, f);
      return NORMAL;
    }
    case 'AugAssign': {
      const t = s.target;
      const apply = (a: PyObject, b: PyObject) => (s.op === 'Pow' ? inplacePower(a, b) : inplaceOp(a, b, BINOP_SLOT[s.op]));
      if (t._type === 'Name') {
        const b = (t as unknown as Ext).b as Binding;
        const cur = loadName(b, f);
        storeName(b, f, apply(cur, yield* evalG(s.value, f)));
      } else if (t._type === 'Attribute') {
        const obj = yield* evalG(t.value, f);
        const cur = getAttr(obj, t.attr);
        setAttr(obj, t.attr, apply(cur, yield* evalG(s.value, f)));
      } else if (t._type === 'Subscript') {
        const obj = yield* evalG(t.value, f);
        const key = yield* evalG(t.slice, f);
        const cur = getItem(obj, key);
        setItem(obj, key, apply(cur, yield* evalG(s.value, f)));
      }
      return NORMAL;
    }
    case 'AnnAssign': {
      if (s.value !== null) {
        yield* assignG(s.target, yield* evalG(s.value, f), f);
        return NORMAL;
      }
      // A bare `obj.attr: T` / `obj[key]: T` still evaluates obj (and key); in a function the
      // annotation itself is not evaluated (compiler_annassign's check_ann_expr).
      const t = s.target;
      if (t._type === 'Attribute') yield* evalG(t.value, f);
      else if (t._type === 'Subscript') {
        yield* evalG(t.value, f);
        yield* evalG(t.slice, f);
      }
      return NORMAL;
    }
    case 'Return':
      f.ret = s.value === null ? None : yield* evalG(s.value, f);
      return RETURN;
    case 'If':
      if (yield* conditionG(s.test, f)) return yield* execBlockG(s.body, f);
      return s.orelse.length ? yield* execBlockG(s.orelse, f) : NORMAL;
    case 'While':
    case 'For': {
      const isFor = s._type === 'For';
      let it: PyObject | null = null;
      const serial = generatorCount.n;
      if (isFor) it = getIter(hasYield(s.iter) ? yield* evalG(s.iter, f) : evalExpr(s.iter, f));
      // A generator the loop made for itself is dropped when the loop is left early (dropTemporary).
      const own = isFor && it instanceof PyGenerator && it.cls === T.generator && it.serial > serial && !it.started &&
        (s.iter._type === 'Call' || s.iter._type === 'GeneratorExp');
      if (!own) return yield* loopG(s, it, f);
      try {
        return yield* loopG(s, it, f);
      } finally {
        dropTemporary(it as PyGenerator);
      }
    }
    case 'AsyncFor': {
      const serial = generatorCount.n;
      const aiterable = yield* evalG(s.iter, f);
      const ait = aiterOf(aiterable);
      // `async for x in agen():` owns its generator: leaving the loop early drops it (asyncgen-hooks.ts).
      const own = (s.iter._type === 'Call' || s.iter._type === 'GeneratorExp') && ait instanceof PyGenerator &&
        ait.cls === T.async_generator && ait.serial > serial && !ait.started;
      let exhausted = false;
      try {
        for (;;) {
          const nm = lookupSpecial(ait, '__anext__');
          if (nm === undefined) typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(ait)}`);
          let x: PyObject;
          try {
            x = yield* delegateG(f, anextAwaitable(callFoundMethod(nm, ait, [])), null);
          } catch (e) {
            if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopAsyncIteration)) break;
            throw e;
          }
          yield* assignG(s.target, x, f);
          const r = yield* execBlockG(s.body, f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        exhausted = true;
      } finally {
        if (own && !exhausted && !(ait as PyGenerator).finished) dropAsyncGen(ait);
      }
      return yield* execBlockG(s.orelse, f);
    }
    case 'With':
    case 'AsyncWith':
      return yield* withG(s.items, 0, s.body, s._type === 'AsyncWith', s.lineno | 0, f);
    case 'Try':
      return yield* finallyG(tryExceptG(s.body, s.handlers, s.orelse, f), s.finalbody, f);
    case 'TryStar':
      return yield* finallyG(tryStarG(s, f), s.finalbody, f);
    case 'Raise': {
      if (s.exc === null) reraise(f);
      const exc = makeRaisable(yield* evalG(s.exc, f));
      if (s.cause !== null) setCause(exc, yield* evalG(s.cause, f));
      chainContext(exc);
      blame(exc, s, f);
      recordFrame(exc, f, true);
      throw exc;
    }
    case 'Assert':
      if (!(yield* conditionG(s.test, f))) {
        const exc = s.msg === null ? newException(E.AssertionError, []) : (call(E.AssertionError, [yield* evalG(s.msg, f)]) as PyBaseException);
        chainContext(exc);
        throw blame(exc, assertBlame(s.test) ?? s, f);
      }
      return NORMAL;
    case 'Delete':
      for (const t of s.targets) yield* deleteG(t, f);
      return NORMAL;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
      // A yield/await in the header (decorators, defaults, annotations, bases, keywords): the
      // header is evaluated here in CPython's order, then the statement runs on a copy of the
      // node holding those values.
      return execStmt((yield* headerEvaluatedG(s, f)) as stmt, f);
    case 'Match': {
      // The subject may yield; cases are matched normally (patterns cannot contain yield).
      const v = yield* evalG(s.subject, f);
      const tmp = { ...s, subject: { _type: 'Constant', value: null, kind: null, pyv: v, lineno: s.lineno, col_offset: 0, end_lineno: s.lineno, end_col_offset: 0 } } as unknown as stmt;
      if (s.cases.some((c) => c.body.some((b) => hasYield(b)) || (c.guard !== null && hasYield(c.guard)))) {
        const { matchPattern } = await_match;
        for (const c of s.cases) {
          const binds: [Binding, PyObject][] = [];
          if (!matchPattern(c.pattern, v, f, binds)) continue;
          for (const [b, val] of binds) storeName(b, f, val);
          if (c.guard !== null && !(yield* conditionG(c.guard, f))) continue;
          return yield* execBlockG(c.body, f);
        }
        return NORMAL;
      }
      return execStmt(tmp, f);
    }
    default:
      // Statements whose yields sit in decorators/defaults/bases (rare): evaluate them
      // by the ordinary evaluator after pre-computing nothing — not supported.
      throw newError(E.SystemError, `tree-walker: yield inside ${s._type} header is not supported`);
  }
}

import { matchPattern } from './match.js';
const await_match = { matchPattern };

/** The loop of a `while` or `for` statement (`it` its iterator) whose body may yield, then its else clause. */
function* loopG(s: While | For, it: PyObject | null, f: Frame): G<number> {
  // The loop body's statements run inline here (as in execBlockG): no generator per iteration.
  const test = s._type === 'For' ? null : s.test;
  const target = s._type === 'For' ? s.target : null;
  const simple = target !== null && target._type === 'Name' ? ((target as unknown as Ext).b as Binding) : null;
  const body = s.body;
  const shapes = blockShapes(body);
  loop: for (;;) {
    if (it !== null) {
      f.line = s.lineno | 0;
      const x = iterNext(it);
      if (x === undefined) break;
      if (simple !== null) storeName(simple, f, x);
      else yield* assignG(target!, x, f);
    } else {
      f.line = s.lineno | 0;
      if (!(yield* conditionG(test!, f))) break;
    }
    for (let i = 0; i < body.length; i++) {
      const b = body[i];
      const ys = shapes[i];
      let r: number;
      if (ys === 0) r = execStmt(b, f);
      else {
        if (ys === YS_OTHER) r = yield* execStmtG(b, f);
        else if (ys === YS_IF) {
          const branch = ifBranch(b as If, f);
          r = NORMAL;
          const y = branch.length === 1 ? branch[0] : null;
          const ys2 = y !== null && hasYield(y) ? yieldShape(y) : YS_OTHER;
          if (ys2 === YS_YIELD || ys2 === YS_ASSIGN || ys2 === YS_FROM) {
            // `if c: yield v` (the common filter): no block generator per iteration.
            f.line = y!.lineno | 0;
            if (ys2 === YS_FROM) yield* delegateG(f, yieldFromSource(y!, f), null);
            else {
              const sent = yield yieldedValue(y!, f);
              if (ys2 === YS_ASSIGN) storeName(((y as Assign).targets[0] as unknown as Ext).b as Binding, f, sent);
            }
          } else if (branch.length !== 0) r = yield* execBlockG(branch, f);
        } else {
          f.line = b.lineno | 0;
          if (ys === YS_FROM) yield* delegateG(f, yieldFromSource(b, f), null);
          else {
            const sent = yield yieldedValue(b, f);
            if (ys === YS_ASSIGN) storeName(((b as Assign).targets[0] as unknown as Ext).b as Binding, f, sent);
          }
          r = NORMAL;
        }
      }
      if (r !== NORMAL) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        continue loop;
      }
    }
  }
  return s.orelse.length ? yield* execBlockG(s.orelse, f) : NORMAL;
}

/**
 * The blocks of a try statement (`body`: its try/except/else part, as a generator of its signal)
 * and then `finalbody` on every way out, for blocks that may yield (exec.ts's finally handling).
 */
function* finallyG(body: G<number>, finalbody: stmt[], f: Frame): G<number> {
  let sig: number;
  try {
    sig = yield* body;
  } catch (err) {
    if (finalbody.length === 0) throw err;
    const e = caughtIn(err, f);
    handled.push(e);
    let fs: number;
    try {
      fs = yield* execBlockG(finalbody, f);
    } catch (inner) {
      throw chainImplicit(inner);
    } finally {
      handled.splice(handled.lastIndexOf(e), 1);
    }
    if (fs !== NORMAL) return fs;
    throw e;
  }
  if (finalbody.length) {
    const saved = f.ret;
    const fs = yield* execBlockG(finalbody, f);
    if (fs !== NORMAL) return fs;
    f.ret = saved;
  }
  return sig;
}

/** The try, except* and else part of a try statement whose blocks may yield (execTryStar in exec.ts, as a generator). */
function* tryStarG(s: TryStar, f: Frame): G<number> {
  let sig = NORMAL;
  let caught = false;
  try {
    sig = yield* execBlockG(s.body, f);
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
        const t = yield* evalG(h.type!, f);
        checkExceptStarType(t);
        [match, rest] = splitExceptionGroup(rest, e, (x: PyObject) => exceptionMatches(x, t), t);
      } catch (inner) {
        throw chainImplicit(inner);
      } finally {
        handled.splice(handled.lastIndexOf(current), 1);
      }
      if (match === null) continue;
      current = match;
      if (h.name !== null) storeName((h as unknown as Ext).b as Binding, f, match);
      handled.push(match);
      try {
        yield* execBlockG(h.body, f);
      } catch (inner) {
        raised.push(chainImplicit(asPyException(inner)) as PyBaseException);
      } finally {
        handled.splice(handled.lastIndexOf(match), 1);
        unbindHandlerName(h, f);
      }
    }
    const toRaise = combineRaised(e, raised, rest);
    if (toRaise !== null) throw asReraised(toRaise, f);
    caught = true;
  }
  if (!caught && sig === NORMAL && s.orelse.length) sig = yield* execBlockG(s.orelse, f);
  return sig;
}

function* tryExceptG(body: stmt[], handlers: ExceptHandler[], orelse: stmt[], f: Frame): G<number> {
  let r: number;
  try {
    r = yield* execBlockG(body, f);
  } catch (err) {
    const e = caughtIn(err, f);
    chainImplicit(e); // its __context__, as handleExcept (exec.ts)
    // The exception is being handled while the except clauses are evaluated too.
    handled.push(e);
    try {
      for (const h of handlers) {
        f.line = h.lineno | 0;
        if (h.type !== null && !exceptionMatches(e, yield* evalG(h.type, f))) continue;
        if (h.name !== null) storeName((h as unknown as Ext).b as Binding, f, e);
        try {
          return yield* execBlockG(h.body, f);
        } finally {
          if (h.name !== null) {
            try {
              deleteName((h as unknown as Ext).b as Binding, f);
            } catch { /* already unbound */ }
          }
        }
      }
    } catch (inner) {
      throw chainImplicit(inner);
    } finally {
      handled.splice(handled.lastIndexOf(e), 1);
    }
    throw e;
  }
  if (r !== NORMAL) return r;
  return yield* execBlockG(orelse, f);
}

function* withG(items: { context_expr: expr; optional_vars: expr | null }[], index: number, body: stmt[], isAsync: boolean, line: number, f: Frame): G<number> {
  const item = items[index];
  const mgr = yield* evalG(item.context_expr, f);
  const [enter, exit] = contextMethods(mgr, isAsync);
  let value = callContextMethod(enter, mgr, []);
  if (isAsync) value = yield* delegateG(f, awaitable(value, 1), null);
  let sig: number;
  try {
    if (item.optional_vars !== null) yield* assignG(item.optional_vars, value, f);
    sig = index + 1 < items.length ? yield* withG(items, index + 1, body, isAsync, line, f) : yield* execBlockG(body, f);
  } catch (err) {
    const e = caughtIn(err, f);
    handled.push(e);
    let res: PyObject;
    const faultLine = f.line;
    f.line = line; // CPython blames the `with` line for an __exit__ call
    try {
      res = callContextMethod(exit, mgr, [typeOf(e), e, excTraceback(e)]);
      if (isAsync) res = yield* delegateG(f, awaitable(res, 2), null);
    } catch (inner) {
      throw chainImplicit(inner);
    } finally {
      handled.splice(handled.lastIndexOf(e), 1);
    }
    if (isTrue(res)) return NORMAL;
    f.line = faultLine; // the reraise restores the faulting line (CPython's RERAISE with lasti)
    throw e;
  }
  const saved = f.ret;
  f.line = line;
  const r = callContextMethod(exit, mgr, [None, None, None]);
  if (isAsync) yield* delegateG(f, awaitable(r, 2), null);
  f.ret = saved;
  return sig;
}

function* assignG(target: expr, v: PyObject, f: Frame): G<void> {
  if (!hasYield(target)) {
    assignTo(target, v, f);
    return;
  }
  if (target._type === 'Attribute') {
    setAttr(yield* evalG(target.value, f), target.attr, v);
    return;
  }
  if (target._type === 'Subscript') {
    const obj = yield* evalG(target.value, f);
    setItem(obj, yield* evalG(target.slice, f), v);
    return;
  }
  if (target._type === 'Tuple' || target._type === 'List') {
    const values = unpackValues(target.elts, v);
    for (let i = 0; i < values.length; i++) {
      const e = target.elts[i];
      yield* assignG(e._type === 'Starred' ? e.value : e, values[i], f);
    }
    return;
  }
  if (target._type === 'Starred') {
    yield* assignG(target.value, v, f);
    return;
  }
  assignTo(target, v, f);
}

/** del of targets whose subexpressions may yield: each target's object (and key) first. */
function* deleteG(target: expr, f: Frame): G<void> {
  if (!hasYield(target)) {
    deleteTarget(target, f);
    return;
  }
  if (target._type === 'Tuple' || target._type === 'List') {
    for (const e of target.elts) yield* deleteG(e, f);
    return;
  }
  if (target._type === 'Attribute') {
    deleteTarget({ ...target, value: valueNode(yield* evalG(target.value, f), target.value) }, f);
    return;
  }
  if (target._type === 'Subscript') {
    const obj = valueNode(yield* evalG(target.value, f), target.value);
    deleteTarget({ ...target, value: obj, slice: valueNode(yield* evalG(target.slice, f), target.slice) }, f);
    return;
  }
  deleteTarget(target, f);
}

/**
 * A copy of a def / class statement or lambda whose header expressions are replaced by their
 * values, evaluated here in the compiler's order: decorators; then defaults, keyword-only
 * defaults and annotations (parameters, *args, keyword-only, **kwargs... as annotationsOf);
 * or bases and keywords. Annotations kept as text (`from __future__ import annotations`) stay.
 */
function* headerEvaluatedG(n: stmt | expr, f: Frame): G<stmt | expr> {
  const val = function* (e: expr): G<expr> {
    return valueNode(yield* evalG(e, f), e);
  };
  if (n._type === 'ClassDef') {
    const decorator_list: expr[] = [];
    for (const d of n.decorator_list) decorator_list.push(yield* val(d));
    const bases: expr[] = [];
    for (const b of n.bases) bases.push(b._type === 'Starred' ? { ...b, value: yield* val(b.value) } : yield* val(b));
    const keywords: keyword[] = [];
    for (const k of n.keywords) keywords.push({ ...k, value: yield* val(k.value) });
    return { ...n, decorator_list, bases, keywords };
  }
  if (n._type !== 'FunctionDef' && n._type !== 'AsyncFunctionDef' && n._type !== 'Lambda') return n;
  const decorator_list: expr[] = [];
  if (n._type !== 'Lambda') for (const d of n.decorator_list) decorator_list.push(yield* val(d));
  const a = n.args;
  const defaults: expr[] = [];
  for (const d of a.defaults) defaults.push(yield* val(d));
  const kw_defaults: expr[] = [];
  for (const d of a.kw_defaults) kw_defaults.push(d == null ? (null as unknown as expr) : yield* val(d));
  if (n._type === 'Lambda') return { ...n, args: { ...a, defaults, kw_defaults } };
  const ann = function* (p: arg): G<arg> {
    if (p.annotation === null || (p.annotation as unknown as Ext).fu !== undefined) return p;
    return { ...p, annotation: yield* val(p.annotation) };
  };
  const args: arg[] = [];
  for (const p of a.args) args.push(yield* ann(p));
  const posonlyargs: arg[] = [];
  for (const p of a.posonlyargs) posonlyargs.push(yield* ann(p));
  const vararg = a.vararg === null ? null : yield* ann(a.vararg);
  const kwonlyargs: arg[] = [];
  for (const p of a.kwonlyargs) kwonlyargs.push(yield* ann(p));
  const kwarg = a.kwarg === null ? null : yield* ann(a.kwarg);
  const returns = n.returns === null || (n.returns as unknown as Ext).fu !== undefined ? n.returns : yield* val(n.returns);
  return { ...n, decorator_list, returns, args: { ...a, defaults, kw_defaults, args, posonlyargs, vararg, kwonlyargs, kwarg } };
}

/** A node standing for a value computed already, at the place of the node it replaces. */
function valueNode(v: PyObject, like: expr): expr {
  return {
    _type: 'Constant', value: null, kind: null, pyv: v,
    lineno: like.lineno, col_offset: like.col_offset, end_lineno: like.end_lineno, end_col_offset: like.end_col_offset,
  } as unknown as expr;
}

// ---- expressions ------------------------------------------------------------------------------

/** A FormattedValue's converted value and its format spec. */
function* formattedValueG(n: FormattedValue, f: Frame): G<[PyObject, string]> {
  let v = yield* evalG(n.value, f);
  if (n.conversion === 115) v = str(v);
  else if (n.conversion === 114) v = repr(v);
  else if (n.conversion === 97) v = factories.ascii(v);
  const spec = n.format_spec === null ? '' : ((yield* evalG(n.format_spec, f)) as string);
  return [v, spec];
}

/**
 * The truth of a test (if, while, a conditional expression, a match guard) as eval.ts
 * condition() takes it, for a test that may contain `yield`: an `and`/`or`, `not`, a
 * conditional expression or a chained comparison takes each operand's truth once (CPython's
 * compiler_jump_if), never the value's truth again afterwards.
 */
function* conditionG(n: expr, f: Frame): G<boolean> {
  if (!hasYield(n)) return condition(n, f);
  switch (n._type) {
    case 'BoolOp': {
      const values = n.values;
      const and = n.op === 'And';
      for (let i = 0; i < values.length - 1; i++) {
        if ((yield* conditionG(values[i], f)) !== and) return !and;
      }
      return yield* conditionG(values[values.length - 1], f);
    }
    case 'UnaryOp':
      if (n.op === 'Not') return !(yield* conditionG(n.operand, f));
      break;
    case 'IfExp':
      return (yield* conditionG(n.test, f)) ? yield* conditionG(n.body, f) : yield* conditionG(n.orelse, f);
    case 'Compare':
      if (n.ops.length > 1) {
        try {
          let left = yield* evalG(n.left, f);
          for (let i = 0; ; i++) {
            const right = yield* evalG(n.comparators[i], f);
            const r = compareOp(n.ops[i], left, right);
            const t = r === true || (r !== false && isTrue(r));
            if (!t || i === n.ops.length - 1) return t;
            left = right;
          }
        } catch (e) {
          throw blame(e, n, f);
        }
      }
  }
  const v = yield* evalG(n, f);
  return v === true || (v !== false && isTrue(v));
}

export function* evalG(n: expr, f: Frame): G<PyObject> {
  if (!hasYield(n)) return evalExpr(n, f);
  try {
    return yield* evalYielding(n, f);
  } catch (e) {
    // (the innermost node an exception comes out of is where the traceback marks, as evalExpr
    // does it: an operation on a yield's value, the yield itself for a throw())
    throw blame(e, n, f);
  }
}

/** evalG's part for an expression that contains a yield. */
function* evalYielding(n: expr, f: Frame): G<PyObject> {
  switch (n._type) {
    case 'Yield': {
      const v = n.value === null ? None : yield* evalG(n.value, f);
      // In an async generator a yielded value is wrapped, to tell it from what an inner await passes up.
      return yield (f.code.isCoroutine ? new AsyncGenWrapped(v) : v) as PyObject;
    }
    case 'YieldFrom': {
      const v = yield* evalG(n.value, f);
      if (v instanceof PyGenerator && v.cls === T.coroutine && f.code.isGenerator && !f.code.isCoroutine &&
      (f.code.co_flags & CoFlags.ITERABLE_COROUTINE) === 0) {
        typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      return yield* delegateG(f, v instanceof PyGenerator ? v : getIter(v), null);
    }
    case 'Await':
      return yield* delegateG(f, awaitable(yield* evalG(n.value, f)), null);
    case 'BinOp': {
      const a = yield* evalG(n.left, f);
      return binop(n.op, a, yield* evalG(n.right, f));
    }
    case 'UnaryOp': {
      // Applied here: evalExpr would read the operand through the node's caches (its kind an Await).
      const v = yield* evalG(n.operand, f);
      switch (n.op) {
        case 'Not': return !isTrue(v);
        case 'USub': return unaryOp(v, 'neg');
        case 'UAdd': return unaryOp(v, 'pos');
        default: return unaryOp(v, 'invert');
      }
    }
    case 'Compare': {
      let left = yield* evalG(n.left, f);
      for (let i = 0; i < n.ops.length; i++) {
        const right = yield* evalG(n.comparators[i], f);
        const r = compareOp(n.ops[i], left, right);
        if (i === n.ops.length - 1 || !isTrue(r)) return r;
        left = right;
      }
      return None;
    }
    case 'BoolOp': {
      let v: PyObject = None;
      for (let i = 0; i < n.values.length; i++) {
        v = yield* evalG(n.values[i], f);
        const last = i === n.values.length - 1;
        if (!last && (n.op === 'And' ? !isTrue(v) : isTrue(v))) return v;
      }
      return v;
    }
    case 'IfExp':
      return (yield* conditionG(n.test, f)) ? yield* evalG(n.body, f) : yield* evalG(n.orelse, f);
    case 'Attribute':
      return getAttr(yield* evalG(n.value, f), n.attr);
    case 'Subscript': {
      const obj = yield* evalG(n.value, f);
      return getItem(obj, yield* evalG(n.slice, f));
    }
    case 'Tuple':
    case 'List':
    case 'Set': {
      const items: PyObject[] = [];
      for (const e of n.elts) {
        if (e._type === 'Starred') items.push(...iterateToArray(yield* evalG(e.value, f)));
        else items.push(yield* evalG(e, f));
      }
      return n._type === 'Tuple' ? new PyTuple(items) : n._type === 'List' ? new PyList(items) : factories.newSet(items);
    }
    case 'Dict': {
      const d = new PyDict();
      for (let i = 0; i < n.keys.length; i++) {
        const k = n.keys[i];
        if (k === null) mergeMapping(d, yield* evalG(n.values[i], f), null);
        else {
          const key = yield* evalG(k, f);
          d.set(key, yield* evalG(n.values[i], f));
        }
      }
      return d;
    }
    case 'Call': {
      const fn = yield* evalG(n.func, f);
      const args: PyObject[] = [];
      for (const a of n.args) {
        if (a._type === 'Starred') args.push(...iterateToArray(yield* evalG(a.value, f)));
        else args.push(yield* evalG(a, f));
      }
      const kwnames: string[] = [];
      const kwd = new PyDict();
      for (const k of n.keywords as keyword[]) {
        const v = yield* evalG(k.value, f);
        if (k.arg === null) mergeMapping(kwd, v, null, fn);
        else kwd.setStr(k.arg, v);
      }
      for (const [k, v] of kwd.entries()) {
        kwnames.push(k as string);
        args.push(v);
      }
      return call(fn, args, kwnames.length ? kwnames : null);
    }
    case 'NamedExpr': {
      const v = yield* evalG(n.value, f);
      storeName((n.target as unknown as Ext).b as Binding, f, v);
      return v;
    }
    case 'JoinedStr': {
      const p0 = n.values[0];
      if (n.values.length === 1 && p0._type === 'FormattedValue') {
        // The field is the whole f-string: its __format__ result as is (formatResult).
        const v = yield* formattedValueG(p0, f);
        return v[1] === '' && typeof v[0] === 'string' ? v[0] : formatResult(v[0], v[1]);
      }
      let s = '';
      for (const p of n.values) s += p._type === 'Constant' ? (p.value as string) : str(yield* evalG(p, f));
      return s;
    }
    case 'FormattedValue': {
      const [v, spec] = yield* formattedValueG(n, f);
      return spec === '' && typeof v === 'string' ? v : factories.format(v, spec);
    }
    case 'Lambda':
      return evalExpr((yield* headerEvaluatedG(n, f)) as expr, f);
    case 'Slice': {
      const lower = n.lower === null ? None : yield* evalG(n.lower, f);
      const upper = n.upper === null ? None : yield* evalG(n.upper, f);
      const step = n.step === null ? None : yield* evalG(n.step, f);
      return evalExpr({ ...n, lower: valueNode(lower, n), upper: valueNode(upper, n), step: valueNode(step, n) }, f);
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      const gens = n.generators;
      const it = yield* evalG(gens[0].iter, f);
      if (n._type !== 'GeneratorExp' && ((n as unknown as Ext).code as TWCode).isCoroutine) {
        const coro = asyncComprehension(n, f, gens[0].is_async ? aiterOf(it, gens[0].iter) : getIter(it));
        return yield* delegateG(f, coro, null);
      }
      const node = { ...n, generators: [{ ...gens[0], iter: constNode(it) }, ...gens.slice(1)] } as expr;
      return evalExpr(node, f);
    }
  }
  throw newError(E.SystemError, `tree-walker: yield inside ${n._type} is not supported`);
}

function constNode(v: PyObject): expr {
  return { _type: 'Constant', value: null, kind: null, pyv: v, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as unknown as expr;
}

// ---- the generator, coroutine and async_generator types ------------------------------------

/** gi_yieldfrom / cr_await: the VM installs its own reader (its delegate is on the value stack). */
let delegateOf: (g: PyGenerator) => PyObject = (g) => (g.finished ? None : g.delegate ?? None);
export function setDelegateReader(f: (g: PyGenerator) => PyObject): void {
  delegateOf = f;
}

/** A slot wrapper's argument check (gen.__next__(1): "expected 0 arguments, got 1"). */
export function noSlotArgs(args: PyObject[]): void {
  if (args.length !== 0) typeError(`expected 0 arguments, got ${args.length}`);
}

export function installGeneratorTypes(): void {
  for (const t of [T.generator, T.coroutine, T.async_generator]) {
    t.finalType = true;
    t.slots.repr = (v) => `<${t === T.async_generator ? 'async_generator' : t.name} object ${(v as PyGenerator).qualname} at ${addressOf(v)}>`;
    if (t === T.async_generator) ensureAsyncGenMethods();
    else {
      const send = `${t.name}.send`, close = `${t.name}.close`;
      addMethods(t, {
        send: (self, args, kw) => genSend(self as PyGenerator, argO(send, args, kw)),
        throw: (self, args) => genThrow(self as PyGenerator, throwArgument(args)),
        close: (self, args, kw) => (argNone(close, args, kw), genClose(self as PyGenerator)),
        // tp_finalize (_PyGen_Finalize): closes the generator; an error is unraisable, not raised.
        __del__: (self, args, kw) => {
          argNone(`${t.name}.__del__`, args, kw);
          try {
            genClose(self as PyGenerator);
          } catch { /* CPython writes it as unraisable */ }
          return None;
        },
      });
    }
    addGetSets(t, {
      __name__: [(v) => (v as PyGenerator).name, (v, x) => {
        if (typeof x !== 'string') typeError('__name__ must be set to a string object');
        (v as PyGenerator).name = x;
      }],
      __qualname__: [(v) => (v as PyGenerator).qualname, (v, x) => {
        if (typeof x !== 'string') typeError('__qualname__ must be set to a string object');
        (v as PyGenerator).qualname = x;
      }],
    });
  }
  const gen = T.generator.slots;
  gen.iter = (v) => v;
  gen.iternext = (v) => resume(v as PyGenerator, 0, None, iterRet);
  // gen.__next__() (and next(gen)) raise StopIteration carrying the return value; the slot
  // above reports plain exhaustion to the loops that drive it.
  addMethods(T.generator, {
    __next__: (self, args) => (noSlotArgs(args), genSend(self as PyGenerator, None)),
    __iter__: (self, args) => (noSlotArgs(args), self),
  });
  addGetSets(T.generator, {
    gi_running: [(v) => (v as PyGenerator).running],
    gi_frame: [(v) => ((v as PyGenerator).finished || (v as PyGenerator).frame === null ? None : frameObject((v as PyGenerator).frame!))],
    // (Members in CPython: assigning them is 'readonly attribute'.)
    gi_code: [(v) => ((v as PyGenerator).frame?.code as unknown as PyObject) ?? None, readonlyMember],
    gi_suspended: [(v) => (v as PyGenerator).started && !(v as PyGenerator).finished && !(v as PyGenerator).running],
    gi_yieldfrom: [(v) => delegateOf(v as PyGenerator)],
  });
  addGetSets(T.coroutine, {
    cr_running: [(v) => (v as PyGenerator).running],
    cr_frame: [(v) => ((v as PyGenerator).finished || (v as PyGenerator).frame === null ? None : frameObject((v as PyGenerator).frame!))],
    cr_code: [(v) => ((v as PyGenerator).frame?.code as unknown as PyObject) ?? None, readonlyMember],
    cr_await: [(v) => delegateOf(v as PyGenerator)],
    cr_suspended: [(v) => (v as PyGenerator).started && !(v as PyGenerator).finished && !(v as PyGenerator).running],
    // Origin tracking (sys.set_coroutine_origin_tracking_depth) is never on.
    cr_origin: [() => None, readonlyMember],
  });
  addMethods(T.coroutine, {
    __await__: (self, args) => (noSlotArgs(args), new CoroutineWrapper(self as PyGenerator)),
  });
  wrapperType.slots.iter = (v) => v;
  wrapperType.slots.iternext = (v) => {
    const ret = { value: None as PyObject };
    const r = resume((v as CoroutineWrapper).coro, 0, None, ret);
    if (r === undefined) throw stopIteration(ret.value);
    return r;
  };
  addMethods(wrapperType, {
    __iter__: (self, args) => (noSlotArgs(args), self),
    __next__: (self, args) => (noSlotArgs(args), genSend((self as CoroutineWrapper).coro, None)),
    send: (self, args, kw) => genSend((self as CoroutineWrapper).coro, argO('coroutine_wrapper.send', args, kw)),
    throw: (self, args) => genThrow((self as CoroutineWrapper).coro, throwArgument(args)),
    close: (self, args, kw) => (argNone('coroutine_wrapper.close', args, kw), genClose((self as CoroutineWrapper).coro)),
  });
}

import { makeBuiltinType } from '../../src/objects/str.js';
let wrapperType = null as unknown as typeof T.generator;
export function createCoroutineWrapperType(): void {
  wrapperType = makeBuiltinType('coroutine_wrapper');
  createAsyncGenTypes();
}

class CoroutineWrapper extends PyObj {
  constructor(readonly coro: PyGenerator) {
    super(wrapperType, null);
  }
}

// ---- async generators (PEP 525) -------------------------------------------------------------

/** A value an async generator's body yielded (as opposed to one an inner await passes up). */
class AsyncGenWrapped {
  constructor(readonly value: PyObject) {}
}

/** Async generators run by this backend (the runtime's async_generator type is shared with the VM). */
const treeAsyncGens = new WeakSet<PyGenerator>();
/** ag_running_async of CPython, per generator. */
const runningAsync = new WeakSet<PyGenerator>();
/** ag_closed of CPython. */
const closedAsync = new WeakSet<PyGenerator>();

/** The state of an athrow()/aclose() awaitable (both backends'). */
export const enum AState { INIT, ITER, CLOSED }

let asendType = null as unknown as typeof T.generator;
let athrowType = null as unknown as typeof T.generator;

class AsyncGenASend extends PyObj {
  state = AState.INIT;
  constructor(readonly gen: PyGenerator, readonly sendval: PyObject) {
    super(asendType, null);
  }
}

class AsyncGenAThrow extends PyObj {
  state = AState.INIT;
  /** null: aclose(); else athrow()'s arguments (checked when the awaitable starts, as CPython does). */
  constructor(readonly gen: PyGenerator, readonly args: PyObject[] | null) {
    super(athrowType, null);
  }
}

function isStopAsyncOrExit(e: unknown): boolean {
  return e instanceof PyBaseException && (typeOf(e).isSubtype(E.StopAsyncIteration) || typeOf(e).isSubtype(E.GeneratorExit));
}

/** async_gen_unwrap_value: one resume of the generator, as seen by its awaitable. */
function agResume(g: PyGenerator, mode: 0 | 1, v: PyObject): PyObject {
  const ret = { value: None as PyObject };
  let r: PyObject | undefined;
  try {
    r = resume(g, mode, v, ret);
  } catch (e) {
    if (isStopAsyncOrExit(e)) closedAsync.add(g);
    runningAsync.delete(g);
    throw e;
  }
  if (r === undefined) {
    runningAsync.delete(g);
    throw newException(E.StopAsyncIteration, []);
  }
  if (r instanceof AsyncGenWrapped) {
    runningAsync.delete(g);
    throw stopIteration(r.value);
  }
  return r;
}

function asendSend(a: AsyncGenASend, arg: PyObject): PyObject {
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  if (a.state === AState.INIT) {
    if (runningAsync.has(a.gen)) throw newError(E.RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === None) arg = a.sendval;
    a.state = AState.ITER;
  }
  runningAsync.add(a.gen);
  try {
    return agResume(a.gen, 0, arg);
  } catch (e) {
    a.state = AState.CLOSED;
    throw e;
  }
}

function asendThrow(a: AsyncGenASend, exc: PyObject): PyObject {
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  try {
    return agResume(a.gen, 1, exc);
  } catch (e) {
    a.state = AState.CLOSED;
    throw e;
  }
}

function athrowResume(a: AsyncGenAThrow, mode: 0 | 1, value: PyObject): PyObject {
  const g = a.gen;
  try {
    if (a.args !== null) return agResume(g, mode, value);
    const ret = { value: None as PyObject };
    const r = resume(g, mode, value, ret);
    if (r === undefined) {
      runningAsync.delete(g);
      throw newException(E.StopAsyncIteration, []);
    }
    if (r instanceof AsyncGenWrapped) {
      runningAsync.delete(g);
      a.state = AState.CLOSED;
      throw newError(E.RuntimeError, 'async generator ignored GeneratorExit');
    }
    return r;
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) throw e;
    runningAsync.delete(g);
    a.state = AState.CLOSED;
    if (a.args === null && isStopAsyncOrExit(e)) throw stopIteration(None);
    throw e;
  }
}

function athrowSend(a: AsyncGenAThrow, arg: PyObject): PyObject {
  const exc = athrowStart(a, arg, runningAsync, closedAsync);
  return exc === undefined ? athrowResume(a, 0, arg) : athrowResume(a, 1, exc);
}

/**
 * The checks and state change of athrow()/aclose()'s awaitable receiving `arg` by send(), both
 * backends' (`running`, `closed`: the backend's sets of async generators running an awaitable
 * and closed by aclose()): at its start (INIT) the exception to throw into the generator
 * (GeneratorExit for aclose(), athrow()'s arguments made into one), later undefined (`arg` is
 * sent in); it raises where CPython's async_gen_athrow_send does.
 */
export function athrowStart(
  a: { readonly gen: PyGenerator; readonly args: PyObject[] | null; state: AState },
  arg: PyObject,
  running: WeakSet<PyGenerator>,
  closed: WeakSet<PyGenerator>,
): PyObject | undefined {
  const g = a.gen;
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  if (g.finished) {
    a.state = AState.CLOSED;
    throw stopIteration(None);
  }
  if (a.state !== AState.INIT) return undefined;
  if (running.has(g)) {
    a.state = AState.CLOSED;
    throw newError(E.RuntimeError, `${a.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
  }
  if (closed.has(g)) {
    a.state = AState.CLOSED;
    throw newException(E.StopAsyncIteration, []);
  }
  if (arg !== None) throw newError(E.RuntimeError, "can't send non-None value to a just-started coroutine");
  a.state = AState.ITER;
  running.add(g);
  if (a.args === null) {
    closed.add(g);
    return newException(E.GeneratorExit, []);
  }
  // (A wrong number of arguments leaves the generator marked running, as CPython 3.11 does.)
  if (a.args.length === 0 || a.args.length > 3) throwArgument(a.args, 'athrow');
  try {
    return throwArgument(a.args, 'athrow');
  } catch (e) {
    running.delete(g);
    a.state = AState.CLOSED;
    throw e;
  }
}

function athrowThrow(a: AsyncGenAThrow, exc: PyObject): PyObject {
  if (a.state === AState.CLOSED) throw newError(E.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  return athrowResume(a, 1, exc);
}

/** The methods of async_generator this backend installs (dispatching other backends' objects to theirs). */
let installedAnext: PyObject | null = null;

/**
 * async_generator's methods (__aiter__, __anext__, asend, athrow, aclose: their argument checks
 * and the hooks' first-iteration call) around a backend's own awaitable objects: `asend` makes
 * what __anext__/asend return, `athrow` what athrow (its arguments) and aclose (null) return.
 */
export function asyncGenMethods(
  asend: (g: PyGenerator, v: PyObject) => PyObject,
  athrow: (g: PyGenerator, args: PyObject[] | null) => PyObject,
): Record<string, NativeMethodCall> {
  return {
    __aiter__: (self, args) => (noSlotArgs(args), self),
    __anext__: (self, args) => (noSlotArgs(args), initAsyncGenHooks(self), asend(self as PyGenerator, None)),
    asend: (self, args, kw) => {
      const v = argO('async_generator.asend', args, kw);
      initAsyncGenHooks(self);
      return asend(self as PyGenerator, v);
    },
    athrow: (self, args) => (initAsyncGenHooks(self), athrow(self as PyGenerator, args.slice())),
    aclose: (self, args, kw) => (argNone('async_generator.aclose', args, kw), initAsyncGenHooks(self), athrow(self as PyGenerator, null)),
  };
}

function ensureAsyncGenMethods(): void {
  const ag = T.async_generator;
  if (installedAnext !== null && ag.dict.getStr('__anext__') === installedAnext) return;
  addMethodsFor(ag, (self) => treeAsyncGens.has(self as PyGenerator), asyncGenMethods(
    (g, v) => new AsyncGenASend(g, v),
    (g, args) => new AsyncGenAThrow(g, args),
  ));
  installedAnext = ag.dict.getStr('__anext__') as PyObject;
  installAsyncGenGetSets();
}

/** async_generator's ag_* attributes (shared by both backends: whichever installs first). */
export function installAsyncGenGetSets(): void {
  const ag = T.async_generator;
  if (ag.dict.getStr('ag_running') !== undefined) return;
  addGetSets(ag, {
    ag_running: [(v) => (v as PyGenerator).running, readonlyMember],
    ag_frame: [(v) => ((v as PyGenerator).finished || (v as PyGenerator).frame === null ? None : frameObject((v as PyGenerator).frame!))],
    ag_code: [(v) => ((v as PyGenerator).frame?.code as unknown as PyObject) ?? None, readonlyMember],
    // The awaitable an `await` in the body is suspended on (None at a yield).
    ag_await: [(v) => delegateOf(v as PyGenerator)],
  });
}

export function createAsyncGenTypes(): void {
  asendType = makeBuiltinType('async_generator_asend');
  athrowType = makeBuiltinType('async_generator_athrow');
  for (const [t, send, thr] of [
    [asendType, (s: PyObject, v: PyObject) => asendSend(s as AsyncGenASend, v), (s: PyObject, e: PyObject) => asendThrow(s as AsyncGenASend, e)],
    [athrowType, (s: PyObject, v: PyObject) => athrowSend(s as AsyncGenAThrow, v), (s: PyObject, e: PyObject) => athrowThrow(s as AsyncGenAThrow, e)],
  ] as const) {
    t.finalType = true;
    t.slots.iter = (v) => v;
    t.slots.iternext = (v) => send(v, None);
    addMethods(t, {
      send: (self, args, kw) => send(self, argO(`${t.name}.send`, args, kw)),
      throw: (self, args) => thr(self, throwArgument(args)),
      close: (self, args, kw) => {
        argNone(`${t.name}.close`, args, kw);
        (self as AsyncGenASend).state = AState.CLOSED;
        return None;
      },
      __await__: (self) => self,
      __iter__: (self) => self,
      __next__: (self) => send(self, None),
    });
  }
}

export { PyFunction, E, typeName, constantValue };
