// A tiny tree-walking evaluator for the container fixtures (spec/fixtures/containers.json):
// it runs CPython's AST of small snippets (as JSON, from tools/gen-container-fixtures.py)
// directly on the object model, so container semantics can be checked against CPython
// before the real backends exist. Supports the subset the fixtures use: expressions,
// assignment (incl. tuple targets, subscripts, augmented), del, if/for/while/try, def/lambda
// (positional parameters, *args, defaults), class statements, raise, list/set/dict
// comprehensions. Not a Python implementation: no scoping declarations, no generators.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import { E, PyBaseException, newError } from '../../src/objects/exception.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyTuple, PyList } from '../../src/objects/tuple.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyType } from '../../src/objects/type.js';
import { None } from '../../src/objects/singletons.js';
import { PyFunction, type Code } from '../../src/objects/function.js';
import { CmpOp } from '../../src/objects/slots.js';
import {
  typeOf, typeName, typeError, repr, hashOf, richCompare, isTrue, getAttr, setAttr, call, getIter, iterNext, binaryOp,
  inplaceOp, powerOp, inplacePower, unaryOp, getItem, setItem, contains,
} from '../../src/objects/protocol.js';
import { nativeFunction, checkPositional, PyMethodDescriptor } from '../../src/objects/native.js';
import { buildClass } from '../../src/objects/class-create.js';
import { newSet, setAdd, setUpdate, setItems } from '../../src/objects/set.js';
import { PySlice } from '../../src/objects/slice.js';
import { newCallableIterator } from '../../src/objects/iterators.js';
import { builtinSorted } from '../../src/builtins/iteration.js';
import { iterateToArray } from '../../src/objects/iterate.js';
import type { BinarySlot } from '../../src/objects/slots.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = { _: string; [field: string]: any };

class ReturnSignal {
  constructor(readonly value: PyObject) {}
}
class BreakSignal {}
class ContinueSignal {}

/** A scope: function locals (a Map) or a class body (its namespace dict). */
class Scope {
  vars = new Map<string, PyObject>();
  constructor(readonly parent: Scope | null, readonly ns: PyDict | null = null) {}
  get(name: string): PyObject | undefined {
    if (this.ns !== null) return this.ns.getStr(name);
    return this.vars.get(name);
  }
  set(name: string, v: PyObject): void {
    if (this.ns !== null) this.ns.setStr(name, v);
    else this.vars.set(name, v);
  }
  delete(name: string): boolean {
    if (this.ns !== null) return this.ns.delete(name) !== undefined;
    return this.vars.delete(name);
  }
  /** The scope functions defined here close over (class bodies are skipped). */
  closure(): Scope {
    return this.ns !== null && this.parent !== null ? this.parent.closure() : this;
  }
}

const BIN: Record<string, BinarySlot> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'truediv', FloorDiv: 'floordiv', Mod: 'mod', BitAnd: 'and', BitOr: 'or',
  BitXor: 'xor', LShift: 'lshift', RShift: 'rshift', MatMult: 'matmul',
};
const CMP: Record<string, CmpOp> = { Lt: CmpOp.LT, LtE: CmpOp.LE, Eq: CmpOp.EQ, NotEq: CmpOp.NE, Gt: CmpOp.GT, GtE: CmpOp.GE };

let builtins: Map<string, PyObject> | null = null;

