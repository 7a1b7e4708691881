// Interpreter shutdown: the finalizers CPython runs when it tears down __main__.
//
// Dyad has no reference counting, so an object that dies mid-program is never finalized. At exit,
// though, everything still reachable from __main__'s globals dies in CPython, and its finalizers
// run: a suspended generator or coroutine is closed (its finally blocks and `with` exits run) and __del__ is
// called. This reproduces the common shapes of that, in the order CPython 3.11 shows for them:
//   1. the globals in insertion order (an object bound to several names at its first one); a
//      plain instance's attributes (in order) after its own __del__;
//   2. then the contents of list/tuple displays (last item first) and dict/set contents;
//   3. then what classes (their namespace), functions (defaults, closure cells) hold, then the
//      cells of closed generators' frames.
// A suspended generator is closed in phase 1 (its finally blocks run), then its frame's locals die
// in slot order.
// __main__ goes first, then the program's own modules, last imported first. An exception in a
// finalizer is printed as CPython's "Exception ignored in: ..." and dropped. Objects that died
// earlier in CPython (a dropped generator, `del obj`) are not seen here: nothing tracks them.
// The walk looks at no more than MAX_VISITS objects, so exit stays cheap after big programs.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyDict, DELETED } from '../objects/dict.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PySet, setItems } from '../objects/set.js';
import { PyType } from '../objects/type.js';
import { PyFunction, PyCell } from '../objects/function.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, E, newError } from '../objects/exception.js';
import { typeOf, getAttr, call, repr } from '../objects/protocol.js';
import { callFoundMethod } from '../objects/dunder.js';
import { PyModule } from './module.js';
import { interp } from './interpreter.js';
import { toPythonError } from './syntax-errors.js';
import { formatExceptionAtShutdown } from './traceback.js';
import { getStderr, getStdout } from '../builtins/streams.js';
import { packagePath } from '../paths.js';
import { finalizedEarly } from './early-finalize.js';
import type { FrameAccess } from './frame-access.js';

/** How deep the walk follows attributes and container items (cycles are cut by `seen`). */
const MAX_DEPTH = 8;
/** At most this many objects are looked at: a program that ends with millions of live objects
 *  (a benchmark) does not pay for a long walk at exit. */
const MAX_VISITS = 2_000;

/**
 * Runs the exit-time finalizers of the objects module globals keep alive: __main__'s first, then
 * the program's own imported modules, last imported first (the library under lib/ is left alone).
 */
export function finalizeModulesAtExit(): void {
  const modules: PyModule[] = [];
  const lib = packagePath('lib');
  for (const [name, m] of interp().modules.entries()) {
    if (!(m instanceof PyModule)) continue;
    if (name === '__main__') modules.unshift(m);
    else {
      const file = m.dict.getStr('__file__');
      if (typeof file === 'string' && !file.startsWith(lib)) modules.splice(1, 0, m);
    }
  }
  if (modules.length === 0 || modules[0] !== interp().modules.getStr('__main__')) return;
  const walk = new ExitWalk();
  for (const m of modules) {
    for (const [k, v] of m.dict.entries()) if (k !== '__builtins__') walk.direct(v, 0);
    walk.run();
  }
}

class ExitWalk {
  /** Finalizable objects in phase-1 order (one object may appear several times). */
  private readonly order: PyObj[] = [];
  private readonly containers: PyObj[] = [];
  private readonly holders: PyObj[] = [];
  /** The values of closed generators' cells (phase 3, after what functions hold). */
  private readonly cellValues: PyObject[] = [];
  private readonly seen = new Set<PyObj>();
  private readonly done = new Set<PyObj>();
  private visits = 0;

