// The hot parts of the operator module as native code (CPython 3.11's Modules/_operator.c), built
// on first import of `_operator`: itemgetter, attrgetter and methodcaller (common sort keys and
// map functions) and the arithmetic, comparison and item functions. lib/operator.py defines
// everything in Python and takes these over with `from _operator import *`, as CPython's does.

import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { CmpOp, type BinarySlot } from '../objects/slots.js';
import { typeError, repr, getAttr, getItem, call, isTrue, binaryOp, richCompare, unaryOp, powerOp } from '../objects/protocol.js';
import { nativeFunction, addMethods, type NativeCall } from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { importName } from '../runtime/import.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, reprEnter, reprLeave } from '../objects/iterate.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { PyModule } from '../runtime/module.js';
import { indexOf } from '../objects/int-type.js';

const nkw = (kwnames: string[] | null): number => (kwnames === null ? 0 : kwnames.length);

/** The call check of the getters: `name expected 1 argument, got N`, no keywords. */
function oneArg(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (nkw(kwnames) > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

// --- itemgetter -------------------------------------------------------------------------------

class PyItemGetter extends PyObj {
  constructor(cls: PyType, readonly items: PyObject[]) {
    super(cls, null);
  }
}

function itemgetterCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const obj = oneArg('itemgetter', args, kwnames);
  const items = (self as PyItemGetter).items;
  if (items.length === 1) {
    const k = items[0];
    // An exact list or tuple with a non-negative int index in range: the item itself.
    if (typeof k === 'number' && k >= 0 && (obj instanceof PyTuple || obj instanceof PyList) && (obj.cls === T.tuple || obj.cls === T.list)) {
      const xs = obj.items;
      if (k < xs.length) return xs[k];
    }
    return getItem(obj, k);
  }
  const out = new Array<PyObject>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = getItem(obj, items[i]);
  return new PyTuple(out);
}

// --- attrgetter -------------------------------------------------------------------------------

class PyAttrGetter extends PyObj {
  /** Each name as given, and split at its dots. */
  constructor(cls: PyType, readonly names: string[], readonly paths: string[][]) {
    super(cls, null);
  }
}

function attrPath(obj: PyObject, path: string[]): PyObject {
  for (let i = 0; i < path.length; i++) obj = getAttr(obj, path[i]);
  return obj;
}

function attrgetterCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const obj = oneArg('attrgetter', args, kwnames);
  const paths = (self as PyAttrGetter).paths;
  if (paths.length === 1) return attrPath(obj, paths[0]);
  const out = new Array<PyObject>(paths.length);
  for (let i = 0; i < paths.length; i++) out[i] = attrPath(obj, paths[i]);
  return new PyTuple(out);
}

// --- methodcaller -----------------------------------------------------------------------------

class PyMethodCaller extends PyObj {
  /** The method's arguments as a vectorcall: positional then keyword values, `kwnames` names those. */
  constructor(cls: PyType, readonly name: string, readonly args: PyObject[], readonly kwnames: string[] | null) {
    super(cls, null);
  }
}

function methodcallerCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const obj = oneArg('methodcaller', args, kwnames);
  const m = self as PyMethodCaller;
  return call(getAttr(obj, m.name), m.args.slice(), m.kwnames);
}

/** Py_ReprEnter-guarded `tp_name(parts)`. */
function guardedRepr(self: PyObject, name: string, parts: () => string): string {
  if (!reprEnter(self)) return `${name}(...)`;
  try {
    return `${name}(${parts()})`;
  } finally {
    reprLeave(self);
  }
}

