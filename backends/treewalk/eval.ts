// Expression evaluation: one switch over the node kind, on the shared object protocol, with
// inline fast paths for small-int arithmetic and comparisons, and method calls that skip the
// bound-method allocation.

import type {
  expr, keyword, comprehension, Constant as ConstantNode, BinOp, Compare as CompareNode, BoolOp, UnaryOp, IfExp, Attribute,
  Subscript, Slice as SliceNode, Call as CallNode, Tuple as TupleNode, List as ListNode, Set as SetNode, Dict as DictNode,
  JoinedStr, FormattedValue, NamedExpr, Lambda, ListComp, SetComp, DictComp, GeneratorExp,
} from '../../src/ast/nodes.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { finalizers } from '../../src/objects/finalizers.js';
import { argsDropped } from '../../src/runtime/early-finalize.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyDict, DELETED } from '../../src/objects/dict.js';
import { flatStr, strSlice, strValue } from '../../src/objects/str.js';
import { formatResult } from '../../src/objects/str-format.js';
import { PyList, PyTuple, EMPTY_TUPLE } from '../../src/objects/tuple.js';
import { PyFunction, PyCell } from '../../src/objects/function.js';
import { None, Ellipsis } from '../../src/objects/singletons.js';
import { T } from '../../src/objects/types.js';
import { PyType } from '../../src/objects/type.js';
import { abstractTypes, typeCall } from '../../src/objects/class-create.js';
import { E, newError, newException } from '../../src/objects/exception.js';
import { CmpOp, type BinarySlot } from '../../src/objects/slots.js';
import {
  typeOf, typeName, typeError, getAttr, call, isTrue, binaryOp, richCompare, unaryOp, powerOp,
  getItem, setItem, contains, getIter, iterNext, repr, str,
  isIterableType,
} from '../../src/objects/protocol.js';
import { genericGetAttr } from '../../src/objects/generic-attr.js';
import { functionStr } from '../../src/objects/arguments.js';
import { PyMethodDescriptor, PyBuiltinFunction, takeSoftRaise } from '../../src/objects/native.js';
import { factories, iterateToArray } from '../../src/objects/factories.js';
import { iterateToArrayHinted } from '../../src/objects/iterate.js';
import { PySet, newSet, setAdd, setUpdate, constSetDisplay } from '../../src/objects/set.js';
import { hasNativeDictIter, mappingKeys } from '../../src/objects/dict-type.js';
import { foldConst, convertConst } from '../../src/runtime/const-fold.js';
import { loadName, storeName, cachedGlobal } from './names.js';
import { subscriptSig, zeroDivisionSig } from './signal.js';
import { Acc, type Binding } from './code.js';
import type { Frame } from './frame.js';
import { makeFunction, runComprehension, enterDirect, directFrame, runDirect, blame } from './functions.js';
import type { TWCode } from './code.js';
import { X, prepareExpr, ownKind, OP_CODE, CMP_CODE } from './kinds.js';
import { binaryFast, compareFast } from './arith.js';
import { assignTo, unpackPlan, unpackFast } from './assign.js';
import { stepKind, stepNext } from './iter-step.js';
import { type AttrCache, attrCacheOf, loadAttr, lookupMethod, methodSelf } from './attr-cache.js';

type Ext = { [k: string]: unknown };

const BINOP_SLOT: Record<string, BinarySlot> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
export { BINOP_SLOT };


/** The runtime value of a Constant node (computed once, cached on the node). */
export function constantValue(n: ConstantNode): PyObject {
  const ext = n as unknown as Ext;
  const cached = ext.pyv;
  if (cached !== undefined) return cached as PyObject;
  const v = convertConst(n.value);
  ext.pyv = v;
  return v;
}

/** `a OP b` by operator name (generator mode). */
export function binop(op: string, a: PyObject, b: PyObject): PyObject {
  return binaryFast(OP_CODE[op], a, b);
}

/** One comparison by operator name (generator mode). */
export function compareOp(op: string, a: PyObject, b: PyObject): PyObject {
  return compareFast(CMP_CODE[op], a, b);
}

/** An operand through its parent's cache (kinds.ts setOperands): slot `s` or constant `c`, else evaluated. */
export function opnd(n: expr, s: number, c: PyObject | undefined, k: number, f: Frame): PyObject {
  if (s >= 0) {
    const v = f.fast[s];
    if (v !== undefined) return v;
  } else if (c !== undefined) return c;
  return evalK(n, k, f);
}

/** The operand caches kinds.ts puts on BinOp, Compare, Attribute and Subscript nodes (and `ls`/`lc` on Assign, AugAssign, Return). */
export interface Operands { ls: number; lc: PyObject | undefined; lk: number; rs: number; rc: PyObject | undefined; rk: number; o: number }

/** The left operand of node `p` (a statement's value) through its cache. */
export function operand(n: expr, p: Operands, f: Frame): PyObject {
  return opnd(n, p.ls, p.lc, p.lk, f);
}

/** A prepared one-operator Compare node (If/While tests call it directly). */
export function compareExpr(c: CompareNode, f: Frame): PyObject {
  const p = c as unknown as Operands;
  const left = opnd(c.left, p.ls, p.lc, p.lk, f);
  const right = opnd(c.comparators[0], p.rs, p.rc, p.rk, f);
  if (typeof left === 'number' && typeof right === 'number') return compareFast(p.o, left, right);
  return compareAt(c, p.o, left, right, f);
}

/** compareFast off the ints' path, a failure marked on the comparison (a try in compareExpr
 *  itself, inlined into If/While, slowed their loops by several percent). */
