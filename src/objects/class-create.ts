// Creating classes and instances: type.__call__, type.__new__ (the class statement's end),
// object.__new__/__init__, and the class-statement protocol both backends use
// (`buildClass`: __mro_entries__, metaclass choice, __prepare__, body, metaclass call,
// __classcell__, __set_name__, __init_subclass__).

import { PyObj, type PyObject } from './object.js';
import { PyType, c3Mro, getTypeType, mroConflictHeads } from './type.js';
import { PyDict, newSharedDict } from './dict.js';
import { T } from './types.js';
import { PyTuple, PyList } from './tuple.js';
import { PyFunction, PyCell, PyMethod } from './function.js';
import { PyBuiltinFunction, PyGetSetDescriptor, addMethods, addGetSets } from './native.js';
import { typeOf, typeName, call, typeError, getAttrOrUndefined, str, argTypeName } from './protocol.js';
import { callFoundMethod } from './dunder.js';
import { None } from './singletons.js';
import { E, newError, newErrorFromCause, isPyException } from './exception.js';
import { PyStaticMethod, PyClassMethod } from './descriptors.js';
import { fixupSlots } from './slot-wrappers.js';
import { isIdentifierStr } from './str-unicode.js';
import { strValue } from './str.js';
import { mangle, compareCodePoints } from '../symtable/scope.js';
import { strRepr } from '../text/str-repr.js';
import { withNameObj } from './generic-attr.js';
import { finalizersOn } from './finalizers.js';

