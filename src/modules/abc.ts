// The `_abc` accelerator module: the hot core of lib/abc.py's ABCMeta in native code (class
// set-up, isinstance/issubclass with per-class positive and negative caches, register, the
// cache token). lib/abc.py keeps ABCMeta itself a Python class (subclassable, its __new__
// overridable) whose methods call these functions.
//
// Per-ABC state lives in an `_abc_data` object stored as the class's `_abc_impl`:
//  - registry: the classes registered as virtual subclasses (in registration order);
//  - cache / negativeCache: classes already found to be (not to be) subclasses. The negative
//    cache is valid only while `negativeVersion` equals the module's invalidation counter,
//    which every register() anywhere bumps (get_cache_token()).
// Caches are JS WeakSets (a class stays collectable, as with CPython's weak sets).

import { PyObj, type PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { T } from '../objects/types.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { isTrue, typeError, typeOf, getAttr, getAttrOrUndefined, setAttr, call } from '../objects/protocol.js';
import { nativeFunction, checkPositional, type NativeCall } from '../objects/native.js';
import { iterateToArray, makeBuiltinType } from '../objects/iterate.js';
import { newSet, PySet, setItems } from '../objects/set.js';
import { PyFunction } from '../objects/function.js';
import { PyModule } from '../runtime/module.js';
import { isSubclass } from '../builtins/typecheck.js';

/** Bumped by every register(): negative caches older than it are stale. */
let invalidationCounter = 0;

let abcDataType: PyType | undefined;

export class PyAbcData extends PyObj {
  registry: PyType[] = [];
  registrySet = new Set<PyType>();
  cache = new WeakSet<PyType>();
  negativeCache = new WeakSet<PyType>();
  negativeVersion = invalidationCounter;
  constructor() {
    super(abcDataType!, null);
  }
}

/** Whether `v` has a true __isabstractmethod__ (AttributeError means no; other errors propagate). */
function isAbstract(v: PyObject): boolean {
  if (typeof v !== 'object') return false; // ints, strs, bools: their types have no such attribute
  if (v instanceof PyFunction) {
    // A function's attributes live in its __dict__ (function type defines no such name).
    const d = v.dict;
    if (d === null) return false;
    const f = d.getStr('__isabstractmethod__');
    return f !== undefined && isTrue(f);
  }
  const t = typeOf(v);
  if (t.slots.getattro === genericGetattro && t.lookup('__isabstractmethod__') === undefined) {
    // Plain attribute lookup and no such name on the type: only the instance dict can have it
    // (a tuple, None, a frozenset, a class-level constant: no AttributeError made and caught).
    const d = (v as PyObj).dict;
    if (d === null || d === undefined) return false;
    const f = d.getStr('__isabstractmethod__');
    return f !== undefined && isTrue(f);
  }
  const f = getAttrOrUndefined(v, '__isabstractmethod__');
  return f !== undefined && isTrue(f);
}

let genericGetattro: unknown;

/** type's own `__abstractmethods__` getset (a class's own value, never an inherited one). */
let typeAbstractGetset: PyObject | undefined;

/** getattr(base, '__abstractmethods__', ()) as names. */
function baseAbstracts(base: PyObject): PyObject[] {
  let v: PyObject | undefined;
  if (base instanceof PyType && typeOf(base).lookup('__abstractmethods__') === typeAbstractGetset) {
    v = base === T.type ? undefined : base.dict.getStr('__abstractmethods__');
  } else {
    v = getAttrOrUndefined(base, '__abstractmethods__');
  }
  if (v === undefined) return [];
  if (v instanceof PySet) return setItems(v);
  return iterateToArray(v);
}

/** The frozenset of cls's abstract method names: its own abstract attributes, then the names
 * abstract in a base that cls still resolves to an abstract value. */
export function computeAbstracts(cls: PyObject): PyObject {
  const names: PyObject[] = [];
  const seen = new Set<PyObject>();
  const add = (k: PyObject) => {
    if (!seen.has(k)) {
      seen.add(k);
      names.push(k);
    }
  };
  if (cls instanceof PyType) {
    const d = cls.dict;
    // (A snapshot: __isabstractmethod__ getters may run Python code.)
    for (const [k, v] of [...d.entries()]) if (isAbstract(v)) add(k);
  } else {
    const d = getAttr(cls, '__dict__');
    for (const k of iterateToArray(d)) {
      const v = call(getAttr(d, '__getitem__'), [k]);
      if (isAbstract(v)) add(k);
    }
  }
  const bases = cls instanceof PyType ? cls.bases : getAttr(cls, '__bases__');
  let baseList: PyObject[];
  if (Array.isArray(bases)) baseList = bases;
  else if (bases instanceof PyTuple) baseList = bases.items;
  else typeError('__bases__ is not tuple');
  for (const base of baseList) {
    for (const name of baseAbstracts(base)) {
      if (seen.has(name)) continue;
      if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeOf(name).name}'`);
      const value = getAttrOrUndefined(cls, name);
      if (value !== undefined && isAbstract(value)) add(name);
    }
  }
  return newSet(names, T.frozenset);
}