  /** A value the globals (or an instance's attributes) refer to directly. */
  direct(v: PyObject, depth: number): void {
    if (++this.visits > MAX_VISITS || !(v instanceof PyObj) || depth > MAX_DEPTH) return;
    if (isFinalizable(v)) {
      this.order.push(v);
      if (this.seen.has(v)) return;
      this.seen.add(v);
      // (A generator's or coroutine's frame is cleared when it is closed: its locals die then.)
      if (isGeneratorLike(v)) {
        const frame = generatorFrame(v);
        if (frame) this.frameLocals(frame, depth);
      } else this.attributes(v, depth);
      return;
    }
    if (this.seen.has(v)) return;
    this.seen.add(v);
    if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) this.containers.push(v);
    else if (v instanceof PyType || v instanceof PyFunction) this.holders.push(v);
    else if (!(v instanceof PyModule)) this.attributes(v, depth);
  }

  /** An instance's attributes: its dict's values, then its __slots__ values. */
  private attributes(v: PyObj, depth: number): void {
    if (v.dict !== null) for (const [, a] of v.dict.entries()) this.direct(a, depth + 1);
    const sv = (v as unknown as { sv?: unknown }).sv;
    if (Array.isArray(sv)) for (const a of sv) if (a !== undefined) this.direct(a as PyObject, depth + 1);
  }

  /** A generator's frame: its local variables and cells, in slot order. */
  private frameLocals(frame: FrameAccess, depth: number): void {
    for (const v of frame.slotValues()) {
      // (A cell may be shared with a closure, which keeps its value alive longer: its value
      // comes after what functions hold.)
      if (v instanceof PyCell) {
        if (v.value !== undefined) this.cellValues.push(v.value);
      } else if (v !== undefined && v !== null) this.direct(v as PyObject, depth + 1);
    }
  }

  /** Walks the items a container releases, in the order its deallocation releases them. */
  private releaseItems(c: PyObj): void {
    if (c instanceof PyList || c instanceof PyTuple) {
      const items = c.items;
      for (let i = items.length - 1; i >= 0 && this.visits <= MAX_VISITS; i--) this.direct(items[i], 1);
    } else if (c instanceof PyDict) {
      for (const part of [c.values, c.keys]) {
        for (let i = 0; i < part.length && this.visits <= MAX_VISITS; i++) {
          if (c.keys[i] !== DELETED) this.direct(part[i] as PyObject, 1);
        }
      }
    } else if (c instanceof PySet && c.used <= MAX_VISITS) {
      for (const k of setItems(c)) this.direct(k, 1);
    }
  }

  run(): void {
    this.finalizeInOrder();
    this.releaseContainers();
    // Phase 3: what classes and functions keep alive.
    for (let i = 0; i < this.holders.length; i++) {
      const h = this.holders[i];
      if (h instanceof PyType) {
        for (const [k, v] of h.dict!.entries()) if (k !== '__dict__' && k !== '__weakref__') this.direct(v, 1);
      } else if (h instanceof PyFunction) {
        if (h.defaults !== null) for (const v of h.defaults) this.direct(v, 1);
        if (h.kwdefaults !== null) for (const [, v] of h.kwdefaults.entries()) this.direct(v, 1);
        if (h.closure !== null) for (const c of h.closure) if (c.value !== undefined) this.direct(c.value, 1);
      }
      this.finalizeInOrder();
      this.releaseContainers();
    }
    this.holders.length = 0;
    for (let i = 0; i < this.cellValues.length; i++) {
      this.direct(this.cellValues[i], 1);
      this.finalizeInOrder();
      this.releaseContainers();
    }
    this.cellValues.length = 0;
  }

  /** Phase 2: container contents; a finalizable item is finalized when its container is. */
  private releaseContainers(): void {
    for (let i = 0; i < this.containers.length && this.visits <= MAX_VISITS; i++) {
      this.releaseItems(this.containers[i]);
      this.finalizeInOrder();
    }
    this.containers.length = 0;
  }

  /** Finalizes the queued objects in order (an object queued twice at its first place). */
  private finalizeInOrder(): void {
    if (this.order.length === 0) return;
    const order = this.order.splice(0);
    for (let i = 0; i < order.length; i++) {
      const v = order[i];
      if (this.done.has(v)) continue;
      this.done.add(v);
      if (!finalizedEarly.has(v)) finalizeObject(v);
    }
  }
}

/** A generator's (or coroutine's) frame, either backend's, or null when it has none. */
export function generatorFrame(v: PyObj): FrameAccess | null {
  return (v as { frame?: FrameAccess | null }).frame ?? null;
}

export function isGeneratorLike(v: PyObj): boolean {
  const t = typeOf(v);
  return t === T.generator || t === T.coroutine || t === T.async_generator;
}

function isFinalizable(v: PyObj): boolean {
  return isGeneratorLike(v) || (!(v instanceof PyType) && typeOf(v).lookup('__del__') !== undefined);
}

/** The "never awaited" warnings shown so far (the default warnings filter shows each once). */
const warned = new Set<string>();

/** Runs one object's finalizer: close() for a generator/coroutine, else __del__; an error is
 *  printed as CPython's "Exception ignored in: ...". */
export function finalizeObject(v: PyObj, running = false): void {
  const t = typeOf(v);
  let culprit: PyObject = v;
  if (t === T.coroutine) neverAwaited(v);
  try {
    if (t === T.generator || t === T.coroutine) call(getAttr(v, 'close'), []);
    else if (t === T.async_generator) closeAsyncGenerator(v);
    else {
      const del = t.lookup('__del__')!;
      culprit = del;
      callFoundMethod(del, v, []);
    }
  } catch (e) {
    const pe = toPythonError(e);
    getStdout().flush();
    let who: string;
    try {
      who = repr(culprit);
    } catch {
      who = `<${t.name} object>`;
    }
    getStderr().write(`Exception ignored in: ${who}\n` + formatExceptionAtShutdown(pe as PyObject, running));
  }
}

/**
 * An async generator dying without an event loop's finalizer hook: CPython's gen_close throws
 * GeneratorExit into its frame once; if the frame then awaits (yields) instead of finishing,
 * that is "async generator ignored GeneratorExit".
 */
function closeAsyncGenerator(v: PyObj): void {
  const aw = call(getAttr(v, 'aclose'), []);
  try {
    call(getAttr(aw, 'send'), [None]);
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) return;
    throw e;
  }
  throw newError(E.RuntimeError, 'async generator ignored GeneratorExit');
}

/** A coroutine that never started warns as it dies (at teardown CPython's location is sys:1). */
function neverAwaited(v: PyObj): void {
  const g = v as PyObj & { started?: boolean; finished?: boolean };
  if (g.started !== false || g.finished === true) return;
  let name: PyObject;
  try {
    name = getAttr(v, '__qualname__');
  } catch {
    return;
  }
  const msg = `sys:1: RuntimeWarning: coroutine '${String(name)}' was never awaited\n`;
  if (warned.has(msg)) return;
  warned.add(msg);
  getStdout().flush();
  getStderr().write(msg);
}
