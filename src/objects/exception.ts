// Exception instances and the way JS code raises them. A Python exception travels through JS
// as the PyBaseException object itself (`throw exc`): no JS Error, so no stack capture cost.
// Messages are built in one place per exception type (errors.ts) to match CPython's.

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { PyTuple, EMPTY_TUPLE } from './tuple.js';
import { None } from './singletons.js';

/** One traceback entry: a frame's place at the moment the exception passed through it. */
export interface TracebackEntry {
  filename: string;
  lineno: number;
  name: string;
  /** The frame (a FrameAccess) this entry is for: tb_frame, and one entry per frame visit. */
  frame?: object;
  /** Source span of what failed in the frame (CPython's co_positions of tb_lasti), for the
   *  `~~^~~` markers under the source line; absent when unknown. */
  pos?: SourcePos | null;
}

/** A source span: 1-based lines, 0-based columns (an AST node's position fields). */
export interface SourcePos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/**
 * Adds the entry for `frame` to a propagating exception unless its latest entry is already that
 * frame: CPython records a frame once where the exception first appears in it (the failing
 * statement or call), whether the frame then catches it or lets it pass. `always` is for a
 * `raise` statement, which records its frame again (`raise e` of a caught exception).
 */
export function addTracebackEntry(e: PyBaseException, frame: object, filename: string, lineno: number, name: string, always = false, pos: SourcePos | null = null): void {
  const tb = e.traceback;
  if (tb.length === 0) {
    // Most exceptions are caught in the frame that raised them or one above: an exact-size
    // array, not a first push's 17-slot backing store (and never a push onto NO_TRACEBACK).
    e.traceback = [{ filename, lineno, name, frame, pos }];
    return;
  }
  if (!always && tb[tb.length - 1].frame === frame) return;
  tb.push({ filename, lineno, name, frame, pos });
}

/** The traceback of an exception that has not left a frame yet: shared, never written. */
const NO_TRACEBACK: TracebackEntry[] = [];
const NO_ARGS: PyObject[] = [];

export class PyBaseException extends PyObj {
  args: PyTuple;
  /** Pushed as the exception leaves each frame: innermost frame FIRST (printers reverse it). */
  traceback: TracebackEntry[] = NO_TRACEBACK;
  cause: PyObject;
  context: PyObject;
  suppressContext = false;
  /**
   * Its __context__ is settled (implicit chaining skips it): chained when raised
   * (chainContext), or put into a generator by throw(). (A field: a WeakSet of every raised
   * exception made V8's garbage collector walk its ephemeron table; exceptions.py main-thread
   * CPU went 430 -> 470-550 ms with it.)
   */
  contextSettled = false;
  notes: PyObject | null = null;
  /** Tree-walker: the innermost node of frame `failFrame` the exception came out of, taken
   *  into that frame's traceback entry (TracebackEntry.pos) when the frame records it. */
  failPos: SourcePos | null = null;
  failFrame: object | null = null;
  /** Tree-walker: a frame that re-raised this exception without a traceback entry of its own
   *  (the group an except* statement builds, raised as CPython's RERAISE does): recordFrame
   *  adds no entry for that frame until the exception is recorded in another one. */
  reraisedIn: object | null = null;
  /** Per-type fields (StopIteration.value, SyntaxError.lineno, ...): exception-types.ts. */
  fields: Map<string, PyObject> | null = null;
  constructor(cls: PyType, args: PyObject[]) {
    super(cls, null);
    this.args = args.length === 0 && EMPTY_TUPLE !== undefined ? EMPTY_TUPLE : new PyTuple(args);
    this.cause = None;
    this.context = None;
  }
}

/** Exception types by name (TypeError, ValueError, ...), filled by the bootstrap. */
export const E = {} as Record<string, PyType>;

export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}

/**
 * The Python exception standing for a JS engine error, or undefined when there is none: stack
 * overflow is RecursionError; a BigInt, string or array past V8's size limits is MemoryError
 * (CPython runs out of memory there too, or raises MemoryError up front).
 */
export function engineErrorAsPython(e: unknown): PyBaseException | undefined {
  if (!(e instanceof RangeError)) return undefined;
  const m = e.message;
  if (/call stack/.test(m)) return newError(E.RecursionError, 'maximum recursion depth exceeded');
  if (/Maximum BigInt size|Invalid string length|Invalid array length|Array buffer allocation failed|Invalid typed array length/.test(m)) return newError(E.MemoryError);
  return undefined;
}

/** Creates an instance of a builtin exception type with a message. */
export function newError(type: PyType, msg?: string): PyBaseException {
  return newException(type, msg === undefined ? [] : [msg]);
}

/**
 * CPython's _PyErr_FormatFromCause: a new `type(msg)` raised while handling `cause`, with
 * `cause` as its __cause__ and __context__ (the traceback shows "The above exception was the
 * direct cause ...").
 */
export function newErrorFromCause(type: PyType, msg: string, cause: PyBaseException): PyBaseException {
  const e = newError(type, msg);
  e.cause = cause;
  e.context = cause;
  e.suppressContext = true;
  return e;
}

/**
 * Native field initialisers of builtin exception types (StopIteration.value, SystemExit.code,
 * OSError.errno, ...), run by their __init__ and by newException, so an exception the runtime
 * raises has the same attributes as one built by calling the type. Filled by exception-types.ts.
 */
export const excFieldInit = new Map<PyType, (self: PyBaseException, args: PyObject[]) => void>();

/** Registers a type's native field initialiser (see excFieldInit). */
export function setExcFieldInit(type: PyType, init: (self: PyBaseException, args: PyObject[]) => void): void {
  excFieldInit.set(type, init);
  fieldInits.clear();
}

/** An instance of a builtin exception type with the given args (no Python-level __init__ call). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  const alloc = type.alloc;
  const exc = alloc ? (alloc(type) as PyBaseException) : new PyBaseException(type, NO_ARGS);
  exc.args = new PyTuple(args);
  const init = fieldInitOf(type);
  if (init !== null) init(exc, args);
  return exc;
}

// The field initialiser of the nearest type on each exception type's MRO that has one (null for
// none), resolved once per type and type version.
const fieldInits = new Map<PyType, { version: number; init: FieldInit | null }>();
type FieldInit = (self: PyBaseException, args: PyObject[]) => void;

function fieldInitOf(type: PyType): FieldInit | null {
  if (excFieldInit.size === 0) return null;
  const c = fieldInits.get(type);
  if (c !== undefined && c.version === type.version) return c.init;
  let init: FieldInit | null = null;
  for (const t of type.mro) {
    const f = excFieldInit.get(t);
    if (f !== undefined) {
      init = f;
      break;
    }
  }
  fieldInits.set(type, { version: type.version, init });
  return init;
}
