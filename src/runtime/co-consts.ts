// code.co_consts as CPython 3.11 builds it, computed from the AST for both backends (the VM's
// own constant table is laid out for its instruction set, the tree-walker has none):
//
// - a function's first constant is its docstring or None (a lambda's is None); a class body
//   starts with its qualname; comprehensions have no leading constant;
// - then every constant the code generator loads, in its order (after the AST optimiser's
//   folding: `2 * 3`, `-1`, tuples of constants, `x in [1, 2]`, `"ab"[0]`), deduplicated by
//   type and value (1, 1.0, True and -0.0 stay distinct), nested code objects included;
// - constants the code generator adds beside the instructions: keyword-name tuples of calls,
//   tuples of constant list/set displays longer than two, constant dict keys;
// - the tuples the flow-graph optimiser folds from constant default values, appended last;
// - trailing constants no reachable instruction uses (code after a return) are dropped, as
//   3.11's trim_unused_consts does.

import type { PyObject } from '../objects/object.js';
import { foldConst, foldElements, convertConst, constTruth, constantStatement } from './const-fold.js';
import { None, Ellipsis } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { PyBytes } from '../objects/bytes.js';
import { PySet, setItems, constSetDisplay } from '../objects/set.js';
import { T } from '../objects/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

/** Finds the code object a nested def/lambda/class/comprehension node compiled to. */
export type NestedCode = (node: N) => PyObject | undefined;

let serial = 0;
const objKeys = new WeakMap<object, string>();