function compareAt(c: CompareNode, o: number, left: PyObject, right: PyObject, f: Frame): PyObject {
  try {
    return compareFast(o, left, right);
  } catch (e) {
    throw blame(e, c, f);
  }
}

export function evalExpr(n: expr, f: Frame): PyObject {
  return evalK(n, ((n as unknown as Ext).k as number) | 0, f);
}

/**
 * Whether `n`, as the test of an if/while/assert/conditional expression/comprehension `if`/case
 * guard, needs `condition`: an `and`/`or` or a chained comparison, or a `not` or conditional
 * expression around one.
 */
export function isJumpTest(n: expr): boolean {
  switch (n._type) {
    case 'BoolOp':
      return true;
    case 'Compare':
      return n.ops.length > 1;
    case 'UnaryOp':
      return n.op === 'Not' && isJumpTest(n.operand);
    case 'IfExp':
      return isJumpTest(n.body) || isJumpTest(n.orelse);
    default:
      return false;
  }
}

/**
 * The truth of test `n` (see isJumpTest) as CPython's compiler makes it (compiler_jump_if): an
 * `and`/`or` there is a chain of jumps, so each operand's truth is taken once. (Evaluated as a
 * value first, `t and u` would be `t` when t is false, and its truth taken again: t.__bool__
 * called twice, and a __bool__ with state could even answer differently.)
 */
export function condition(n: expr, f: Frame): boolean {
  switch (n._type) {
    case 'BoolOp': {
      const values = n.values;
      const and = n.op === 'And';
      for (let i = 0; i < values.length - 1; i++) {
        if (condition(values[i], f) !== and) return !and;
      }
      return condition(values[values.length - 1], f);
    }
    case 'UnaryOp':
      if (n.op === 'Not') return !condition(n.operand, f);
      break;
    case 'IfExp':
      return condition(n.test, f) ? condition(n.body, f) : condition(n.orelse, f);
    case 'Compare':
      // A chain: each link's result is tested once (as a value, a false link is the result).
      if (n.ops.length > 1) {
        const e = n as unknown as Ext;
        if (e.os === undefined) prepareExpr(n);
        const os = e.os as number[];
        let left = evalExpr(n.left, f);
        for (let i = 0; ; i++) {
          const right = evalExpr(n.comparators[i], f);
          const r = compareFast(os[i], left, right);
          const t = r === true || (r !== false && isTrue(r));
          if (!t || i === os.length - 1) return t;
          left = right;
        }
      }
  }
  const v = evalExpr(n, f);
  return v === true || (v !== false && isTrue(v));
}

