// The helpers CPython's _collections gives collections besides deque: `_tuplegetter`, the field
// descriptor of namedtuple classes, and `_count_elements`, Counter's counting loop (both from
// Modules/_collectionsmodule.c). A namedtuple field read was a Python __get__ call and counting
// a Python loop of get and __setitem__ calls.

import { PyObj, type PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { registerOrderedDict } from '../objects/iterators.js';
import { T } from '../objects/types.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeError, getAttr, getIter, call, binaryOp, setItem, repr } from '../objects/protocol.js';
import { addGetSets, nativeFunction } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType } from '../objects/iterate.js';
import { ssizeArg } from '../objects/tuple-type.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import type { PyModule } from '../runtime/module.js';

class PyTupleGetter extends PyObj {
  constructor(cls: PyType, readonly index: number, public doc: PyObject) {
    super(cls, null);
  }
}

let getterType: PyType | undefined;

function makeGetterType(): PyType {
  const t = makeBuiltinType('_collections._tuplegetter');
  t.slots.descrGet = (self, obj) => {
    const g = self as PyTupleGetter;
    if (obj === null || obj === None) return self;
    if (!(obj instanceof PyTuple)) {
      typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
    }
    const items = obj.items;
    if (g.index < 0 || g.index >= items.length) throw newError(E.IndexError, 'tuple index out of range');
    return items[g.index];
  };
  t.slots.repr = (self) => `_tuplegetter(${(self as PyTupleGetter).index}, ${repr((self as PyTupleGetter).doc)})`;
  t.slots.descrSet = (_self, _obj, value) => {
    throw newError(E.AttributeError, value === null ? "can't delete attribute" : "can't set attribute");
  };
  defineNew(t, (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError('_tuplegetter() takes no keyword arguments');
    if (args.length !== 2) typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
    return new PyTupleGetter(cls, ssizeArg(args[0]), args[1]);
  });
  addGetSets(t, {
    __doc__: [(v) => (v as PyTupleGetter).doc, (v, x) => {
      (v as PyTupleGetter).doc = x ?? None;
    }],
  });
  exposeNativeSlots(t);
  return t;
}

/** _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x. */
function countElements(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) typeError('_count_elements() takes no keyword arguments');
  if (args.length !== 2) typeError(`_count_elements expected 2 arguments, got ${args.length}`);
  const [mapping, iterable] = args;
  const it = getIter(iterable);
  const next = typeOf(it).slots.iternext!;
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && t.lookup('get') === T.dict.lookup('get') && t.lookup('__setitem__') === T.dict.lookup('__setitem__')) {
    // The dict's own get and __setitem__: straight to the table (no __missing__, as in CPython).
    for (let key = next(it); key !== undefined; key = next(it)) {
      const old = mapping.get(key);
      if (old === undefined) mapping.set(key, 1);
      else mapping.set(key, typeof old === 'number' && old < Number.MAX_SAFE_INTEGER ? old + 1 : binaryOp(old, 1, 'add'));
    }
    return None;
  }
  const get = getAttr(mapping, 'get');
  for (let key = next(it); key !== undefined; key = next(it)) {
    setItem(mapping, key, binaryOp(call(get, [key, 0]), 1, 'add'));
  }
  return None;
}

/** Adds _tuplegetter and _count_elements to the _collections module. */
export function addCollectionsHelpers(mod: PyModule): void {
  if (getterType === undefined) getterType = makeGetterType();
  mod.dict.setStr('_tuplegetter', getterType);
  mod.dict.setStr('_count_elements', nativeFunction('_count_elements', countElements));
  // lib/collections hands its OrderedDict over, for the odict iterators' mutation check.
  mod.dict.setStr('_register_odict', nativeFunction('_register_odict', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw newError(E.TypeError, 'a type is required');
    registerOrderedDict(cls);
    return None;
  }));
}
