// object.__getattribute__ / __setattr__ / __delattr__ (CPython's PyObject_GenericGetAttr and
// friends) and type.__getattribute__ (type_getattro): the descriptor protocol in one place.

import { PyObj, type PyObject } from './object.js';
import { PyType } from './type.js';
import { PyDict, newSharedDict } from './dict.js';
import { typeOf, typeName } from './protocol.js';
import { E, newError, type PyBaseException } from './exception.js';
import { None } from './singletons.js';

function attributeError(obj: PyObject, name: string): never {
  throw withNameObj(newError(E.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`), name, obj);
}

/** Fills AttributeError.name and .obj, as CPython does for a failed attribute lookup. */
export function withNameObj(e: PyBaseException, name: string, obj: PyObject): PyBaseException {
  const fields = (e.fields ??= new Map());
  fields.set('name', name);
  fields.set('obj', obj);
  return e;
}

/**
 * An AttributeError leaving a Python-level lookup (__getattr__, __getattribute__, a module's
 * __getattr__) without name and obj gets them (3.11's set_attribute_error_context), so an
 * uncaught one offers "Did you mean".
 */
export function addAttributeErrorContext(e: unknown, name: string, obj: PyObject): unknown {
  if (!(e instanceof PyObj) || !typeOf(e).isSubtype(E.AttributeError)) return e;
  const fields = ((e as PyBaseException).fields ??= new Map());
  const n = fields.get('name');
  const o = fields.get('obj');
  if ((n === undefined || n === None) && (o === undefined || o === None)) {
    fields.set('name', name);
    fields.set('obj', obj);
  }
  return e;
}

/** object.__getattribute__(obj, name) */
export function genericGetAttr(obj: PyObject, name: string): PyObject {
  const tp = typeOf(obj);
  const descr = tp.lookup(name);
  let get: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | undefined;
  if (descr !== undefined) {
    const dt = typeOf(descr);
    get = dt.slots.descrGet;
    if (get !== undefined && dt.slots.descrSet !== undefined) return get(descr, obj, tp);
  }
  if (obj instanceof PyObj && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (get !== undefined) return get(descr!, obj, tp);
  if (descr !== undefined) return descr;
  // Instances of subclasses of builtins (list, dict...) whose getattro is this one.
  if (name === '__dict__' && obj instanceof PyObj && obj.dict !== null) return obj.dict;
  return attributeError(obj, name);
}

/**
 * genericGetAttr without the AttributeError of a plain miss (CPython's _PyObject_LookupAttr):
 * undefined when neither the type nor the instance dict has `name`. hasattr(), getattr() with
 * a default and the runtime's optional lookups use it, so a miss costs no exception (a throw is
 * several hundred ns in V8). A descriptor's own AttributeError still propagates. The body is
 * genericGetAttr's, repeated so that hot function stays one frame.
 */
export function genericLookupAttr(obj: PyObject, name: string): PyObject | undefined {
  const tp = typeOf(obj);
  const descr = tp.lookup(name);
  let get: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | undefined;
  if (descr !== undefined) {
    const dt = typeOf(descr);
    get = dt.slots.descrGet;
    if (get !== undefined && dt.slots.descrSet !== undefined) return get(descr, obj, tp);
  }
  if (obj instanceof PyObj && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (get !== undefined) return get(descr!, obj, tp);
  if (descr !== undefined) return descr;
  if (name === '__dict__' && obj instanceof PyObj && obj.dict !== null) return obj.dict;
  return undefined;
}

/** typeGetAttr without the AttributeError of a plain miss (see genericLookupAttr). */
export function typeLookupAttr(obj: PyObject, name: string): PyObject | undefined {
  const cls = obj as PyType;
  const meta = typeOf(cls);
  const metaAttr = meta.lookup(name);
  let metaGet: ((d: PyObject, o: PyObject | null, t: PyObject) => PyObject) | undefined;
  if (metaAttr !== undefined) {
    const mt = typeOf(metaAttr);
    metaGet = mt.slots.descrGet;
    if (metaGet !== undefined && mt.slots.descrSet !== undefined) return metaGet(metaAttr, cls, meta);
  }
  const attr = cls.lookup(name);
  if (attr !== undefined) {
    const get = typeOf(attr).slots.descrGet;
    if (get !== undefined) return get(attr, null, cls);
    return attr;
  }
  if (metaGet !== undefined) return metaGet(metaAttr!, cls, meta);
  return metaAttr;
}

/** object.__setattr__(obj, name, value); value === null deletes. */
export function genericSetAttr(obj: PyObject, name: string, value: PyObject | null): void {
  const tp = typeOf(obj);
  const descr = tp.lookup(name);
  if (descr !== undefined) {
    const set = typeOf(descr).slots.descrSet;
    if (set !== undefined) {
      set(descr, obj, value);
      return;
    }
  }
  // (An instance whose type has instance dicts but that has none yet: a built-in exception's
  // is made on the first store.)
  if (obj instanceof PyObj && obj.dict === null && tp.hasInstanceDict && !(obj instanceof PyType)) obj.dict = newSharedDict();
  if (!(obj instanceof PyObj) || obj.dict === null) {
    if (descr === undefined) {
      throw newError(E.AttributeError, `'${tp.name}' object has no attribute '${name}'`);
    }
    throw newError(E.AttributeError, `'${tp.name}' object attribute '${name}' is read-only`);
  }
  if (name === '__dict__' && descr === undefined) {
    // A builtin type whose instances have a dict but no __dict__ descriptor (staticmethod,
    // classmethod): the assignment replaces the dict, as PyObject_GenericSetDict does.
    if (value === null) throw newError(E.TypeError, 'cannot delete __dict__');
    if (!(value instanceof PyDict)) throw newError(E.TypeError, `__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
    obj.dict = value;
    return;
  }
  if (value === null) {
    // CPython 3.11 sets no .name/.obj here, so the report has no "Did you mean".
    if (obj.dict.delete(name) === undefined) throw newError(E.AttributeError, `'${tp.name}' object has no attribute '${name}'`);
  } else {
    obj.dict.setStr(name, value);
  }
}

/** type.__getattribute__(cls, name): metatype data descriptors, then the MRO, then the metatype. */
export function typeGetAttr(obj: PyObject, name: string): PyObject {
  const v = typeLookupAttr(obj, name);
  if (v !== undefined) return v;
  const cls = obj as PyType;
  throw withNameObj(newError(E.AttributeError, `type object '${cls.name}' has no attribute '${name}'`), name, cls);
}

/** type.__setattr__: writes the class namespace and invalidates lookup caches. */
export function typeSetAttr(obj: PyObject, name: string, value: PyObject | null): void {
  const cls = obj as PyType;
  if (!cls.isHeapType) {
    throw newError(E.TypeError, `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  const meta = typeOf(cls);
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined) {
    const set = typeOf(metaAttr).slots.descrSet;
    if (set !== undefined) {
      set(metaAttr, cls, value);
      return;
    }
  }
  if (value === null) {
    if (cls.dict.delete(name) === undefined) {
      throw newError(E.AttributeError, `type object '${cls.name}' has no attribute '${name}'`);
    }
  } else {
    cls.dict.setStr(name, value);
  }
  cls.modifiedName(name);
  onClassAttributeChanged(cls, name);
}

/** Hook for slot updates when a dunder is assigned on a class (set by slot-wrappers.ts). */
let onClassAttributeChanged: (cls: PyType, name: string) => void = () => {};
export function setClassAttributeHook(f: (cls: PyType, name: string) => void): void {
  onClassAttributeChanged = f;
}

export function newInstanceDict(): PyDict {
  return newSharedDict();
}

