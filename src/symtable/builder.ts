// The first pass of the symbol table: one walk over the AST that creates a Scope per code block
// (in CPython's order: children are appended when their block is entered) and records, per
// block, every name with what the block does with it (DEF_* / USE flags). The order in which
// sub-expressions are visited is CPython 3.11's symtable.c order, since it decides the order of
// children (visible in the dump) and which error is reported first.

import type {
  alias, arg, arguments as Arguments, comprehension, excepthandler, expr, keyword, match_case, mod, Node, pattern, stmt, withitem,
} from '../ast/nodes.js';
import { PySyntaxError } from '../../grammar/errors.js';
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_IMPORT, USE,
  Scope, SymbolEntry, mangle, type ComprehensionKind, type ScopeType,
} from './scope.js';
import { CO_FUTURE_ANNOTATIONS } from './future.js';

export interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

const NO_LOC: Loc = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** CPython raises RecursionError("maximum recursion depth exceeded during compilation") when the
 *  AST nests deeper than 3 x the recursion limit; the runtime turns this into that exception. */
export class CompileRecursionError extends Error {
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

export class SymtableBuilder {
  top!: Scope;
  cur!: Scope;
  /** The module's symbols (CPython's st_global): `global x` anywhere also marks `x` there. */
  private global!: Map<string, SymbolEntry>;
  /** Enclosing class name for mangling (CPython's st_private). */
  private private_: string | null = null;
  private readonly stack: Scope[] = [];
  readonly byNode = new Map<Node, Scope>();
  /** Nesting depth of statements/expressions/patterns being visited, against CPython's limit. */
  private depth = 0;
  private readonly maxDepth: number;

  constructor(
    readonly filename: string,
    readonly futureFlags: number,
    private readonly sourceLine: (lineno: number) => string | null,
    recursionLimit = 1000,
  ) {
    this.maxDepth = recursionLimit * 3;
  }

  build(tree: mod): Scope {
    this.enterBlock('top', 'module', tree, NO_LOC);
    switch (tree._type) {
      case 'Module':
      case 'Interactive':
        for (const s of tree.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(tree.body);
        break;
      case 'FunctionType':
        throw new Error('symtable: FunctionType is not a compilable module');
    }
    this.exitBlock();
    return this.top;
  }

  // ---- errors --------------------------------------------------------------------------------

  /** CPython's compiler (validate_keywords) refuses f(a=1, a=2) and class C(x=1, x=2). */
  checkRepeatedKeywords(keywords: keyword[]): void {
    for (let i = 1; i < keywords.length; i++) {
      const k = keywords[i];
      if (k.arg !== null && keywords.some((o, j) => j < i && o.arg === k.arg)) {
        // compile.c's error, not symtable.c's: the location is in args too.
        throw this.located(`keyword argument repeated: ${k.arg}`, k);
      }
    }
  }

  error(msg: string, loc: Loc): PySyntaxError {
    return this.located(msg, loc).fromSymtable();
  }

  private located(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1,
      this.sourceLine(loc.lineno), loc.end_lineno, loc.end_col_offset + 1);
  }

  // ---- blocks --------------------------------------------------------------------------------

  private enterBlock(name: string, type: ScopeType, node: Node, loc: Loc, annotation = false): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new Scope(type, name, node, prev, loc.lineno, loc.col_offset, this.private_, annotation);
    this.stack.push(ste);
    // bpo-37757: every assignment expression inside a comprehension's outermost iterable is an
    // error, even one nested in a lambda or another comprehension there.
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    if (annotation) return;
    this.byNode.set(node, ste);
    if (type === 'module') {
      this.top = ste;
      this.global = ste.symbols;
    }
    if (prev) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  // ---- recording names -----------------------------------------------------------------------

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefIn(name, flag, this.cur, loc);
  }

  private addDefIn(name: string, flag: number, ste: Scope, loc: Loc): void {
    const mangled = mangle(this.private_, name);
    const sym = ste.symbols.get(mangled);
    let val: number;
    if (sym) {
      if ((flag & DEF_PARAM) && (sym.flags & DEF_PARAM)) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val = sym.flags | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: it may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    if (sym) sym.flags = val;
    else ste.symbols.set(mangled, new SymbolEntry(mangled, val));
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.global.get(mangled);
      if (g) g.flags |= flag;
      else this.global.set(mangled, new SymbolEntry(mangled, flag));
    }
  }

  private lookupFlags(name: string): number {
    return this.cur.symbols.get(mangle(this.private_, name))?.flags ?? 0;
  }

  private recordDirective(name: string, loc: Loc): void {
    const mangled = mangle(this.private_, name);
    if (!this.cur.directives.has(mangled)) {
      this.cur.directives.set(mangled, { lineno: loc.lineno, col: loc.col_offset, endLineno: loc.end_lineno, endCol: loc.end_col_offset });
    }
  }

  // ---- statements ----------------------------------------------------------------------------