/** Evaluates `n` of kind `k` (its `k`, passed by a parent that cached it; 0 when not prepared yet). */
export function evalK(n: expr, k: number, f: Frame): PyObject {
  try {
    switch (k) {
      case X.Name: {
        const slot = (n as unknown as Ext).s as number;
        if (slot >= 0) {
          const v = f.fast[slot];
          if (v !== undefined) return v;
        }
        const b = (n as unknown as Ext).b as Binding;
        switch (b.acc) {
          case Acc.DEREF: {
            const v = f.cells[b.slot].value;
            if (v !== undefined) return v;
            break;
          }
          case Acc.GLOBAL: {
            // LOAD_GLOBAL's cache hit (names.ts fills it).
            const v = cachedGlobal(b, f);
            if (v !== undefined) return v;
            break;
          }
        }
        return loadName(b, f);
      }
      case X.Constant: {
        const v = (n as unknown as Ext).pyv;
        return v !== undefined ? (v as PyObject) : constantValue(n as ConstantNode);
      }
      case X.BinOp: {
        const b = n as BinOp;
        const p = n as unknown as Operands;
        const l = opnd(b.left, p.ls, p.lc, p.lk, f);
        return binaryFast(p.o, l, opnd(b.right, p.rs, p.rc, p.rk, f));
      }
      case X.Compare: {
        const c = n as CompareNode;
        const p = n as unknown as Operands;
        const left = opnd(c.left, p.ls, p.lc, p.lk, f);
        const o = p.o;
        if (o !== 0) return compareFast(o, left, opnd(c.comparators[0], p.rs, p.rc, p.rk, f));
        return compareChain(c, left, f);
      }
      case X.BoolOp: {
        const values = (n as BoolOp).values;
        const last = values.length - 1;
        let v: PyObject = None;
        const vk = (n as unknown as { vk: Int32Array }).vk;
        if ((n as BoolOp).op === 'And') {
          for (let i = 0; i <= last; i++) {
            v = evalK(values[i], vk[i], f);
            if (i < last && !(v === true || (v !== false && isTrue(v)))) return v;
          }
        } else {
          for (let i = 0; i <= last; i++) {
            v = evalK(values[i], vk[i], f);
            if (i < last && (v === true || (v !== false && isTrue(v)))) return v;
          }
        }
        return v;
      }
      case X.UnaryOp: {
        const u = n as UnaryOp;
        const p = n as unknown as Operands;
        const v = opnd(u.operand, p.ls, p.lc, p.lk, f);
        switch (u.op) {
          case 'Not': return v === true ? false : v === false ? true : !isTrue(v);
          case 'USub':
            if (typeof v === 'number' && v !== 0) return -v;
            return unaryOp(v, 'neg');
          case 'UAdd': return unaryOp(v, 'pos');
          case 'Invert': return unaryOp(v, 'invert');
        }
        break;
      }
      case X.IfExp: {
        const c = n as IfExp;
        const p = n as unknown as { lk: number; rk: number; ok: number; jt: boolean };
        let t: boolean;
        if (p.jt) t = condition(c.test, f);
        else {
          const v = evalK(c.test, p.lk, f);
          t = v === true || (v !== false && isTrue(v));
        }
        return t ? evalK(c.body, p.rk, f) : evalK(c.orelse, p.ok, f);
      }
      case X.Attribute: {
        const p = n as unknown as Operands;
        return loadAttr((n as unknown as { ac: AttrCache }).ac, opnd((n as Attribute).value, p.ls, p.lc, p.lk, f), (n as Attribute).attr);
      }
      case X.Subscript: {
        const s = n as Subscript;
        const p = n as unknown as Operands;
        const obj = opnd(s.value, p.ls, p.lc, p.lk, f);
        if (p.rk === X.Slice && typeof obj === 'string') {
          // An exact str sliced by ints and Nones: no slice object (str.ts strSlice).
          const sl = s.slice as SliceNode;
          const a = sl.lower === null ? None : evalExpr(sl.lower, f);
          const b = sl.upper === null ? None : evalExpr(sl.upper, f);
          const c = sl.step === null ? None : evalExpr(sl.step, f);
          if ((a === None || typeof a === 'number') && (b === None || typeof b === 'number') && (c === None || typeof c === 'number')) return strSlice(obj, a, b, c);
          return subscript(obj, factories.newSlice(a, b, c));
        }
        return subscript(obj, opnd(s.slice, p.rs, p.rc, p.rk, f));
      }
      case X.Slice: {
        const s = n as SliceNode;
        return factories.newSlice(
          s.lower === null ? None : evalExpr(s.lower, f),
          s.upper === null ? None : evalExpr(s.upper, f),
          s.step === null ? None : evalExpr(s.step, f),
        );
      }
      case X.Call:
        if ((n as unknown as CalleeCache).ln === f.line) return evalCall(n as CallNode, f, false);
        return evalCallOnLine(n as CallNode, f);
      case X.CallSig:
        // A signal-region statement's call (signal.ts): SIGNALLED when the callee raised by signal.
        if ((n as unknown as CalleeCache).ln === f.line) return evalCall(n as CallNode, f, true);
        return evalCallOnLine(n as CallNode, f);
      case X.SubscriptSig: {
        const s = n as Subscript;
        const p = n as unknown as Operands;
        const obj = opnd(s.value, p.ls, p.lc, p.lk, f);
        return subscriptSig(obj, opnd(s.slice, p.rs, p.rc, p.rk, f));
      }
      case X.DivSig: {
        // `/`, `//` or `%` as a signal-region statement's value: an int divided by zero is signalled.
        const b = n as BinOp;
        const p = n as unknown as Operands;
        const l = opnd(b.left, p.ls, p.lc, p.lk, f);
        const r = opnd(b.right, p.rs, p.rc, p.rk, f);
        if (r === 0 && typeof l === 'number') return zeroDivisionSig(p.o);
        return binaryFast(p.o, l, r);
      }
      case X.Tuple: {
        const tn = n as TupleNode & ConstTupleNode;
        if (tn.cpool == null) {
          if (tn.elts.length === 0) return EMPTY_TUPLE;
          const ek = (n as unknown as { ek: Int32Array | null }).ek;
          return new PyTuple(ek !== null ? evalKinds(tn.elts, ek, f) : evalElements(tn.elts, f));
        }
        return tn.cval ?? constTuple(tn, f);
      }
      case X.List: {
        const ek = (n as unknown as { ek: Int32Array | null }).ek;
        const elts = (n as ListNode).elts;
        return new PyList(ek !== null ? evalKinds(elts, ek, f) : evalElements(elts, f));
      }
      case X.Set:
        return evalSetDisplay(n as SetNode, f);
      case X.Dict: {
        const dn = n as DictNode;
        const d = new PyDict();
        // kinds.ts: the keys' and values' kinds (a `**m` entry's key kind is 0).
        const kk = (n as unknown as { kk: Int32Array }).kk;
        const vk = (n as unknown as { vk: Int32Array }).vk;
        for (let i = 0; i < dn.keys.length; i++) {
          const k = dn.keys[i];
          if (k === null) {
            mergeMapping(d, evalK(dn.values[i], vk[i], f), null);
          } else {
            const key = evalK(k, kk[i], f);
            d.set(key, evalK(dn.values[i], vk[i], f));
          }
        }
        return d;
      }
      case X.JoinedStr: {
        // kinds.ts: `cs` holds the constant parts (null for a formatted part).
        const parts = (n as JoinedStr).values;
        const cs = (n as unknown as { cs: (string | null)[] }).cs;
        if (parts.length === 1 && cs[0] === null) return formatted(parts[0] as FormattedValue, f, true);
        let s = '';
        for (let i = 0; i < parts.length; i++) {
          const c = cs[i];
          s += c !== null ? c : (formatted(parts[i] as FormattedValue, f, false) as string);
        }
        return flatStr(s);
      }
      case X.FormattedValue:
        return formatted(n as FormattedValue, f, false);
      case X.NamedExpr: {
        const ne = n as NamedExpr;
        const v = evalExpr(ne.value, f);
        storeName((ne.target as unknown as Ext).b as Binding, f, v);
        return v;
      }
      case X.Lambda:
        return makeFunction(n as Lambda, f, null);
      case X.ListComp:
      case X.SetComp:
      case X.DictComp:
      case X.GeneratorExp:
        return runComprehension(n as ListComp | SetComp | DictComp | GeneratorExp, f);
      case X.Starred:
        throw newError(E.SyntaxError, "can't use starred expression here");
      case X.Await:
      case X.Yield:
      case X.YieldFrom:
        throw new Error(`tree-walker: ${n._type} outside generator mode`);
      case X.OnLine:
        return evalOnLine(n, f);
      default: {
        const pk = (n as unknown as Ext).k as number | undefined;
        return evalK(n, pk !== undefined ? pk : prepareExpr(n), f);
      }
    }
  } catch (e) {
    // (the innermost node an exception comes out of is where the traceback marks: blame)
    throw blame(e, n, f);
  }
  throw new Error(`tree-walker: cannot evaluate ${(n as { _type: string })._type}`);
}