function makeBuiltins(): Map<string, PyObject> {
  const b = new Map<string, PyObject>();
  for (const n of ['list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'enumerate', 'zip', 'map', 'filter',
    'reversed', 'int', 'float', 'bool', 'str', 'object', 'type']) {
    if (T[n] !== undefined) b.set(n, T[n]);
  }
  for (const n in E) b.set(n, E[n]);
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => b.set(name, nativeFunction(name, f));
  fn('len', (args, kw) => {
    checkPositional('len', args, kw, 1, 1);
    const f = typeOf(args[0]).slots.len;
    if (f === undefined) typeError(`object of type '${typeName(args[0])}' has no len()`);
    const n = f(args[0]);
    return Number.isSafeInteger(n) ? n : BigInt(n);
  });
  fn('iter', (args, kw) => {
    checkPositional('iter', args, kw, 1, 2);
    if (args.length === 1) return getIter(args[0]);
    if (typeOf(args[0]).slots.call === undefined) typeError('iter(v, w): v must be callable');
    return newCallableIterator(args[0], args[1]);
  });
  fn('next', (args, kw) => {
    checkPositional('next', args, kw, 1, 2);
    const f = typeOf(args[0]).slots.iternext;
    if (f === undefined) typeError(`'${typeName(args[0])}' object is not an iterator`);
    const r = f(args[0]);
    if (r !== undefined) return r;
    if (args.length > 1) return args[1];
    throw newError(E.StopIteration);
  });
  fn('repr', (args, kw) => repr(checkPositional('repr', args, kw, 1, 1)[0]));
  fn('hash', (args, kw) => hashOf(checkPositional('hash', args, kw, 1, 1)[0]));
  fn('sorted', builtinSorted);
  fn('isinstance', (args, kw) => {
    checkPositional('isinstance', args, kw, 2, 2);
    return typeOf(args[0]).isSubtype(args[1] as PyType);
  });
  return b;
}

/** Would CPython's AST optimizer fold this to a constant? */
function isConstNode(n: Node): boolean {
  switch (n._) {
    case 'Constant': return true;
    case 'UnaryOp': return isConstNode(n.operand);
    case 'BinOp': return isConstNode(n.left) && isConstNode(n.right);
    case 'Tuple': return (n.elts as Node[]).every(isConstNode);
    default: return false;
  }
}

