// PEP 585/604 typing objects of the core: types.GenericAlias (`list[int]`, made by the builtin
// generics' __class_getitem__) and types.UnionType (`int | str`, made by type.__or__), and
// `Class[...]` dispatching to __class_getitem__ (CPython's Objects/genericaliasobject.c and
// unionobject.c, reduced to what Python code observes: repr, __origin__/__args__/
// __parameters__, equality and hashing, calling, attribute delegation, __mro_entries__).

import { PyObj, type PyObject } from './object.js';
import { PyType } from './type.js';
import { PyDict } from './dict.js';
import { T } from './types.js';
import { PyTuple, PyList } from './tuple.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { CmpOp } from './slots.js';
import { binaryOp } from './protocol.js';
import { typeOf, typeError, repr, call, getAttr, getItem, getIter, getAttrOrUndefined, setAttr, hashOf, richEqBool, setClassGetItem } from './protocol.js';
import { addMethods, addGetSets, addClassMethods, checkPositional } from './native.js';
import { genericGetAttr } from './generic-attr.js';
import { setUnionHook } from './core-types.js';
import { tupleHash } from './tuple-type.js';
import { E } from './exception.js';
import { defineNew } from './class-create.js';
import { copySlots } from './slots.js';

export class PyGenericAlias extends PyObj {
  /** `starred`: the unpacked alias `*tuple[int, ...]` (PEP 646) iterating an alias gives. */
  constructor(readonly origin: PyObject, readonly args: PyObject[], readonly starred = false) {
    super(T['types.GenericAlias'], null);
  }
}

export class PyUnion extends PyObj {
  constructor(readonly args: PyObject[]) {
    super(T['types.UnionType'], null);
  }
}

function newType(name: string): PyType {
  const t = new PyType(T.type, name, [T.object], new PyDict());
  t.mro = [t, T.object];
  t.isExactBuiltin = true;
  t.slots = copySlots(T.object.slots);
  t.alloc = null;
  t.finalType = true;
  t.dict.setStr('__doc__', None); // its own, as PyType_Ready gives every type
  T[name] = t;
  return t;
}

/** ga_repr_item: aliases and unions by repr, classes as [module.]qualname, ... for Ellipsis. */
function reprItem(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias || v instanceof PyUnion) return repr(v);
  // (3.11: a list argument, Callable's parameter list, shows its items this way too.)
  if (v instanceof PyList) return `[${v.items.map(reprItem).join(', ')}]`;
  if (v instanceof PyObj) {
    const qn = getAttrOrUndefined(v, '__qualname__');
    const mod = getAttrOrUndefined(v, '__module__');
    if (typeof qn === 'string' && typeof mod === 'string') return mod === 'builtins' ? qn : `${mod}.${qn}`;
  }
  return repr(v);
}

/** obj[...] args as a list: a tuple key is the argument list. */
function argList(key: PyObject): PyObject[] {
  return key instanceof PyTuple ? key.items.slice() : [key];
}

export function newGenericAlias(origin: PyObject, key: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, argList(key));
}

/** A type parameter (TypeVar, ParamSpec, ...): what has __typing_subst__. */
function isTypeParam(v: PyObject): boolean {
  return !(v instanceof PyType) && typeOf(v).lookup('__typing_subst__') !== undefined;
}

/** _Py_make_parameters: the type parameters in `args`, nested aliases' included, each once. */
function parametersOf(args: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  const add = (p: PyObject) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (a instanceof PyList) parametersOf(a.items).forEach(add); // (Callable's parameter list)
    else if (isTypeParam(a)) add(a);
    else {
      const ps = getAttrOrUndefined(a, '__parameters__');
      if (ps instanceof PyTuple) ps.items.forEach(add);
    }
  }
  return out;
}

/** alias[key]: the alias's type parameters replaced by `key`'s items (3.11's ga_getitem). */
function substitute(a: PyGenericAlias, key: PyObject): PyObject {
  return new PyGenericAlias(a.origin, substitutedArgs(a, a.args, key), a.starred);
}

/** The arguments `args` of `owner` (an alias or a union) with its type parameters replaced. */
function substitutedArgs(owner: PyObject, args: PyObject[], key: PyObject): PyObject[] {
  const params = parametersOf(args);
  if (params.length === 0) typeError(`${repr(owner)} is not a generic class`);
  const items = argList(key);
  if (items.length !== params.length) {
    typeError(`Too ${items.length > params.length ? 'many' : 'few'} arguments for ${repr(owner)}; actual ${items.length}, expected ${params.length}`);
  }
  const subst = (v: PyObject): PyObject => {
    if (v instanceof PyType) return v;
    if (v instanceof PyList) return new PyList(v.items.map(subst));
    const i = params.indexOf(v);
    if (i >= 0) return call(getAttr(v, '__typing_subst__'), [items[i]]);
    const ps = getAttrOrUndefined(v, '__parameters__');
    if (!(ps instanceof PyTuple) || ps.items.length === 0) return v;
    const sub = ps.items.map((p) => items[params.indexOf(p)]);
    return getItem(v, sub.length === 1 ? sub[0] : new PyTuple(sub));
  };
  return args.map(subst);
}

/** Can `v` be an operand of `X | Y` (CPython's is_unionable)? */
function unionable(v: PyObject): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** X | Y for types, None, aliases and unions: flattened, deduplicated, a single type alone. */
function makeUnion(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyObject[] = [];
  for (const v of [a, b]) {
    const items = v instanceof PyUnion ? v.args : [v === None ? T.NoneType : v];
    for (const x of items) if (!out.some((y) => y === x || (x instanceof PyGenericAlias && richEqBool(x, y)))) out.push(x);
  }
  return out.length === 1 ? out[0] : new PyUnion(out);
}