/**
 * An expression on a continuation line of its statement (kinds.ts OnLine): the frame's line is
 * its own while it runs, and stays so if it raises (the traceback shows it, as CPython's).
 */
function evalOnLine(n: expr, f: Frame): PyObject {
  const saved = f.line;
  f.line = n.lineno | 0;
  const r = evalK(n, ownKind(n), f);
  f.line = saved;
  return r;
}

/**
 * A FormattedValue (`{v!r:spec}`): a constant format spec comes from kinds.ts's `fs`. `whole`:
 * it is the whole f-string, whose value is v's __format__ result as is (str-format.ts
 * formatResult); otherwise a plain string.
 */
function formatted(fv: FormattedValue, f: Frame, whole: boolean): PyObject {
  const p = fv as unknown as Operands & { fs: string | null };
  let v = opnd(fv.value, p.ls, p.lc, p.lk, f);
  const conv = fv.conversion;
  if (conv === 115) v = str(v);
  else if (conv === 114) v = repr(v);
  else if (conv === 97) v = factories.ascii(v);
  const fs = p.fs;
  const spec = fs !== null ? fs : (evalExpr(fv.format_spec!, f) as string);
  if (spec === '' && typeof v === 'string') return v;
  return whole ? formatResult(v, spec) : factories.format(v, spec);
}

/** obj[key], with exact lists and tuples indexed by an int in range and exact dicts inline. */
export function subscript(obj: PyObject, key: PyObject): PyObject {
  // (every PyObject that is a JS object is a PyObj: typeof is cheaper than a prototype walk)
  if (typeof obj === 'object') {
    const c = obj.cls;
    if (typeof key === 'number' && (c === T.list || c === T.tuple)) {
      const items = (obj as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
    } else if (c === T.dict) {
      // An exact dict has no __missing__: a miss is a KeyError (one lookup: __eq__ runs once).
      const v = (obj as PyDict).get(key);
      if (v !== undefined) return v;
      throw newException(E.KeyError, [key]);
    }
  }
  return getItem(obj, key);
}

/** obj[key] = v, with an exact list indexed by an int in range and exact dicts inline. */
export function storeSubscript(obj: PyObject, key: PyObject, v: PyObject): void {
  if (typeof obj === 'object') {
    const c = obj.cls;
    if (typeof key === 'number' && c === T.list) {
      const items = (obj as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) {
        items[i] = v;
        return;
      }
    } else if (c === T.dict) {
      (obj as PyDict).set(key, v);
      return;
    }
  }
  setItem(obj, key, v);
}

/** A chained comparison `a < b < c`: each operand evaluated once, stopping at the first false. */
function compareChain(c: CompareNode, first: PyObject, f: Frame): PyObject {
  const os = (c as unknown as Ext).os as number[];
  const last = os.length - 1;
  let left = first;
  for (let i = 0; ; i++) {
    const right = evalExpr(c.comparators[i], f);
    const r = compareFast(os[i], left, right);
    if (i === last) return r;
    if (!(r === true || (r !== false && isTrue(r)))) return r;
    left = right;
  }
}

/** Elements of a tuple/list display without starred items, by their kinds (kinds.ts `ek`). */
function evalKinds(elts: expr[], ek: Int32Array, f: Frame): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < elts.length; i++) out.push(evalK(elts[i], ek[i], f));
  return out;
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
  if (!isIterableType(t)) {
    typeError(`Value after * must be an iterable, not ${t.name}`);
  }
  // list_extend: the iterator, then the length hint (a class's __len__ runs).
  return iterateToArrayHinted(v);
}

/** {**m} and f(**m): copies a mapping's items, rejecting duplicates when `dupCheck` names the callee. */
/** A set display; n > 2 constants (after the AST optimiser's folding: `2**64`, `-1`, `__debug__`) go through CPython's compile-time frozenset (cached on the node). */
function evalSetDisplay(n: SetNode, f: Frame): PyObject {
  const ext = n as unknown as { constSet?: PySet | null };
  let fs = ext.constSet;
  if (fs === undefined) {
    const items = n.elts.length > 2 ? n.elts.map(foldConst) : [];
    fs = items.length > 0 && !items.includes(undefined) ? constSetDisplay(items as PyObject[]) : null;
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

export function mergeMapping(d: PyDict, m: PyObject, dupCheck: string | null, callee?: PyObject): void {
  // (`callee`: a call's `**` argument, named in errors as dupCheck would be, computed only
  // then: CPython's function string costs attribute lookups.)
  if (callee !== undefined) dupCheck = '';
  if (hasNativeDictIter(m)) {
    if (dupCheck === null && d.size === 0 && d.keys.length === 0 && d.shape === null && m !== d) {
      // {**m} first: m's table copied, as dict_merge into an empty dict does.
      d.becomeCopyOf(m);
      return;
    }
    const keys = m.keys;
    const values = m.values;
    const n = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED) continue;
      if (dupCheck !== null) checkKw(d, k, dupCheck, callee);
      d.set(k, values[i]);
      // A key's __eq__ or __hash__ may have added to m or cleared it (CPython's dict_merge
      // checks m's entry count; a deletion leaves its entry).
      if (m.keys.length !== n || m.keys !== keys) throw newError(E.RuntimeError, 'dict mutated during update');
    }
    return;
  }
  if (callee !== undefined) dupCheck = calleeName(callee);
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
  for (const k of mappingKeys(m, keysMeth)) {
    if (dupCheck !== null) checkKw(d, k, dupCheck);
    d.set(k, getItem(m, k));
  }
}

