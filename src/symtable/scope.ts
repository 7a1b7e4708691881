// The data the symbol-table pass produces: one Scope per code block, one SymbolEntry per name used in
// it. Flag values and scope numbers are CPython 3.11's (Include/internal/pycore_symtable.h), so
// the two backends can reason about them exactly as CPython's compiler does.

import type { Node } from '../ast/nodes.js';

// ---- Symbol flags (what the block does with the name) --------------------------------------------

/** `global NAME` in this block (or a walrus target re-routed to the module). */
export const DEF_GLOBAL = 1;
/** Bound in this block: assignment/for/with/except target, def, class, del, match capture. */
export const DEF_LOCAL = 2;
/** A parameter of this function (also the implicit `.0` of a comprehension). */
export const DEF_PARAM = 4;
/** `nonlocal NAME` in this block (or a walrus target re-routed to an enclosing function). */
export const DEF_NONLOCAL = 8;
/** Read in this block (a Name in Load context; `super` also marks `__class__`). */
export const USE = 16;
/** Free in this block (unused by 3.11's pass; kept for completeness). */
export const DEF_FREE = 32;
/** A class-level binding that a nested function also uses as free (compiler: LOAD_CLASSDEREF). */
export const DEF_FREE_CLASS = 64;
/** Bound by an import. */
export const DEF_IMPORT = 128;
/** The target of a simple annotated assignment `x: T` (with or without a value). */
export const DEF_ANNOT = 256;
/** An iteration variable of a comprehension (for the walrus rebinding checks). */
export const DEF_COMP_ITER = 512;
/** Any flag that binds the name in this block. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// ---- Final scopes (how the name is resolved) ------------------------------------------------

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
export type SymbolScope = typeof LOCAL | typeof GLOBAL_EXPLICIT | typeof GLOBAL_IMPLICIT | typeof FREE | typeof CELL;

export const SCOPE_NAMES: Record<SymbolScope, string> = {
  [LOCAL]: 'local',
  [GLOBAL_EXPLICIT]: 'global_explicit',
  [GLOBAL_IMPLICIT]: 'global_implicit',
  [FREE]: 'free',
  [CELL]: 'cell',
};

export type ScopeType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

/** The AST node a scope comes from. */
export type ScopeNode = Node;

export class SymbolEntry {
  /** 0 until the analysis pass has run (never 0 afterwards). */
  scope: SymbolScope | 0 = 0;
  constructor(
    /** The (mangled) name, as stored in the code object. */
    readonly name: string,
    /** Bitwise OR of the DEF_* / USE flags. */
    public flags: number,
  ) {}

  isParameter(): boolean { return (this.flags & DEF_PARAM) !== 0; }
  isAssigned(): boolean { return (this.flags & DEF_LOCAL) !== 0; }
  isReferenced(): boolean { return (this.flags & USE) !== 0; }
  isImported(): boolean { return (this.flags & DEF_IMPORT) !== 0; }
  isNonlocal(): boolean { return (this.flags & DEF_NONLOCAL) !== 0; }
  isAnnotated(): boolean { return (this.flags & DEF_ANNOT) !== 0; }
  isDeclaredGlobal(): boolean { return this.scope === GLOBAL_EXPLICIT; }
  isGlobal(): boolean { return this.scope === GLOBAL_EXPLICIT || this.scope === GLOBAL_IMPLICIT; }
  isLocal(): boolean { return this.scope === LOCAL || this.scope === CELL; }
  isFree(): boolean { return this.scope === FREE; }
  isCell(): boolean { return this.scope === CELL; }
  /** A class-body binding that nested functions also see as free (class code gets it in co_freevars). */
  isFreeClass(): boolean { return (this.flags & DEF_FREE_CLASS) !== 0; }
}

/** The whole result of the pass: the module's scope and the scope of every block-creating node. */
export class SymbolTable {
  constructor(
    readonly filename: string,
    readonly top: Scope,
    /** Every non-module block's node (FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
     *  DictComp, GeneratorExp) and the mod node, to its Scope. */
    readonly byNode: Map<Node, Scope>,
    /** OR of the CO_FUTURE_* bits in effect (from `from __future__ import` plus the flags passed in). */
    readonly futureFlags: number,
    /** Line of the last `from __future__` statement, 0 if none. */
    readonly futureLineno: number,
  ) {}

  /** The scope NODE creates; throws if NODE does not create one. */
  scopeOf(node: Node): Scope {
    const s = this.byNode.get(node);
    if (!s) throw new Error(`symtable: no scope for ${node._type} node`);
    return s;
  }
}

