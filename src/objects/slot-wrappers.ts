// Slots <-> special methods, both directions (CPython's typeobject.c slotdefs):
//  - a class that defines `__add__` (or inherits it from a Python class) gets `slots.add` = a
//    wrapper that looks `__add__`/`__radd__` up and calls it (`fixupSlots`, also re-run when a
//    dunder is assigned on the class later);
//  - a builtin type's native slots are exposed as attributes (`int.__add__`, `list.__len__`)
//    by `exposeNativeSlots`, as wrapper_descriptor objects.

import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { CmpOp, BINARY_SLOTS, type Slots, type BinarySlot } from './slots.js';
import { typeOf, typeName, isTrue, typeError, str as protoStr, repr as protoRepr, attrLookupOf, call } from './protocol.js';
import { enterRecursive, leaveRecursive, IN_STR, IN_REPR } from './recursion.js';
import { callFoundMethod, callMethod0, callMethod1 } from './dunder.js';
import { NotImplemented, None } from './singletons.js';
import { E, newError, PyBaseException } from './exception.js';
import { PyFunction } from './function.js';
import { PyMethodDescriptor, type NativeMethodCall } from './native.js';
import { setClassAttributeHook, addAttributeErrorContext } from './generic-attr.js';
import { asInt } from './int.js';
import { asIntValue, indexOf } from './int-type.js';
import { hashBigInt } from './hash.js';
import { hasIndex } from './slice.js';
import { strValue } from './str.js';

type SlotName = keyof Slots;

function special(self: PyObject, name: string, args: PyObject[]): PyObject {
  const m = typeOf(self).lookup(name);
  // CPython's lookup_method: the missing method's name is the whole message.
  if (m === undefined) throw newError(E.AttributeError, name);
  return callFoundMethod(m, self, args);
}

/** special(self, name, []) without the argument array. */
function special0(self: PyObject, name: string): PyObject {
  const m = typeOf(self).lookup(name);
  if (m === undefined) throw newError(E.AttributeError, name);
  return callMethod0(self, m);
}

/** special(self, name, [a]) without the argument array. */
function special1(self: PyObject, name: string, a: PyObject): PyObject {
  const m = typeOf(self).lookup(name);
  if (m === undefined) throw newError(E.AttributeError, name);
  return callMethod1(self, m, a);
}

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

// --- wrappers installed in heap types' slots -----------------------------------------------

