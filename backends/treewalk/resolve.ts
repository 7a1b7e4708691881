// The tree-walker's one preparation pass over a module's AST: gives every Name node (and every
// statement that binds a name given as a string: def, class, import, except-as, match captures)
// its `b: Binding`, and every block-creating node its `code: TWCode`, with the block's qualname
// and the indices of its free variables in the enclosing frame's cells.

import type { Node, stmt, expr, arguments as Arguments, comprehension, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, match_case, Return } from '../../src/ast/nodes.js';
import { checkMatchCase, hasDebugParameter } from '../../src/ast/compile-checks.js';
import { FIELDS } from '../../src/ast/nodes.js';
import type { SymbolTable, Scope } from '../../src/symtable/index.js';
import { GLOBAL_EXPLICIT, CO_FUTURE_ANNOTATIONS, PYCF_MASK, mangle, programTextGetter } from '../../src/symtable/index.js';
import { unparse } from '../../src/ast/unparse.js';
import type { Backend, CompileMode } from '../../src/runtime/backend.js';
import { TWCode, Acc, type BlockKind, docstringOf } from './code.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { PyBytesConst, PyComplexConst } from '../../src/ast/constant.js';
import { constTupleKey } from './eval.js';
import { foldConst, convertConst, returnUnwindAt } from '../../src/runtime/const-fold.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyTuple } from '../../src/objects/tuple.js';
import type { PyObject } from '../../src/objects/object.js';

type AnyNode = { _type: string; [k: string]: unknown };

/** The compiler unit kind CPython's compiler checks ('return'/'yield'/'await' placement). */
type UnitType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

const COMP_NAMES: Record<string, string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

export class Resolver {
  constructor(
    private readonly table: SymbolTable,
    private readonly backend: Backend,
    private readonly filename: string,
    private readonly mode: CompileMode,
  ) {}

  // The compiler's errors (CPython's compile.c raises them; the symbol table does not): the
  // unit being resolved and its loop / except* nesting (CPython's fblock stack, reduced).
  private unit: UnitType = 'module';
  private fblocks: ('loop' | 'star')[] = [];
  /** How many blocks CPython's compiler would have pushed here (loops, with items, try parts). */
  private depth = 0;
  /** Constant tuples by value, shared by this compilation's code objects (eval.ts constTuple). */
  private readonly constPool = new Map<string, unknown>();
  /** SyntaxError.text of the compiler's errors: from the file named filename (program-text.ts). */
  private readonly programText = programTextGetter(this.filename);
  /** The target of the augmented assignment being resolved. */
  private augTarget: AnyNode | null = null;

  private error(msg: string, node: AnyNode): never {
    const n = node as unknown as { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number };
    const text = this.programText(n.lineno);
    throw new PySyntaxError('SyntaxError', msg, this.filename, n.lineno, n.col_offset + 1, text,
      n.end_lineno ?? null, n.end_col_offset !== undefined ? n.end_col_offset + 1 : null);
  }

  /** Resolves a nested block's body with a fresh unit context. */
  private inUnit(unit: UnitType, body: () => void): void {
    const savedUnit = this.unit;
    const savedBlocks = this.fblocks;
    const savedDepth = this.depth;
    this.unit = unit;
    this.fblocks = [];
    this.depth = 0;
    try {
      body();
    } finally {
      this.unit = savedUnit;
      this.fblocks = savedBlocks;
      this.depth = savedDepth;
    }
  }

  /**
   * Resolves `list` `k` blocks deeper than `base` (CPython's compiler pushes that many fblocks
   * for it and refuses a 21st: "too many statically nested blocks", blamed on statement `n`).
   */
  private nested(n: AnyNode, base: number, k: number, list: readonly unknown[], code: TWCode): void {
    const saved = this.depth;
    if (base + k > 20) this.error('too many statically nested blocks', n as never);
    this.depth = base + k;
    this.visitAll(list, code);
    this.depth = saved;
  }

  private inBlock(kind: 'loop' | 'star', list: readonly unknown[], code: TWCode, n: AnyNode, k: number): void {
    this.fblocks.push(kind);
    this.nested(n, this.depth, k, list, code);
    this.fblocks.pop();
  }

  /** break/continue/return unwinding: the innermost loop, or the except* handler in the way. */
  private checkUnwind(n: AnyNode, toLoop: boolean, outside: string): void {
    for (let i = this.fblocks.length - 1; i >= 0; i--) {
      if (this.fblocks[i] === 'star') this.error("'break', 'continue' and 'return' cannot appear in an except* block", n);
      if (toLoop) return;
    }
    if (toLoop && outside !== '') this.error(outside, n);
  }