function implOf(cls: PyObject): PyAbcData {
  const impl = cls instanceof PyType ? cls.lookup('_abc_impl') ?? getAttr(cls, '_abc_impl') : getAttr(cls, '_abc_impl');
  if (!(impl instanceof PyAbcData)) typeError('_abc_impl is set to a wrong type');
  return impl;
}

/** _abc_init(cls): __abstractmethods__ and a fresh _abc_impl. */
function abcInit(cls: PyObject): void {
  setAttr(cls, '__abstractmethods__', computeAbstracts(cls));
  const data = new PyAbcData();
  const meta = typeOf(cls);
  if (cls instanceof PyType && meta.slots.setattro === T.type.slots.setattro && meta.lookup('_abc_impl') === undefined) {
    // (type.__setattr__ of a plain name: no descriptor on the metaclass can intercept it.)
    cls.dict.setStr('_abc_impl', data);
    cls.modifiedName('_abc_impl');
  } else {
    setAttr(cls, '_abc_impl', data);
  }
  // (CPython's collection flags for pattern matching: Dyad's match asks collections.abc.)
  if (cls instanceof PyType && cls.dict.getStr('__abc_tpflags__') !== undefined) {
    cls.dict.delete('__abc_tpflags__');
    cls.modified();
  }
}

function register(cls: PyObject, sub: PyObject): PyObject {
  if (!(sub instanceof PyType)) typeError('Can only register classes');
  if (isSubclass(sub, cls)) return sub;
  if (isSubclass(cls, sub)) throw newError(E.RuntimeError, 'Refusing to create an inheritance cycle');
  const impl = implOf(cls);
  if (!impl.registrySet.has(sub)) {
    impl.registrySet.add(sub);
    impl.registry.push(sub);
  }
  invalidationCounter++;
  return sub;
}

/** The ABCMeta.__subclasscheck__ Python function (set by lib/abc.py): calls to it go native. */
let pySubclasscheck: PyObject | undefined;
let pyInstancecheck: PyObject | undefined;
let objectSubclasshook: PyObject | undefined;

/** cls.__subclasscheck__(sub), with ABCMeta's own method run natively. */
function callSubclasscheck(cls: PyObject, sub: PyObject): PyObject {
  if (cls instanceof PyType && pySubclasscheck !== undefined && cls.lookup('__subclasscheck__') === undefined
    && typeOf(cls).lookup('__subclasscheck__') === pySubclasscheck) {
    return subclasscheck(cls, sub);
  }
  return call(getAttr(cls, '__subclasscheck__'), [sub]);
}

function instancecheck(cls: PyObject, inst: PyObject): PyObject {
  const impl = implOf(cls);
  const actual = typeOf(inst);
  // inst.__class__: type(inst) unless its class overrides __class__ or __getattribute__.
  const claimed = !actual.isHeapType || (actual.lookup('__class__') === objectClass
    && actual.lookup('__getattribute__') === objectGetattribute) ? actual : getAttr(inst, '__class__');
  if (claimed instanceof PyType && impl.cache.has(claimed)) return true;
  if (actual === claimed) {
    if (impl.negativeVersion === invalidationCounter && impl.negativeCache.has(actual)) return false;
    return callSubclasscheck(cls, claimed);
  }
  const r = callSubclasscheck(cls, claimed);
  if (isTrue(r)) return r;
  return callSubclasscheck(cls, actual);
}

