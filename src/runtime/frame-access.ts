// What builtins like globals(), locals(), vars(), exec(), eval() and zero-argument super()
// need to know about the calling Python frame. Each backend's frames implement it; the
// runtime keeps a pointer to the innermost one (Interpreter.frame).

import type { PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import type { Backend } from './backend.js';

export interface FrameAccess {
  readonly backend: Backend;
  /** The calling frame (towards the module), or null. */
  readonly back: FrameAccess | null;
  globalsDict(): PyDict;
  builtinsDict(): PyDict;
  /** locals(): the namespace itself in module/class bodies; a fresh snapshot dict in functions. */
  localsMapping(): PyObject;
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
