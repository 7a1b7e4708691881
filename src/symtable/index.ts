// The symbol table: the shared analysis both backends consume. CPython 3.11's symtable.c
// (plus future.c, which runs just before it), reproduced: same scopes, same order, same flags,
// same final classification of every name, same SyntaxErrors with the same positions.
//
// CONTRACT
//
//   buildSymtable(tree: mod, filename, options?) -> Scope     (the module's scope, name 'top')
//     throws PySyntaxError for the errors CPython raises while building the symbol table
//     (`symtable.symtable(src, filename, 'exec')` raises the same ones): future-import errors,
//     global/nonlocal misuse, duplicate arguments, `import *` outside a module, walrus misuse in
//     comprehensions, yield in comprehensions, walrus/yield/await in future-mode annotations.
//     It does NOT raise the compiler's errors ('return'/'yield' outside function, 'await' outside
//     async function, a `from __future__` import after other statements on a later line, ...):
//     those belong to the backends.
//     Error positions are CPython's: `offset` = UTF-8 byte column + 1 (what CPython's SyntaxError
//     .offset holds for these errors), end_offset likewise, `text` = the source line when
//     options.source is given (else null).
//     options.futureFlags: CO_FUTURE_* bits inherited from the caller (compile()/exec()).
//     An AST nested deeper than 3 x options.recursionLimit (default 1000) statements/expressions
//     throws CompileRecursionError: CPython's RecursionError "maximum recursion depth exceeded
//     during compilation" (CPython also counts the caller's Python depth; we start at 0).
//
//   formatSymtable(scope) -> string: exactly `cpython_ref.py symtable FILE`'s output.
//
//   Scope (scope.ts), one per module / class / def / async def / lambda / comprehension / genexpr:
//     type        'module' | 'class' | 'function' (lambdas and comprehensions are functions)
//     name        'top', the def/class name, 'lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'
//     lineno, colOffset, node (the AST node), parent, children (CPython's order)
//     symbols     Map<mangled name, SymbolEntry> in CPython's insertion order
//     varnames    parameters in co_varnames order: posonly, args, kwonly, *args, **kwargs
//                 (a comprehension's only parameter is '.0', its outermost iterator)
//     cellvars()  co_cellvars in CPython 3.11 order: parameter cells in parameter order, then the
//                 other cells sorted, then `__class__` for a class that needs the cell
//     freevars()  co_freevars (sorted; includes a class's DEF_FREE_CLASS names)
//     lookup(name) / scopeOf(name)  by source name (mangled here with privateName)
//     privateName the class name used for __private mangling in this block: for a class, its own
//                 name; inside it, the innermost enclosing class's (mangle() in scope.ts)
//     isGenerator, isCoroutine (CPython's ste_coroutine: async def, or an await / async
//                 comprehension inside, which in a non-async def is a compiler error),
//     comprehension ('list'|'set'|'dict'|'generator'|null), needsClassClosure (class body must
//                 create the __class__ cell and store it as __classcell__), hasFree, childHasFree,
//                 isNested, hasVarargs, hasVarkeywords, returnsValue
//     table       the SymbolTable: table.scopeOf(node) finds the scope of any block node,
//                 table.futureFlags the CO_FUTURE_* bits (annotations => CO_FUTURE_ANNOTATIONS)
//   SymbolEntry: name, flags (DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE_CLASS,
//     DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER: CPython's values), scope (LOCAL, GLOBAL_EXPLICIT,
//     GLOBAL_IMPLICIT, FREE, CELL: CPython's values), and the is*() predicates of Python's
//     `symtable.Symbol`.
//
// HOW BACKENDS USE IT (CPython 3.11's compiler_nameop; names are mangled with privateName first):
//   function block: LOCAL -> *_FAST; CELL/FREE -> LOAD_DEREF/STORE_DEREF/DELETE_DEREF;
//                   GLOBAL_EXPLICIT/GLOBAL_IMPLICIT -> *_GLOBAL; not in the table (0) -> *_NAME
//   class block:    FREE -> LOAD_CLASSDEREF/STORE_DEREF/DELETE_DEREF; GLOBAL_EXPLICIT -> *_GLOBAL;
//                   everything else (LOCAL, also with DEF_FREE_CLASS; GLOBAL_IMPLICIT; 0) -> *_NAME
//   module block:   GLOBAL_EXPLICIT -> *_GLOBAL; everything else -> *_NAME
//   A class with needsClassClosure makes the `__class__` cell (its only cellvar) and stores it
//   as `__classcell__`; methods reach it as the free variable `__class__`.
//
// Files: scope.ts (data), future.ts (__future__ features), builder.ts (first pass, the AST walk),
// analyze.ts (second pass, scope resolution), dump.ts (the printer).

import type { mod } from '../ast/nodes.js';
import { SymtableBuilder } from './builder.js';
import { Analyzer } from './analyze.js';
import { futureFeatures } from './future.js';
import { programTextGetter } from './program-text.js';
import { Scope, SymbolTable } from './scope.js';

export * from './scope.js';
export { formatSymtable } from './dump.js';
export { CompileRecursionError } from './builder.js';
export { mangle } from './scope.js';
export { programTextGetter } from './program-text.js';
export {
  CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, CO_FUTURE_DIVISION, CO_FUTURE_ABSOLUTE_IMPORT,
  CO_FUTURE_WITH_STATEMENT, CO_FUTURE_PRINT_FUNCTION, CO_FUTURE_UNICODE_LITERALS, CO_FUTURE_GENERATOR_STOP, PYCF_MASK,
} from './future.js';

export interface SymtableOptions {
  /** CO_FUTURE_* bits already in effect (compile() inheriting the caller's futures, or its flags). */
  futureFlags?: number;
  /** sys.getrecursionlimit() (default 1000): the AST may nest 3 times as deep. */
  recursionLimit?: number;
}

/** Builds and analyses the symbol table of a module; returns the module's Scope. */
export function buildSymtable(tree: mod, filename: string, options: SymtableOptions = {}): Scope {
  // SyntaxError.text comes from the file named filename, as in CPython (program-text.ts).
  const sourceLine = programTextGetter(filename);
  const ff = futureFeatures(tree, filename, sourceLine);
  const flags = ff.flags | (options.futureFlags ?? 0);
  const builder = new SymtableBuilder(filename, flags, sourceLine, options.recursionLimit);
  const top = builder.build(tree);
  new Analyzer(filename, sourceLine).analyze(top);
  const table = new SymbolTable(filename, top, builder.byNode, flags, ff.lineno);
  for (const s of builder.byNode.values()) s.table = table;
  return top;
}