export type NewImpl = (cls: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;

/**
 * Stores a native __new__ on a builtin type (a builtin function taking the class first).
 * `explicitCheck` runs only when that __new__ is called as such (`T.__new__(cls, ...)`), not
 * when type.__call__ reaches `impl` directly.
 */
export function defineNew(
  type: PyType, impl: NewImpl,
  explicitCheck?: (cls: PyType, args: PyObject[], kwnames: string[] | null) => void,
): PyBuiltinFunction {
  const f = new PyBuiltinFunction('__new__', (args, kwnames) => {
    if (args.length === 0) typeError(`${type.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) typeError(`${type.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtype(type)) typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
    if (cls !== type) {
      // CPython's tp_new_wrapper: the nearest base not overriding __new__ in Python must use
      // this very __new__ (object.__new__(int) would build an int without int's layout).
      let sb: PyType | undefined = cls;
      while (sb !== undefined && isPythonNew(sb.lookup('__new__'))) sb = layoutBase(sb);
      if (sb !== undefined && nativeNews.get(sb.lookup('__new__')!)?.impl !== impl) {
        typeError(`${type.name}.__new__(${cls.name}) is not safe, use ${sb.name}.__new__()`);
      }
    }
    if (explicitCheck !== undefined) explicitCheck(cls, args.slice(1), kwnames);
    return impl(cls, args.slice(1), kwnames);
  }, type, `${type.name}.__new__`);
  type.dict.setStr('__new__', f);
  nativeNews.set(f, { type, impl });
  return f;
}

/** Gives builtin type t a __new__ of its own running its base's native implementation (the
 * wrapper PyType_Ready adds for a tp_new set in the type's static definition: its messages name t). */
export function ownNativeNew(t: PyType): void {
  const entry = nativeNews.get(t.lookup('__new__')!);
  if (entry === undefined || entry.type === t) return;
  defineNew(t, entry.impl);
  t.modified();
}

/** The native __new__ functions defineNew made: their type and implementation. */
const nativeNews = new Map<PyObject, { type: PyType; impl: NewImpl }>();

/**
 * The implementation typeCall may call directly for `cls` whose __new__ is `newf`: a native
 * __new__ that its wrapper would accept for `cls` (so the wrapper's checks can be skipped);
 * null otherwise. Cached on the class until its version changes.
 */
function directNew(cls: PyType, newf: PyObject | undefined): NewImpl | null {
  if (cls.newCacheVersion === cls.version) return cls.newCacheImpl as NewImpl | null;
  let impl: NewImpl | null = null;
  const entry = newf === undefined ? undefined : nativeNews.get(newf);
  if (entry !== undefined && cls.isSubtype(entry.type)) {
    let sb: PyType | undefined = cls;
    if (cls !== entry.type) while (sb !== undefined && isPythonNew(sb.lookup('__new__'))) sb = layoutBase(sb);
    if (cls === entry.type || (sb !== undefined && nativeNews.get(sb.lookup('__new__')!)?.impl === entry.impl)) impl = entry.impl;
  }
  cls.newCacheVersion = cls.version;
  cls.newCacheImpl = impl;
  return impl;
}

function isPythonNew(v: PyObject | undefined): boolean {
  return v !== undefined && !(v instanceof PyBuiltinFunction);
}

/** The base whose instance layout a type extends (CPython's tp_base, approximately). */
/**
 * type.__base__ (CPython's best_base): the base whose solid base (the nearest ancestor adding
 * to the instance layout: a builtin, or a class adding __slots__) derives from the others'.
 */
export function dunderBase(t: PyType): PyType | undefined {
  if (t.bases.length === 0) return undefined;
  let winner = t.bases[0];
  let winnerSolid = solidBase(winner);
  for (let i = 1; i < t.bases.length; i++) {
    const s = solidBase(t.bases[i]);
    if (s !== winnerSolid && s.isSubtype(winnerSolid)) {
      winner = t.bases[i];
      winnerSolid = s;
    }
  }
  return winner;
}

function solidBase(t: PyType): PyType {
  if (!t.isHeapType) return t;
  const base = dunderBase(t);
  if (base === undefined) return t;
  return t.slotCount > base.slotCount ? t : solidBase(base);
}

function layoutBase(t: PyType): PyType | undefined {
  for (const b of t.bases) if (b.alloc !== instanceAlloc) return b;
  return t.bases[0];
}

let objectNew: PyBuiltinFunction;
let objectInit: PyObject;

/** Types with a true __abstractmethods__ (CPython's Py_TPFLAGS_IS_ABSTRACT). */
export const abstractTypes = new Set<PyType>();

function refuseAbstract(cls: PyType): never {
  const names = iterateToArray(cls.dict.getStr('__abstractmethods__')!).map((n) => str(n)).sort();
  typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

function excessArgs(args: PyObject[]): boolean {
  return args.length > 0;
}

/** What calling a class does, as typeCall caches it on the class (fillCallCache). */
const enum CallKind {
  /** No shortcut: the general path. */
  General = 0,
  /** A native __new__ (callCacheNew) that directNew allows, then __init__ (callCacheInit) unless object's. */
  NativeNew = 1,
  /** object.__new__ (the class's alloc), then __init__ (callCacheInit), not object's. */
  ObjectNew = 2,
  /** object.__new__ and object.__init__: no arguments allowed. */
  Bare = 3,
  /** A builtin type's own __new__ and __init__ in one step (PyType.exactCall), else General. */
  Exact = 4,
}

/** Fills the class's call cache from its current __new__ and __init__ (valid while its version is). */
function fillCallCache(cls: PyType): void {
  const newf = cls.lookup('__new__');
  const init = cls.lookup('__init__');
  let kind = CallKind.General;
  let impl: NewImpl | null = null;
  if (cls.exactCall !== null) {
    kind = CallKind.Exact;
  } else if (newf === objectNew) {
    if (cls.alloc !== null) kind = init === objectInit ? CallKind.Bare : CallKind.ObjectNew;
  } else if (newf !== undefined && cls !== T.type) {
    impl = directNew(cls, newf);
    if (impl !== null) kind = CallKind.NativeNew;
  }
  cls.callCacheKind = kind;
  cls.callCacheNew = impl;
  cls.callCacheInit = init;
  cls.callCacheVersion = cls.version;
}

/** type.__call__: __new__, then __init__ when the result is an instance of the class. */
export function typeCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const cls = self as PyType;
  if (cls.callCacheVersion !== cls.version) fillCallCache(cls);
  switch (cls.callCacheKind) {
    case CallKind.NativeNew: {
      const obj = (cls.callCacheNew as NewImpl)(cls, args, kwnames);
      // An instance of exactly cls has cls's __init__; anything else takes the general tail.
      if (typeOf(obj) !== cls) return typeCallFinish(cls, obj, args, kwnames);
      const init = cls.callCacheInit;
      if (init !== objectInit) typeCallInit(obj, init, args, kwnames);
      return obj;
    }
    case CallKind.ObjectNew: {
      if (abstractTypes.size !== 0 && abstractTypes.has(cls)) refuseAbstract(cls);
      const obj = cls.alloc!(cls);
      typeCallInit(obj, cls.callCacheInit, args, kwnames);
      return obj;
    }
    case CallKind.Bare:
      if (excessArgs(args)) typeError(`${cls.name}() takes no arguments`);
      if (abstractTypes.size !== 0 && abstractTypes.has(cls)) refuseAbstract(cls);
      return cls.alloc!(cls);
    case CallKind.Exact: {
      const r = cls.exactCall!(args, kwnames);
      if (r !== undefined) return r;
      break;
    }
  }
  if (cls === T.type && args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  return typeCallFinish(cls, typeCallNew(cls, args, kwnames), args, kwnames);
}

/** type.__call__ after __new__ made `obj`: its type's __init__ when it is an instance of cls. */
function typeCallFinish(cls: PyType, obj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (!typeOf(obj).isSubtype(cls)) return obj;
  typeCallInit(obj, typeOf(obj).lookup('__init__'), args, kwnames);
  return obj;
}

/** type.__call__'s second half: `init` (the new object's type's __init__) called on it. */
export function typeCallInit(obj: PyObject, init: PyObject | undefined, args: PyObject[], kwnames: string[] | null): void {
  if (init !== undefined && init !== objectInit) {
    const r = callFoundMethod(init, obj, args, kwnames);
    if (r !== None) typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
}

/**
 * type.__call__'s first half: the new object from `cls.__new__(cls, *args)` (object.__new__
 * inlined, a builtin type's native __new__ called directly). The VM calls it and then runs a
 * Python `__init__` in its own loop (backends/vm/vm-slow.ts callGeneric).
 */
export function typeCallNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const newf = cls.lookup('__new__');
  if (newf === objectNew && cls.alloc !== null) {
    // object.__new__ inlined: the common case of a plain class.
    if (excessArgs(args) && cls.lookup('__init__') === objectInit) typeError(`${cls.name}() takes no arguments`);
    if (abstractTypes.size !== 0 && abstractTypes.has(cls)) refuseAbstract(cls);
    return cls.alloc(cls);
  }
  if (newf === undefined) typeError(`cannot create '${cls.name}' instances`);
  const impl = directNew(cls, newf);
  if (impl !== null) return impl(cls, args, kwnames);
  // CPython's slot_tp_new reads __new__ as an attribute of the class: a staticmethod gives its
  // function, a classmethod (or another descriptor) what its __get__ gives, still called with
  // the class first.
  let f = newf;
  if (newf instanceof PyStaticMethod) f = newf.func;
  else if (!(newf instanceof PyFunction)) {
    const get = typeOf(newf).slots.descrGet;
    if (get !== undefined) f = get(newf, null, cls);
  }
  return call(f, [cls, ...args], kwnames);
}

function instanceAlloc(cls: PyType): PyObj {
  return new PyObj(cls, cls.hasInstanceDict ? newSharedDict() : null);
}

/** The metaclass that wins for these bases (CPython's _PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The native layout a class's instances get: the allocator of its "solid" base. */
function solidAlloc(bases: PyType[]): (cls: PyType) => PyObj {
  let chosen: ((cls: PyType) => PyObj) | null = null;
  for (const b of bases) {
    const a = b.alloc;
    if (a === null) typeError(`type '${b.name}' is not an acceptable base type`);
    if (a === instanceAlloc || a === T.object.alloc) continue;
    if (chosen !== null && chosen !== a) typeError('multiple bases have instance lay-out conflict');
    chosen = a;
  }
  return chosen ?? instanceAlloc;
}

/** The most derived class in t's layout that added nonempty __slots__ (null when none did). */
function slotSolid(t: PyType): PyType | null {
  if (t.slotCount === 0) return null;
  let fromBase: PyType | undefined;
  for (const b of t.bases) if (b.slotCount === t.slotCount) fromBase = b;
  return fromBase === undefined ? t : slotSolid(fromBase);
}

/**
 * For a subclass of int, bytes or tuple (variable-size instances): the most derived class that
 * added the instance __dict__, which grows the fixed part of the layout (CPython's extra_ivars
 * with an itemsize), so `class D(D0, D1)` with D0(int) and D1(int) conflicts. Else null.
 */
function varSizeSolid(t: PyType): PyType | null {
  if (!t.isHeapType || !(t.isSubtype(T.int) || t.isSubtype(T.bytes) || t.isSubtype(T.tuple))) return null;
  for (let c: PyType | undefined = t; c !== undefined && c.isHeapType; c = dunderBase(c)) {
    const base = dunderBase(c);
    if (c.hasInstanceDict && (base === undefined || !base.hasInstanceDict)) return c;
  }
  return null;
}

/** The builtin whose instance layout t's instances have (the least derived builtin with t's
 * allocator), or null for object's. */
function nativeSolid(t: PyType): PyType | null {
  const a = t.alloc;
  if (a === instanceAlloc || a === T.object.alloc) return null;
  let m: PyType | undefined = t.mro.find((x) => !x.isHeapType && x.alloc === a);
  if (m === undefined) return null;
  while (m.bases.length > 0 && m.bases[0].alloc === a) m = m.bases[0];
  return m;
}

/** Slot values are indexed after the bases' ones, so the bases with nonempty __slots__ must
 * extend one another's layout (CPython's best_base: "multiple bases have instance lay-out
 * conflict"). */
function checkSlotLayouts(bases: PyType[]): void {
  if (!bases.some((b) => slotSolid(b) !== null || varSizeSolid(b) !== null)) return;
  // (A builtin's own layout counts too: `class C3(C2, str)` with C2.__slots__ = ('s1',) conflicts.)
  let best: PyType | null = null;
  for (const b of bases) {
    const s = slotSolid(b) ?? varSizeSolid(b) ?? nativeSolid(b);
    if (s === null) continue;
    if (best === null || s.isSubtype(best)) best = s;
    else if (!best.isSubtype(s)) typeError('multiple bases have instance lay-out conflict');
  }
}

/** type.__new__(meta, name, bases, ns, **kwargs) */
export function typeNew(meta: PyType, name: string, basesIn: PyObject[], ns: PyDict): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
    if (b.finalType) typeError(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(T.object);
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) typeError(`duplicate base class ${bases[i].name}`);
  }
  const dict = new PyDict();
  // PyDict_Copy of the namespace: a non-empty dict subclass with its own __iter__ is read
  // through keys() and __getitem__ (as dict(ns) reads it).
  const own = ns.cls === T.dict || ns.size === 0 || typeOf(ns).lookup('__iter__') === T.dict.lookup('__iter__');
  for (const [k, v] of (own ? ns : (call(T.dict, [ns]) as PyDict)).entries()) dict.set(k, v);
  if (dict.getStr('__del__') !== undefined) finalizersOn();
  const cls = new PyType(meta, name, bases, dict);
  cls.isHeapType = true;
  const mro = c3Mro(cls);
  if (mro === null) {
    for (const b of bases) b.subclasses.splice(b.subclasses.indexOf(cls), 1);
    typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflictHeads.map((b) => b.name).join(', ')}`);
  }
  cls.mro = mro;
  cls.alloc = solidAlloc(bases);
  checkSlotLayouts(bases);

  if (dict.getStr('__module__') === undefined) {
    const mod = callerModuleName();
    if (mod !== undefined) dict.setStr('__module__', mod);
  }
  const qn = dict.getStr('__qualname__');
  if (qn !== undefined) {
    // (A str subclass instance is taken by its value, as for the name.)
    const qualname = strValue(qn);
    if (qualname === undefined) typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    cls.qualname = qualname;
    dict.delete('__qualname__');
  }
  for (const special of ['__new__']) {
    const f = dict.getStr(special);
    if (f instanceof PyFunction) dict.setStr(special, new PyStaticMethod(f));
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = dict.getStr(special);
    if (f instanceof PyFunction) dict.setStr(special, new PyClassMethod(f));
  }

  // Instances get a __dict__ unless __slots__ says otherwise (and no base has one).
  const slots = dict.getStr('__slots__');
  // Slot values sit after the bases' (CPython allows one base with a nonempty layout).
  let slotBase = 0;
  for (const b of bases) slotBase = Math.max(slotBase, b.slotCount);
  cls.slotCount = 0;
  const baseHasDict = bases.some((b) => b.hasInstanceDict);
  const best = slotsBestBase(bases);
  let wantsDict = slots === undefined;
  let wantsWeakref = slots === undefined;
  if (slots !== undefined) {
    const names = typeof slots === 'string' ? [slots] : iterateToArray(slots);
    // Variable-size instances (int, bytes, tuple) have no room for slots (CPython's tp_itemsize).
    const sized = bases.find((b) => b.isSubtype(T.int) || b.isSubtype(T.bytes) || b.isSubtype(T.tuple));
    if (names.length > 0 && sized !== undefined) typeError(`nonempty __slots__ not supported for subtype of '${sized.name}'`);
    // CPython's type_new_visit_slots, then type_new_copy_slots: names mangled, checked against
    // the class body, and the member descriptors added in sorted order.
    // Checked against the best base only (CPython's may_add_dict / may_add_weak): a secondary
    // base's __dict__ does not forbid `class C(A, str): __slots__ = ('__dict__',)`.
    const bestHasDict = best.hasInstanceDict;
    const baseHasWeakref = best.mro.some((m) => m.dict.getStr('__weakref__') !== undefined);
    for (const n of names) {
      if (typeof n !== 'string') typeError(`__slots__ items must be strings, not '${typeName(n)}'`);
      if (!isIdentifierStr(n)) typeError('__slots__ must be identifiers');
      if (n === '__dict__') {
        if (bestHasDict || wantsDict) typeError('__dict__ slot disallowed: we already got one');
        wantsDict = true;
      } else if (n === '__weakref__') {
        if (baseHasWeakref || wantsWeakref) typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        wantsWeakref = true;
      }
    }
    const members: string[] = [];
    for (const n of names as string[]) {
      if (n === '__dict__' || n === '__weakref__') continue;
      const m = mangle(name, n);
      if (dict.getStr(m) !== undefined && m !== '__qualname__' && m !== '__classcell__') {
        throw newError(E.ValueError, `${strRepr(m)} in __slots__ conflicts with class variable`);
      }
      members.push(m);
    }
    members.sort(compareCodePoints);
    for (const m of members) dict.setStr(m, new PyMemberDescriptor(cls, m, slotBase + cls.slotCount++));
  }
  cls.slotCount += slotBase;
  // (A secondary base's __dict__ / __weakref__ is added too when the best base has none: CPython's
  // "Secondary bases may provide weakrefs or dict".)
  const introducesDict = (wantsDict || baseHasDict) && !best.hasInstanceDict;
  if (!wantsWeakref && bases.length > 1) wantsWeakref = bases.some((b) => b.mro.some((m) => m.dict.getStr('__weakref__') !== undefined));
  cls.hasInstanceDict = wantsDict || baseHasDict;
  addInstanceDescriptors(cls, dict, introducesDict, wantsWeakref, best);
  // After the slots and descriptors, as CPython orders the class __dict__.
  if (dict.getStr('__doc__') === undefined) dict.setStr('__doc__', None);
  // A class that defines __eq__ but not __hash__ is unhashable (its __hash__ is None).
  if (dict.getStr('__eq__') !== undefined && dict.getStr('__hash__') === undefined) dict.setStr('__hash__', None);

  const cell = dict.getStr('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    cell.value = cls;
    dict.delete('__classcell__');
  }
  customMro(meta, cls);
  fixupSlots(cls);
  return cls;
}

/** The base whose layout instances extend, for __bases__ assignment (CPython's best_base). */
function bestBase(bases: PyType[]): PyType {
  for (const b of bases) if (b.alloc !== instanceAlloc && b.alloc !== T.object.alloc) return b;
  return bases[0];
}

/** best_base as the __slots__ checks see it: a builtin's layout, else the base with the most
 * slots (checkSlotLayouts made them one chain), else the first. */
function slotsBestBase(bases: PyType[]): PyType {
  let best = bases[0];
  for (const b of bases) {
    if (b.alloc !== instanceAlloc && b.alloc !== T.object.alloc) return b;
    if (b.slotCount > best.slotCount) best = b;
  }
  return best;
}

/** Whether CPython frees instances of t with PyObject_GC_Del (its tp_free). */
function gcFreed(t: PyType): boolean {
  return t.isHeapType || !(t === T.object || t === T.int || t === T.bool || t === T.float || t === T.complex || t === T.str || t === T.bytes);
}

/** type.__bases__ = v (CPython's type_set_bases): checks, then the MROs and slots of the class
 * and its subclasses are recomputed. */
export function setBases(ty: PyType, v: PyObject | null): void {
  if (!ty.isHeapType) typeError(`cannot set '__bases__' attribute of immutable type '${ty.name}'`);
  if (v === null) typeError(`cannot delete '__bases__' attribute of immutable type '${ty.name}'`);
  if (!(v instanceof PyTuple)) typeError(`can only assign tuple to ${ty.name}.__bases__, not ${typeName(v)}`);
  if (v.items.length === 0) typeError(`can only assign non-empty tuple to ${ty.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType)) typeError(`${ty.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubtype(ty)) typeError('a __bases__ item causes an inheritance cycle');
    bases.push(b);
  }
  const oldBest = bestBase(ty.bases);
  const newBest = bestBase(bases);
  if (newBest !== oldBest) {
    // CPython compares the tp_free of the two: PyObject_GC_Del for classes and the builtin
    // containers, PyObject_Free for object, int, float, complex, str and bytes.
    if (gcFreed(newBest) !== gcFreed(oldBest)) {
      typeError(`__bases__ assignment: '${newBest.name}' deallocator differs from '${oldBest.name}'`);
    }
    if (newBest.alloc !== oldBest.alloc || slotSolid(newBest) !== slotSolid(oldBest) || newBest.hasInstanceDict !== oldBest.hasInstanceDict) {
      typeError(`__bases__ assignment: '${newBest.name}' object layout differs from '${oldBest.name}'`);
    }
  }
  checkSlotLayouts(bases);
  // (CPython's mro() refuses a repeated base.)
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) typeError(`duplicate base class ${bases[i].name}`);
  }
  const oldBases = ty.bases;
  const affected: PyType[] = [];
  const collect = (t: PyType) => {
    if (affected.includes(t)) return;
    affected.push(t);
    for (const sub of t.subclasses) collect(sub);
  };
  collect(ty);
  const oldMros = affected.map((t) => t.mro);
  const relink = (from: PyType[], to: PyType[]) => {
    for (const b of from) {
      const i = b.subclasses.indexOf(ty);
      if (i >= 0) b.subclasses.splice(i, 1);
    }
    for (const b of to) b.subclasses.push(ty);
    ty.bases = to;
  };
  relink(oldBases, bases);
  for (let i = 0; i < affected.length; i++) {
    const mro = c3Mro(affected[i]);
    if (mro === null) {
      relink(bases, oldBases);
      for (let j = 0; j < affected.length; j++) affected[j].mro = oldMros[j];
      typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflictHeads.map((b) => b.name).join(', ')}`);
    }
    affected[i].mro = mro;
  }
  ty.modified();
  for (const t of affected) if (t.isHeapType) fixupSlots(t);
}