export function installGenericAlias(): void {
  const ga = newType('types.GenericAlias');
  const ut = newType('types.UnionType');
  const alias = (v: PyObject) => v as PyGenericAlias;

  ga.slots.repr = (v) => {
    const a = alias(v);
    const args = a.args.length === 0 ? '()' : a.args.map(reprItem).join(', ');
    return `${a.starred ? '*' : ''}${reprItem(a.origin)}[${args}]`;
  };
  defineNew(ga, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 2) typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    return newGenericAlias(args[0], args[1]);
  });
  ga.slots.call = (v, args, kwnames) => {
    const r = call(alias(v).origin, args, kwnames);
    try {
      setAttr(r, '__orig_class__', v);
    } catch (e) {
      if (!(e instanceof PyObj && (typeOf(e).isSubtype(E.AttributeError) || typeOf(e).isSubtype(E.TypeError)))) throw e;
    }
    return r;
  };
  const own = new Set(['__origin__', '__args__', '__parameters__', '__mro_entries__', '__class__', '__reduce__',
    '__reduce_ex__', '__copy__', '__deepcopy__', '__unpacked__', '__typing_unpacked_tuple_args__']);
  // ga_getattro: all but its own attributes come from the origin (list[int].append is list.append).
  ga.slots.getattro = (v, name) => (own.has(name) ? genericGetAttr(v, name) : getAttr(alias(v).origin, name));
  ga.slots.richcompare = (a, b, op) => {
    if (!(b instanceof PyGenericAlias) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return NotImplemented;
    const x = alias(a);
    const eq = x.starred === b.starred && richEqBool(x.origin, b.origin) && x.args.length === b.args.length &&
      x.args.every((v, i) => richEqBool(v, b.args[i]));
    return op === CmpOp.EQ ? eq : !eq;
  };
  ga.slots.hash = (v) => tupleHash([alias(v).origin, new PyTuple(alias(v).args)]);
  ga.slots.or = makeUnion;
  ga.slots.getitem = (v, key) => substitute(alias(v), key);
  // ga_iter: one item, the alias unpacked (`[*tuple[int, ...]]`, `tuple[int, *tuple[str, ...]]`).
  ga.slots.iter = (v) => getIter(new PyList([new PyGenericAlias(alias(v).origin, alias(v).args, true)]));
  addGetSets(ga, {
    __origin__: [(v) => alias(v).origin],
    __args__: [(v) => new PyTuple(alias(v).args.slice())],
    __parameters__: [(v) => new PyTuple(parametersOf(alias(v).args))],
    __unpacked__: [(v) => alias(v).starred],
    __typing_unpacked_tuple_args__: [(v) => (alias(v).starred && alias(v).origin === T.tuple ? new PyTuple(alias(v).args.slice()) : None)],
  });
  addMethods(ga, {
    __mro_entries__: (v) => new PyTuple([alias(v).origin]),
    __instancecheck__: () => typeError('isinstance() argument 2 cannot be a parameterized generic'),
    __subclasscheck__: () => typeError('issubclass() argument 2 cannot be a parameterized generic'),
  });

  const union = (v: PyObject) => v as PyUnion;
  ut.slots.repr = (v) => union(v).args.map((x) => (x === T.NoneType ? 'None' : reprItem(x))).join(' | ');
  ut.slots.or = makeUnion;
  // (int | T)[str]: the members with the parameters replaced, or-ed together again
  ut.subscriptOnly = true;
  ut.slots.getitem = (v, key) => substitutedArgs(v, union(v).args, key).reduce((x, y) => binaryOp(x, y, 'or'));
  ut.slots.richcompare = (a, b, op) => {
    if (!(b instanceof PyUnion) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return NotImplemented;
    const x = union(a).args;
    const y = b.args;
    const eq = x.every((v) => y.some((w) => richEqBool(v, w))) && y.every((w) => x.some((v) => richEqBool(v, w)));
    return op === CmpOp.EQ ? eq : !eq;
  };
  ut.slots.hash = (v) => {
    let h = 0n;
    for (const x of union(v).args) h ^= BigInt(hashOf(x));
    h = BigInt.asIntN(52, h);
    return h === -1n ? -2 : Number(h);
  };
  addGetSets(ut, {
    __args__: [(v) => new PyTuple(union(v).args.slice())],
    __parameters__: [(v) => new PyTuple(parametersOf(union(v).args))],
  });
  setUnionHook(makeUnion);

  // The builtin generics: list[int], dict[str, int], ...
  for (const name of ['list', 'dict', 'tuple', 'set', 'frozenset', 'enumerate', 'mappingproxy', 'async_generator', 'BaseExceptionGroup']) {
    const t = T[name] ?? (E as Record<string, PyType | undefined>)[name];
    if (t === undefined) continue;
    addClassMethods(t, {
      __class_getitem__: (cls, args, kw) => {
        checkPositional(`${(cls as PyType).name}.__class_getitem__`, args, kw, 1, 1);
        return newGenericAlias(cls, args[0]);
      },
    });
  }
  // Class[...]: the class's __class_getitem__ (PEP 560).
  setClassGetItem((cls, key) => {
    if (cls === T.type) return newGenericAlias(cls, key);
    const f = getAttrOrUndefined(cls, '__class_getitem__');
    return f === undefined ? undefined : call(f, [key]);
  });
}
