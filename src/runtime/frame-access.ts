// What builtins like globals(), locals(), vars(), exec(), eval() and zero-argument super()
// need to know about the calling Python frame. Each backend's frames implement it; the
// runtime keeps a pointer to the innermost one (Interpreter.frame).

import type { PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import type { Backend } from './backend.js';

export interface FrameAccess {
  readonly backend: Backend;
  /** The calling frame (towards the module), or null. */
  readonly back: FrameAccess | null;
  globalsDict(): PyDict;
  builtinsDict(): PyDict;
  /** locals(): the namespace itself in module/class bodies; a fresh snapshot dict in functions. */
  localsMapping(): PyObject;
  /** The local variables and cells (PyCell objects) in slot order (finalization at exit). */
  slotValues(): readonly unknown[];
  /** Empties the local variables and cells: a finished generator's frame, as CPython clears it (early-finalize.ts). */
  clearSlots(): void;
  /** For zero-argument super(): [__class__ cell value, first argument], or null when unavailable. */
  superArgs(): [PyObject, PyObject] | null;
  /** For tracebacks. */
  readonly filename: string;
  readonly name: string;
  lineno(): number;
  /**
   * false on a frame the backend may reuse for another call once it returns (tree-walker
   * direct calls); set to true when something can still reach it afterwards (frameObject sets
   * it on the frame and its callers). Absent on frames that are never reused.
   */
  escaped?: boolean;
}

/**
 * The locals dict given to exec()/eval() with a function's code object, by the function made to
 * run it (builtins/dynamic.ts runCodeObject). CPython's frame for that code has the dict as its
 * f_locals, so locals() inside writes the fast locals into it and returns it (even when it is
 * the globals dict). Read by the frames' localsMapping when they make their locals() dict.
 */
export const execLocals = new WeakMap<object, PyDict>();

/** The dict a frame of function `fn` gives as locals(): exec()'s dict, else a new one. */
export function localsDictFor(fn: object | null): PyDict {
  return (fn !== null ? execLocals.get(fn) : undefined) ?? new PyDict();
}
