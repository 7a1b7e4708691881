// The second pass of the symbol table: gives every symbol of every block its final scope
// (local, global explicit/implicit, free, cell), exactly as CPython 3.11's analyze_block does.
//
// Each block receives from its parent:
//   bound  - names bound in enclosing *function* blocks (null for the module): candidates for free;
//   global - names declared global in enclosing blocks (and not rebound locally since);
//   free   - a set the block fills with its unresolved free names, for the parent.
// A class block passes its own parent's bound/global to its children unchanged (class bindings
// are invisible to nested functions) plus `__class__`. After the children, a function's locals
// that some child uses as free become cells; free names that merely pass through a block are
// added to it with no flags, so the closure can be threaded down.

import { PySyntaxError } from '../../grammar/errors.js';
import {
  CELL, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  Scope, SymbolEntry, type SymbolScope,
} from './scope.js';

export class Analyzer {
  constructor(
    readonly filename: string,
    private readonly sourceLine: (lineno: number) => string | null,
  ) {}

  analyze(top: Scope): void {
    this.analyzeBlock(top, null, new Set(), new Set());
  }

  private errorAtDirective(ste: Scope, name: string, msg: string): PySyntaxError {
    const d = ste.directives.get(name);
    if (!d) return new PySyntaxError('SyntaxError', msg, this.filename, 0, 0, null).fromSymtable();
    return new PySyntaxError('SyntaxError', msg, this.filename, d.lineno, d.col + 1, this.sourceLine(d.lineno),
      d.endLineno, d.endCol + 1).fromSymtable();
  }

  private analyzeName(ste: Scope, scopes: Map<string, SymbolScope>, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    // Bound in an enclosing function: free here.
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.isNested) ste.hasFree = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, SymbolScope>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    const isClass = ste.type === 'class';

    if (isClass) {
      // Class bindings are not visible in nested functions: pass down what came in.
      for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }

    for (const [name, sym] of ste.symbols) {
      this.analyzeName(ste, scopes, name, sym.flags, bound, local, free, global);
    }

    if (!isClass) {
      if (ste.type === 'function') for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      for (const n of global) newGlobal.add(n);
    } else {
      newBound.add('__class__');
    }

    const allFree = new Set<string>();
    for (const child of ste.children) {
      const tempFree = new Set(newFree);
      this.analyzeBlock(child, new Set(newBound), tempFree, new Set(newGlobal));
      for (const n of tempFree) allFree.add(n);
      if (child.hasFree || child.childHasFree) ste.childHasFree = true;
    }
    for (const n of allFree) newFree.add(n);

    if (ste.type === 'function') {
      // Locals that children use as free become cells, and stop being free.
      for (const [name, sc] of scopes) {
        if (sc === LOCAL && newFree.has(name)) {
          scopes.set(name, CELL);
          newFree.delete(name);
        }
      }
    } else if (isClass) {
      if (newFree.delete('__class__')) ste.needsClassClosure = true;
    }

    this.updateSymbols(ste, scopes, bound, newFree, isClass);
    for (const n of newFree) free.add(n);
  }

  private updateSymbols(ste: Scope, scopes: Map<string, SymbolScope>, bound: Set<string> | null,
    free: Set<string>, isClass: boolean): void {
    for (const [name, sym] of ste.symbols) sym.scope = scopes.get(name)!;
    // Free names of children that this block neither binds nor declares: thread them through.
    for (const name of free) {
      const sym = ste.symbols.get(name);
      if (sym) {
        // A method's free variable with the same name as a class-level binding.
        if (isClass && (sym.flags & (DEF_BOUND | DEF_GLOBAL))) sym.flags |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound.has(name)) continue; // a global
      const s = new SymbolEntry(name, 0);
      s.scope = FREE;
      ste.symbols.set(name, s);
    }
  }
}
