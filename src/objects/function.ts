// Python functions, cells and the code contract shared by the two backends.
//
// One PyFunction type serves both backends: its `code` is backend-specific (the tree-walker's
// wraps an AST body, the VM's is a code object) but exposes CPython's co_* attributes and one
// entry point, `invoke`, so any caller (the other backend, a builtin like sorted(key=...), a
// dunder slot wrapper) calls any function the same way (architecture.md, "Functions").

import { PyObj, type PyObject } from './object.js';
import type { PyDict } from './dict.js';
import { T } from './types.js';
import { None } from './singletons.js';
import { finalizersOn } from './finalizers.js';

/** A cell: the box a closure variable lives in (LOAD_DEREF / STORE_DEREF). `undefined` = empty. */
export class PyCell extends PyObj {
  value: PyObject | undefined;
  constructor(value: PyObject | undefined = undefined) {
    super(T.cell, null);
    this.value = value;
  }
}

/** CPython code-object flags (co_flags). */
export const enum CoFlags {
  OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4, VARKEYWORDS = 0x8, NESTED = 0x10,
  GENERATOR = 0x20, NOFREE = 0x40, COROUTINE = 0x80, ITERABLE_COROUTINE = 0x100,
  ASYNC_GENERATOR = 0x200,
}

/** What both backends' code objects provide. */
export interface Code {
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  /** Locals in slot order: parameters first (positional, keyword-only, *args, **kwargs), then the rest. */
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  co_flags: number;
  /** Global, attribute and imported names the code uses, in first-use order (optional). */
  readonly co_names?: readonly string[];
  /** co_consts as CPython 3.11 lays it out (src/runtime/co-consts.ts), computed on first use. */
  pyConsts?(): PyObject[];
  /**
   * The compiled instructions behind co_code, co_linetable, co_lines() and co_stacksize (the
   * VM's; the tree-walker has none, and these are then empty).
   */
  readonly co_stacksize?: number;
  instructionBytes?(): Uint8Array;
  lineTableBytes?(): Uint8Array;
  lineRanges?(): [number, number, number][];
  /**
   * Runs `fn` with already-evaluated arguments (vectorcall form). `argsMoved`: the caller lets go
   * of the arguments (a tree-walker call: nothing but the new frame holds them), so rebinding a
   * parameter may drop a value's last reference (src/runtime/early-finalize.ts).
   */
  invoke(fn: PyFunction, args: PyObject[], kwnames: string[] | null, argsMoved?: boolean): PyObject;
  /**
   * invoke(fn, [a]) and invoke(fn, [a, b]) without the argument array: the special methods
   * native code calls (slot wrappers: __lt__, __hash__, __len__ ...) and sort keys.
   */
  invoke1(fn: PyFunction, a: PyObject): PyObject;
  invoke2(fn: PyFunction, a: PyObject, b: PyObject): PyObject;
  /** A generator or coroutine that may suspend inside a try or with statement (Scope.suspendsInCleanup). */
  readonly suspendsInCleanup?: boolean;
}

export class PyFunction extends PyObj {
  code: Code;
  globals: PyDict;
  /** The builtins namespace captured at creation (globals['__builtins__'] at that time). */
  builtins: PyDict;
  name: string;
  qualname: string;
  /** Positional defaults (__defaults__), or null. */
  defaults: PyObject[] | null;
  /** Keyword-only defaults (__kwdefaults__), or null. */
  kwdefaults: PyDict | null;
  closure: PyCell[] | null;
  annotations: PyObject;
  doc: PyObject;
  module: PyObject;

  constructor(code: Code, globals: PyDict, builtins: PyDict, qualname: string, defaults: PyObject[] | null, kwdefaults: PyDict | null, closure: PyCell[] | null) {
    super(T.function, null);
    this.code = code;
    // (Its generators, dropped while suspended there, run their cleanup at once: from here on,
    // the backends look at what calls and rebindings drop, src/runtime/early-finalize.ts.)
    if (code.suspendsInCleanup === true) finalizersOn();
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.co_name;
    this.qualname = qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closure = closure;
    this.annotations = None;
    this.doc = None;
    this.module = globals.getStr('__name__') ?? None;
  }
}

/** A function bound to an instance (types.MethodType). */
export class PyMethod extends PyObj {
  constructor(readonly func: PyObject, readonly self: PyObject) {
    super(T.method, null);
  }
}
