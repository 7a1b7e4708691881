// isinstance() and issubclass() (CPython's object_recursive_isinstance / object_issubclass in
// Objects/abstract.c): exact-type fast paths, tuples (nested), unions (X | Y), the metaclass's
// __instancecheck__ / __subclasscheck__, and the "abstract class" protocol for objects that
// are not types but have __bases__.

import { PyObj, type PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { typeOf, typeError, isTrue, getAttrOrUndefined } from '../objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { positional } from './args.js';
import { enterRecursive, leaveRecursive } from '../objects/recursion.js';
import { abcFastCheck } from '../modules/abc.js';

const ISINSTANCE_ARG2 = 'isinstance() arg 2 must be a type, a tuple of types, or a union';
const ISSUBCLASS_ARG1 = 'issubclass() arg 1 must be a class';
const ISSUBCLASS_ARG2 = 'issubclass() arg 2 must be a class, a tuple of classes, or a union';

/** types.UnionType instances (int | str): their __args__ tuple, else undefined. */
function unionArgs(v: PyObject): PyTuple | undefined {
  if (!(v instanceof PyObj) || v instanceof PyType) return undefined;
  const n = v.cls.name;
  if (n !== 'types.UnionType' && n !== 'UnionType') return undefined;
  const a = getAttrOrUndefined(v, '__args__');
  return a instanceof PyTuple ? a : undefined;
}

/** cls.__bases__ if it is a tuple (CPython's abstract_get_bases), else undefined. */
function abstractBases(cls: PyObject): PyTuple | undefined {
  const b = getAttrOrUndefined(cls, '__bases__');
  return b instanceof PyTuple ? b : undefined;
}

function checkClass(cls: PyObject, msg: string): void {
  if (abstractBases(cls) === undefined) typeError(msg);
}

function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === undefined || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0];
      continue;
    }
    // Each branch a level deeper: an error (the recursion limit) ends the whole walk at once.
    enter('__issubclass__');
    try {
      for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
    } finally {
      leave();
    }
    return false;
  }
}

/** The object's __class__ attribute when it is a type other than type(obj). */
function claimedClass(inst: PyObject): PyObject | undefined {
  const t = typeOf(inst);
  // Builtin types, and classes that override neither __class__ nor __getattribute__, answer
  // type(inst) (object's __class__ is a data descriptor, so an instance dict cannot shadow it):
  // skip the lookup.
  if (!t.isHeapType) return undefined;
  if (t.lookup('__class__') === T.object.dict.getStr('__class__')
    && t.lookup('__getattribute__') === T.object.dict.getStr('__getattribute__')) return undefined;
  return getAttrOrUndefined(inst, '__class__');
}

/** CPython's object_isinstance: no __instancecheck__ hook. */
function objectIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (typeOf(inst).isSubtype(cls)) return true;
    const icls = claimedClass(inst);
    return icls instanceof PyType && icls !== typeOf(inst) && icls.isSubtype(cls);
  }
  checkClass(cls, ISINSTANCE_ARG2);
  const icls = getAttrOrUndefined(inst, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** CPython's recursive_issubclass: no __subclasscheck__ hook. */
function recursiveIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtype(cls);
  checkClass(derived, ISSUBCLASS_ARG1);
  if (unionArgs(cls) === undefined) checkClass(cls, ISSUBCLASS_ARG2);
  return abstractIsSubclass(derived, cls);
}

/** Nested tuples, recursive checkers and many-based __bases__: CPython's Py_EnterRecursiveCall
 * guard, on the depth Python calls count against (recursion.ts). */
function enter(what: string): void {
  enterRecursive(` in ${what}`);
}

const leave = leaveRecursive;

/** isinstance(inst, cls) */
export function isInstance(inst: PyObject, cls: PyObject): boolean {
  const t = typeOf(inst);
  if (t === cls) return true;
  if (cls instanceof PyType && cls.cls === T.type) return objectIsInstance(inst, cls);
  const ua = unionArgs(cls);
  if (ua !== undefined) cls = ua;
  if (cls instanceof PyTuple) {
    const items = cls.items;
    let i = 0;
    if (!t.isHeapType) {
      // A builtin type's instance has no other __class__: leading plain types (metaclass
      // `type`) are decided by the MRO alone, with nothing observable skipped.
      for (; i < items.length; i++) {
        const item = items[i];
        if (!(item instanceof PyType) || item.cls !== T.type) break;
        if (t.isSubtype(item)) return true;
      }
      if (i === items.length) return false;
    }
    enter('__instancecheck__');
    try {
      for (; i < items.length; i++) if (isInstance(inst, items[i])) return true;
    } finally {
      leave();
    }
    return false;
  }
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== undefined) {
    if (checker === T.type.dict.getStr('__instancecheck__')) return objectIsInstance(inst, cls);
    enter('__instancecheck__');
    try {
      // ABCMeta's own __instancecheck__ (which only calls _abc._abc_instancecheck): run natively.
      const fast = abcFastCheck(checker, cls, inst);
      if (fast !== undefined) return fast;
      return isTrue(callFoundMethod(checker, cls, [inst]));
    } finally {
      leave();
    }
  }
  return objectIsInstance(inst, cls);
}

/** issubclass(derived, cls) */
export function isSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.cls === T.type) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  const ua = unionArgs(cls);
  if (ua !== undefined) cls = ua;
  if (cls instanceof PyTuple) {
    enter('__subclasscheck__');
    try {
      for (const item of cls.items) if (isSubclass(derived, item)) return true;
    } finally {
      leave();
    }
    return false;
  }
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== undefined) {
    if (checker === T.type.dict.getStr('__subclasscheck__')) return recursiveIsSubclass(derived, cls);
    enter('__subclasscheck__');
    try {
      const fast = abcFastCheck(checker, cls, derived);
      if (fast !== undefined) return fast;
      return isTrue(callFoundMethod(checker, cls, [derived]));
    } finally {
      leave();
    }
  }
  return recursiveIsSubclass(derived, cls);
}

export function builtinIsinstance(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('isinstance', args, kwnames, 2, 2);
  return isInstance(args[0], args[1]);
}

export function builtinIssubclass(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('issubclass', args, kwnames, 2, 2);
  return isSubclass(args[0], args[1]);
}
