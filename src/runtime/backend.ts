// The contract each executor implements (backends/treewalk, backends/vm). The runtime calls it
// to run modules and to implement exec/eval/compile; everything else (objects, calls, imports)
// is shared, so a function made by one backend is called by the other through PyFunction.

import type { mod } from '../ast/nodes.js';
import type { PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import type { PyObj } from '../objects/object.js';

export type CompileMode = 'exec' | 'eval' | 'single';

/** A Python-visible code object produced by a backend (the result of compile()). */
export interface CodeObject extends PyObj {
  readonly backend: Backend;
  readonly mode: CompileMode;
  readonly filename: string;
}

export interface Backend {
  readonly name: 'tree' | 'vm';
  /**
   * Compiles a module/expression AST (the symbol table is built inside). Raises SyntaxError.
   * `futureFlags`: CO_FUTURE_* bits in effect besides the tree's own future imports (compile()'s
   * flags and what compile()/exec()/eval() inherit from the calling code).
   */
  compile(tree: mod, filename: string, mode: CompileMode, source: string, futureFlags?: number): CodeObject;
  /**
   * Runs top-level code: `globals` is the module namespace, `locals` the mapping *_NAME
   * accesses use (the same dict for a module). Returns the value for 'eval' mode, else None.
   */
  run(code: CodeObject, globals: PyDict, locals: PyObject): PyObject;
  /**
   * The module code of a shipped library file compiled at build time, or null (no such cache,
   * or stale): the VM's code cache (backends/vm/code-cache.ts).
   */
  cachedModule?(filename: string): CodeObject | null;
  /** Module code as text for the cache of compiled user files (src/runtime/compile-cache.ts); a
   * backend without it has the syntax tree cached instead. */
  encodeModule?(code: CodeObject): string;
  /** The module code encodeModule wrote, for file `filename` whose text is `source`. */
  decodeModule?(text: string, filename: string, source: string): CodeObject;
}