function subclasscheck(cls: PyObject, sub: PyObject): boolean {
  if (!(sub instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  const impl = implOf(cls);
  if (impl.cache.has(sub)) return true;
  if (impl.negativeVersion < invalidationCounter) {
    impl.negativeCache = new WeakSet();
    impl.negativeVersion = invalidationCounter;
  } else if (impl.negativeCache.has(sub)) {
    return false;
  }
  // cls.__subclasshook__(sub): object's default answers NotImplemented.
  let ok: PyObject;
  const hook = cls instanceof PyType ? cls.lookup('__subclasshook__') : undefined;
  if (hook !== undefined && hook === objectSubclasshook) ok = NotImplemented;
  else ok = call(getAttr(cls, '__subclasshook__'), [sub]);
  if (ok === true) {
    impl.cache.add(sub);
    return true;
  }
  if (ok === false) {
    impl.negativeCache.add(sub);
    return false;
  }
  if (ok !== NotImplemented) throw newError(E.AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
  // A real subclass.
  const mro = sub.mro;
  for (let i = 0; i < mro.length; i++) {
    if (mro[i] === cls) {
      impl.cache.add(sub);
      return true;
    }
  }
  // A registered class itself (answered from the registry, not cached, as CPython does: so
  // _abc_registry_clear() alone forgets it), or a subclass of one (cached).
  if (impl.registrySet.has(sub)) return true;
  for (const r of impl.registry.slice()) {
    if (isSubclass(sub, r)) {
      impl.cache.add(sub);
      return true;
    }
  }
  // A subclass of a subclass.
  let subs: PyObject[];
  const meth = cls instanceof PyType ? typeOf(cls).lookup('__subclasses__') : undefined;
  if (cls instanceof PyType && meth !== undefined && meth === typeSubclasses && cls.lookup('__subclasses__') === undefined) {
    subs = cls.subclasses.slice();
  } else {
    const l = call(getAttr(cls, '__subclasses__'), []);
    if (!(l instanceof PyList)) typeError('__subclasses__() must return a list');
    subs = l.items.slice();
  }
  for (const s of subs) {
    if (isSubclass(sub, s)) {
      impl.cache.add(sub);
      return true;
    }
  }
  impl.negativeCache.add(sub);
  return false;
}

let typeSubclasses: PyObject | undefined;
let objectClass: PyObject | undefined;
let objectGetattribute: PyObject | undefined;

/** isinstance/issubclass against a class whose metaclass runs ABCMeta's own checks: answered
 * natively (typecheck.ts). undefined: not such a class. */
export function abcFastCheck(checker: PyObject, cls: PyObject, arg: PyObject): boolean | undefined {
  if (checker === pyInstancecheck && pyInstancecheck !== undefined) return isTrue(instancecheck(cls, arg));
  if (checker === pySubclasscheck && pySubclasscheck !== undefined) return subclasscheck(cls, arg);
  return undefined;
}

function fn1(name: string, f: (a: PyObject) => PyObject): [string, NativeCall] {
  return [name, (args, kw) => {
    checkPositional(name, args, kw, 1, 1);
    return f(args[0]);
  }];
}

function fn2(name: string, f: (a: PyObject, b: PyObject) => PyObject): [string, NativeCall] {
  return [name, (args, kw) => {
    checkPositional(name, args, kw, 2, 2);
    return f(args[0], args[1]);
  }];
}

export function makeAbcModule(): PyModule {
  if (abcDataType === undefined) {
    abcDataType = makeBuiltinType('_abc._abc_data');
    abcDataType.qualname = '_abc_data';
    abcDataType.dict.setStr('__module__', '_abc');
  }
  typeAbstractGetset = T.type.dict.getStr('__abstractmethods__');
  genericGetattro = T.object.slots.getattro;
  objectSubclasshook = T.object.dict.getStr('__subclasshook__');
  typeSubclasses = T.type.dict.getStr('__subclasses__');
  objectClass = T.object.dict.getStr('__class__');
  objectGetattribute = T.object.dict.getStr('__getattribute__');
  const mod = new PyModule('_abc');
  const d = mod.dict;
  d.setStr('__doc__', 'Module contains faster C implementation of abc.ABCMeta');
  const fns: [string, NativeCall][] = [
    ['get_cache_token', (args, kw) => (checkPositional('get_cache_token', args, kw, 0, 0), invalidationCounter)],
    fn1('_abc_init', (c) => (abcInit(c), None)),
    fn2('_abc_register', register),
    fn2('_abc_instancecheck', instancecheck),
    fn2('_abc_subclasscheck', subclasscheck),
    fn1('_compute_abstracts', computeAbstracts),
    fn1('_get_dump', (c) => {
      const impl = implOf(c);
      return new PyTuple([newSet(impl.registry.slice()), newSet([]), newSet([]), impl.negativeVersion]);
    }),
    fn1('_reset_registry', (c) => {
      const impl = implOf(c);
      impl.registry = [];
      impl.registrySet = new Set();
      return None;
    }),
    fn1('_reset_caches', (c) => {
      const impl = implOf(c);
      impl.cache = new WeakSet();
      impl.negativeCache = new WeakSet();
      return None;
    }),
    fn2('_set_fast_paths', (inst, sub) => {
      pyInstancecheck = inst;
      pySubclasscheck = sub;
      return None;
    }),
  ];
  for (const [name, fn] of fns) d.setStr(name, nativeFunction(name, fn));
  d.setStr('_abc_data', abcDataType);
  void PyDict;
  return mod;
}