const wrappers: Partial<Record<SlotName, unknown>> = {
  // A str subclass instance is a string too (CPython checks PyUnicode_Check): its value.
  repr: (self: PyObject) => {
    const r = special0(self, '__repr__');
    if (typeof r === 'string') return r;
    const s = strValue(r);
    if (s === undefined) typeError(`__repr__ returned non-string (type ${typeName(r)})`);
    return s;
  },
  str: (self: PyObject) => {
    const r = special0(self, '__str__');
    if (typeof r === 'string') return r;
    const s = strValue(r);
    if (s === undefined) typeError(`__str__ returned non-string (type ${typeName(r)})`);
    return s;
  },
  hash: (self: PyObject) => {
    const r = special0(self, '__hash__');
    const v = asIntValue(r);
    if (v === undefined) typeError('__hash__ method should return an integer');
    // As CPython's slot_tp_hash: a value outside Py_ssize_t is reduced by int's own hash.
    if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) return hashBigInt(v);
    return v === -1 ? -2 : v;
  },
  richcompare: (self: PyObject, other: PyObject, op: CmpOp) => {
    const m = typeOf(self).lookup(CMP_NAMES[op]);
    if (m === undefined) return NotImplemented;
    if (m instanceof PyFunction) return callMethod1(self, m, other);
    // CPython's slot_tp_richcompare: an error binding the method (a property that raises) is
    // cleared and the comparison NotImplemented; an error in the call propagates.
    const get = typeOf(m).slots.descrGet;
    if (get === undefined) return call(m, [other]);
    let bound: PyObject;
    try {
      bound = get(m, self, typeOf(self));
    } catch (e) {
      if (e instanceof PyBaseException) return NotImplemented;
      throw e;
    }
    return call(bound, [other]);
  },
  getattro: slotGetattro,
  setattro: (self: PyObject, name: string, value: PyObject | null) => {
    if (value === null) special1(self, '__delattr__', name);
    else special(self, '__setattr__', [name, value]);
  },
  call: (self: PyObject, args: PyObject[], kwnames: string[] | null) => {
    const m = typeOf(self).lookup('__call__');
    if (m === undefined) typeError(`'${typeName(self)}' object is not callable`);
    return callFoundMethod(m, self, args, kwnames);
  },
  iter: (self: PyObject) => {
    const m = typeOf(self).lookup('__iter__');
    if (m === None) typeError(`'${typeName(self)}' object is not iterable`);
    const it = special0(self, '__iter__');
    if (typeOf(it).slots.iternext === undefined) typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    return it;
  },
  iternext: (self: PyObject) => {
    try {
      return special0(self, '__next__');
    } catch (e) {
      // StopIteration (or a subclass) ends the iteration: report it as undefined. `yield from`
      // calls __next__ itself to see the StopIteration's value.
      if (e instanceof Object && typeOf(e as PyObject).isSubtype(E.StopIteration)) return undefined;
      throw e;
    }
  },
  descrGet: (self: PyObject, obj: PyObject | null, type: PyObject) => special(self, '__get__', [obj ?? None, type]),
  descrSet: (self: PyObject, obj: PyObject, value: PyObject | null) => {
    if (value === null) special1(self, '__delete__', obj);
    else special(self, '__set__', [obj, value]);
  },
  bool: (self: PyObject) => {
    const m = typeOf(self).lookup('__bool__');
    if (m === undefined) {
      const l = typeOf(self).lookup('__len__');
      if (l === undefined) return true;
      return lenResult(callMethod0(self, l)) !== 0;
    }
    const r = callMethod0(self, m);
    if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  },
  len: (self: PyObject) => lenResult(special0(self, '__len__')),
  getitem: (self: PyObject, key: PyObject) => special1(self, '__getitem__', key),
  setitem: (self: PyObject, key: PyObject, value: PyObject | null) => {
    if (value === null) special1(self, '__delitem__', key);
    else special(self, '__setitem__', [key, value]);
  },
  contains: (self: PyObject, item: PyObject) => {
    if (typeOf(self).lookup('__contains__') === None) typeError(`'${typeName(self)}' object is not a container`);
    return isTrue(special1(self, '__contains__', item));
  },
  neg: (self: PyObject) => special0(self, '__neg__'),
  pos: (self: PyObject) => special0(self, '__pos__'),
  invert: (self: PyObject) => special0(self, '__invert__'),
  abs: (self: PyObject) => special0(self, '__abs__'),
  int: (self: PyObject) => special0(self, '__int__'),
  float: (self: PyObject) => special0(self, '__float__'),
  index: (self: PyObject) => special0(self, '__index__'),
  pow: (a: PyObject, b: PyObject, m: PyObject) => binaryWrapper('pow', '__pow__', '__rpow__', a, b, m),
};

const SSIZE_MAX = (1n << 63n) - 1n;