  private visitStmts(body: stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(es: (expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  visitStmt(s: stmt): void {
    if (++this.depth > this.maxDepth) throw new CompileRecursionError();
    this.visitStmtInner(s);
    this.depth--;
  }

  private visitStmtInner(s: stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s);
        if (s._type === 'AsyncFunctionDef') this.cur.isCoroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.checkRepeatedKeywords(s.keywords);
        this.visitExprs(s.decorator_list);
        // Names in the class body (and the blocks inside it) are mangled with the class name.
        const saved = this.private_;
        this.private_ = s.name;
        this.enterBlock(s.name, 'class', s, s);
        this.visitStmts(s.body);
        this.exitBlock();
        this.private_ = saved;
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const name = s.target.id;
          const cur = this.lookupFlags(name);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.symbols !== this.global && s.simple) {
            const what = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            throw this.error(`annotated name '${name}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) this.visitMatchCase(c);
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.cur.cleanupDepth++;
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        this.cur.cleanupDepth--;
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const what = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) this.visitWithItem(item);
        this.cur.cleanupDepth++;
        this.visitStmts(s.body);
        this.cur.cleanupDepth--;
        break;
    }
  }

  // ---- expressions ---------------------------------------------------------------------------

  visitExpr(e: expr): void {
    if (++this.depth > this.maxDepth) throw new CompileRecursionError();
    this.visitExprInner(e);
    this.depth--;
  }

  private visitExprInner(e: expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', 'generator', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', 'list', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', 'set', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', 'dict', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.cleanupDepth > 0) this.cur.suspendsInCleanup = true;
        if (this.cur.comprehension) {
          const kind = this.cur.comprehension;
          throw this.error(kind === 'generator' ? "'yield' inside generator expression" : `'yield' inside ${kind} comprehension`, e);
        }
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.isCoroutine = true;
        if (this.cur.cleanupDepth > 0) this.cur.suspendsInCleanup = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitKeyword(k);
        this.checkRepeatedKeywords(e.keywords);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // `super` counts as a use of `__class__` (the zero-argument form needs the cell).
        if (e.ctx === 'Load' && this.cur.type === 'function' && !this.cur.isAnnotationBlock && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private visitKeyword(k: keyword): void {
    this.visitExpr(k.value);
  }

  private raiseIfAnnotationBlock(what: string, e: expr): void {
    if (this.cur.isAnnotationBlock) throw this.error(`'${what}' can not be used within an annotation`, e);
  }

  private handleNamedExpr(e: expr & { _type: 'NamedExpr' }): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus in a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: expr): void {
    if (target._type !== 'Name') throw new Error('symtable: walrus target is not a Name');
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      // CPython looks the target up here without mangling it (so `__x` in a class never matches).
      if (ste.comprehension) {
        const flags = ste.symbols.get(name)?.flags ?? 0;
        if (flags & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.isAnnotationBlock) continue;
      if (ste.type === 'function') {
        const flags = ste.symbols.get(name)?.flags ?? 0;
        this.addDef(name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(name, DEF_LOCAL, ste, target);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(name, DEF_GLOBAL, ste, target);
        return;
      }
      // A class body.
      throw this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
    throw new Error('symtable: no scope for a walrus target');
  }

  private handleComprehension(e: expr, scopeName: string, kind: ComprehensionKind,
    generators: comprehension[], elt: expr, value: expr | null): void {
    const isGenerator = kind === 'generator';
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e);
    this.cur.comprehension = kind;
    if (outermost.is_async) this.cur.isCoroutine = true;
    // ... and passed in as the implicit parameter `.0`.
    this.addDef('.0', DEF_PARAM, { lineno: this.cur.lineno, col_offset: this.cur.colOffset, end_lineno: 0, end_col_offset: 0 });
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.isGenerator = isGenerator;
    const isAsync = this.cur.isCoroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.isCoroutine = true;
  }

  private visitComprehension(c: comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(c.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(c.iter);
    this.cur.compIterExpr--;
    this.visitExprs(c.ifs);
    if (c.is_async) this.cur.isCoroutine = true;
  }

  // ---- the rest ------------------------------------------------------------------------------

  private visitParams(args: arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  private visitArguments(a: Arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  private get futureAnnotations(): boolean {
    return (this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  /** One annotation: evaluated in the current block, or (future annotations) in a discarded block. */
  private visitAnnotation(annotation: expr): void {
    const future = this.futureAnnotations;
    if (future) this.enterBlock('_annotation', 'function', annotation, annotation, true);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  private visitArgAnnotations(args: arg[]): void {
    for (const a of args) if (a.annotation) this.visitExpr(a.annotation);
  }

  private visitAnnotations(s: stmt, a: Arguments, returns: expr | null): void {
    const future = this.futureAnnotations;
    if (future) this.enterBlock('_annotation', 'function', s, s, true);
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitExceptHandler(h: excepthandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitWithItem(item: withitem): void {
    this.visitExpr(item.context_expr);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
  }

  private visitMatchCase(c: match_case): void {
    this.visitPattern(c.pattern);
    if (c.guard) this.visitExpr(c.guard);
    this.visitStmts(c.body);
  }

  private visitPattern(p: pattern): void {
    if (++this.depth > this.maxDepth) throw new CompileRecursionError();
    this.visitPatternInner(p);
    this.depth--;
  }

  private visitPatternInner(p: pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  private visitAlias(a: alias): void {
    // `import a.b` binds `a`; `import a.b as c` binds `c`.
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') throw this.error('import * only allowed at module level', a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }
}
