// Expression evaluation: one switch over the node kind, on the shared object protocol, with
// inline fast paths for small-int arithmetic and comparisons, and method calls that skip the
// bound-method allocation.

import type { expr, keyword, comprehension, Constant as ConstantNode, Set as SetNode } from '../../src/ast/nodes.js';
import type { Constant_ } from '../../src/ast/constant.js';
import { ELLIPSIS, PyBytesConst, PyComplexConst } from '../../src/ast/constant.js';
import { PyObj, normInt, type PyObject } from '../../src/objects/object.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyFunction, PyCell } from '../../src/objects/function.js';
import { None, Ellipsis } from '../../src/objects/singletons.js';
import { T } from '../../src/objects/types.js';
import { E, newError } from '../../src/objects/exception.js';
import { CmpOp, type BinarySlot } from '../../src/objects/slots.js';
import {
  typeOf, typeName, typeError, getAttr, call, isTrue, binaryOp, richCompare, unaryOp, powerOp,
  getItem, contains, getIter, iterNext, repr, str,
} from '../../src/objects/protocol.js';
import { genericGetAttr } from '../../src/objects/generic-attr.js';
import { functionStr } from '../../src/objects/arguments.js';
import { factories, iterateToArray } from '../../src/objects/factories.js';
import { PySet, newSet, setAdd, setUpdate, constSetDisplay } from '../../src/objects/set.js';
import { hasNativeDictIter } from '../../src/objects/dict-type.js';
import { loadName, storeName } from './names.js';
import type { Binding } from './code.js';
import type { Frame } from './frame.js';
import { makeFunction, runComprehension } from './functions.js';
import { assignTo } from './assign.js';

type Ext = { [k: string]: unknown };

const BINOP_SLOT: Record<string, BinarySlot> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
export { BINOP_SLOT };

const CMP: Record<string, CmpOp> = { Lt: CmpOp.LT, LtE: CmpOp.LE, Eq: CmpOp.EQ, NotEq: CmpOp.NE, Gt: CmpOp.GT, GtE: CmpOp.GE };

/** The runtime value of a Constant node (computed once, cached on the node). */
export function constantValue(n: ConstantNode): PyObject {
  const ext = n as unknown as Ext;
  const cached = ext.pyv;
  if (cached !== undefined) return cached as PyObject;
  const v = convertConstant(n.value);
  ext.pyv = v;
  return v;
}

export function convertConstant(c: Constant_): PyObject {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean': return c;
    case 'bigint': return normInt(c);
    case 'number': return new PyFloat(c);
    case 'string': return c;
  }
  if (c === ELLIPSIS) return Ellipsis;
  if (c instanceof PyBytesConst) return factories.newBytes(c.bytes);
  if (c instanceof PyComplexConst) return factories.newComplex(c.real, c.imag);
  throw new Error('unknown constant');
}

export function binop(op: string, a: PyObject, b: PyObject): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 'Add': {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case 'Sub': {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case 'Mult': {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
        break;
      }
    }
  }
  if (op === 'Pow') return powerOp(a, b);
  return binaryOp(a, b, BINOP_SLOT[op]);
}

export function compareOp(op: string, a: PyObject, b: PyObject): PyObject {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 'Lt': return a < b;
      case 'LtE': return a <= b;
      case 'Eq': return a === b;
      case 'NotEq': return a !== b;
      case 'Gt': return a > b;
      case 'GtE': return a >= b;
    }
  }
  switch (op) {
    case 'Is': return a === b;
    case 'IsNot': return a !== b;
    case 'In': return contains(b, a);
    case 'NotIn': return !contains(b, a);
  }
  return richCompare(a, b, CMP[op]);
}