  /** Elements where `*x` is allowed (display, call arguments, class bases): the starred value itself. */
  private visitElts(list: readonly unknown[], code: TWCode): void {
    for (const x of list) {
      const e = x as AnyNode;
      this.visit(e._type === 'Starred' ? e.value as AnyNode : e, code);
    }
  }

  /** `from m import a, b`: the names it binds and uses. */
  private importFrom(n: AnyNode, code: TWCode): void {
    if (n.module === '__future__' && (n.lineno as number) > this.table.futureLineno) {
      this.error('from __future__ imports must occur at the beginning of the file', n);
    }
    // IMPORT_NAME and IMPORT_FROM take their names through the compiler's ADDOP_NAME, so in a
    // class body (and the functions in it) `from __m import __x` imports _C__m and reads _C__x;
    // the fromlist passed to __import__ keeps the names as written.
    const priv = code.scope.privateName;
    n.mod = mangle(priv, (n.module as string | null) ?? '');
    code.noteName(n.mod as string);
    for (const a of n.names as AnyNode[]) {
      if (a.name !== '*') {
        a.imp = mangle(priv, a.name as string);
        code.noteName(a.imp as string);
      }
      this.visit(a, code);
    }
  }

  /**
   * An annotated assignment in the compiler's order (compiler_annassign), which orders
   * co_varnames and co_names: the value and the target; with no value, only an attribute's or
   * subscript's object (and subscript); then, in a module or class, the annotation and, for a
   * simple name, __annotations__. A bare `x: T` stores nothing (execAnnAssign mangles the name).
   */
  private annAssign(n: AnyNode, code: TWCode): void {
    const t = n.target as AnyNode;
    if (n.value !== null) this.visit(t, code);
    else if (t._type === 'Attribute') this.visit(t.value as AnyNode, code);
    else if (t._type === 'Subscript') {
      this.visit(t.value as AnyNode, code);
      this.visit(t.slice as AnyNode, code);
    }
    if (code.kind !== 'module' && code.kind !== 'class') return;
    this.visitAnnotation(n.annotation as AnyNode, code);
    if (n.simple && t._type === 'Name') code.noteName('__annotations__');
  }

  /** Parameters named __debug__ (CPython's compiler_check_debug_args), at the def or lambda. */
  private checkDebugArgs(a: Arguments, at: AnyNode): void {
    if (hasDebugParameter(a)) this.error('cannot assign to __debug__', at);
  }

  /** Keyword arguments named __debug__ (validate_keywords), at the call or class statement. */
  private checkDebugKeywords(keywords: AnyNode[], at: AnyNode): void {
    for (const k of keywords) if (k.arg === '__debug__') this.error('cannot assign to __debug__', at);
  }

  /** Builds the module's code object and resolves everything inside it. */
  module(body: stmt[]): TWCode {
    const code = new TWCode(this.backend, this.table.top, 'module', '<module>', '<module>', this.filename, 1, this.mode, null);
    code.co_flags |= this.table.futureFlags & PYCF_MASK;
    code.body = body;
    code.astNode = { _type: 'Module', body };
    const doc = this.mode === 'exec' ? docstringOf(body) : null;
    if (doc !== null) code.moduleDoc = [code.useName(code.binding('__doc__')), doc];
    for (const s of body) this.visit(s as unknown as AnyNode, code);
    return code;
  }

  /** Resolves an expression at the top of an 'eval' code object. */
  expression(e: expr): TWCode {
    const code = new TWCode(this.backend, this.table.top, 'module', '<module>', '<module>', this.filename, 1, this.mode, null);
    code.co_flags |= this.table.futureFlags & PYCF_MASK;
    code.astNode = { _type: 'Expression', body: e };
    this.visit(e as unknown as AnyNode, code);
    return code;
  }