function lenResult(r: PyObject): number | bigint {
  // PyNumber_AsSsize_t: an int, else the result's __index__.
  const v = asInt(r) ?? indexOf(r);
  if (v < 0) throw newError(E.ValueError, '__len__() should return >= 0');
  if (typeof v === 'bigint' && v > SSIZE_MAX) throw newError(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  return v;
}

/** __getattribute__ then, on AttributeError, __getattr__ (CPython's slot_tp_getattr_hook). */
function slotGetattro(self: PyObject, name: string): PyObject {
  const tp = typeOf(self);
  const getattr = tp.lookup('__getattr__');
  const getattribute = tp.lookup('__getattribute__');
  if (getattr !== undefined && getattribute === T.object.dict.getStr('__getattribute__')) {
    // object's own __getattribute__: a miss is undefined, not an AttributeError made and
    // caught (as CPython's slot_tp_getattr_hook with the generic getattr, suppressing it).
    let v: PyObject | undefined;
    try {
      v = attrLookupOf(T.object.slots.getattro!)!(self, name);
    } catch (e) {
      if (!(e instanceof Object && typeOf(e as PyObject).isSubtype(E.AttributeError))) throw e;
    }
    if (v !== undefined) return v;
    try {
      return callMethod1(self, getattr, name);
    } catch (e) {
      throw addAttributeErrorContext(e, name, self);
    }
  }
  try {
    if (getattr === undefined) return callMethod1(self, getattribute!, name);
    try {
      return callMethod1(self, getattribute!, name);
    } catch (e) {
      if (e instanceof Object && typeOf(e as PyObject).isSubtype(E.AttributeError)) return callMethod1(self, getattr, name);
      throw e;
    }
  } catch (e) {
    throw addAttributeErrorContext(e, name, self);
  }
}

/** CPython's SLOT1BINFULL: one wrapper serves the left and the right operand. */
function binaryWrapper(slot: SlotName, dunder: string, rdunder: string, self: PyObject, other: PyObject, mod?: PyObject): PyObject {
  const ts = typeOf(self);
  const to = typeOf(other);
  const fn = wrappers[slot];
  // Three-argument pow never uses __rpow__ (CPython's slot_nb_power), and calls the left
  // operand's __pow__ through vectorcall_method: a class with only __rpow__ gets
  // AttributeError('__pow__').
  if (mod !== undefined && mod !== None) {
    if (ts.slots[slot] !== wrappers[slot]) return NotImplemented;
    const m = ts.lookup(dunder);
    if (m === undefined) throw newError(E.AttributeError, dunder);
    return callFoundMethod(m, self, [other, mod]);
  }
  let doOther = ts !== to && to.slots[slot] === fn;
  if (ts.slots[slot] === fn) {
    if (doOther && to.isSubtype(ts) && to.lookup(rdunder) !== ts.lookup(rdunder)) {
      const r = callDunder1(other, rdunder, self);
      if (r !== NotImplemented) return r;
      doOther = false;
    }
    const r = callDunder1(self, dunder, other);
    if (r !== NotImplemented || ts === to) return r;
  }
  if (doOther) return callDunder1(other, rdunder, self);
  return NotImplemented;
}

/** sq_repeat's argument check (the `*` operator says "can't multiply sequence" instead). */
function repeatCountArg(n: PyObject): void {
  if (!hasIndex(n)) typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
}

// (A dunder set to None is found and called, as CPython's slots do: "'NoneType' object is not
// callable". Only __hash__, __iter__ and __contains__ treat None as "absent", elsewhere.)
function callDunder(self: PyObject, name: string, args: PyObject[]): PyObject {
  const m = typeOf(self).lookup(name);
  if (m === undefined) return NotImplemented;
  return callFoundMethod(m, self, args);
}

/** callDunder(self, name, [a]) without the argument array. */
function callDunder1(self: PyObject, name: string, a: PyObject): PyObject {
  const m = typeOf(self).lookup(name);
  if (m === undefined) return NotImplemented;
  return callMethod1(self, m, a);
}

for (const slot of Object.keys(BINARY_SLOTS) as BinarySlot[]) {
  const [dunder, rdunder, islot, idunder] = BINARY_SLOTS[slot];
  const w = (a: PyObject, b: PyObject) => binaryWrapper(slot, dunder, rdunder, a, b);
  wrappers[slot] = w;
  if (islot !== '') wrappers[islot] = (a: PyObject, b: PyObject) => callDunder1(a, idunder, b);
}
wrappers.ipow = (a: PyObject, b: PyObject) => callDunder1(a, '__ipow__', b);

/** Which dunders feed which slot. */
const SLOT_DUNDERS: [SlotName, string[]][] = [
  ['repr', ['__repr__']], ['str', ['__str__']], ['hash', ['__hash__']],
  ['richcompare', CMP_NAMES], ['getattro', ['__getattribute__', '__getattr__']],
  ['setattro', ['__setattr__', '__delattr__']], ['call', ['__call__']], ['iter', ['__iter__']],
  ['iternext', ['__next__']], ['descrGet', ['__get__']], ['descrSet', ['__set__', '__delete__']],
  ['bool', ['__bool__', '__len__']], ['len', ['__len__']], ['getitem', ['__getitem__']],
  ['setitem', ['__setitem__', '__delitem__']], ['contains', ['__contains__']],
  ['neg', ['__neg__']], ['pos', ['__pos__']], ['invert', ['__invert__']], ['abs', ['__abs__']],
  ['int', ['__int__']], ['float', ['__float__']], ['index', ['__index__']],
  ['pow', ['__pow__', '__rpow__']], ['ipow', ['__ipow__']],
];
for (const slot of Object.keys(BINARY_SLOTS) as BinarySlot[]) {
  const [dunder, rdunder, islot, idunder] = BINARY_SLOTS[slot];
  SLOT_DUNDERS.push([slot, [dunder, rdunder]]);
  if (islot !== '') SLOT_DUNDERS.push([islot, [idunder]]);
}
const SLOT_NAMES = new Map<SlotName, string[]>(SLOT_DUNDERS);
const DUNDER_TO_SLOTS = new Map<string, SlotName[]>();
for (const [slot, names] of SLOT_DUNDERS) {
  for (const n of names) {
    const l = DUNDER_TO_SLOTS.get(n);
    if (l) l.push(slot);
    else DUNDER_TO_SLOTS.set(n, [slot]);
  }
}

/**
 * Recomputes one slot of a heap type as CPython's update_one_slot does: each of the slot's
 * dunders is looked up on the MRO; if any is found on a Python class the slot is the wrapper
 * (so `class C(tuple, P)` with P.__getattr__ gets the hook although tuple defines
 * __getattribute__), otherwise the native slot of the first builtin defining one of them.
 */
function fixupSlot(cls: PyType, slot: SlotName, names: string[]): void {
  const mro = cls.mro;
  let value: unknown;
  let nativeAt = mro.length;
  for (const n of names) {
    for (let i = 0; i < mro.length; i++) {
      const t = mro[i];
      if (t.dict.getStr(n) === undefined) continue;
      if (t.isHeapType) value = wrappers[slot];
      else if (i < nativeAt) nativeAt = i;
      break;
    }
    if (value !== undefined) break;
  }
  if (value === undefined && nativeAt < mro.length) value = mro[nativeAt].slots[slot];
  if (slot === 'hash' && cls.lookup('__hash__') === None) value = undefined;
  if (slot === 'iter' && cls.lookup('__iter__') === None) value = wrappers.iter;
  (cls.slots as Record<string, unknown>)[slot] = value;
}

/**
 * str(v) / repr(v) as the builtins return them: PyObject_Str and PyObject_Repr pass on what a
 * class's __str__ / __repr__ returned as is, so an instance of a str subclass stays one (the
 * slots, which the rest of the runtime uses, give its plain value). object.__str__ goes to
 * __repr__. Other objects: their slot's string.
 */
export function strResultOf(v: PyObject, which: 'str' | 'repr'): PyObject {
  if (typeof v !== 'object') return which === 'str' ? protoStr(v) : protoRepr(v);
  const t = typeOf(v);
  let name: string | null = null;
  if (which === 'repr') {
    if (t.slots.repr === wrappers.repr) name = '__repr__';
  } else if (t.slots.str === wrappers.str) {
    name = '__str__';
  } else if (t.slots.str === T.object.slots.str && t.slots.repr === wrappers.repr) {
    name = '__repr__';
  }
  if (name === null) return which === 'str' ? protoStr(v) : protoRepr(v);
  enterRecursive(which === 'str' ? IN_STR : IN_REPR);
  try {
    const r = special0(v, name);
    if (typeof r === 'string' || strValue(r) !== undefined) return r;
    typeError(`__${which}__ returned non-string (type ${typeName(r)})`);
  } finally {
    leaveRecursive();
  }
}

/** True when `t`'s slot runs its Python dunder (the wrapper), not a builtin's native slot. */
export function slotCallsDunder(t: PyType, slot: SlotName): boolean {
  return t.slots[slot] === wrappers[slot];
}

export function fixupSlots(cls: PyType): void {
  if (inheritsSlotsFrom(cls)) {
    // One Python base, MRO = [cls, ...base's]: a slot none of whose dunders cls defines itself
    // resolves as the base's did (a heap type's slots are always fixupSlot's answer), so only
    // the slots of cls's own dunders are recomputed.
    const base = cls.bases[0];
    const to = cls.slots as Record<string, unknown>;
    const from = base.slots as Record<string, unknown>;
    for (const [slot] of SLOT_DUNDERS) to[slot] = from[slot];
    for (const k of cls.dict.keys) {
      if (typeof k !== 'string') continue;
      const slots = DUNDER_TO_SLOTS.get(k);
      if (slots === undefined) continue;
      for (const s of slots) fixupSlot(cls, s, SLOT_NAMES.get(s)!);
    }
  } else if (!fixupSlotsByKeys(cls)) {
    for (const [slot, names] of SLOT_DUNDERS) fixupSlot(cls, slot, names);
  }
  if (cls.slots.getattro === undefined) cls.slots.getattro = T.object.slots.getattro;
  if (cls.slots.setattro === undefined) cls.slots.setattro = T.object.slots.setattro;
}

/**
 * All of fixupSlot's answers in one walk of the MRO's namespaces: a slot is decided by the
 * first type whose namespace has one of its dunders. False (nothing set) when a namespace has
 * a key that is not an exact str (a str subclass key may equal a dunder name): fixupSlot's
 * lookups decide then.
 */
function fixupSlotsByKeys(cls: PyType): boolean {
  const mro = cls.mro;
  for (const t of mro) {
    const keys = t.dict.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k !== 'string' && typeof k !== 'symbol') return false;
    }
  }
  // Where each dunder is first found on the MRO (its index), then fixupSlot's rule per slot.
  const firstAt = new Map<string, number>();
  for (let i = 0; i < mro.length; i++) {
    const keys = mro[i].dict.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (typeof k !== 'string' || firstAt.has(k) || !DUNDER_TO_SLOTS.has(k)) continue;
      firstAt.set(k, i);
    }
  }
  const to = cls.slots as Record<string, unknown>;
  for (const [slot, names] of SLOT_DUNDERS) {
    let value: unknown;
    let nativeAt = mro.length;
    for (const n of names) {
      const i = firstAt.get(n);
      if (i === undefined) continue;
      if (mro[i].isHeapType) {
        value = wrappers[slot];
        break;
      }
      if (i < nativeAt) nativeAt = i;
    }
    if (value === undefined && nativeAt < mro.length) value = mro[nativeAt].slots[slot];
    to[slot] = value;
  }
  if (cls.lookup('__hash__') === None) to.hash = undefined;
  if (cls.lookup('__iter__') === None) to.iter = wrappers.iter;
  return true;
}