/** _PyCode_ConstantKey: type and value; other objects (code) by identity. */
function keyOf(v: PyObject): string {
  switch (typeof v) {
    case 'number': return 'i' + v;
    case 'bigint': return 'I' + v;
    case 'boolean': return v ? 'T' : 'F';
    case 'string': return 's' + v;
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return Object.is(v.value, -0) ? 'f-0' : 'f' + v.value;
  if (v instanceof PyComplex) return `c${Object.is(v.re, -0) ? '-0' : v.re},${Object.is(v.im, -0) ? '-0' : v.im}`;
  if (v instanceof PyBytes) return 'b' + Array.from(v.data).join(',');
  if (v instanceof PyTuple) return '(' + v.items.map((x) => { const k = keyOf(x); return k.length + ':' + k; }).join('') + ')';
  if (v instanceof PySet && v.cls === T.frozenset) return '{' + setItems(v).map((x) => keyOf(x)).sort().join('|') + '}';
  let k = objKeys.get(v as object);
  if (k === undefined) objKeys.set(v as object, (k = 'o' + ++serial));
  return k;
}

/** `x in [..]` / `for x in [..]`: a list display becomes a tuple, a set display a frozenset (fold_iter). */
function foldIterable(e: N): PyObject | undefined {
  if (e._type === 'List' || e._type === 'Set') {
    const out = foldElements(e.elts);
    if (out === undefined) return undefined;
    return e._type === 'List' ? new PyTuple(out) : constSetDisplay(out);
  }
  return undefined;
}

function docstring(body: N[]): string | null {
  const first = body[0];
  if (first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

class Collector {
  readonly consts: PyObject[] = [];
  private readonly index = new Map<string, number>();
  private readonly used: boolean[] = [];
  /** Tuples folded from constant defaults by the flow-graph optimiser (appended at the end). */
  private readonly late: PyObject[] = [];
  /** False after a return/raise/break/continue in the current block (CPython compiles it, then trims it). */
  live = true;

  constructor(private readonly nested: NestedCode) {}

  add(v: PyObject, used = this.live): void {
    const k = keyOf(v);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.consts.length;
      this.index.set(k, i);
      this.consts.push(v);
      this.used.push(false);
    }
    if (used) this.used[i] = true;
  }

  finish(keepFirst: boolean): PyObject[] {
    for (const v of this.late) this.add(v, true);
    let n = this.consts.length;
    while (n > (keepFirst ? 1 : 0) && !this.used[n - 1]) n--;
    return this.consts.slice(0, n);
  }

  // --- statements ---

  /** Compiles a block; returns whether its end is reachable (the liveness after it is restored). */
  body(stmts: N[]): boolean {
    const outer = this.live;
    for (const s of stmts) this.stmt(s);
    const end = this.live;
    this.live = outer;
    return end;
  }

  stmt(s: N): void {
    switch (s._type) {
      case 'Expr':
        if (constantStatement(s.value, s === this.firstOfBody)) return; // compiles to nothing
        this.expr(s.value);
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.funcDef(s, s.decorator_list);
        return;
      case 'ClassDef':
        this.exprs(s.decorator_list);
        this.code(s);
        this.add(s.name);
        this.callArgs(s.bases, s.keywords);
        return;
      case 'Return': {
        // compiler_return: a constant value is loaded after the finally blocks it leaves.
        const v = s.value === null ? None : foldConst(s.value);
        if (v === undefined) this.expr(s.value);
        this.unwind(false);
        if (v !== undefined) this.add(v);
        this.live = false;
        return;
      }
      case 'Delete':
        for (const t of s.targets) this.target(t);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case 'AugAssign':
        this.targetLoad(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.value !== null) this.expr(s.value);
        if (s.value !== null) this.target(s.target);
        if (this.moduleLevel && s.simple && s.target._type === 'Name') {
          if (!this.futureAnnotations) this.expr(s.annotation);
          this.add(s.target.id);
        }
        return;
      case 'For':
      case 'AsyncFor':
        this.iterable(s.iter);
        this.target(s.target);
        this.blocks.push({ loop: true });
        this.body(s.body);
        this.blocks.pop();
        this.body(s.orelse);
        return;
      case 'While': {
        const t = constTruth(s.test);
        if (t === null) this.expr(s.test);
        else this.add(foldConst(s.test)!, false);
        this.blocks.push({ loop: true });
        this.body(s.body);
        this.blocks.pop();
        this.body(s.orelse);
        return;
      }
      case 'If': {
        const t = constTruth(s.test);
        if (t === null) this.expr(s.test);
        else this.add(foldConst(s.test)!, false);
        const live = this.live;
        if (t === false) this.live = false;
        const bodyEnd = this.body(s.body);
        this.live = live && t !== true;
        const elseEnd = this.body(s.orelse);
        this.live = live && (t === true ? bodyEnd : t === false ? elseEnd : bodyEnd || elseEnd);
        return;
      }
      case 'With':
      case 'AsyncWith':
        for (const w of s.items) {
          this.expr(w.context_expr);
          if (s._type === 'AsyncWith') this.add(None);
          if (w.optional_vars !== null) this.target(w.optional_vars);
          this.blocks.push({ with: true });
        }
        this.body(s.body);
        for (const _ of s.items) {
          this.blocks.pop();
          this.add(None);
        }
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard !== null) this.expr(c.guard);
          this.body(c.body);
        }
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        this.live = false;
        return;
      case 'Try':
      case 'TryStar': {
        // compiler_try_finally / compiler_try_except: body, else, the handlers, then finally.
        const fin = s.finalbody.length > 0;
        if (fin) this.blocks.push({ finally: s.finalbody });
        const live = this.live;
        let end = this.body(s.body);
        this.live = end;
        end = this.body(s.orelse);
        this.live = live;
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.blocks.push({ handlerName: true });
          end = this.body(h.body) || end;
          if (h.name !== null) {
            this.blocks.pop();
            this.add(None);
          }
        }
        if (fin) this.blocks.pop();
        this.live = end;
        if (fin) this.live = this.body(s.finalbody) && this.live;
        return;
      }
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        return;
      case 'Import':
        for (const _ of s.names) {
          this.add(0);
          this.add(None);
        }
        return;
      case 'ImportFrom':
        this.add(s.level ?? 0);
        this.add(new PyTuple(s.names.map((a: N) => a.name)));
        return;
      case 'Break':
      case 'Continue':
        this.unwind(true);
        this.live = false;
        return;
    }
  }

  moduleLevel = false;
  /** The first statement of the function, class or module body (`constantStatement`). */
  firstOfBody: N = null;
  futureAnnotations = false;
  /** The enclosing blocks a return/break leaves (compiler_unwind_fblock_stack). */
  private readonly blocks: { finally?: N[]; with?: true; handlerName?: true; loop?: true }[] = [];

  /** Code a return (or a break/continue, up to its loop) runs on its way out. */
  private unwind(toLoop: boolean): void {
    const saved = this.blocks.slice();
    for (let i = saved.length - 1; i >= 0; i--) {
      const b = saved[i];
      if (b.loop !== undefined && toLoop) break;
      this.blocks.length = i;
      if (b.finally !== undefined) this.body(b.finally);
      else if (b.with !== undefined || b.handlerName !== undefined) this.add(None);
    }
    this.blocks.length = 0;
    this.blocks.push(...saved);
  }

  private funcDef(s: N, decorators: N[]): void {
    this.exprs(decorators);
    this.defaults(s.args);
    if (s._type !== 'Lambda') this.annotations(s);
    this.code(s);
  }

  /** Positional defaults (one tuple, folded when all are constants), then keyword-only ones. */
  private defaults(a: N): void {
    if (a.defaults.length > 0) this.tupleOf(a.defaults);
    const keys: string[] = [];
    for (let i = 0; i < a.kwonlyargs.length; i++) {
      const d = a.kw_defaults[i];
      if (d === null || d === undefined) continue;
      keys.push(a.kwonlyargs[i].arg);
      this.expr(d);
    }
    if (keys.length > 0) this.add(new PyTuple(keys));
  }

  /** Values built into a tuple (BUILD_TUPLE): all constants fold into one tuple, added last. */
  private tupleOf(es: N[]): void {
    const vals = es.map((d: N) => foldConst(d));
    if (vals.every((v: PyObject | undefined) => v !== undefined)) {
      for (const v of vals) this.add(v!, false);
      this.late.push(new PyTuple(vals as PyObject[]));
    } else {
      this.exprs(es);
    }
  }

  /** Annotations of a def: name, value pairs built into one tuple. */
  private annotations(s: N): void {
    if (this.futureAnnotations) return;
    const a = s.args;
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    const items: N[] = [];
    for (const p of all) {
      if (p.annotation === null || p.annotation === undefined) continue;
      items.push({ _type: 'Constant', value: p.arg }, p.annotation);
    }
    if (s.returns !== null && s.returns !== undefined) items.push({ _type: 'Constant', value: 'return' }, s.returns);
    if (items.length > 0) this.tupleOf(items);
  }

  private code(node: N): void {
    const c = this.nested(node);
    if (c !== undefined) this.add(c);
  }

  private pattern(p: N): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSingleton':
        this.add(convertConst(p.value));
        return;
      case 'MatchSequence': {
        const star = p.patterns.findIndex((x: N) => x._type === 'MatchStar');
        const n = star < 0 ? p.patterns.length : p.patterns.length - 1;
        if (star >= 0 ? n > 0 : true) this.add(n);
        for (const x of p.patterns) this.pattern(x);
        return;
      }
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        {
          const ks = p.keys.map((k: N) => foldConst(k));
          if (ks.every((v: PyObject | undefined) => v !== undefined)) this.add(new PyTuple(ks as PyObject[]));
        }
        for (const x of p.patterns) this.pattern(x);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        this.add(new PyTuple(p.kwd_attrs.slice()));
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        return;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        return;
      case 'MatchOr':
        for (const x of p.patterns) this.pattern(x);
        return;
    }
  }

  // --- expressions ---

  exprs(es: N[]): void {
    for (const e of es) this.expr(e);
  }

  iterableOf(e: N): void {
    this.iterable(e);
  }

  private iterable(e: N): void {
    const v = foldIterable(e);
    if (v !== undefined) this.add(v);
    else this.expr(e);
  }

  private target(t: N): void {
    switch (t._type) {
      case 'Attribute':
        this.expr(t.value);
        return;
      case 'Subscript':
        this.expr(t.value);
        this.slice(t.slice);
        return;
      case 'Tuple':
      case 'List':
        for (const x of t.elts) this.target(x);
        return;
      case 'Starred':
        this.target(t.value);
        return;
    }
  }

  private targetLoad(t: N): void {
    this.target(t);
  }

  private slice(s: N): void {
    if (s._type !== 'Slice') {
      this.expr(s);
      return;
    }
    if (s.lower !== null) this.expr(s.lower);
    else this.add(None);
    if (s.upper !== null) this.expr(s.upper);
    else this.add(None);
    if (s.step !== null) this.expr(s.step);
  }

  expr(e: N): void {
    const v = foldConst(e);
    if (v !== undefined) {
      this.add(v);
      return;
    }
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        return;
      case 'NamedExpr':
        this.expr(e.value);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return;
      case 'Lambda':
        this.defaults(e.args);
        this.code(e);
        return;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'Dict':
        this.dict(e);
        return;
      case 'Set':
      case 'List':
        this.display(e);
        return;
      case 'Tuple':
        this.display(e);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.code(e);
        this.iterable(e.generators[0].iter);
        return;
      case 'Await':
        this.expr(e.value);
        this.add(None);
        return;
      case 'Yield':
        if (e.value === null) this.add(None);
        else this.expr(e.value);
        return;
      case 'YieldFrom':
        this.expr(e.value);
        this.add(None);
        return;
      case 'Compare':
        this.expr(e.left);
        for (let i = 0; i < e.comparators.length; i++) {
          const op = e.ops[i];
          if (op === 'In' || op === 'NotIn') this.iterable(e.comparators[i]);
          else this.expr(e.comparators[i]);
        }
        return;
      case 'Call':
        this.expr(e.func);
        this.callArgs(e.args, e.keywords);
        return;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        return;
      case 'JoinedStr':
        for (const x of e.values) this.expr(x);
        return;
      case 'Attribute':
        this.expr(e.value);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.slice(e.slice);
        return;
      case 'Starred':
        this.expr(e.value);
        return;
      case 'Slice':
        this.slice(e);
        return;
    }
  }

  private callArgs(args: N[], keywords: N[]): void {
    const starred = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (starred) {
      this.exprs(args);
      for (const k of keywords) {
        if (k.arg !== null) this.add(k.arg);
        this.expr(k.value);
      }
      return;
    }
    this.exprs(args);
    if (keywords.length > 0) {
      for (const k of keywords) this.expr(k.value);
      this.add(new PyTuple(keywords.map((k) => k.arg)));
    }
  }

  /** List/set/tuple displays: more than two constants load as one tuple (starunpack_helper). */
  private display(e: N): void {
    const elts: N[] = e.elts;
    if (e._type !== 'Tuple' && elts.length > 2) {
      const vals = elts.map((x) => (x._type === 'Starred' ? undefined : foldConst(x)));
      if (vals.every((v) => v !== undefined)) {
        this.add(e._type === 'List' ? new PyTuple(vals as PyObject[]) : constSetDisplay(vals as PyObject[]));
        return;
      }
    }
    this.exprs(elts);
  }

  /** Dict displays: constant keys of a run of two or more go in one tuple (BUILD_CONST_KEY_MAP). */
  private dict(e: N): void {
    const n = e.keys.length;
    const keys = e.keys.map((k: N) => (k === null ? undefined : foldConst(k)));
    if (n > 1 && n <= 16 && e.keys.every((k: N) => k !== null) && keys.every((k: PyObject | undefined) => k !== undefined)) {
      this.exprs(e.values);
      this.add(new PyTuple(keys as PyObject[]));
      return;
    }
    for (let i = 0; i < n; i++) {
      if (e.keys[i] !== null) this.expr(e.keys[i]);
      this.expr(e.values[i]);
    }
  }
}