function checkKw(d: PyDict, k: PyObject, name: string, callee?: PyObject): void {
  const s = keywordName(k);
  if (d.getStr(s) !== undefined) typeError(`${callee !== undefined ? calleeName(callee) : name} got multiple values for keyword argument '${s}'`);
}

/** A `**` mapping's key as a keyword name: a str, or an instance of a str subclass. */
function keywordName(k: PyObject): string {
  const s = strValue(k);
  if (s === undefined) typeError('keywords must be strings');
  return s;
}

/** The callee's name as CPython shows it in call-site errors ("__main__.f()", "len()"). */
export function calleeName(fn: PyObject): string {
  return functionStr(fn);
}

/** Evaluates call arguments into vectorcall form; the keyword names are left in `kwOut.names`. */
function evalCallArgs(args: expr[], keywords: keyword[], f: Frame, fn: PyObject, self: PyObject | undefined): PyObject[] {
  let simple = true;
  for (let i = 0; i < args.length; i++) if (args[i]._type === 'Starred') simple = false;
  let out: PyObject[];
  if (simple) {
    out = [];
    if (self !== undefined) out.push(self);
    for (let i = 0; i < args.length; i++) out.push(evalExpr(args[i], f));
  } else {
    out = [];
    if (self !== undefined) out.push(self);
    for (const a of args) {
      if (a._type === 'Starred') {
        const v = evalExpr(a.value, f);
        const t = typeOf(v);
        if (!isIterableType(t)) {
          // A lone `*x` goes to the call as it is (CALL_FUNCTION_EX's message); with other
          // positional arguments CPython first builds a list (LIST_EXTEND's message).
          if (args.length === 1) typeError(`${calleeName(fn)} argument after * must be an iterable, not ${t.name}`);
          typeError(`Value after * must be an iterable, not ${t.name}`);
        }
        for (const x of iterateToArrayHinted(v)) out.push(x);
      } else out.push(evalExpr(a, f));
    }
  }
  kwOut.names = null;
  if (keywords.length === 0) return out;
  let hasDoubleStar = false;
  for (const k of keywords) if (k.arg === null) hasDoubleStar = true;
  if (!hasDoubleStar) {
    const names: string[] = new Array(keywords.length);
    for (let i = 0; i < keywords.length; i++) {
      names[i] = keywords[i].arg!;
      out.push(evalExpr(keywords[i].value, f));
    }
    kwOut.names = names;
    return out;
  }
  let evaluated: PyObject | undefined;
  if (keywords.length === 1) {
    // f(..., **m) alone (a decorator's wrapper passing **kwargs on): an exact dict's items
    // are the keywords, with no merged dict made.
    const m = (evaluated = evalExpr(keywords[0].value, f));
    if (m instanceof PyDict && m.cls === T.dict) {
      let names: string[] | null = null;
      const keys = m.keys;
      const values = m.values;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === DELETED) continue;
        (names ??= []).push(keywordName(k));
        out.push(values[i]);
      }
      kwOut.names = names;
      return out;
    }
  }
  const kw = new PyDict();
  if (keywords.length === 1) mergeMapping(kw, evaluated!, null, fn);
  else {
    for (const k of keywords) {
      const v = evalExpr(k.value, f);
      if (k.arg === null) mergeMapping(kw, v, null, fn);
      else {
        if (kw.getStr(k.arg) !== undefined) typeError(`${calleeName(fn)} got multiple values for keyword argument '${k.arg}'`);
        kw.setStr(k.arg, v);
      }
    }
  }
  const names: string[] = [];
  for (const [k, v] of kw.entries()) {
    names.push(keywordName(k));
    out.push(v);
  }
  kwOut.names = names.length ? names : null;
  return out;
}

/** The keyword names evalCallArgs produced (read at once by its caller). */
const kwOut: { names: string[] | null } = { names: null };

let listAppend: PyObject | undefined;

/** A builtin type's method called on an instance found on its type: no bound method made. */
function callDescriptor(meth: PyMethodDescriptor, obj: PyObject, c: CallNode, f: Frame): PyObject {
  if (finalizers.on) return callWatched(meth, obj, c, f);
  const args = c.args;
  if (meth === (listAppend ??= T.list.dict.getStr('append')) && args.length === 1 && (obj as PyObj).cls === T.list) {
    // lst.append(x) on an exact list (CALL_LIST_APPEND).
    const ac = c as unknown as ArgCache;
    (obj as PyList).items.push(opnd(args[0], ac.as[0], ac.av[0], ac.ak[0], f));
    return None;
  }
  // (Without the argument array when the method has an entry for the call: f0, f1, f2.)
  if (args.length === 0 && meth.f0 !== null) return meth.f0(obj);
  if (args.length === 1 && meth.f1 !== null) {
    const ac = c as unknown as ArgCache;
    const r = meth.f1(obj, opnd(args[0], ac.as[0], ac.av[0], ac.ak[0], f));
    if (r === undefined) throw takeSoftRaise();
    return r;
  }
  if (args.length === 2 && meth.f2 !== null) {
    const ac = c as unknown as ArgCache;
    const a = opnd(args[0], ac.as[0], ac.av[0], ac.ak[0], f);
    return meth.f2(obj, a, opnd(args[1], ac.as[1], ac.av[1], ac.ak[1], f));
  }
  return meth.fn(obj, positionalArgs(c, f), null);
}