function constant(v: unknown): PyObject {
  if (v === null) return None;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  const o = v as { int?: string; float?: string };
  if (o.int !== undefined) {
    const b = BigInt(o.int);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  const f = o.float!;
  return new PyFloat(f === 'inf' ? Infinity : f === '-inf' ? -Infinity : f === 'nan' ? NaN : Number(f));
}

export class MiniPython {
  readonly globals = new Scope(null);
  private readonly globalsDict = new PyDict();
  private readonly builtinsDict = new PyDict();

  constructor() {
    if (builtins === null) builtins = makeBuiltins();
    this.globalsDict.setStr('__name__', '__main__');
  }

  /** Runs a module body; returns the value of its last statement if that is an expression. */
  run(body: Node[]): PyObject {
    let last: PyObject = None;
    for (let i = 0; i < body.length; i++) {
      const st = body[i];
      if (i === body.length - 1 && st._ === 'Expr') last = this.eval(st.value, this.globals);
      else this.exec(st, this.globals);
    }
    return last;
  }

  private lookup(name: string, scope: Scope): PyObject {
    for (let s: Scope | null = scope; s !== null; s = s.parent) {
      const v = s.get(name);
      if (v !== undefined) return v;
    }
    const b = builtins!.get(name);
    if (b !== undefined) return b;
    throw newError(E.NameError, `name '${name}' is not defined`);
  }

  private execBody(body: Node[], scope: Scope): void {
    for (const st of body) this.exec(st, scope);
  }

  exec(st: Node, scope: Scope): void {
    switch (st._) {
      case 'Expr':
        this.eval(st.value, scope);
        return;
      case 'Pass':
        return;
      case 'Assign': {
        const v = this.eval(st.value, scope);
        for (const t of st.targets) this.assign(t, v, scope);
        return;
      }
      case 'AugAssign': {
        const op: string = st.op._;
        const apply = (cur: PyObject, v: PyObject) => (op === 'Pow' ? inplacePower(cur, v) : inplaceOp(cur, v, BIN[op]));
        const t: Node = st.target;
        if (t._ === 'Name') {
          const cur = this.lookup(t.id, scope);
          scope.set(t.id, apply(cur, this.eval(st.value, scope)));
        } else if (t._ === 'Subscript') {
          const obj = this.eval(t.value, scope);
          const key = this.eval(t.slice, scope);
          const cur = getItem(obj, key);
          setItem(obj, key, apply(cur, this.eval(st.value, scope)));
        } else if (t._ === 'Attribute') {
          const obj = this.eval(t.value, scope);
          const cur = getAttr(obj, t.attr);
          setAttr(obj, t.attr, apply(cur, this.eval(st.value, scope)));
        } else throw new Error(`unsupported augmented target ${t._}`);
        return;
      }
      case 'Delete':
        for (const t of st.targets) {
          if (t._ === 'Name') {
            if (!scope.delete(t.id)) throw newError(E.NameError, `name '${t.id}' is not defined`);
          } else if (t._ === 'Subscript') setItem(this.eval(t.value, scope), this.eval(t.slice, scope), null);
          else if (t._ === 'Attribute') setAttr(this.eval(t.value, scope), t.attr, null);
          else throw new Error(`unsupported del target ${t._}`);
        }
        return;
      case 'If':
        this.execBody(isTrue(this.eval(st.test, scope)) ? st.body : st.orelse, scope);
        return;
      case 'For': {
        const it = getIter(this.eval(st.iter, scope));
        for (;;) {
          const x = iterNext(it);
          if (x === undefined) break;
          this.assign(st.target, x, scope);
          try {
            this.execBody(st.body, scope);
          } catch (e) {
            if (e instanceof BreakSignal) return;
            if (e instanceof ContinueSignal) continue;
            throw e;
          }
        }
        this.execBody(st.orelse, scope);
        return;
      }
      case 'While':
        while (isTrue(this.eval(st.test, scope))) {
          try {
            this.execBody(st.body, scope);
          } catch (e) {
            if (e instanceof BreakSignal) return;
            if (e instanceof ContinueSignal) continue;
            throw e;
          }
        }
        this.execBody(st.orelse, scope);
        return;
      case 'Break':
        throw new BreakSignal();
      case 'Continue':
        throw new ContinueSignal();
      case 'Return':
        throw new ReturnSignal(st.value === null ? None : this.eval(st.value, scope));
      case 'Raise': {
        if (st.exc === null) throw new Error('bare raise is not supported');
        let exc = this.eval(st.exc, scope);
        if (exc instanceof PyType) exc = call(exc, []);
        throw exc;
      }
      case 'Try': {
        try {
          try {
            this.execBody(st.body, scope);
          } catch (e) {
            if (!(e instanceof PyBaseException)) throw e;
            for (const h of st.handlers as Node[]) {
              if (h.type !== null) {
                const t = this.eval(h.type, scope) as PyType;
                if (!e.cls.isSubtype(t)) continue;
              }
              if (h.name !== null) scope.set(h.name, e);
              this.execBody(h.body, scope);
              return;
            }
            throw e;
          }
          this.execBody(st.orelse, scope);
        } finally {
          this.execBody(st.finalbody, scope);
        }
        return;
      }
      case 'FunctionDef':
        scope.set(st.name, this.makeFunction(st.name, st.args, st.body, false, scope));
        return;
      case 'ClassDef': {
        const bases = (st.bases as Node[]).map((b) => this.eval(b, scope));
        const kwnames = (st.keywords as Node[]).map((k) => k.arg as string);
        const kwvalues = (st.keywords as Node[]).map((k) => this.eval(k.value, scope));
        const cls = buildClass((ns) => {
          const d = ns as PyDict;
          d.setStr('__module__', '__main__');
          d.setStr('__qualname__', st.name);
          this.execBody(st.body, new Scope(scope, d));
          return null;
        }, st.name, bases, kwnames, kwvalues);
        scope.set(st.name, cls);
        return;
      }
      default:
        throw new Error(`unsupported statement ${st._}`);
    }
  }

  private assign(t: Node, v: PyObject, scope: Scope): void {
    switch (t._) {
      case 'Name':
        scope.set(t.id, v);
        return;
      case 'Subscript':
        setItem(this.eval(t.value, scope), this.eval(t.slice, scope), v);
        return;
      case 'Attribute':
        setAttr(this.eval(t.value, scope), t.attr, v);
        return;
      case 'Tuple':
      case 'List': {
        const items = iterateToArray(v);
        const elts = t.elts as Node[];
        if (items.length !== elts.length) {
          if (items.length > elts.length) throw newError(E.ValueError, `too many values to unpack (expected ${elts.length})`);
          throw newError(E.ValueError, `not enough values to unpack (expected ${elts.length}, got ${items.length})`);
        }
        elts.forEach((e, i) => this.assign(e, items[i], scope));
        return;
      }
      default:
        throw new Error(`unsupported target ${t._}`);
    }
  }

  private makeFunction(name: string, a: Node, body: Node[] | Node, isLambda: boolean, scope: Scope): PyFunction {
    const params = (a.args as Node[]).map((p) => p.arg as string);
    const vararg: string | null = a.vararg === null ? null : a.vararg.arg;
    const defaults = (a.defaults as Node[]).map((d) => this.eval(d, scope));
    const closure = scope.closure();
    const self = this;
    const code: Code = {
      co_name: name, co_qualname: name, co_filename: '<case>', co_firstlineno: 1, co_argcount: params.length,
      co_posonlyargcount: 0, co_kwonlyargcount: 0, co_varnames: params.slice(), co_cellvars: [], co_freevars: [],
      co_flags: 0,
      invoke(_fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
        const local = new Scope(closure);
        const nkw = kwnames === null ? 0 : kwnames.length;
        const npos = args.length - nkw;
        if (npos > params.length && vararg === null) {
          typeError(`${name}() takes ${params.length} positional argument${params.length === 1 ? '' : 's'} but ${npos} were given`);
        }
        for (let i = 0; i < Math.min(npos, params.length); i++) local.set(params[i], args[i]);
        if (vararg !== null) local.set(vararg, new PyTuple(args.slice(params.length, npos)));
        for (let k = 0; k < nkw; k++) {
          if (!params.includes(kwnames![k])) typeError(`${name}() got an unexpected keyword argument '${kwnames![k]}'`);
          local.set(kwnames![k], args[npos + k]);
        }
        params.forEach((p, i) => {
          if (local.get(p) !== undefined) return;
          const di = i - (params.length - defaults.length);
          if (di >= 0) local.set(p, defaults[di]);
          else typeError(`${name}() missing 1 required positional argument: '${p}'`);
        });
        if (isLambda) return self.eval(body as Node, local);
        try {
          self.execBody(body as Node[], local);
        } catch (e) {
          if (e instanceof ReturnSignal) return e.value;
          throw e;
        }
        return None;
      },
      invoke1(fn: PyFunction, a: PyObject): PyObject {
        return this.invoke(fn, [a], null);
      },
      invoke2(fn: PyFunction, a: PyObject, b: PyObject): PyObject {
        return this.invoke(fn, [a, b], null);
      },
    };
    return new PyFunction(code, this.globalsDict, this.builtinsDict, name, defaults.length ? defaults : null, null, null);
  }

  private evalArgs(nodes: Node[], scope: Scope): PyObject[] {
    const out: PyObject[] = [];
    for (const n of nodes) {
      if (n._ === 'Starred') out.push(...iterateToArray(this.eval(n.value, scope)));
      else out.push(this.eval(n, scope));
    }
    return out;
  }

  private comprehension(gens: Node[], scope: Scope, emit: (s: Scope) => void): void {
    const local = new Scope(scope.closure());
    const loop = (k: number, s: Scope) => {
      if (k === gens.length) {
        emit(s);
        return;
      }
      const g = gens[k];
      const it = getIter(this.eval(g.iter, k === 0 ? scope : s));
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) return;
        this.assign(g.target, x, s);
        if ((g.ifs as Node[]).every((c) => isTrue(this.eval(c, s)))) loop(k + 1, s);
      }
    };
    loop(0, local);
  }

  eval(n: Node, scope: Scope): PyObject {
    switch (n._) {
      case 'Constant':
        return constant(n.v);
      case 'Name':
        return this.lookup(n.id, scope);
      case 'List':
        return new PyList(this.evalArgs(n.elts, scope));
      case 'Tuple':
        return new PyTuple(this.evalArgs(n.elts, scope));
      case 'Set': {
        const items = this.evalArgs(n.elts, scope);
        // CPython compiles a display of more than two constants as BUILD_SET + a frozenset
        // constant + SET_UPDATE, which gives a different table layout (iteration order). The
        // compiler's constant merging rebuilds that frozenset from its own iteration order.
        if (items.length > 2 && (n.elts as Node[]).every(isConstNode)) {
          const folded = newSet(setItems(newSet(items, T.frozenset)), T.frozenset);
          const s = newSet([]);
          setUpdate(s, folded);
          return s;
        }
        return newSet(items);
      }
      case 'Dict': {
        const d = new PyDict();
        (n.keys as (Node | null)[]).forEach((k, i) => {
          if (k === null) throw new Error('** in dict displays is not supported');
          const key = this.eval(k, scope);
          d.set(key, this.eval(n.values[i], scope));
        });
        return d;
      }
      case 'Call': {
        // `obj.name(...)` as CPython's LOAD_METHOD: a builtin type's method is called unbound
        // with obj (its errors name the defining type), not through a bound method object.
        let self: PyObject | undefined;
        let f: PyObject;
        if ((n.func as Node)._ === 'Attribute') {
          const obj = this.eval((n.func as Node).value, scope);
          const attr = (n.func as Node).attr as string;
          const found = typeOf(obj).lookup(attr);
          const shadow = obj instanceof PyObj && obj.dict !== null && obj.dict.getStr(attr) !== undefined;
          if (found instanceof PyMethodDescriptor && !shadow) {
            self = obj;
            f = found;
          } else f = getAttr(obj, attr);
        } else f = this.eval(n.func, scope);
        const args = this.evalArgs(n.args, scope);
        if (self !== undefined) args.unshift(self);
        const kwnames: string[] = [];
        for (const k of n.keywords as Node[]) {
          if (k.arg === null) throw new Error('** in calls is not supported');
          kwnames.push(k.arg);
          args.push(this.eval(k.value, scope));
        }
        return call(f, args, kwnames.length ? kwnames : null);
      }
      case 'Attribute':
        return getAttr(this.eval(n.value, scope), n.attr);
      case 'Subscript':
        return getItem(this.eval(n.value, scope), this.eval(n.slice, scope));
      case 'Slice': {
        const part = (x: Node | null) => (x === null ? None : this.eval(x, scope));
        return new PySlice(part(n.lower), part(n.upper), part(n.step));
      }
      case 'BinOp': {
        const a = this.eval(n.left, scope);
        const b = this.eval(n.right, scope);
        return n.op._ === 'Pow' ? powerOp(a, b) : binaryOp(a, b, BIN[n.op._]);
      }
      case 'UnaryOp': {
        const v = this.eval(n.operand, scope);
        switch (n.op._) {
          case 'Not': return !isTrue(v);
          case 'USub': return unaryOp(v, 'neg');
          case 'UAdd': return unaryOp(v, 'pos');
          default: return unaryOp(v, 'invert');
        }
      }
      case 'Compare': {
        let left = this.eval(n.left, scope);
        let result: PyObject = true;
        for (let i = 0; i < n.ops.length; i++) {
          const right = this.eval(n.comparators[i], scope);
          const op: string = n.ops[i]._;
          if (op === 'In') result = contains(right, left);
          else if (op === 'NotIn') result = !contains(right, left);
          else if (op === 'Is') result = left === right;
          else if (op === 'IsNot') result = left !== right;
          else result = richCompare(left, right, CMP[op]);
          if (!isTrue(result)) return result;
          left = right;
        }
        return result;
      }
      case 'BoolOp': {
        let v: PyObject = None;
        for (const x of n.values as Node[]) {
          v = this.eval(x, scope);
          if (n.op._ === 'And' ? !isTrue(v) : isTrue(v)) return v;
        }
        return v;
      }
      case 'IfExp':
        return isTrue(this.eval(n.test, scope)) ? this.eval(n.body, scope) : this.eval(n.orelse, scope);
      case 'Lambda':
        return this.makeFunction('<lambda>', n.args, n.body, true, scope);
      case 'ListComp': {
        const out: PyObject[] = [];
        this.comprehension(n.generators, scope, (s) => out.push(this.eval(n.elt, s)));
        return new PyList(out);
      }
      case 'SetComp': {
        const out = newSet([]);
        this.comprehension(n.generators, scope, (s) => setAdd(out, this.eval(n.elt, s)));
        return out;
      }
      case 'DictComp': {
        const out = new PyDict();
        this.comprehension(n.generators, scope, (s) => out.set(this.eval(n.key, s), this.eval(n.value, s)));
        return out;
      }
      default:
        throw new Error(`unsupported expression ${n._}`);
    }
  }
}