  private child(node: AnyNode, parent: TWCode, kind: BlockKind, name: string, args: Arguments | null): TWCode {
    const scope = this.table.scopeOf(node as unknown as Node);
    const qualname = this.qualname(parent, name, kind);
    // A decorated def or class starts at its first decorator (CPython's co_firstlineno).
    const decorators = (node as { decorator_list?: { lineno: number }[] }).decorator_list;
    const firstlineno = decorators !== undefined && decorators.length > 0 ? decorators[0].lineno : (node as { lineno?: number }).lineno ?? 1;
    const code = new TWCode(this.backend, scope, kind, name, qualname, this.filename, firstlineno, this.mode, args);
    // The future features in effect are in every code object's co_flags (compile() inherits them).
    code.co_flags |= this.table.futureFlags & PYCF_MASK;
    code.closureIndices = code.co_freevars.map((v) => {
      // In a class body `__class__` is the class's own implicit cell, even when the body also
      // declares `nonlocal __class__` (a cell and a free variable at once; CPython's get_ref_type).
      const i = v === '__class__' && parent.kind === 'class' && parent.co_cellvars.includes(v) ?
        parent.co_cellvars.indexOf(v) : parent.cellOf.get(v);
      if (i === undefined) throw new Error(`tree-walker: free variable ${v} of ${qualname} not in ${parent.co_qualname}`);
      return i;
    });
    node.code = code;
    code.astNode = node;
    return code;
  }

  /** CPython's compiler_set_qualname. */
  private qualname(parent: TWCode, name: string, kind: BlockKind): string {
    if (parent.kind === 'module') return name;
    if (kind === 'function' || kind === 'class') {
      const mangled = mangle(parent.scope.privateName, name);
      if (parent.scope.symbols.get(mangled)?.scope === GLOBAL_EXPLICIT) return name;
    }
    const base = parent.co_qualname;
    // Only function and lambda parents add '.<locals>' (a comprehension's body does not).
    if (parent.kind === 'class' || parent.kind === 'comprehension') return `${base}.${name}`;
    return `${base}.<locals>.${name}`;
  }

  private visitAll(list: readonly unknown[], code: TWCode): void {
    for (const x of list) if (x !== null && typeof x === 'object') this.visit(x as unknown as AnyNode, code);
  }