/** Whether cls has exactly one base, a Python class, and the MRO C3 gives for it. */
function inheritsSlotsFrom(cls: PyType): boolean {
  if (cls.bases.length !== 1) return false;
  const base = cls.bases[0];
  if (!base.isHeapType) return false;
  const m = cls.mro, bm = base.mro;
  if (m.length !== bm.length + 1 || m[0] !== cls) return false;
  for (let i = 0; i < bm.length; i++) if (m[i + 1] !== bm[i]) return false;
  return true;
}

/** A dunder was assigned or deleted on a class: refresh the affected slots of it and its subclasses. */
function classAttributeChanged(cls: PyType, name: string): void {
  const slots = DUNDER_TO_SLOTS.get(name);
  if (slots === undefined) return;
  const visit = (t: PyType) => {
    if (t.isHeapType) for (const s of slots) fixupSlot(t, s, SLOT_DUNDERS.find(([n]) => n === s)![1]);
    for (const sub of t.subclasses) visit(sub);
  };
  visit(cls);
}
setClassAttributeHook(classAttributeChanged);

// --- builtin types: native slots exposed as wrapper_descriptor attributes -----------------

function wrap(owner: PyType, name: string, fn: NativeMethodCall): void {
  if (owner.dict.getStr(name) === undefined) {
    // Only __call__ takes keywords (CPython's PyWrapperFlag_KEYWORDS); the others refuse them.
    const f: NativeMethodCall = name === '__call__' ? fn : (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
      return fn(self, args, kw);
    };
    owner.dict.setStr(name, new PyMethodDescriptor(owner, name, f, null, T.wrapper_descriptor));
  }
}

