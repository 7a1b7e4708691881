// The tree-walker's one preparation pass over a module's AST: gives every Name node (and every
// statement that binds a name given as a string: def, class, import, except-as, match captures)
// its `b: Binding`, and every block-creating node its `code: TWCode`, with the block's qualname
// and the indices of its free variables in the enclosing frame's cells.

import type { Node, stmt, expr, arguments as Arguments, comprehension, FunctionDef, AsyncFunctionDef, ClassDef, Lambda } from '../../src/ast/nodes.js';
import { FIELDS } from '../../src/ast/nodes.js';
import type { SymbolTable, Scope } from '../../src/symtable/index.js';
import { GLOBAL_EXPLICIT, mangle } from '../../src/symtable/index.js';
import type { Backend, CompileMode } from '../../src/runtime/backend.js';
import { TWCode, type BlockKind } from './code.js';

type AnyNode = { _type: string; [k: string]: unknown };

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

  /** Builds the module's code object and resolves everything inside it. */
  module(body: stmt[]): TWCode {
    const code = new TWCode(this.backend, this.table.top, 'module', '<module>', '<module>', this.filename, 1, this.mode, null);
    code.body = body;
    for (const s of body) this.visit(s as unknown as AnyNode, code);
    return code;
  }

  /** Resolves an expression at the top of an 'eval' code object. */
  expression(e: expr): TWCode {
    const code = new TWCode(this.backend, this.table.top, 'module', '<module>', '<module>', this.filename, 1, this.mode, null);
    this.visit(e as unknown as AnyNode, code);
    return code;
  }

  private child(node: AnyNode, parent: TWCode, kind: BlockKind, name: string, args: Arguments | null): TWCode {
    const scope = this.table.scopeOf(node as unknown as Node);
    const qualname = this.qualname(parent, name, kind);
    const code = new TWCode(this.backend, scope, kind, name, qualname, this.filename, (node as { lineno?: number }).lineno ?? 1, this.mode, args);
    code.closureIndices = code.co_freevars.map((v) => {
      const i = parent.cellOf.get(v);
      if (i === undefined) throw new Error(`tree-walker: free variable ${v} of ${qualname} not in ${parent.co_qualname}`);
      return i;
    });
    node.code = code;
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
    if (parent.kind === 'class') return `${base}.${name}`;
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
      if (a !== null && a.annotation !== null) this.visit(a.annotation as unknown as AnyNode, code);
    }
  }

  visit(n: AnyNode, code: TWCode): void {
    switch (n._type) {
      case 'Name':
        n.b = code.binding(n.id as string);
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        const f = n as unknown as FunctionDef | AsyncFunctionDef;
        this.visitAll(f.decorator_list, code);
        this.visitArgsOuter(f.args, code, true);
        if (f.returns !== null) this.visit(f.returns as unknown as AnyNode, code);
        n.b = code.binding(f.name);
        const inner = this.child(n, code, 'function', f.name, f.args);
        inner.body = f.body;
        for (const s of f.body) this.visit(s as unknown as AnyNode, inner);
        return;
      }
      case 'Lambda': {
        const l = n as unknown as Lambda;
        this.visitArgsOuter(l.args, code, false);
        const inner = this.child(n, code, 'lambda', '<lambda>', l.args);
        inner.lambdaBody = l.body;
        this.visit(l.body as unknown as AnyNode, inner);
        return;
      }
      case 'ClassDef': {
        const c = n as unknown as ClassDef;
        this.visitAll(c.decorator_list, code);
        this.visitAll(c.bases, code);
        this.visitAll(c.keywords, code);
        n.b = code.binding(c.name);
        const inner = this.child(n, code, 'class', c.name, null);
        inner.body = c.body;
        for (const s of c.body) this.visit(s as unknown as AnyNode, inner);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = n.generators as comprehension[];
        this.visit(gens[0].iter as unknown as AnyNode, code);
        const inner = this.child(n, code, 'comprehension', COMP_NAMES[n._type], null);
        this.visit(gens[0].target as unknown as AnyNode, inner);
        this.visitAll(gens[0].ifs, inner);
        for (let i = 1; i < gens.length; i++) this.visit(gens[i] as unknown as AnyNode, inner);
        if (n._type === 'DictComp') {
          this.visit(n.key as unknown as AnyNode, inner);
          this.visit(n.value as unknown as AnyNode, inner);
        } else this.visit(n.elt as unknown as AnyNode, inner);
        return;
      }
      case 'alias': {
        const name = n.name as string;
        const asname = n.asname as string | null;
        if (name !== '*') n.b = code.binding(asname ?? name.split('.')[0]);
        return;
      }
      case 'ExceptHandler':
        if (n.name !== null) n.b = code.binding(n.name as string);
        break;
      case 'MatchAs':
      case 'MatchStar':
        if (n.name !== null) n.b = code.binding(n.name as string);
        break;
      case 'MatchMapping':
        if (n.rest !== null) n.b = code.binding(n.rest as string);
        break;
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
