// Code objects of the tree-walker: one per block (module, class body, function, lambda,
// comprehension), built from the shared symbol table. A block's AST stays the executable form;
// the code object adds what execution needs: the slot layout of locals, the cell layout
// (cellvars then freevars), and one `Binding` per name saying how it is accessed — exactly the
// opcode family CPython's compiler picks (symtable/index.ts, "HOW BACKENDS USE IT").

import { coConsts } from '../../src/runtime/co-consts.js';
import type { Frame } from './frame.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import { CoFlags, type Code, type PyFunction } from '../../src/objects/function.js';
import type { Scope } from '../../src/symtable/index.js';
import { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, mangle } from '../../src/symtable/index.js';
import type { Backend, CodeObject, CompileMode } from '../../src/runtime/backend.js';
import type { stmt, expr, arguments as Arguments } from '../../src/ast/nodes.js';

/** How a name is reached: CPython's *_FAST, *_DEREF, LOAD_CLASSDEREF, *_GLOBAL, *_NAME. */
export const enum Acc { FAST = 0, DEREF = 1, CLASSDEREF = 2, GLOBAL = 3, NAME = 4 }

/** The resolved access of one name in one block (shared by all its uses in the block). */
export class Binding {
  constructor(
    readonly acc: Acc,
    /** Slot index (FAST) or cell index (DEREF/CLASSDEREF); -1 otherwise. */
    readonly slot: number,
    /** The (mangled) name, for *_GLOBAL/*_NAME and for error messages. */
    readonly name: string,
    /** For DEREF: true when the cell is one of this block's own cellvars (else a free variable). */
    readonly ownCell: boolean,
  ) {}

  // The global-read cache of *_GLOBAL (and module-level *_NAME) accesses, like the VM's
  // LOAD_GLOBAL_MODULE/BUILTIN: `v1` is the keys-version of the dict searched first (globals,
  // or the module namespace), `v2` is 0 when the name was found there at entry `ci`, else the
  // builtins' keys-version with the entry in the builtins. Keys-versions are unique across all
  // dicts and change whenever a key is added or removed, so a match means the entry is still
  // at `ci` (a rebinding updates the value in place).
  v1 = -1;
  v2 = -1;
  ci = -1;
}