function makeTypes(): PyType[] {
  const ig = makeBuiltinType('operator.itemgetter');
  ig.slots.call = itemgetterCall;
  ig.slots.repr = (v) => {
    const items = (v as PyItemGetter).items;
    return guardedRepr(v, 'operator.itemgetter', () => (items.length === 1 ? repr(items[0]) : repr(new PyTuple(items)).slice(1, -1)));
  };
  defineNew(ig, (cls, args, kwnames) => {
    if (nkw(kwnames) > 0) typeError('itemgetter() takes no keyword arguments');
    if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
    return new PyItemGetter(cls, args.slice());
  });

  const ag = makeBuiltinType('operator.attrgetter');
  ag.slots.call = attrgetterCall;
  ag.slots.repr = (v) => guardedRepr(v, 'operator.attrgetter', () => (v as PyAttrGetter).names.map((n) => repr(n)).join(', '));
  defineNew(ag, (cls, args, kwnames) => {
    if (nkw(kwnames) > 0) typeError('attrgetter() takes no keyword arguments');
    if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
    const names: string[] = [];
    for (const a of args) {
      if (typeof a !== 'string') typeError('attribute name must be a string');
      names.push(a);
    }
    return new PyAttrGetter(cls, names, names.map((n) => n.split('.')));
  });

  const mc = makeBuiltinType('operator.methodcaller');
  mc.slots.call = methodcallerCall;
  mc.slots.repr = (v) => {
    const m = v as PyMethodCaller;
    return guardedRepr(v, 'operator.methodcaller', () => {
      const k = nkw(m.kwnames);
      const npos = m.args.length - k;
      const parts = [repr(m.name)];
      for (let i = 0; i < npos; i++) parts.push(repr(m.args[i]));
      for (let i = 0; i < k; i++) parts.push(`${m.kwnames![i]}=${repr(m.args[npos + i])}`);
      return parts.join(', ');
    });
  };
  defineNew(mc, (cls, args, kwnames) => {
    const k = nkw(kwnames);
    if (args.length - k < 1) typeError('methodcaller needs at least one argument, the method name');
    const name = args[0];
    if (typeof name !== 'string') typeError('method name must be a string');
    return new PyMethodCaller(cls, name, args.slice(1), k === 0 ? null : kwnames!.slice());
  });
  // __reduce__, for copy and pickle: the class and its constructor's arguments.
  addMethods(ig, { __reduce__: (v) => new PyTuple([(v as PyObj).cls, new PyTuple((v as PyItemGetter).items.slice())]) });
  addMethods(ag, { __reduce__: (v) => new PyTuple([(v as PyObj).cls, new PyTuple((v as PyAttrGetter).names.slice())]) });
  addMethods(mc, {
    __reduce__: (v) => {
      const m = v as PyMethodCaller;
      const k = nkw(m.kwnames);
      const pos = m.args.slice(0, m.args.length - k);
      if (k === 0) return new PyTuple([(v as PyObj).cls, new PyTuple([m.name, ...pos])]);
      // With keywords: functools.partial(methodcaller, name, **kwargs) called with the rest.
      const partial = getAttr(importName('functools', new PyDict(), None, 0), 'partial');
      const bound = call(partial, [(v as PyObj).cls, m.name, ...m.args.slice(pos.length)], m.kwnames!.slice());
      return new PyTuple([bound, new PyTuple(pos)]);
    },
  });
  for (const t of [ig, ag, mc]) exposeNativeSlots(t);
  return [ig, ag, mc];
}

// --- functions --------------------------------------------------------------------------------

/** A positional-only two-argument function (Argument Clinic's messages). */
function binary(name: string, f: (a: PyObject, b: PyObject) => PyObject): [string, NativeCall] {
  return [name, (args, kwnames) => {
    if (nkw(kwnames) > 0) typeError(`_operator.${name}() takes no keyword arguments`);
    if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
    return f(args[0], args[1]);
  }];
}

/** A METH_O function. */
function unary(name: string, f: (a: PyObject) => PyObject): [string, NativeCall] {
  return [name, (args, kwnames) => {
    if (nkw(kwnames) > 0) typeError(`_operator.${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]);
  }];
}

const arith = (name: string, slot: BinarySlot) => binary(name, (a, b) => binaryOp(a, b, slot));
const compare = (name: string, op: CmpOp) => binary(name, (a, b) => richCompare(a, b, op));

const FUNCTIONS: [string, NativeCall][] = [
  arith('add', 'add'), arith('sub', 'sub'), arith('mul', 'mul'), arith('truediv', 'truediv'),
  arith('floordiv', 'floordiv'), arith('mod', 'mod'), arith('and_', 'and'), arith('or_', 'or'),
  arith('xor', 'xor'), arith('lshift', 'lshift'), arith('rshift', 'rshift'), arith('matmul', 'matmul'),
  binary('pow', (a, b) => powerOp(a, b)),
  compare('lt', CmpOp.LT), compare('le', CmpOp.LE), compare('eq', CmpOp.EQ),
  compare('ne', CmpOp.NE), compare('ge', CmpOp.GE), compare('gt', CmpOp.GT),
  binary('getitem', (a, b) => getItem(a, b)),
  unary('neg', (a) => unaryOp(a, 'neg')), unary('pos', (a) => unaryOp(a, 'pos')),
  unary('abs', (a) => unaryOp(a, 'abs')), unary('inv', (a) => unaryOp(a, 'invert')),
  unary('invert', (a) => unaryOp(a, 'invert')), unary('not_', (a) => !isTrue(a)),
  unary('truth', (a) => isTrue(a)),
  // PyNumber_Index: __index__'s int (an int subclass's value, with a DeprecationWarning).
  unary('index', (a) => indexOf(a)),
];

let types: PyType[] | null = null;

export function makeOperatorModule(): PyModule {
  if (types === null) types = makeTypes();
  const mod = new PyModule('_operator');
  const d = mod.dict;
  for (const t of types) d.setStr(t.name.slice('operator.'.length), t);
  for (const [name, fn] of FUNCTIONS) d.setStr(name, nativeFunction(name, fn));
  return mod;
}