/** The leaf-argument caches kinds.ts puts on Call nodes (slots, constant values). */
interface ArgCache { as: Int32Array; av: (PyObject | undefined)[]; ak: Int32Array }

/**
 * Calls `fn` with the positional arguments `args` (none starred), `self` first when given. With
 * `sig`, a direct callee that raises by signal returns SIGNALLED (runDirect).
 */
function callPositional(fn: PyObject, self: PyObject | undefined, c: CallNode, f: Frame, sig: boolean): PyObject {
  const args = c.args;
  const as = (c as unknown as ArgCache).as;
  const av = (c as unknown as ArgCache).av;
  const ak = (c as unknown as ArgCache).ak;
  const extra = self === undefined ? 0 : 1;
  const n = args.length;
  if (finalizers.on) return callWatched(fn, self, c, f);
  if (fn instanceof PyFunction) {
    const code = fn.code as TWCode;
    if (code.direct === true && n + extra === code.co_argcount && code.noCellvars && fn.code === code) {
      // The arguments go straight into the local slots of a (reused) frame.
      const fr = directFrame(fn, code);
      const fast = fr.fast;
      if (extra === 1) fast[0] = self;
      for (let i = 0; i < n; i++) fast[i + extra] = opnd(args[i], as[i], av[i], ak[i], f);
      return runDirect(fr, code, sig);
    }
    if (code.direct === true && n + extra === code.co_argcount) {
      // The arguments go straight into the new frame's local slots.
      const fast: (PyObject | undefined)[] = new Array(code.nlocals);
      if (extra === 1) fast[0] = self;
      for (let i = 0; i < n; i++) fast[i + extra] = opnd(args[i], as[i], av[i], ak[i], f);
      if (fn.code === code) return enterDirect(fn, code, fast);
      return fn.code.invoke(fn, fast.slice(0, n + extra) as PyObject[], null);
    }
  }
  const a: PyObject[] = new Array(n + extra);
  if (extra === 1) a[0] = self!;
  for (let i = 0; i < n; i++) a[i + extra] = opnd(args[i], as[i], av[i], ak[i], f);
  if (fn instanceof PyFunction) return fn.code.invoke(fn, a, null);
  // A builtin function (len, abs, range's constructor is a type): its native entry directly.
  if (fn instanceof PyBuiltinFunction && fn.cls === T.builtin_function_or_method) return fn.fn(a, null);
  return call(fn, a, null);
}

/** The positional arguments of a plain call (no keywords, none starred) as an array. */
function positionalArgs(c: CallNode, f: Frame): PyObject[] {
  const args = c.args;
  const as = (c as unknown as ArgCache).as;
  const av = (c as unknown as ArgCache).av;
  const ak = (c as unknown as ArgCache).ak;
  const n = args.length;
  const a: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) a[i] = opnd(args[i], as[i], av[i], ak[i], f);
  return a;
}

/**
 * A plain call (no keywords, none starred) of a callee that is not a PyFunction: a builtin
 * function through its native entry, a class through the constructor cache or type.__call__
 * (CALL_BUILTIN / CALL_ALLOC_AND_ENTER_INIT / CALL_BUILTIN_CLASS), anything else by the protocol.
 */
function callNonFunction(fn: PyObject, c: CallNode, f: Frame): PyObject {
  if (finalizers.on) return callWatched(fn, undefined, c, f);
  if (fn instanceof PyBuiltinFunction) {
    if (fn.f1 !== null && c.args.length === 1 && fn.cls === T.builtin_function_or_method) {
      const ac = c as unknown as ArgCache;
      const r = fn.f1(opnd(c.args[0], ac.as[0], ac.av[0], ac.ak[0], f));
      if (r === undefined) throw takeSoftRaise();
      return r;
    }
    const a = positionalArgs(c, f);
    return fn.cls === T.builtin_function_or_method ? fn.fn(a, null) : call(fn, a, null);
  }
  if (fn instanceof PyType && fn.cls === T.type) {
    const obj = constructDirect(c, fn, f);
    if (obj !== undefined) return obj;
    return typeCall(fn, positionalArgs(c, f), null);
  }
  return call(fn, positionalArgs(c, f), null);
}

/**
 * A plain call once early finalization is on: through the protocol, and then its arguments die
 * (they were temporaries of this call: `next(gen())`, `first(gen())`; early-finalize.ts).
 */
function callWatched(fn: PyObject, self: PyObject | undefined, c: CallNode, f: Frame): PyObject {
  const a = positionalArgs(c, f);
  let r: PyObject;
  if (self !== undefined && fn instanceof PyMethodDescriptor) r = fn.fn(self, a, null);
  else {
    if (self !== undefined) a.unshift(self);
    r = fn instanceof PyFunction ? fn.code.invoke(fn, a, null, true) : call(fn, a, null);
  }
  return dropping(a, self, r);
}

/** `r`, after the call's arguments `a` (and `self`) died: early-finalize.ts argsDropped. */
function dropping(a: PyObject[], self: PyObject | undefined, r: PyObject): PyObject {
  if (finalizers.on) {
    argsDropped(a, 0, a.length, r);
    if (self !== undefined && self !== a[0]) argsDropped([self], 0, 1, r);
  }
  return r;
}

/** Is the call `super().name(...)` (zero-argument super)? Cached on the node as `sp`. */
function isSuperCall(n: CallNode): boolean {
  const e = n as unknown as { sp?: boolean };
  let r = e.sp;
  if (r === undefined) {
    const v = (n.func as Attribute).value;
    r = v._type === 'Call' && v.args.length === 0 && v.keywords.length === 0 && v.func._type === 'Name' &&
      v.func.id === 'super' && (n.func as Attribute).attr !== '__class__';
    e.sp = r;
  }
  return r;
}