/**
 * co_consts of the code compiled from `node` (a FunctionDef/AsyncFunctionDef/Lambda/ClassDef,
 * a comprehension, or a Module/Expression for module code); `nested` finds the code objects of
 * the blocks it contains.
 */
export function coConsts(node: N, nested: NestedCode, qualname: string, classCell: boolean, futureAnnotations = false): PyObject[] {
  const c = new Collector(nested);
  c.futureAnnotations = futureAnnotations;
  switch (node._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef': {
      const doc = docstring(node.body);
      c.add(doc ?? None);
      c.firstOfBody = node.body[0];
      // The implicit `return None` at a reachable end.
      if (c.body(doc !== null ? node.body.slice(1) : node.body)) c.add(None);
      return c.finish(true);
    }
    case 'Lambda':
      c.add(None);
      c.expr(node.body);
      return c.finish(true);
    case 'ClassDef': {
      c.add(qualname);
      c.firstOfBody = node.body[0];
      const doc = docstring(node.body);
      if (doc !== null) c.add(doc);
      c.moduleLevel = true;
      c.body(doc !== null ? node.body.slice(1) : node.body);
      if (!classCell) c.add(None);
      return c.finish(false);
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      const gens = node.generators;
      gens.forEach((g: N, i: number) => {
        if (i > 0) c.iterableOf(g.iter);
        c.exprs(g.ifs);
      });
      if (node._type === 'DictComp') {
        c.expr(node.key);
        c.expr(node.value);
      } else {
        c.expr(node.elt);
      }
      if (node._type === 'GeneratorExp') c.add(None);
      return c.finish(false);
    }
    case 'Module': {
      c.moduleLevel = true;
      c.firstOfBody = node.body[0];
      const doc = docstring(node.body);
      if (doc !== null) c.add(doc);
      c.body(doc !== null ? node.body.slice(1) : node.body);
      c.add(None);
      return c.finish(false);
    }
    case 'Expression':
      c.expr(node.body);
      return c.finish(false);
  }
  return [];
}