export function evalExpr(n: expr, f: Frame): PyObject {
  switch (n._type) {
    case 'Name':
      return loadName((n as unknown as Ext).b as Binding, f);
    case 'Constant':
      return constantValue(n);
    case 'BinOp':
      return binop(n.op, evalExpr(n.left, f), evalExpr(n.right, f));
    case 'Compare': {
      let left = evalExpr(n.left, f);
      const ops = n.ops;
      const last = ops.length - 1;
      for (let i = 0; ; i++) {
        const right = evalExpr(n.comparators[i], f);
        const r = compareOp(ops[i], left, right);
        if (i === last) return r;
        if (!(r === true || (r !== false && isTrue(r)))) return r;
        left = right;
      }
    }
    case 'BoolOp': {
      const values = n.values;
      let v: PyObject = None;
      if (n.op === 'And') {
        for (let i = 0; i < values.length; i++) {
          v = evalExpr(values[i], f);
          if (i < values.length - 1 && !isTrue(v)) return v;
        }
      } else {
        for (let i = 0; i < values.length; i++) {
          v = evalExpr(values[i], f);
          if (i < values.length - 1 && isTrue(v)) return v;
        }
      }
      return v;
    }
    case 'UnaryOp': {
      const v = evalExpr(n.operand, f);
      switch (n.op) {
        case 'Not': return !isTrue(v);
        case 'USub':
          if (typeof v === 'number' && v !== 0) return -v;
          return unaryOp(v, 'neg');
        case 'UAdd': return unaryOp(v, 'pos');
        case 'Invert': return unaryOp(v, 'invert');
      }
      break;
    }
    case 'IfExp':
      return isTrue(evalExpr(n.test, f)) ? evalExpr(n.body, f) : evalExpr(n.orelse, f);
    case 'Attribute':
      return getAttr(evalExpr(n.value, f), n.attr);
    case 'Subscript':
      return getItem(evalExpr(n.value, f), evalExpr(n.slice, f));
    case 'Slice':
      return factories.newSlice(
        n.lower === null ? None : evalExpr(n.lower, f),
        n.upper === null ? None : evalExpr(n.upper, f),
        n.step === null ? None : evalExpr(n.step, f),
      );
    case 'Call':
      return evalCall(n.func, n.args, n.keywords, f);
    case 'Tuple':
      return new PyTuple(evalElements(n.elts, f));
    case 'List':
      return new PyList(evalElements(n.elts, f));
    case 'Set':
      return evalSetDisplay(n, f);
    case 'Dict': {
      const d = new PyDict();
      for (let i = 0; i < n.keys.length; i++) {
        const k = n.keys[i];
        if (k === null) {
          mergeMapping(d, evalExpr(n.values[i], f), null);
        } else {
          const key = evalExpr(k, f);
          d.set(key, evalExpr(n.values[i], f));
        }
      }
      return d;
    }
    case 'JoinedStr': {
      let s = '';
      for (const part of n.values) s += part._type === 'Constant' ? (part.value as string) : str(evalExpr(part, f));
      return s;
    }
    case 'FormattedValue': {
      let v = evalExpr(n.value, f);
      if (n.conversion === 115) v = str(v);
      else if (n.conversion === 114) v = repr(v);
      else if (n.conversion === 97) v = factories.ascii(v);
      const spec = n.format_spec === null ? '' : (evalExpr(n.format_spec, f) as string);
      if (spec === '' && typeof v === 'string') return v;
      return factories.format(v, spec);
    }
    case 'NamedExpr': {
      const v = evalExpr(n.value, f);
      storeName((n.target as unknown as Ext).b as Binding, f, v);
      return v;
    }
    case 'Lambda':
      return makeFunction(n, f, null);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return runComprehension(n, f);
    case 'Starred':
      throw newError(E.SyntaxError, "can't use starred expression here");
    case 'Await':
    case 'Yield':
    case 'YieldFrom':
      throw new Error(`tree-walker: ${n._type} outside generator mode`);
  }
  throw new Error(`tree-walker: cannot evaluate ${(n as { _type: string })._type}`);
}

/** Elements of a tuple/list/set display, with *iterable unpacking. */
export function evalElements(elts: expr[], f: Frame): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < elts.length; i++) {
    const e = elts[i];
    if (e._type === 'Starred') {
      const v = evalExpr(e.value, f);
      const items = iterateStarred(v);
      for (let j = 0; j < items.length; j++) out.push(items[j]);
    } else out.push(evalExpr(e, f));
  }
  return out;
}

function iterateStarred(v: PyObject): PyObject[] {
  const t = typeOf(v);
  if (t.slots.iter === undefined && t.slots.getitem === undefined) {
    typeError(`Value after * must be an iterable, not ${t.name}`);
  }
  return iterateToArray(v);
}

/** {**m} and f(**m): copies a mapping's items, rejecting duplicates when `dupCheck` names the callee. */
/** A constant after CPython's AST folding: a literal, or a tuple of such. */
function isConstantExpr(e: expr): boolean {
  switch (e._type) {
    case 'Constant': return true;
    case 'Tuple': return e.elts.every(isConstantExpr);
    case 'UnaryOp': return e.op !== 'Not' && e.operand._type === 'Constant';
    default: return false;
  }
}

/** A set display; n > 2 constants go through CPython's compile-time frozenset (cached on the node). */
function evalSetDisplay(n: SetNode, f: Frame): PyObject {
  const ext = n as unknown as { constSet?: PySet | null };
  let fs = ext.constSet;
  if (fs === undefined) {
    fs = n.elts.length > 2 && n.elts.every(isConstantExpr) ? constSetDisplay(n.elts.map((e) => evalExpr(e, f))) : null;
    ext.constSet = fs;
  }
  const s = newSet();
  if (fs !== null) {
    setUpdate(s, fs);
    return s;
  }
  // BUILD_SET / SET_ADD / SET_UPDATE: a starred set is merged table-wise (set_merge).
  for (const e of n.elts) {
    if (e._type === 'Starred') setUpdate(s, evalExpr(e.value, f));
    else setAdd(s, evalExpr(e, f));
  }
  return s;
}

