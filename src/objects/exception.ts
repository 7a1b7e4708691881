// Exception instances and the way JS code raises them. A Python exception travels through JS
// as the PyBaseException object itself (`throw exc`): no JS Error, so no stack capture cost.
// Messages are built in one place per exception type (errors.ts) to match CPython's.

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { PyTuple } from './tuple.js';
import { None } from './singletons.js';

/** One traceback entry: a frame's place at the moment the exception passed through it. */
export interface TracebackEntry {
  filename: string;
  lineno: number;
  name: string;
}

export class PyBaseException extends PyObj {
  args: PyTuple;
  /** Pushed as the exception leaves each frame: innermost frame FIRST (printers reverse it). */
  traceback: TracebackEntry[] = [];
  cause: PyObject;
  context: PyObject;
  suppressContext = false;
  notes: PyObject | null = null;
  /** Per-type fields (StopIteration.value, SyntaxError.lineno, ...): exception-types.ts. */
  fields: Map<string, PyObject> | null = null;
  constructor(cls: PyType, args: PyObject[]) {
    super(cls);
    this.args = new PyTuple(args);
    this.cause = None;
    this.context = None;
  }
}

/** Exception types by name (TypeError, ValueError, ...), filled by the bootstrap. */
export const E = {} as Record<string, PyType>;

export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}

/** Creates an instance of a builtin exception type with a message. */
export function newError(type: PyType, msg?: string): PyBaseException {
  return newException(type, msg === undefined ? [] : [msg]);
}

/** An instance of a builtin exception type with the given args (no __init__ call). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  const alloc = type.alloc;
  const exc = alloc ? (alloc(type) as PyBaseException) : new PyBaseException(type, []);
  exc.args = new PyTuple(args);
  return exc;
}