/** The instance superMethod found the method for. */
let superSelf: PyObject | undefined;

/**
 * `super().name` in a method, when `super` is the builtin, the first argument is an instance of
 * the __class__ cell's class and `name` is a plain function or a builtin method descriptor
 * further along its type's MRO: that callable, to be called with the instance first (no super
 * object, no bound method). Undefined
 * when anything else applies (the caller then evaluates `super()` and the attribute as usual).
 */
function superMethod(sup: CallNode, name: string, f: Frame): PyFunction | PyMethodDescriptor | undefined {
  if (evalExpr(sup.func, f) !== T.super || f.fn === null) return undefined;
  // (A frame where super() fails — no arguments, no __class__ cell, the first argument deleted
  // — takes the usual path, so the error is blamed on the `super()` call, not on the method
  // call around it.)
  let sa: [PyObject, PyObject] | null;
  try {
    sa = f.superArgs();
  } catch {
    return undefined;
  }
  if (sa === null) return undefined;
  const cls = sa[0];
  const self = sa[1];
  if (self instanceof PyType || !(self instanceof PyObj)) return undefined;
  const t = self.cls;
  const mro = t.mro;
  let i = 0;
  while (i < mro.length && mro[i] !== cls) i++;
  if (i === mro.length) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.getStr(name);
    if (v === undefined) continue;
    if (!(v instanceof PyFunction || v instanceof PyMethodDescriptor)) return undefined;
    superSelf = self;
    return v;
  }
  return undefined;
}

/** What `Cls(args)` at a Call node runs: guarded by the class and its version (`cc` on the node). */
class CtorCache {
  constructor(readonly cls: PyType, readonly version: number, readonly init: PyFunction, readonly code: TWCode) {}
}

let objectNew: PyObject | undefined;

/**
 * `Cls(a, b)` for a class whose metaclass is `type`, whose __new__ is object's and whose __init__
 * is a direct tree-walker function taking exactly these arguments (CPython 3.12's
 * CALL_ALLOC_AND_ENTER_INIT): the arguments go straight into __init__'s frame, no argument array
 * and no bound method. Undefined when the class does not qualify (the caller uses the protocol).
 */