export class Scope {
  /** Set once the pass has finished (same object for every scope of one module). */
  table!: SymbolTable;
  /** Symbols in CPython's insertion order (the order names were first met, then pass-through frees). */
  readonly symbols = new Map<string, SymbolEntry>();
  /** Parameters in CPython's order: posonly, args, kwonly, *vararg, **kwarg (comprehensions: `.0`). */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];

  /** Nested inside a function (directly or not). */
  isNested = false;
  /** This block has free variables (or, being nested, reads an implicit global: CPython's ste_free). */
  hasFree = false;
  /** Some descendant has free variables. */
  childHasFree = false;
  /** `yield`/`yield from` inside, or a generator expression. */
  isGenerator = false;
  /** `async def`, `await`, `async for/with`, or an asynchronous comprehension. */
  isCoroutine = false;
  /**
   * A yield, yield from or await inside a try or with statement: dropping the generator or
   * coroutine while it is suspended there runs code (its close() does), so creating one
   * switches on early finalization (src/objects/finalizers.ts).
   */
  suspendsInCleanup = false;
  /** (The builder's count of the try and with statements it is inside, in this block.) */
  cleanupDepth = 0;
  /** Non-null for the scopes of comprehensions and generator expressions. */
  comprehension: ComprehensionKind | null = null;
  /** Class body whose methods use `__class__`/`super`: the class code must create the `__class__` cell. */
  needsClassClosure = false;
  /** Function has `*args` / `**kwargs`. */
  hasVarargs = false;
  hasVarkeywords = false;
  /** A `return` with a value appears. */
  returnsValue = false;
  /** Line of the statement/expression the block comes from (0 for the module). */
  readonly lineno: number;
  readonly colOffset: number;

  // Bookkeeping used while building (CPython's ste_comp_iter_target / ste_comp_iter_expr).
  /** @internal */ compIterTarget = false;
  /** @internal */ compIterExpr = 0;
  /** @internal global/nonlocal directives: name -> position of the first one (for errors). */
  readonly directives = new Map<string, { lineno: number; col: number; endLineno: number; endCol: number }>();

  constructor(
    readonly type: ScopeType,
    /** 'top' for the module, the def/class name, 'lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'. */
    readonly name: string,
    readonly node: ScopeNode,
    readonly parent: Scope | null,
    lineno: number,
    colOffset: number,
    /** The class name used for private-name mangling inside this block (null outside classes). */
    readonly privateName: string | null,
    /** True for CPython's AnnotationBlock (annotations under `from __future__ import annotations`): discarded. */
    readonly isAnnotationBlock = false,
  ) {
    this.lineno = lineno;
    this.colOffset = colOffset;
    if (parent && (parent.isNested || parent.type === 'function')) this.isNested = true;
  }

  /** The symbol for NAME (pass the source name; it is mangled as this block requires). */
  lookup(name: string): SymbolEntry | undefined {
    return this.symbols.get(mangle(this.privateName, name));
  }

  /** The final scope of NAME in this block, 0 if the block never mentions it. */
  scopeOf(name: string): SymbolScope | 0 {
    return this.lookup(name)?.scope ?? 0;
  }

  /** CPython 3.11's co_cellvars order: parameters that are cells (in parameter order), then the
   *  other cells sorted, then (a class needing it) the implicit `__class__`. */
  cellvars(): string[] {
    const params: string[] = [];
    const others: string[] = [];
    const isParam = new Set(this.varnames);
    for (const s of this.symbols.values()) {
      if (s.scope === CELL && !isParam.has(s.name)) others.push(s.name);
    }
    for (const v of this.varnames) if (this.symbols.get(v)?.scope === CELL) params.push(v);
    others.sort(compareCodePoints);
    const out = params.concat(others);
    if (this.needsClassClosure) out.push('__class__');
    return out;
  }

  /** Free names, sorted: CPython's co_freevars (in a class, class-level names free in methods too). */
  freevars(): string[] {
    const out: string[] = [];
    for (const s of this.symbols.values()) {
      if (s.scope === FREE || (s.flags & DEF_FREE_CLASS) !== 0) out.push(s.name);
    }
    return out.sort(compareCodePoints);
  }
}

/** Private-name mangling (`__x` in class `C` becomes `_C__x`), exactly CPython's _Py_Mangle. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name.length < 2 || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  const n = name.length;
  if ((name.charCodeAt(n - 1) === 95 && name.charCodeAt(n - 2) === 95) || name.includes('.')) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}

/** Python's str ordering (by code point), for sorting names. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (astral characters) sort after every BMP character in code point order.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