export type BlockKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export class TWCode extends PyObj implements Code, CodeObject {
  readonly mode: CompileMode;
  readonly co_name: string;
  co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
  co_argcount = 0;
  co_posonlyargcount = 0;
  co_kwonlyargcount = 0;
  readonly co_varnames: string[];
  readonly co_cellvars: string[];
  readonly co_freevars: string[];
  co_flags = 0;
  readonly nlocals: number;
  /** For each cellvar that is also a parameter: [cell index, slot index]. */
  readonly paramCells: [number, number][] = [];
  /** For a nested block: the indices in the PARENT frame's cells of this block's freevars. */
  closureIndices: number[] = [];
  /** Function/lambda body (a lambda's is one Return), class/module body. */
  body: stmt[] = [];
  /** Comprehension element(s) and generators, when kind === 'comprehension'. */
  readonly bindings = new Map<string, Binding>();
  isGenerator: boolean;
  isCoroutine: boolean;
  readonly slotOf = new Map<string, number>();
  readonly cellOf = new Map<string, number>();
  /** A plain function (no *args, **kwargs, keyword-only parameters, not a generator): see enterDirect. */
  direct = false;
  /** makeFunction has set `invoke` and `direct` (functions.ts setInvoke). */
  ready = false;
  /** No cellvars and no freevars: frames need no cells. */
  readonly noCells: boolean;
  /** No cellvars (free variables only, or none): its frames can be reused (functions.ts, directFrame). */
  readonly noCellvars: boolean;
  /** Returned frames of this code kept for reuse by direct calls (functions.ts, directFrame). */
  readonly framePool: Frame[] = [];
  invoke: (fn: PyFunction, args: PyObject[], kwnames: string[] | null) => PyObject = () => {
    throw new Error('code not callable');
  };

  invoke1(fn: PyFunction, a: PyObject): PyObject {
    return this.invoke(fn, [a], null);
  }

  invoke2(fn: PyFunction, a: PyObject, b: PyObject): PyObject {
    return this.invoke(fn, [a, b], null);
  }

  /** A generator or coroutine that may suspend inside a try or with statement (Scope.suspendsInCleanup). */
  readonly suspendsInCleanup: boolean;

  constructor(
    readonly backend: Backend,
    readonly scope: Scope,
    readonly kind: BlockKind,
    name: string,
    qualname: string,
    filename: string,
    firstlineno: number,
    mode: CompileMode,
    readonly args: Arguments | null,
  ) {
    super(T.code, null);
    this.mode = mode;
    this.suspendsInCleanup = scope.suspendsInCleanup;
    this.co_name = name;
    this.co_qualname = qualname;
    this.co_filename = filename;
    this.co_firstlineno = firstlineno;
    const isFunction = kind === 'function' || kind === 'lambda' || kind === 'comprehension';
    const varnames: string[] = [];
    if (isFunction) {
      for (const v of scope.varnames) varnames.push(v);
      for (const s of scope.symbols.values()) {
        if (s.scope === LOCAL && !varnames.includes(s.name)) varnames.push(s.name);
      }
    }
    // co_varnames lists the parameters, then the other locals in the order the compiler meets
    // them (binding() appends them: an annotation-only local is never met); slots keep `varnames`.
    this.co_varnames = isFunction ? scope.varnames.slice() : [];
    varnames.forEach((v, i) => this.slotOf.set(v, i));
    this.nlocals = varnames.length;
    this.co_cellvars = scope.cellvars();
    this.co_freevars = scope.freevars();
    this.noCells = this.co_cellvars.length === 0 && this.co_freevars.length === 0;
    this.noCellvars = this.co_cellvars.length === 0;
    this.co_cellvars.forEach((c, i) => this.cellOf.set(c, i));
    this.co_freevars.forEach((c, i) => this.cellOf.set(c, this.co_cellvars.length + i));
    for (let i = 0; i < this.co_cellvars.length; i++) {
      const p = this.slotOf.get(this.co_cellvars[i]);
      if (p !== undefined && p < scope.varnames.length) this.paramCells.push([i, p]);
    }
    this.isGenerator = scope.isGenerator;
    this.isCoroutine = scope.isCoroutine;
    if (isFunction) {
      this.co_flags |= CoFlags.OPTIMIZED | CoFlags.NEWLOCALS;
      if (scope.hasVarargs) this.co_flags |= CoFlags.VARARGS;
      if (scope.hasVarkeywords) this.co_flags |= CoFlags.VARKEYWORDS;
      if (scope.isNested) this.co_flags |= CoFlags.NESTED;
      if (this.isGenerator && this.isCoroutine) this.co_flags |= CoFlags.ASYNC_GENERATOR;
      else if (this.isGenerator) this.co_flags |= CoFlags.GENERATOR;
      else if (this.isCoroutine) this.co_flags |= CoFlags.COROUTINE;
    }
    if (args !== null) {
      this.co_posonlyargcount = args.posonlyargs.length;
      this.co_argcount = args.posonlyargs.length + args.args.length;
      this.co_kwonlyargcount = args.kwonlyargs.length;
    } else if (kind === 'comprehension') {
      this.co_argcount = 1;
    }
  }

  get filename(): string {
    return this.co_filename;
  }

  /** The access for NAME in this block (CPython's compiler_nameop). */
  binding(name: string): Binding {
    const mangled = mangle(this.scope.privateName, name);
    let b = this.bindings.get(mangled);
    if (b !== undefined) return b;
    const sc = this.scope.symbols.get(mangled)?.scope ?? 0;
    const kind = this.kind;
    if (kind === 'function' || kind === 'lambda' || kind === 'comprehension') {
      if (sc === LOCAL) {
        b = new Binding(Acc.FAST, this.slotOf.get(mangled)!, mangled, false);
        if (!this.co_varnames.includes(mangled)) this.co_varnames.push(mangled);
      } else if (sc === CELL || sc === FREE) b = this.derefBinding(mangled, Acc.DEREF);
      else if (sc === GLOBAL_EXPLICIT || sc === GLOBAL_IMPLICIT) b = new Binding(Acc.GLOBAL, -1, mangled, false);
      else b = new Binding(Acc.NAME, -1, mangled, false);
    } else if (kind === 'class') {
      if (sc === FREE) b = this.derefBinding(mangled, Acc.CLASSDEREF);
      else if (sc === GLOBAL_EXPLICIT) b = new Binding(Acc.GLOBAL, -1, mangled, false);
      else b = new Binding(Acc.NAME, -1, mangled, false);
    } else {
      b = new Binding(sc === GLOBAL_EXPLICIT ? Acc.GLOBAL : Acc.NAME, -1, mangled, false);
    }
    this.bindings.set(mangled, b);
    return b;
  }

  private derefBinding(name: string, acc: Acc): Binding {
    const i = this.cellOf.get(name);
    if (i === undefined) throw new Error(`tree-walker: no cell for ${name} in ${this.co_qualname}`);
    return new Binding(acc, i, name, i < this.co_cellvars.length);
  }

  /** A module ('exec') body's docstring and the binding it is stored under (__doc__), or null. */
  moduleDoc: [Binding, string] | null = null;

  /** Body of a lambda: its single expression. */
  lambdaBody: expr | null = null;

  /** The node this code was compiled from (def, lambda, class, comprehension; a Module/Expression for module code). */
  astNode: unknown = null;
  private constsCache: PyObject[] | null = null;

  pyConsts(): PyObject[] {
    if (this.constsCache === null) {
      const nested = (n: { code?: PyObject }) => n.code;
      this.constsCache = coConsts(this.astNode, nested, this.co_qualname, this.co_cellvars.includes('__class__'));
    }
    return this.constsCache;
  }

  /** co_names: global/name-accessed, attribute and imported names, in the order the resolver meets them. */
  readonly co_names: string[] = [];

  noteName(name: string): void {
    if (!this.co_names.includes(name)) this.co_names.push(name);
  }

  /** Records a *_GLOBAL/*_NAME binding's name in co_names; returns the binding. */
  useName(b: Binding): Binding {
    if (b.acc === Acc.GLOBAL || b.acc === Acc.NAME) this.noteName(b.name);
    return b;
  }
}

/** The docstring of a def/class/module body: its first statement when that is a str constant. */
export function docstringOf(body: readonly stmt[]): string | null {
  const first = body[0];
  if (first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value;
  }
  return null;
}