  private visitArgsOuter(args: Arguments, code: TWCode, annotations: boolean): void {
    this.visitAll(args.defaults, code);
    this.visitAll(args.kw_defaults, code);
    if (!annotations) return;
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg]) {
      if (a !== null && a.annotation !== null) this.visitAnnotation(a.annotation as unknown as AnyNode, code);
    }
  }

  /** A folded constant, shared with an equal one of this compilation (the Constant case's keys, constTuple's). */
  private pooled(v: PyObject): PyObject {
    let key: string | null = null;
    if (v instanceof PyFloat) key = Object.is(v.value, -0) ? 'k:f-0' : 'k:f' + v.value;
    else if (v instanceof PyTuple) key = constTupleKey(v);
    if (key === null) return v;
    const shared = this.constPool.get(key);
    if (shared !== undefined) return shared as PyObject;
    this.constPool.set(key, v);
    return v;
  }

  /**
   * An annotation: resolved as an expression, or, under `from __future__ import annotations`
   * (PEP 563), given its source text as `fu` (the evaluator reads it instead; the symbol table
   * has no names for it).
   */
  private visitAnnotation(n: AnyNode, code: TWCode): void {
    if ((this.table.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0) n.fu = unparse(n as unknown as expr);
    else this.visit(n, code);
  }

  visit(n: AnyNode, code: TWCode): void {
    // An operation on constants that CPython's AST optimizer folds (fold_binop, fold_unaryop,
    // fold_subscr: co-consts.ts foldConst) is evaluated once, as the constant it folds to, shared
    // with equal constants of the compilation: `(1, 2) + (3,) is (1, 2, 3)` and `1.5 * 2 is 3.0`
    // hold, as in CPython and on the VM (kinds.ts evaluates such a node as a Constant).
    if ((n._type === 'BinOp' || n._type === 'UnaryOp' || n._type === 'Subscript') && n.fv === undefined && (n._type !== 'Subscript' || n.ctx === 'Load')) {
      const v = foldConst(n);
      if (v !== undefined) n.fv = this.pooled(v);
    }
    switch (n._type) {
      case 'UnaryOp': {
        // CPython's AST optimizer folds `-1.5` into the constant -1.5 (then shared like any other).
        const o = n.operand as AnyNode;
        if (n.op === 'USub' && o._type === 'Constant' && typeof o.value === 'number') {
          const folded = n as AnyNode;
          folded._type = 'Constant';
          folded.value = -(o.value as number);
          folded.kind = null;
          delete folded.op;
          delete folded.operand;
          return this.visit(folded, code);
        }
        break;
      }
      case 'Constant': {
        // Equal float, complex and bytes literals are one object per compilation (CPython
        // merges a compilation's constants), so `1.5 is 1.5` holds.
        const c = n.value;
        if (typeof c === 'number' || c instanceof PyBytesConst || c instanceof PyComplexConst) {
          const key = typeof c === 'number' ? (Object.is(c, -0) ? 'k:f-0' : 'k:f' + c)
            : c instanceof PyComplexConst ? `k:c${Object.is(c.real, -0) ? '-0' : c.real},${Object.is(c.imag, -0) ? '-0' : c.imag}`
              : 'k:b' + Array.from(c.bytes).join(',');
          let v = this.constPool.get(key);
          if (v === undefined) this.constPool.set(key, v = convertConst(c));
          n.pyv = v;
        }
        return;
      }
      case 'Name': {
        if (n.id === '__debug__' && n.ctx !== 'Load') this.error(n.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', n);
        const b = code.useName(code.binding(n.id as string));
        n.b = b;
        // A fast local's slot, read inline by the evaluator (-1: go through the binding).
        n.s = b.acc === Acc.FAST ? b.slot : -1;
        return;
      }
      case 'Attribute':
        // (CPython checks a store to it, but `a.__debug__ += 1` compiles without one)
        if (n.ctx === 'Store' && n.attr === '__debug__' && n !== this.augTarget) this.error('cannot assign to __debug__', n);
        this.visit(n.value as unknown as AnyNode, code);
        // Private attribute names are mangled once here (mangling is idempotent), for every use.
        n.attr = mangle(code.scope.privateName, n.attr as string);
        code.noteName(n.attr as string);
        return;
      case 'Assign':
      case 'AnnAssign':
        // The value is evaluated (and its names met by the compiler) before the targets.
        if (n.value !== null) this.visit(n.value as unknown as AnyNode, code);
        else if ((n.target as AnyNode)._type === 'Name' && (n.target as AnyNode).id === '__debug__') this.error('cannot assign to __debug__', n);
        if (n._type === 'Assign') this.visitAll(n.targets as unknown[], code);
        else this.annAssign(n, code);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of n.names as AnyNode[]) {
          if (((a.asname as string | null) ?? (a.name as string).split('.')[0]) === '__debug__') this.error('cannot assign to __debug__', n);
        }
        if (n._type === 'ImportFrom') return this.importFrom(n, code);
        for (const a of n.names as AnyNode[]) {
          a.imp = mangle(code.scope.privateName, a.name as string);
          code.noteName(a.imp as string);
          this.visit(a, code);
        }
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        const f = n as unknown as FunctionDef | AsyncFunctionDef;
        this.checkDebugArgs(f.args, n);
        this.visitAll(f.decorator_list, code);
        this.visitArgsOuter(f.args, code, true);
        if (f.returns !== null) this.visitAnnotation(f.returns as unknown as AnyNode, code);
        n.b = code.useName(code.binding(f.name));
        const inner = this.child(n, code, 'function', f.name, f.args);
        inner.body = f.body;
        this.inUnit(n._type === 'AsyncFunctionDef' ? 'async_function' : 'function', () => this.visitAll(f.body, inner));
        if (f.name === '__debug__') this.error('cannot assign to __debug__', n);
        return;
      }
      case 'Lambda': {
        const l = n as unknown as Lambda;
        this.checkDebugArgs(l.args, n);
        this.visitArgsOuter(l.args, code, false);
        const inner = this.child(n, code, 'lambda', '<lambda>', l.args);
        inner.lambdaBody = l.body;
        this.inUnit('lambda', () => this.visit(l.body as unknown as AnyNode, inner));
        return;
      }
      case 'ClassDef': {
        const c = n as unknown as ClassDef;
        this.visitAll(c.decorator_list, code);
        this.visitElts(c.bases, code);
        this.checkDebugKeywords(c.keywords as unknown as AnyNode[], n);
        this.visitAll(c.keywords, code);
        n.b = code.useName(code.binding(c.name));
        const inner = this.child(n, code, 'class', c.name, null);
        inner.body = c.body;
        // The names the class body's own prologue and epilogue use (compiler_class).
        for (const implicit of ['__name__', '__module__', '__qualname__']) inner.noteName(implicit);
        if (docstringOf(c.body) !== null) inner.noteName('__doc__');
        this.inUnit('class', () => this.visitAll(c.body, inner));
        if (inner.co_cellvars.includes('__class__')) inner.noteName('__classcell__');
        if (c.name === '__debug__') this.error('cannot assign to __debug__', n);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = n.generators as comprehension[];
        if (n._type !== 'GeneratorExp' && this.table.scopeOf(n as unknown as Node).isCoroutine &&
            this.unit !== 'async_function' && this.unit !== 'comprehension') {
          this.error('asynchronous comprehension outside of an asynchronous function', n);
        }
        this.visit(gens[0].iter as unknown as AnyNode, code);
        const inner = this.child(n, code, 'comprehension', COMP_NAMES[n._type], null);
        this.inUnit('comprehension', () => {
          this.visit(gens[0].target as unknown as AnyNode, inner);
          this.visitAll(gens[0].ifs, inner);
          for (let i = 1; i < gens.length; i++) this.visit(gens[i] as unknown as AnyNode, inner);
          if (n._type === 'DictComp') {
            this.visit(n.key as unknown as AnyNode, inner);
            this.visit(n.value as unknown as AnyNode, inner);
          } else this.visit(n.elt as unknown as AnyNode, inner);
        });
        return;
      }
      case 'AugAssign':
        this.augTarget = n.target as AnyNode;
        break;
      case 'Dict': {
        // Each key, then its value (the evaluation order, which orders co_varnames).
        const keys = n.keys as (AnyNode | null)[];
        const values = n.values as AnyNode[];
        for (let i = 0; i < values.length; i++) {
          if (keys[i] !== null) this.visit(keys[i]!, code);
          this.visit(values[i], code);
        }
        return;
      }
      case 'NamedExpr':
        // The value, then the store (the compiler's order, which orders co_varnames).
        this.visit(n.value as AnyNode, code);
        this.visit(n.target as AnyNode, code);
        return;
      case 'Expr':
        // 'single' mode (the REPL) shows the value of every expression statement of the module.
        if (this.mode === 'single' && this.unit === 'module') n.display = true;
        break;
      case 'Return':
        if (this.unit !== 'function' && this.unit !== 'async_function') this.error("'return' outside function", n);
        if (n.value !== null && code.scope.isCoroutine && code.scope.isGenerator) this.error("'return' with value in async generator", n);
        this.checkUnwind(returnUnwindAt(n as unknown as Return) as unknown as AnyNode, false, '');
        break;
      case 'Break':
        this.checkUnwind(n, true, "'break' outside loop");
        return;
      case 'Continue':
        this.checkUnwind(n, true, "'continue' not properly in loop");
        return;
      case 'While':
        this.visit(n.test as AnyNode, code);
        this.inBlock('loop', n.body as unknown[], code, n, 1);
        this.visitAll(n.orelse as unknown[], code);
        return;
      case 'For':
      case 'AsyncFor':
        if (n._type === 'AsyncFor' && this.unit !== 'async_function') this.error("'async for' outside async function", n);
        this.visit(n.iter as AnyNode, code);
        this.visit(n.target as AnyNode, code);
        this.inBlock('loop', n.body as unknown[], code, n, 1);
        this.visitAll(n.orelse as unknown[], code);
        return;
      case 'AsyncWith':
      case 'With': {
        if (n._type === 'AsyncWith' && this.unit !== 'async_function') this.error("'async with' outside async function", n);
        const items = n.items as unknown[];
        this.visitAll(items, code);
        this.nested(n, this.depth, items.length, n.body as unknown[], code);
        return;
      }
      case 'Try':
      case 'TryStar': {
        const handlers = n.handlers as AnyNode[];
        // Blocks as CPython's compiler pushes them: one around all but the finally body (and
        // one around that body's copy for the exceptional path), one around the try body, two
        // around each handler's body.
        const base = this.depth;
        const fin = (n.finalbody as unknown[]).length > 0 ? 1 : 0;
        this.nested(n, base, fin + (handlers.length > 0 ? 1 : 0), n.body as unknown[], code);
        handlers.forEach((h, i) => {
          if (h.type === null && i < handlers.length - 1) this.error("default 'except:' must be last", h);
          if (h.type !== null) this.visit(h.type as AnyNode, code);
          if (h.name === '__debug__') this.error('cannot assign to __debug__', h);
          if (h.name !== null) h.b = code.useName(code.binding(h.name as string));
          if (n._type === 'TryStar') this.inBlock('star', h.body as unknown[], code, h, fin + 2);
          else this.nested(h, base, fin + 2, h.body as unknown[], code);
        });
        this.nested(n, base, fin, n.orelse as unknown[], code);
        this.nested(n, base, fin, n.finalbody as unknown[], code);
        return;
      }
      case 'Yield':
      case 'YieldFrom':
        if (this.unit === 'module' || this.unit === 'class') this.error("'yield' outside function", n);
        if (n._type === 'YieldFrom' && this.unit === 'async_function') this.error("'yield from' inside async function", n);
        break;
      case 'Await':
        if (this.unit === 'module' || this.unit === 'class') this.error("'await' outside function", n);
        if (this.unit !== 'async_function' && this.unit !== 'comprehension') this.error("'await' outside async function", n);
        break;
      case 'Starred':
        return this.error(n.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here", n);
      case 'List':
      case 'Tuple':
      case 'Set': {
        const elts = n.elts as AnyNode[];
        if (n.ctx === 'Store' && n._type !== 'Set') {
          // CPython's unpack_helper: at most one starred target, after fewer than 256 others.
          let seenStar = false;
          elts.forEach((e, i) => {
            if (e._type !== 'Starred') return;
            if (seenStar) this.error('multiple starred expressions in assignment', n);
            if (i >= 256) this.error('too many expressions in star-unpacking assignment', n);
            seenStar = true;
          });
        }
        // A tuple of constants is one object per compilation, as CPython's folded constants are.
        if (n._type === 'Tuple' && n.ctx === 'Load') n.cpool = elts.length > 0 && elts.every(isConstantElt) ? this.constPool : null;
        this.visitElts(elts, code);
        return;
      }
      case 'Call':
        this.visit(n.func as AnyNode, code);
        this.checkDebugKeywords(n.keywords as AnyNode[], n);
        this.visitElts(n.args as unknown[], code);
        this.visitAll(n.keywords as unknown[], code);
        return;
      case 'alias': {
        const name = n.name as string;
        const asname = n.asname as string | null;
        // `import a.b.c as d` takes d from the module a.b.c with IMPORT_FROM b, IMPORT_FROM c.
        if (asname !== null) for (const part of name.split('.').slice(1)) code.noteName(part);
        if (name !== '*') n.b = code.useName(code.binding(asname ?? name.split('.')[0]));
        return;
      }
      case 'ExceptHandler':
        // The compiler's order (which orders co_varnames): the type, the name, the body.
        if (n.type !== null) this.visit(n.type as AnyNode, code);
        if (n.name !== null) n.b = code.useName(code.binding(n.name as string));
        this.visitAll(n.body as unknown[], code);
        return;
      case 'Match': {
        this.visit(n.subject as AnyNode, code);
        const cases = n.cases as unknown as match_case[];
        for (let i = 0; i < cases.length; i++) {
          checkMatchCase(cases, i, (msg, at) => this.error(msg, at as unknown as AnyNode));
          this.visit(cases[i] as unknown as AnyNode, code);
        }
        return;
      }
      case 'MatchAs':
      case 'MatchStar':
        // A subpattern's captures are stored before the `as` name (compiler_pattern_as).
        if (n._type === 'MatchAs' && n.pattern !== null) this.visit(n.pattern as AnyNode, code);
        if (n.name !== null) n.b = code.useName(code.binding(n.name as string));
        return;
      case 'MatchMapping':
        // The keys and subpatterns, then the **rest name.
        this.visitAll(n.keys as unknown[], code);
        this.visitAll(n.patterns as unknown[], code);
        if (n.rest !== null) n.b = code.useName(code.binding(n.rest as string));
        return;
    }
    const fields = FIELDS[n._type];
    for (let i = 0; i < fields.length; i++) {
      const v = n[fields[i]];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) this.visitAll(v, code);
      else if ((v as unknown as AnyNode)._type !== undefined) this.visit(v as unknown as AnyNode, code);
    }
  }
}

/** A constant, a signed constant, or a tuple of such (CPython folds these into one constant). */
function isConstantElt(e: AnyNode): boolean {
  if (e._type === 'Constant') return true;
  if ((e._type === 'BinOp' || e._type === 'Subscript') && foldConst(e) !== undefined) return true;
  if (e._type === 'UnaryOp') return e.op !== 'Not' && (e.operand as AnyNode)._type === 'Constant';
  return e._type === 'Tuple' && (e.elts as AnyNode[]).every(isConstantElt);
}