function argCount(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/**
 * The count check of the wrappers CPython unpacks with PyArg_UnpackTuple and an empty name
 * (__setitem__, __pow__, __get__, __set__, __setattr__, a sequence's __mul__...): the same
 * words with a leading space, and "at least"/"at most" for a range.
 */
function unpackCount(args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max) typeError(` expected ${plural(min)}, got ${n}`);
  if (n < min) typeError(` expected at least ${plural(min)}, got ${n}`);
  typeError(` expected at most ${plural(max)}, got ${n}`);
}

/**
 * CPython's hackcheck: object.__setattr__(x, ...) may not skip a native override of the slot
 * in x's type. Of CPython's core types only type overrides object's (generic) setattr, so
 * object.__setattr__(SomeClass, 'a', 1) is refused; Dyad's own per-type fast variants of the
 * generic slot (list, module, ...) do not count.
 */
function setattrHackCheck(self: PyObject, func: NonNullable<Slots['setattro']>, what: string): void {
  const type = typeOf(self);
  if (func !== T.type.slots.setattro && type.isSubtype(T.type)) typeError(`can't apply this ${what} to ${type.name} object`);
}

/** Adds `__add__`, `__len__`, ... descriptors for each native slot `t` defines itself. */
export function exposeNativeSlots(t: PyType): void {
  const base = t.bases.length > 0 ? t.bases[0].slots : {};
  const s = t.slots;
  const own = (k: SlotName) => s[k] !== undefined && s[k] !== base[k];
  // A builtin __init__ is CPython's tp_init slot: a slot wrapper, not a method.
  const init = t.dict.getStr('__init__');
  // (Retyped in place: the runtime compares against object's __init__ by identity.)
  if (init instanceof PyMethodDescriptor && init.cls === T.method_descriptor) init.cls = T.wrapper_descriptor;
  if (own('repr')) wrap(t, '__repr__', (self, args) => (argCount('__repr__', args, 0), s.repr!(self)));
  // (object.__str__ is object_str: the tp_repr slot's result as is, a Python __repr__'s
  // non-string too; only str()'s PyObject_Str checks it.)
  if (own('str')) {
    wrap(t, '__str__', (self, args) => (argCount('__str__', args, 0),
      t === T.object && typeOf(self).slots.repr === wrappers.repr ? special0(self, '__repr__') : s.str!(self)));
  }
  if (own('hash')) wrap(t, '__hash__', (self, args) => (argCount('__hash__', args, 0), s.hash!(self)));
  if (own('richcompare')) {
    // int's slot also compares with floats (a fast path); CPython's int.__eq__(1.0) and the
    // like return NotImplemented, leaving floats to float's reflected method.
    const intOnly = t === T.int;
    CMP_NAMES.forEach((n, op) => wrap(t, n, (self, args) => {
      argCount(n, args, 1);
      if (intOnly && !typeOf(args[0]).isSubtype(T.int)) return NotImplemented;
      return s.richcompare!(self, args[0], op as CmpOp);
    }));
  }
  if (own('getattro')) wrap(t, '__getattribute__', (self, args) => {
    argCount('__getattribute__', args, 1);
    if (typeof args[0] !== 'string') typeError(`attribute name must be string, not '${typeName(args[0])}'`);
    return s.getattro!(self, args[0]);
  });
  if (own('setattro')) {
    wrap(t, '__setattr__', (self, args) => {
      unpackCount(args, 2, 2);
      if (typeof args[0] !== 'string') typeError(`attribute name must be string, not '${typeName(args[0])}'`);
      setattrHackCheck(self, s.setattro!, '__setattr__');
      s.setattro!(self, args[0], args[1]);
      return None;
    });
    wrap(t, '__delattr__', (self, args) => {
      argCount('__delattr__', args, 1);
      if (typeof args[0] !== 'string') typeError(`attribute name must be string, not '${typeName(args[0])}'`);
      setattrHackCheck(self, s.setattro!, '__delattr__');
      s.setattro!(self, args[0], null);
      return None;
    });
  }
  if (own('call')) wrap(t, '__call__', (self, args, kw) => s.call!(self, args, kw));
  if (own('iter')) wrap(t, '__iter__', (self, args) => (argCount('__iter__', args, 0), s.iter!(self)));
  if (own('iternext')) wrap(t, '__next__', (self, args) => {
    argCount('__next__', args, 0);
    const r = s.iternext!(self);
    if (r === undefined) throw newError(E.StopIteration);
    return r;
  });
  if (own('descrGet')) wrap(t, '__get__', (self, args) => {
    // CPython's wrap_descr_get: None stands for "absent" in both places, and one of them is needed.
    unpackCount(args, 1, 2);
    const obj = args[0] === None ? null : args[0];
    const type = args.length > 1 && args[1] !== None ? args[1] : null;
    if (obj === null && type === null) typeError('__get__(None, None) is invalid');
    return s.descrGet!(self, obj, type ?? typeOf(obj!));
  });
  if (own('descrSet')) {
    wrap(t, '__set__', (self, args) => (unpackCount(args, 2, 2), s.descrSet!(self, args[0], args[1]), None));
    wrap(t, '__delete__', (self, args) => (argCount('__delete__', args, 1), s.descrSet!(self, args[0], null), None));
  }
  if (own('bool')) wrap(t, '__bool__', (self, args) => (argCount('__bool__', args, 0), s.bool!(self)));
  if (own('len')) wrap(t, '__len__', (self, args) => (argCount('__len__', args, 0), s.len!(self)));
  if (own('getitem')) wrap(t, '__getitem__', (self, args) => (argCount('__getitem__', args, 1), s.getitem!(self, args[0])));
  if (own('setitem')) {
    wrap(t, '__setitem__', (self, args) => (unpackCount(args, 2, 2), s.setitem!(self, args[0], args[1]), None));
    wrap(t, '__delitem__', (self, args) => (argCount('__delitem__', args, 1), s.setitem!(self, args[0], null), None));
  }
  if (own('contains')) wrap(t, '__contains__', (self, args) => (argCount('__contains__', args, 1), s.contains!(self, args[0])));
  for (const [slot, dunder] of [['neg', '__neg__'], ['pos', '__pos__'], ['invert', '__invert__'], ['abs', '__abs__'],
    ['int', '__int__'], ['float', '__float__'], ['index', '__index__']] as const) {
    if (own(slot)) wrap(t, dunder, (self, args) => (argCount(dunder, args, 0), (s[slot] as (a: PyObject) => PyObject)(self)));
  }
  for (const slot of Object.keys(BINARY_SLOTS) as BinarySlot[]) {
    const [dunder, rdunder, islot, idunder] = BINARY_SLOTS[slot];
    if (own(slot)) {
      const f = s[slot]!;
      // A sequence's `mul` is CPython's sq_repeat: its wrappers take the count as an index.
      const repeat = slot === 'mul' && s.getitem !== undefined;
      const count = repeat ? (a: PyObject[]) => unpackCount(a, 1, 1) : (a: PyObject[]) => argCount(dunder, a, 1);
      wrap(t, dunder, (self, args) => (count(args), repeat && repeatCountArg(args[0]), f(self, args[0])));
      // A sequence's `add` is CPython's sq_concat: it has __add__ but no __radd__.
      if (!(slot === 'add' && s.getitem !== undefined)) wrap(t, rdunder, (self, args) => (count(args), repeat && repeatCountArg(args[0]), f(args[0], self)));
    }
    if (islot !== '' && own(islot)) {
      const f = s[islot]!;
      const repeat = islot === 'imul' && s.getitem !== undefined;
      const icount = repeat ? (a: PyObject[]) => unpackCount(a, 1, 1) : (a: PyObject[]) => argCount(idunder, a, 1);
      wrap(t, idunder, (self, args) => (icount(args), repeat && repeatCountArg(args[0]), f(self, args[0])));
    }
  }
  if (own('pow')) {
    wrap(t, '__pow__', (self, args) => (unpackCount(args, 1, 2), s.pow!(self, args[0], args[1] ?? None)));
    wrap(t, '__rpow__', (self, args) => (unpackCount(args, 1, 2), s.pow!(args[0], self, args[1] ?? None)));
  }
}