function constructDirect(n: CallNode, cls: PyType, f: Frame): PyObject | undefined {
  let c = (n as unknown as { cc?: CtorCache | null }).cc;
  if (c === undefined || (c !== null && (c.cls !== cls || c.version !== cls.version)) ||
      (c === null && (n as unknown as { ccMiss: number }).ccMiss <= 8)) c = learnCtor(n, cls);
  if (c === null) return undefined;
  const init = c.init;
  const code = c.code;
  if (init.code !== code) return undefined;
  const args = n.args;
  const as = (n as unknown as ArgCache).as;
  const av = (n as unknown as ArgCache).av;
  const ak = (n as unknown as ArgCache).ak;
  let r: PyObject;
  let obj: PyObject;
  if (code.noCellvars) {
    const fr = directFrame(init, code);
    const fast = fr.fast;
    for (let i = 0; i < args.length; i++) fast[i + 1] = opnd(args[i], as[i], av[i], ak[i], f);
    obj = cls.alloc!(cls);
    fast[0] = obj;
    r = runDirect(fr, code, false);
  } else {
    const fast: (PyObject | undefined)[] = new Array(code.nlocals);
    for (let i = 0; i < args.length; i++) fast[i + 1] = opnd(args[i], as[i], av[i], ak[i], f);
    obj = cls.alloc!(cls);
    fast[0] = obj;
    r = enterDirect(init, code, fast);
  }
  if (r !== None) typeError(`__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

function learnCtor(n: CallNode, cls: PyType): CtorCache | null {
  const ext = n as unknown as { cc?: CtorCache | null; ccMiss?: number };
  let c: CtorCache | null = null;
  objectNew ??= T.object.dict.getStr('__new__');
  const init = cls.lookup('__init__');
  if (cls.lookup('__new__') === objectNew && cls.alloc !== null && !abstractTypes.has(cls) && init instanceof PyFunction) {
    const code = init.code as TWCode;
    if (code.direct === true && code.co_argcount === n.args.length + 1) c = new CtorCache(cls, cls.version, init, code);
  }
  // A site that keeps seeing other classes stops learning (it stays on the protocol).
  const misses = (ext.ccMiss ?? 0) + 1;
  ext.ccMiss = misses;
  if (misses > 8) c = null;
  ext.cc = c;
  return c;
}

/** The Call node's callee caches (kinds.ts): `fm` the callee's form, `fb` a Name callee's Binding. */
interface CalleeCache { o: number; fm: number; fb: Binding | null; ln: number }

/** A call on another line than the frame's current one (a continuation line of a statement). */
function evalCallOnLine(n: CallNode, f: Frame): PyObject {
  const saved = f.line;
  f.line = (n as unknown as CalleeCache).ln;
  const r = evalCall(n, f, false);
  f.line = saved;
  return r;
}

/** A Name callee through its Binding: a bound fast local, a cell, or a global/builtin cache hit; else undefined. */
function calleeFast(b: Binding, f: Frame): PyObject | undefined {
  switch (b.acc) {
    case Acc.GLOBAL:
      return cachedGlobal(b, f);
    case Acc.FAST:
      return f.fast[b.slot];
    case Acc.DEREF:
      return f.cells[b.slot].value;
  }
  return undefined;
}

/** lookupMethod for `obj.attr(...)`: a failure is blamed on the attribute (CPython's LOAD_METHOD). */
function methodAt(fa: Attribute, obj: PyObject, f: Frame): PyObject {
  try {
    return lookupMethod(attrCacheOf(fa), obj, fa.attr);
  } catch (e) {
    throw blame(e, fa, f);
  }
}

/** A call; with `sig` (signal.ts) a direct callee that raises by signal returns SIGNALLED. */
export function evalCall(n: CallNode, f: Frame, sig: boolean): PyObject {
  const func = n.func;
  const cc = n as unknown as CalleeCache;
  const fm = cc.fm;
  if (cc.o === 1) {
    if (fm === 1) {
      const fa = func as Attribute;
      if (isSuperCall(n)) {
        const fn = superMethod(fa.value as CallNode, fa.attr, f);
        if (fn instanceof PyFunction) return callPositional(fn, superSelf, n, f, sig);
        if (fn !== undefined) return callDescriptor(fn, superSelf!, n, f);
      }
      // obj.meth(...): a plain function or method descriptor found on the type is called with
      // obj as its first argument, without making a bound method.
      const p = func as unknown as Operands;
      const obj = opnd(fa.value, p.ls, p.lc, p.lk, f);
      const fn = methodAt(fa, obj, f);
      const self = methodSelf.self;
      if (self !== undefined) {
        if (fn instanceof PyMethodDescriptor) return callDescriptor(fn, self, n, f);
        return callPositional(fn, self, n, f, sig);
      }
      if (fn instanceof PyFunction) return callPositional(fn, undefined, n, f, sig);
      return callNonFunction(fn, n, f);
    }
    let fn = fm === 2 ? calleeFast(cc.fb!, f) : undefined;
    if (fn === undefined) fn = evalExpr(func, f);
    if (fn instanceof PyFunction) return callPositional(fn, undefined, n, f, sig);
    return callNonFunction(fn, n, f);
  }
  if (fm === 1) {
    const fa = func as Attribute;
    const obj = evalExpr(fa.value, f);
    const fn = methodAt(fa, obj, f);
    const self = methodSelf.self;
    if (self !== undefined) {
      if (fn instanceof PyFunction) {
        const a = evalCallArgs(n.args, n.keywords, f, fn, self);
        return dropping(a, undefined, fn.code.invoke(fn, a, kwOut.names, true));
      }
      const a = evalCallArgs(n.args, n.keywords, f, fn, undefined);
      return dropping(a, self, (fn as PyMethodDescriptor).fn(self, a, kwOut.names));
    }
    const a = evalCallArgs(n.args, n.keywords, f, fn, undefined);
    return dropping(a, undefined, call(fn, a, kwOut.names));
  }
  const fn = evalExpr(func, f);
  const a = evalCallArgs(n.args, n.keywords, f, fn, undefined);
  if (fn instanceof PyFunction) return dropping(a, undefined, fn.code.invoke(fn, a, kwOut.names, true));
  return dropping(a, undefined, call(fn, a, kwOut.names));
}

/** Runs the `for`/`if` clauses of a comprehension, calling `emit` for each element. */
export function comprehensionLoop(gens: comprehension[], level: number, f: Frame, first: PyObject | null, emit: () => void): void {
  const g = gens[level];
  const it = level === 0 ? first! : getIter(evalExpr(g.iter, f));
  const target = g.target;
  const b = target._type === 'Name' ? ((target as unknown as Ext).b as Binding) : null;
  // A fast-local target (the usual `for x in ...`) is stored inline.
  const slot = b !== null && b.acc === Acc.FAST ? b.slot : -1;
  const plan = b === null ? unpackPlan(target) : null;
  const sk = stepKind(it);
  const ifs = g.ifs;
  const inner = level + 1 < gens.length;
  next: for (let x = stepNext(it, sk); x !== undefined; x = stepNext(it, sk)) {
    if (slot >= 0) f.fast[slot] = x;
    else if (plan === null || !unpackFast(plan, x, f)) assignTo(target, x, f);
    for (let i = 0; i < ifs.length; i++) {
      if (!condition(ifs[i], f)) continue next;
    }
    if (inner) comprehensionLoop(gens, level + 1, f, null, emit);
    else emit();
  }
}

export { PyCell };

/** A tuple display of constants (resolve.ts sets cpool): evaluated once, shared by equal ones. */
interface ConstTupleNode {
  cpool?: Map<string, PyTuple> | null;
  cval?: PyTuple;
}

function constTuple(tn: TupleNode & ConstTupleNode, f: Frame): PyTuple {
  let t = new PyTuple(evalElements(tn.elts, f));
  const key = constTupleKey(t);
  if (key !== null) {
    const shared = tn.cpool!.get(key);
    if (shared !== undefined) t = shared;
    else tn.cpool!.set(key, t);
  }
  tn.cval = t;
  return t;
}

/** Type and value (1, 1.0, True and -0.0 differ), or null for what is not interned. */
export function constTupleKey(v: PyObject): string | null {
  switch (typeof v) {
    case 'number': return 'i' + v;
    case 'bigint': return 'I' + v;
    case 'boolean': return v ? 'T' : 'F';
    case 'string': return 's' + v.length + ':' + v;
  }
  if (v === None) return 'N';
  if (v instanceof PyFloat) return Object.is(v.value, -0) ? 'f-0' : 'f' + v.value;
  if (!(v instanceof PyTuple)) return null;
  let k = '(';
  for (const x of v.items) {
    const xk = constTupleKey(x);
    if (xk === null) return null;
    k += xk.length + ':' + xk;
  }
  return k + ')';
}