/** A metaclass that overrides mro() decides the new class's MRO (CPython's mro_internal). */
function customMro(meta: PyType, cls: PyType): void {
  const f = meta.lookup('mro');
  if (f === undefined || f === T.type.dict.getStr('mro')) return;
  const items = iterateToArray(callFoundMethod(f, cls, []));
  const mro: PyType[] = [];
  for (const c of items) {
    if (!(c instanceof PyType)) typeError(`mro() returned a non-class ('${typeName(c)}')`);
    if (!cls.isSubtype(c) && c !== cls) {
      const solid = c.alloc;
      if (solid !== null && solid !== cls.alloc && solid !== T.object.alloc && solid !== instanceAlloc) {
        typeError(`mro() returned base with unsuitable layout ('${c.name}')`);
      }
    }
    mro.push(c);
  }
  cls.mro = mro;
  cls.modified();
}

/**
 * The '__dict__' and '__weakref__' attributes CPython puts in the namespace of a class that
 * introduces an instance dict or weak-reference support (none for int/tuple/bytes subclasses,
 * whose instances cannot have weak references, or when a base already provides them).
 */
function addInstanceDescriptors(cls: PyType, dict: PyDict, introducesDict: boolean, wantsWeakref: boolean, best: PyType): void {
  // Types and modules keep their own __dict__ and weak-reference support.
  if (cls.isSubtype(T.type) || cls.isSubtype(T.module)) return;
  if (introducesDict && dict.getStr('__dict__') === undefined) {
    dict.setStr('__dict__', new PyGetSetDescriptor(cls, '__dict__', (self) => {
      const d = self instanceof PyObj ? self.dict : null;
      if (d === null) throw withNameObj(newError(E.AttributeError, `'${typeName(self)}' object has no attribute '__dict__'`), '__dict__', self);
      return d;
    }, (self, value) => {
      if (value === null) value = new PyDict();
      if (!(value instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
      (self as PyObj).dict = value;
    }));
  }
  if (!wantsWeakref || dict.getStr('__weakref__') !== undefined) return;
  for (const b of best.mro) {
    if (b === T.int || b === T.tuple || b === T.bytes || b === T.set || b === T.frozenset) return;
    if (b.dict.getStr('__weakref__') !== undefined) return;
  }
  dict.setStr('__weakref__', new PyGetSetDescriptor(cls, '__weakref__', () => None, () => {
    throw newError(E.AttributeError, `attribute '__weakref__' of '${cls.name}' objects is not writable`);
  }));
}

let callerModuleName: () => PyObject | undefined = () => undefined;
/** type(name, bases, ns) without __module__ takes the calling frame's globals' __name__. */
export function setCallerModuleNameHook(f: () => PyObject | undefined): void {
  callerModuleName = f;
}

let warnHook: (category: PyType, msg: string) => void = () => {};
/** The runtime's warnings.warn(msg, category) (stacklevel 1: the Python caller of a builtin). */
export function setWarnHook(f: (category: PyType, msg: string) => void): void {
  warnHook = f;
}
/** Issues a warning through the warnings module (a filter may make it raise). */
export function pyWarn(category: PyType, msg: string): void {
  warnHook(category, msg);
}

let iterateToArray: (v: PyObject) => PyObject[] = () => typeError('iteration is not available yet');
/** Provided by the iteration helpers (they live with the containers). */
export function setIterateToArray(f: (v: PyObject) => PyObject[]): void {
  iterateToArray = f;
}

/** __set_name__ on the new class's attributes, then the parent's __init_subclass__(**kwargs). */
export function initNewClass(cls: PyType, kwnames: string[], kwvalues: PyObject[]): void {
  for (const [k, v] of [...cls.dict.entries()]) {
    const setName = typeOf(v).lookup('__set_name__');
    if (setName === undefined) continue;
    try {
      callFoundMethod(setName, v, [cls, k]);
    } catch (err) {
      if (!isPyException(err)) throw err;
      // CPython 3.11's type_new_set_names: _PyErr_FormatFromCause(RuntimeError, ...).
      throw newErrorFromCause(E.RuntimeError, `Error calling __set_name__ on '${typeName(v)}' instance ${typeof k === 'string' ? strRepr(k) : str(k)} in '${cls.name}'`, err);
    }
  }
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.getStr('__init_subclass__');
    if (f === undefined) continue;
    const get = typeOf(f).slots.descrGet;
    const bound = get !== undefined ? get(f, null, cls) : f;
    call(bound, kwvalues, kwnames.length ? kwnames : null);
    return;
  }
}

/**
 * A __slots__ entry: a data descriptor storing the value out of the instance's __dict__, at
 * `index` of the instance's slot value array (`sv`, added to the instance by the first store;
 * undefined entries are unset). Indices follow the class layout: a base's slots first.
 */
export class PyMemberDescriptor extends PyObj {
  constructor(readonly owner: PyType, readonly name: string, readonly index: number) {
    super(T.member_descriptor, null);
  }
}

/** A slot descriptor applies to instances of its class only (a direct __get__/__set__ call may pass anything). */
function checkMemberOwner(d: PyMemberDescriptor, obj: PyObject): void {
  if ((obj as { cls?: PyType }).cls === d.owner) return;
  const t = typeOf(obj);
  if (t !== d.owner && !t.isSubtype(d.owner)) {
    typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

/** An instance with __slots__ values (any native layout: a slotted list subclass too). */
type Slotted = { sv?: (PyObject | undefined)[] };

/** The value at `index` of `obj`'s slot array, or undefined when it is unset. */
export function slotAt(obj: PyObject, index: number): PyObject | undefined {
  const sv = (obj as Slotted).sv;
  return sv === undefined ? undefined : sv[index];
}

/** Sets the value at `index` of `obj`'s slot array (made on the first store, sized for its class). */
export function setSlotAt(obj: PyObject, index: number, v: PyObject): void {
  let sv = (obj as Slotted).sv;
  if (sv === undefined) {
    sv = slotArray(Math.max(typeOf(obj).slotCount, index + 1));
    (obj as Slotted).sv = sv;
  }
  sv[index] = v;
}

/**
 * An empty slot array of exactly `n` entries (a literal for the usual few: an array grown by
 * push from empty gets room for 17, which made each small slotted instance ~4x its size).
 */
function slotArray(n: number): (PyObject | undefined)[] {
  switch (n) {
    case 1: return [undefined];
    case 2: return [undefined, undefined];
    case 3: return [undefined, undefined, undefined];
    case 4: return [undefined, undefined, undefined, undefined];
  }
  const sv: (PyObject | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  for (let k = 5; k < n; k++) sv.push(undefined);
  return sv;
}

/**
 * The class statement (CPython's __build_class__): `runBody(ns)` executes the class body with
 * `ns` as its locals (backend-specific) and returns the __class__ cell if the body made one.
 */
export function buildClass(runBody: (ns: PyObject) => PyCell | null, name: string, origBases: PyObject[], kwnames: string[], kwvalues: PyObject[]): PyObject {
  const bases = resolveBases(origBases);
  let meta: PyObject | undefined;
  const kwn: string[] = [];
  const kwv: PyObject[] = [];
  for (let i = 0; i < kwnames.length; i++) {
    if (kwnames[i] === 'metaclass') meta = kwvalues[i];
    else {
      kwn.push(kwnames[i]);
      kwv.push(kwvalues[i]);
    }
  }
  if (meta === undefined) meta = bases.length > 0 ? typeOf(bases[0]) : T.type;
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  let ns: PyObject;
  const prepare = getAttrOrUndefined(meta, '__prepare__');
  if (prepare !== undefined) {
    ns = call(prepare, [name, new PyTuple(bases), ...kwv], kwn.length ? kwn : null);
    if (typeOf(ns).slots.getitem === undefined) {
      typeError(`${meta instanceof PyType ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeName(ns)}`);
    }
  } else {
    ns = new PyDict();
  }
  const cell = runBody(ns);
  if (bases !== origBases) setItem(ns, '__orig_bases__', new PyTuple(origBases));
  const cls = call(meta, [name, new PyTuple(bases), ns, ...kwv], kwn.length ? kwn : null);
  if (cell !== null && cls instanceof PyType && cell.value !== cls) {
    if (cell.value === undefined) {
      throw newError(E.RuntimeError, `__class__ not set defining '${name}' as ${reprType(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    typeError(`__class__ set to ${reprType(cell.value as PyType)} defining '${name}' as ${reprType(cls)}`);
  }
  return cls;
}

function reprType(t: PyType): string {
  const mod = t.dict.getStr('__module__');
  return typeof mod === 'string' && mod !== 'builtins' ? `<class '${mod}.${t.qualname}'>` : `<class '${t.name}'>`;
}

function setItem(ns: PyObject, key: string, value: PyObject): void {
  if (ns instanceof PyDict) ns.setStr(key, value);
  else {
    const f = typeOf(ns).slots.setitem;
    if (f === undefined) typeError(`'${typeName(ns)}' object does not support item assignment`);
    f(ns, key, value);
  }
}

/** PEP 560: bases that are not types may supply __mro_entries__. */
function resolveBases(bases: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyType) {
      if (out) out.push(b);
      continue;
    }
    const me = getAttrOrUndefined(b, '__mro_entries__');
    if (me === undefined) {
      if (out) out.push(b);
      continue;
    }
    const r = call(me, [new PyTuple(bases)]);
    if (!(r instanceof PyTuple)) typeError('__mro_entries__ must return a tuple');
    if (!out) out = bases.slice(0, i);
    out.push(...r.items);
  }
  return out ?? bases;
}

export function installClassMachinery(): void {
  const typeType = getTypeType();
  typeType.slots.call = typeCall;
  T.object.alloc = instanceAlloc;
  objectNew = defineNew(T.object, (cls, args) => {
    // A type without an allocator is CPython's type without tp_new: refused whatever the arguments.
    if (cls.alloc === null) typeError(`cannot create '${cls.name}' instances`);
    if (excessArgs(args)) {
      if (cls.lookup('__new__') !== objectNew) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
      if (cls.lookup('__init__') === objectInit) typeError(`${cls.name}() takes no arguments`);
    }
    if (abstractTypes.size !== 0 && abstractTypes.has(cls)) refuseAbstract(cls);
    return cls.alloc(cls);
  });
  // method(function, instance): types.MethodType.
  defineNew(T.method, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError('method() takes no keyword arguments');
    if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
    if (typeOf(args[0]).slots.call === undefined) typeError('first argument must be callable');
    if (args[1] === None) typeError('instance must not be None');
    return new PyMethod(args[0], args[1]);
  });
  addMethods(T.object, {
    // object.__getstate__ (3.11): the instance dict if non-empty, (dict or None, slot values)
    // when slots are set, else None.
    __getstate__: (self, args) => {
      if (args.length !== 0) typeError(`object.__getstate__() takes no arguments (${args.length} given)`);
      const d = self instanceof PyObj ? self.dict : null;
      const own = d !== null && d.size > 0 ? d : None;
      // The set slots, class by class along the MRO (copyreg._slotnames' order).
      let sd: PyDict | null = null;
      if (typeof self === 'object' && (self as Slotted).sv !== undefined) {
        for (const c of typeOf(self).mro) {
          for (const [k, d] of c.dict.entries()) {
            if (!(d instanceof PyMemberDescriptor) || d.owner !== c) continue;
            const v = slotAt(self, d.index);
            if (v !== undefined) (sd ??= new PyDict()).setStr(k as string, v);
          }
        }
      }
      return sd !== null ? new PyTuple([own, sd]) : own;
    },
    __init__: (self, args) => {
      if (excessArgs(args)) {
        const t = typeOf(self);
        if (t.lookup('__init__') !== objectInit) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
        if (t.lookup('__new__') === objectNew) typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
      return None;
    },
  });
  objectInit = T.object.dict.getStr('__init__')!;

  defineNew(typeType, (meta, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (meta === typeType && npos === 1) {
      // CPython's type_vectorcall: type(x) takes no keywords.
      if (nkw > 0) typeError('type() takes no keyword arguments');
      return typeOf(args[0]);
    }
    if (npos !== 3) {
      // type(...) itself (CPython's type_vectorcall) or a metaclass reaching type.__new__.
      if (meta === typeType) typeError('type() takes 1 or 3 arguments');
      typeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
    }
    const [nameArg, bases, ns] = args;
    // A str subclass instance is accepted and taken by its value.
    const name = strValue(nameArg);
    if (name === undefined) typeError(`type.__new__() argument 1 must be str, not ${argTypeName(nameArg)}`);
    if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
    if (!(ns instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${argTypeName(ns)}`);
    if (name.includes('\0')) throw newError(E.ValueError, 'type name must not contain null characters');
    for (const b of bases.items) {
      if (!(b instanceof PyType) && getAttrOrUndefined(b, '__mro_entries__') !== undefined) {
        typeError("type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
    const winner = calculateMetaclass(meta, bases.items);
    if (winner !== meta && winner.lookup('__new__') !== meta.lookup('__new__')) {
      // CPython's type_new returns winner->tp_new(winner, ...): only __new__; the caller
      // (type.__call__) then runs __init__ once.
      return typeCallNew(winner, args, kwnames);
    }
    const cls = typeNew(winner, name, bases.items, ns);
    initNewClass(cls, kwnames ?? [], args.slice(npos));
    return cls;
  }, (_meta, args, kwnames) => {
    // type.__new__(...) called as such parses (name, bases, dict) without type(x)'s special case.
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos !== 3) typeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
  });
  addMethods(typeType, {
    __init__: (_self, args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      const npos = args.length - nkw;
      if (npos !== 1 && npos !== 3) typeError('type.__init__() takes 1 or 3 arguments');
      return None;
    },
    mro: (self, args) => {
      if (args.length > 0) typeError(`${(self as PyType).qualname}.mro() takes no arguments (${args.length} given)`);
      return new PyList((self as PyType).mro.slice());
    },
  });

  T.member_descriptor.slots.descrGet = (self, obj) => {
    const d = self as PyMemberDescriptor;
    if (obj === null) return d;
    checkMemberOwner(d, obj);
    const v = slotAt(obj, d.index);
    // (PyObject_GetAttr's set_attribute_error_context gives it the name and the object.)
    if (v === undefined) throw withNameObj(newError(E.AttributeError, `'${typeName(obj)}' object has no attribute '${d.name}'`), d.name, obj);
    return v;
  };
  T.member_descriptor.slots.repr = (self) => {
    const d = self as PyMemberDescriptor;
    return `<member '${d.name}' of '${d.owner.name}' objects>`;
  };
  addGetSets(T.member_descriptor, {
    __name__: [(self) => (self as PyMemberDescriptor).name],
    __qualname__: [(self) => `${(self as PyMemberDescriptor).owner.shownQualname}.${(self as PyMemberDescriptor).name}`],
    __objclass__: [(self) => (self as PyMemberDescriptor).owner],
  });
  T.member_descriptor.slots.descrSet = (self, obj, value) => {
    const d = self as PyMemberDescriptor;
    checkMemberOwner(d, obj);
    if (value === null) {
      // CPython 3.11's PyMember_SetOne: the bare name.
      const sv = (obj as Slotted).sv;
      if (sv === undefined || sv[d.index] === undefined) throw newError(E.AttributeError, d.name);
      sv[d.index] = undefined;
      return;
    }
    setSlotAt(obj, d.index, value);
  };
}
