// A running block of the tree-walker: local slots (*_FAST), cells (cellvars then freevars,
// *_DEREF), the globals and builtins dicts, and — for module and class bodies and exec'd
// code — the locals mapping that *_NAME accesses use.

import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import type { PyCell, PyFunction } from '../../src/objects/function.js';
import { type FrameAccess, localsDictFor } from '../../src/runtime/frame-access.js';
import type { Backend } from '../../src/runtime/backend.js';
import { typeOf, getItem } from '../../src/objects/protocol.js';
import { E, newError } from '../../src/objects/exception.js';
import { PyType } from '../../src/objects/type.js';
import type { TWCode } from './code.js';
import { cellToLocals } from '../../src/runtime/class-cells.js';

export class Frame implements FrameAccess {
  /** The value a `return` statement left. */
  ret: PyObject | undefined = undefined;
  /** Line of the statement being executed (tracebacks, f_lineno). */
  line: number;
  back: FrameAccess | null = null;
  localsSnapshot: PyDict | null = null;
  /**
   * Something may refer to this frame after it returns (a frame object, a traceback entry): it
   * is not reused for another call (functions.ts, framePool).
   */
  escaped = false;
  /**
   * The caller let go of the arguments (PyFunction's invoke `argsMoved`): the parameters' values
   * may die when one is rebound or the frame returns (early-finalize.ts).
   */
  argsMoved = false;

  constructor(
    readonly code: TWCode,
    readonly fast: (PyObject | undefined)[],
    public cells: PyCell[],
    public globals: PyDict,
    public builtins: PyDict,
    /** The *_NAME namespace (module dict, class namespace, exec locals), or null in functions. */
    readonly locals: PyObject | null,
    public fn: PyFunction | null,
  ) {
    this.line = code.co_firstlineno | 0;
  }

  get backend(): Backend {
    return this.code.backend;
  }

  get filename(): string {
    return this.code.co_filename;
  }

  get name(): string {
    return this.code.co_name;
  }

  lineno(): number {
    return this.line;
  }

  globalsDict(): PyDict {
    return this.globals;
  }

  builtinsDict(): PyDict {
    return this.builtins;
  }

  slotValues(): readonly unknown[] {
    return [...this.fast, ...this.cells];
  }

  clearSlots(): void {
    this.fast.fill(undefined);
    this.cells.fill(undefined as unknown as PyCell);
  }

  localsMapping(): PyObject {
    if (this.locals !== null) {
      // A class body's __class__ cell goes to its namespace (deleted while empty): class-cells.ts.
      const cellvars = this.code.co_cellvars;
      for (let i = 0; i < cellvars.length; i++) cellToLocals(this.locals, cellvars[i], this.cells[i]?.value);
      return this.locals;
    }
    // A function's locals(): CPython 3.11 keeps one dict per frame and refreshes it from the
    // fast slots and cells on every call; keys added by the program stay.
    // In CPython's localsplus order: co_varnames (a parameter that is a cell keeps its place),
    // then the other cellvars, then the freevars.
    const d = (this.localsSnapshot ??= localsDictFor(this.fn));
    const code = this.code;
    const names = code.co_varnames;
    for (let i = 0; i < names.length; i++) {
      const ci = code.cellOf.get(names[i]);
      const v = ci !== undefined ? this.cells[ci]?.value : this.fast[code.slotOf.get(names[i])!];
      if (v !== undefined) d.setStr(names[i], v);
      else d.delete(names[i]);
    }
    const cellNames = code.co_cellvars.concat(code.co_freevars);
    for (let i = 0; i < cellNames.length; i++) {
      if (i < code.co_cellvars.length && code.slotOf.has(cellNames[i])) continue;
      const v = this.cells[i]?.value;
      if (v !== undefined) d.setStr(cellNames[i], v);
      else d.delete(cellNames[i]);
    }
    return d;
  }

  superArgs(): [PyObject, PyObject] | null {
    // CPython 3.11's super_init_without_args, check for check.
    const code = this.code;
    if (code.co_argcount === 0) throw newError(E.RuntimeError, 'super(): no arguments');
    // The first argument: its cell if it became one, else its slot.
    const first = code.co_varnames[0];
    const ci = code.cellOf.get(first);
    const self = ci !== undefined ? this.cells[ci].value : this.fast[0];
    if (self === undefined) throw newError(E.RuntimeError, 'super(): arg[0] deleted');
    const i = code.cellOf.get('__class__');
    if (i === undefined || i < code.co_cellvars.length) throw newError(E.RuntimeError, 'super(): __class__ cell not found');
    const cls = this.cells[i].value;
    if (cls === undefined) throw newError(E.RuntimeError, 'super(): empty __class__ cell');
    if (!(cls instanceof PyType)) throw newError(E.RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
    return [cls, self];
  }
}

/**
 * Marks `frame` and the frames it was called from as escaped (something may reach them after
 * they return: a traceback entry, a frame object and its f_back chain). An escaped frame's
 * callers are escaped too, so the walk stops at the first escaped one.
 */
export function pinFrame(frame: Frame): void {
  for (let x: FrameAccess | null = frame; x !== null && x.escaped === false; x = x.back) x.escaped = true;
}

/** Reads `name` from a locals mapping that is not a plain dict (exec with a mapping, __prepare__). */
export function mappingGet(mapping: PyObject, name: string): PyObject | undefined {
  if (mapping instanceof PyDict && typeOf(mapping).isExactBuiltin) return mapping.getStr(name);
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e instanceof Object && typeOf(e as PyObject).isSubtype(E.KeyError)) return undefined;
    throw e;
  }
}
