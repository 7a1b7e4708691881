// The process-wide runtime state both backends share: the module store (sys.modules), the
// builtins module, sys, the recursion limit and depth, the innermost frame, and the backend
// used for code that has no other (the main program, exec/eval of strings, imports).

import type { PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/tuple.js';
import type { PyModule } from './module.js';
import type { Backend } from './backend.js';
import type { FrameAccess } from './frame-access.js';
import { E, newError } from '../objects/exception.js';
import { setDepthCounter } from '../objects/recursion.js';

export class Interpreter {
  /** sys.modules */
  readonly modules = new PyDict();
  builtinsModule!: PyModule;
  builtins!: PyDict;
  sysModule!: PyModule;
  /** sys.path (a live list: programs may change it). */
  path = new PyList([]);
  recursionLimit = 1000;
  depth = 0;
  /** The innermost running frame of either backend. */
  frame: FrameAccess | null = null;
  /** Backend for the main program and for importing modules. */
  backend: Backend;
  /** Optional per-module backend choice (the cross-backend test runs one module per backend). */
  backendForModule: ((name: string) => Backend | undefined) | null = null;
  readonly backends = new Map<string, Backend>();
  argv: string[] = [];

  constructor(backend: Backend) {
    this.backend = backend;
    this.backends.set(backend.name, backend);
  }

  /** Called on entry to every Python-level call by both backends. */
  enter(): void {
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      throw newError(E.RecursionError, 'maximum recursion depth exceeded');
    }
  }

  leave(): void {
    this.depth--;
  }
}

let current: Interpreter | null = null;

export function setInterpreter(i: Interpreter): void {
  current = i;
  setDepthCounter(i);
}

/** The running interpreter (one per process). */
export function interp(): Interpreter {
  if (current === null) throw new Error('no interpreter');
  return current;
}

/** The running interpreter, or null when the object model is used on its own (unit tests). */
export function currentInterpreter(): Interpreter | null {
  return current;
}

export type { PyObject };