export function mergeMapping(d: PyDict, m: PyObject, dupCheck: string | null): void {
  if (hasNativeDictIter(m)) {
    for (const [k, v] of m.entries()) {
      if (dupCheck !== null) checkKw(d, k, dupCheck);
      d.set(k, v);
    }
    return;
  }
  let keysMeth: PyObject;
  try {
    keysMeth = getAttr(m, 'keys');
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError)) {
      if (dupCheck !== null) typeError(`${dupCheck} argument after ** must be a mapping, not ${typeName(m)}`);
      typeError(`'${typeName(m)}' object is not a mapping`);
    }
    throw e;
  }
  const it = getIter(call(keysMeth, []));
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    if (dupCheck !== null) checkKw(d, k, dupCheck);
    d.set(k, getItem(m, k));
  }
}

function checkKw(d: PyDict, k: PyObject, callee: string): void {
  if (typeof k !== 'string') typeError('keywords must be strings');
  if (d.getStr(k) !== undefined) typeError(`${callee} got multiple values for keyword argument '${k}'`);
}

/** The callee's name as CPython shows it in call-site errors ("__main__.f()", "len()"). */
export function calleeName(fn: PyObject): string {
  return functionStr(fn);
}

/** Evaluates call arguments into vectorcall form. */
function evalCallArgs(args: expr[], keywords: keyword[], f: Frame, fn: PyObject): [PyObject[], string[] | null] {
  let simple = true;
  for (let i = 0; i < args.length; i++) if (args[i]._type === 'Starred') simple = false;
  let out: PyObject[];
  if (simple) {
    out = new Array(args.length);
    for (let i = 0; i < args.length; i++) out[i] = evalExpr(args[i], f);
  } else {
    out = [];
    for (const a of args) {
      if (a._type === 'Starred') {
        const v = evalExpr(a.value, f);
        const t = typeOf(v);
        if (t.slots.iter === undefined && t.slots.getitem === undefined) {
          typeError(`${calleeName(fn)} argument after * must be an iterable, not ${t.name}`);
        }
        for (const x of iterateToArray(v)) out.push(x);
      } else out.push(evalExpr(a, f));
    }
  }
  if (keywords.length === 0) return [out, null];
  let hasDoubleStar = false;
  for (const k of keywords) if (k.arg === null) hasDoubleStar = true;
  if (!hasDoubleStar) {
    const names: string[] = new Array(keywords.length);
    for (let i = 0; i < keywords.length; i++) {
      names[i] = keywords[i].arg!;
      out.push(evalExpr(keywords[i].value, f));
    }
    return [out, names];
  }
  const kw = new PyDict();
  for (const k of keywords) {
    const v = evalExpr(k.value, f);
    if (k.arg === null) mergeMapping(kw, v, calleeName(fn));
    else {
      if (kw.getStr(k.arg) !== undefined) typeError(`${calleeName(fn)} got multiple values for keyword argument '${k.arg}'`);
      kw.setStr(k.arg, v);
    }
  }
  const names: string[] = [];
  for (const [k, v] of kw.entries()) {
    names.push(k as string);
    out.push(v);
  }
  return [out, names.length ? names : null];
}

export function evalCall(func: expr, args: expr[], keywords: keyword[], f: Frame): PyObject {
  if (func._type === 'Attribute') {
    // obj.meth(...): call a plain function found on the type without making a bound method.
    const obj = evalExpr(func.value, f);
    const t = typeOf(obj);
    if (t.slots.getattro === genericGetAttr || t.slots.getattro === T.object.slots.getattro) {
      const meth = t.lookup(func.attr);
      if (meth instanceof PyFunction && (!(obj instanceof PyObj) || obj.dict === null || obj.dict.getStr(func.attr) === undefined)) {
        const [a, kw] = evalCallArgs(args, keywords, f, meth);
        a.unshift(obj);
        return meth.code.invoke(meth, a, kw);
      }
    }
    const fn = getAttr(obj, func.attr);
    const [a, kw] = evalCallArgs(args, keywords, f, fn);
    return call(fn, a, kw);
  }
  const fn = evalExpr(func, f);
  const [a, kw] = evalCallArgs(args, keywords, f, fn);
  if (fn instanceof PyFunction) return fn.code.invoke(fn, a, kw);
  return call(fn, a, kw);
}

/** Runs the `for`/`if` clauses of a comprehension, calling `emit` for each element. */
export function comprehensionLoop(gens: comprehension[], level: number, f: Frame, first: PyObject | null, emit: () => void): void {
  const g = gens[level];
  const it = level === 0 ? first! : getIter(evalExpr(g.iter, f));
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    assignTo(g.target, x, f);
    let ok = true;
    for (const cond of g.ifs) {
      if (!isTrue(evalExpr(cond, f))) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (level + 1 < gens.length) comprehensionLoop(gens, level + 1, f, null, emit);
    else emit();
  }
}

export { PyCell };
