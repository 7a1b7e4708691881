// The callables and descriptors of the core: Python functions (bind on attribute access),
// bound methods, builtin functions and method descriptors, property, staticmethod,
// classmethod and super. Installed on their types by `installDescriptors()`.

import { PyObj, type PyObject } from './object.js';
import { PyType } from './type.js';
import { T } from './types.js';
import { PyFunction, PyMethod } from './function.js';
import { PyBuiltinFunction, PyMethodDescriptor, PyNativeClassMethod, PyGetSetDescriptor, checkPositional, addMethods, addGetSets, bindNative, readonlyMember } from './native.js';
import { typeOf, typeName, call, typeError, getAttr, getAttrOrUndefined, setAttr, isTrue, repr } from './protocol.js';
import { None } from './singletons.js';
import { E, newError, PyBaseException } from './exception.js';
import { genericGetAttr } from './generic-attr.js';
import { PyDict, newSharedDict } from './dict.js';
import { addressOf } from './identity.js';
import { copySlots } from './slots.js';

/** CPython's property errors name the instance's type by its __qualname__. */
function qualTypeName(obj: PyObject): string {
  const t = typeOf(obj);
  return t.isHeapType ? t.qualname : typeName(obj);
}

export class PyProperty extends PyObj {
  /** The attribute name given by __set_name__ (used in error messages). */
  name: PyObject | null = null;
  /** True when the doc was taken from the getter (a copy then takes the new getter's). */
  getterDoc = false;
  constructor(cls: PyType, public fget: PyObject, public fset: PyObject, public fdel: PyObject, public pdoc: PyObject) {
    super(cls, cls.hasInstanceDict ? newSharedDict() : null);
  }
}

export class PyStaticMethod extends PyObj {
  constructor(public func: PyObject, cls?: PyType) {
    super(cls ?? T.staticmethod, null);
  }
}

/** A builtin type's static method (str.maketrans): a staticmethod of a builtin bound to the type. */
export function nativeStaticMethod(owner: PyType, name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject): PyStaticMethod {
  const f = new PyBuiltinFunction(name, fn, owner, `${owner.shownQualname}.${name}`);
  const sm = new PyStaticMethod(f);
  sm.dict = newSharedDict();
  f.descr = sm; // (its __self__ is None: METH_STATIC)
  return sm;
}

export class PyClassMethod extends PyObj {
  constructor(public func: PyObject, cls?: PyType) {
    super(cls ?? T.classmethod, null);
  }
}

export class PySuper extends PyObj {
  constructor(cls: PyType, public thisType: PyType, public obj: PyObject, public objType: PyType | null) {
    super(cls, null);
  }
}

function descriptorTypeCheck(d: PyMethodDescriptor, self: PyObject, calling = false): void {
  if (!typeOf(self).isSubtype(d.owner)) {
    // Calling a slot wrapper (int.__add__) words it as CPython's wrapperdescr_call does.
    if (calling && d.cls === T.wrapper_descriptor) typeError(`descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${typeName(self)}'`);
    typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
  }
}

/** The super() lookup: the MRO of obj's type after `thisType`. */
function superGetAttr(self: PyObject, name: string): PyObject {
  const s = self as PySuper;
  if (s.objType !== null && name !== '__class__') {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i < mro.length; i++) {
      const v = mro[i].dict.getStr(name);
      if (v === undefined) continue;
      const get = typeOf(v).slots.descrGet;
      if (get === undefined) return v;
      return get(v, s.obj === s.objType ? null : s.obj, s.objType);
    }
  }
  return genericGetAttr(self, name);
}

export function installDescriptors(): void {
  const fn = T.function.slots;
  fn.call = (f, args, kwnames) => (f as PyFunction).code.invoke(f as PyFunction, args, kwnames);
  fn.descrGet = (f, obj) => (obj === null ? f : new PyMethod(f, obj));
  fn.getattro = genericGetAttr;

  const m = T.method.slots;
  m.call = (self, args, kwnames) => {
    const bm = self as PyMethod;
    const f = bm.func;
    const full = [bm.self, ...args];
    if (f instanceof PyFunction) return f.code.invoke(f, full, kwnames);
    return call(f, full, kwnames);
  };
  m.getattro = (self, name) => {
    const bm = self as PyMethod;
    if (name === '__func__') return bm.func;
    if (name === '__self__') return bm.self;
    // method_get_doc: the function's docstring (the type's own __doc__ is its class doc).
    if (name === '__doc__') return getAttr(bm.func, '__doc__');
    try {
      return genericGetAttr(self, name);
    } catch {
      return getAttr(bm.func, name);
    }
  };

  /** A TypeError "owner.name() takes ..." from a method called through a binding named `qual`. */
  const renamedArgError = (e: unknown, own: string, qual: string): unknown => {
    if (e instanceof PyBaseException && typeOf(e) === E.TypeError && e.args.items.length === 1) {
      const msg = e.args.items[0];
      if (typeof msg === 'string' && msg.startsWith(`${own}()`)) return newError(E.TypeError, qual + msg.slice(own.length));
    }
    return e;
  };

  const b = T.builtin_function_or_method.slots;
  b.call = (self, args, kwnames) => (self as PyBuiltinFunction).fn(args, kwnames);

  const md = T.method_descriptor.slots;
  md.call = (self, args, kwnames) => {
    const d = self as PyMethodDescriptor;
    if (args.length === 0 || (kwnames !== null && args.length === kwnames.length)) {
      if (d.cls === T.wrapper_descriptor) typeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
      typeError(`unbound method ${d.owner.shownQualname}.${d.name}() needs an argument`);
    }
    descriptorTypeCheck(d, args[0], true);
    return d.fn(args[0], args.slice(1), kwnames);
  };
  md.descrGet = (self, obj) => {
    const d = self as PyMethodDescriptor;
    if (obj === null) return d;
    descriptorTypeCheck(d, obj);
    // A bound builtin method is named after its receiver's type (CPython's meth_get__qualname__:
    // `True.bit_length` is 'bool.bit_length'), and so are the argument errors of calls made
    // through it; a method-wrapper keeps its descriptor's name. The name is made only when
    // asked for (PyBuiltinFunction.qualname) or when an error is renamed: binding is hot.
    const t = typeOf(obj);
    const rename = d.varargs || (d.cls !== T.wrapper_descriptor && t !== d.owner);
    const b = new PyBuiltinFunction(d.name, !rename ? (args, kw) => d.fn(obj, args, kw) : (args, kw) => {
      try {
        return d.fn(obj, args, kw);
      } catch (e) {
        throw renamedArgError(e, `${d.owner.shownQualname}.${d.name}`, d.varargs ? d.name : `${t.shownQualname}.${d.name}`);
      }
    }, obj, null);
    b.qualOwner = d.cls === T.wrapper_descriptor ? null : t;
    b.descr = d;
    if (d.cls === T.wrapper_descriptor) b.cls = T.method_wrapper;
    return b;
  };
  T.method_wrapper.slots = copySlots(b);
  T.wrapper_descriptor.slots = Object.assign(copySlots(md), { getattro: genericGetAttr });
  md.getattro = genericGetAttr;

  const cmd = T.classmethod_descriptor.slots;
  cmd.descrGet = (self, obj, type) => {
    const d = self as PyNativeClassMethod;
    const cls = (type === None || type === undefined ? typeOf(obj!) : type) as PyType;
    // CPython's classmethod_get: the class must be the owner or a subclass of it.
    if (!(cls instanceof PyType)) typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${typeName(cls)}' as arg 2`);
    if (!cls.isSubtype(d.owner)) typeError(`descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${cls.name}'`);
    const b = new PyBuiltinFunction(d.name, (args, kw) => d.fn(cls, args, kw), cls, `${cls.shownQualname}.${d.name}`);
    b.descr = d;
    return b;
  };
  cmd.call = (self, args, kwnames) => (self as PyNativeClassMethod).fn(args[0], args.slice(1), kwnames);

  const sm = T.staticmethod.slots;
  sm.descrGet = (self) => (self as PyStaticMethod).func;
  sm.call = (self, args, kwnames) => call((self as PyStaticMethod).func, args, kwnames);
  T.staticmethod.alloc = (cls) => {
    const o = new PyStaticMethod(None, cls);
    o.dict = newSharedDict();
    return o;
  };
  T.staticmethod.hasInstanceDict = true;
  T.staticmethod.slots.repr = (self) => `<staticmethod(${repr((self as PyStaticMethod).func)})>`;
  addMethods(T.staticmethod, {
    __init__: (self, args, kw) => {
      const f = wrapperArg('staticmethod', args, kw);
      (self as PyStaticMethod).func = f;
      copyWrapperAttrs(self, f);
      return None;
    },
  });
  addGetSets(T.staticmethod, wrapperGetSets((self) => (self as PyStaticMethod).func));
  const cm = T.classmethod.slots;
  cm.descrGet = (self, obj, type) => {
    const cls = type === None || type === undefined ? typeOf(obj!) : type;
    const f = (self as PyClassMethod).func;
    const get = typeOf(f).slots.descrGet;
    // 3.11: classmethod chains through the wrapped object's __get__ (e.g. classmethod(property)).
    if (get !== undefined && !(f instanceof PyFunction)) return get(f, cls, cls);
    return new PyMethod(f, cls);
  };
  T.classmethod.alloc = (cls) => {
    const o = new PyClassMethod(None, cls);
    o.dict = newSharedDict();
    return o;
  };
  T.classmethod.hasInstanceDict = true;
  T.classmethod.slots.repr = (self) => `<classmethod(${repr((self as PyClassMethod).func)})>`;
  addMethods(T.classmethod, {
    __init__: (self, args, kw) => {
      const f = wrapperArg('classmethod', args, kw);
      (self as PyClassMethod).func = f;
      copyWrapperAttrs(self, f);
      return None;
    },
  });
  addGetSets(T.classmethod, wrapperGetSets((self) => (self as PyClassMethod).func));

  const p = T.property.slots;
  p.descrGet = (self, obj) => {
    const pr = self as PyProperty;
    if (obj === null) return pr;
    if (pr.fget === None) throw newError(E.AttributeError, `property ${propName(pr)}of '${qualTypeName(obj)}' object has no getter`);
    return call(pr.fget, [obj]);
  };
  p.descrSet = (self, obj, value) => {
    const pr = self as PyProperty;
    if (value === null) {
      if (pr.fdel === None) throw newError(E.AttributeError, `property ${propName(pr)}of '${qualTypeName(obj)}' object has no deleter`);
      call(pr.fdel, [obj]);
    } else {
      if (pr.fset === None) throw newError(E.AttributeError, `property ${propName(pr)}of '${qualTypeName(obj)}' object has no setter`);
      call(pr.fset, [obj, value]);
    }
  };
  T.property.alloc = (cls) => new PyProperty(cls, None, None, None, None);
  addMethods(T.property, {
    __init__: (self, args, kw) => {
      const [fget, fset, fdel, doc] = bindNative('property', ['fget', 'fset', 'fdel', 'doc'], args, kw);
      const pr = self as PyProperty;
      pr.fget = fget ?? None;
      pr.fset = fset ?? None;
      pr.fdel = fdel ?? None;
      pr.pdoc = doc ?? None;
      pr.getterDoc = false;
      // No docstring given: use the getter's (a subclass keeps it in the instance __dict__,
      // where it is not shadowed by the subclass's own __doc__).
      if (pr.pdoc === None && pr.fget !== None) {
        const gd = getAttrOrUndefined(pr.fget, '__doc__');
        if (typeOf(pr) === T.property) {
          if (gd !== undefined) pr.pdoc = gd;
        } else {
          setAttr(pr, '__doc__', gd ?? None);
        }
        pr.getterDoc = true;
      }
      return None;
    },
    getter: (self, args, kw) => copyProperty(self as PyProperty, checkPositional('property.getter', args, kw, 1, 1)[0], 'fget'),
    setter: (self, args, kw) => copyProperty(self as PyProperty, checkPositional('property.setter', args, kw, 1, 1)[0], 'fset'),
    deleter: (self, args, kw) => copyProperty(self as PyProperty, checkPositional('property.deleter', args, kw, 1, 1)[0], 'fdel'),
    __set_name__: (self, args, kw) => {
      // METH_VARARGS parsed with PyArg_ParseTuple("OO:__set_name__").
      if (kw !== null && kw.length > 0) typeError('property.__set_name__() takes no keyword arguments');
      if (args.length !== 2) typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
      (self as PyProperty).name = args[1];
      return None;
    },
  });
  addGetSets(T.property, {
    fget: [(self) => (self as PyProperty).fget, readonlyMember],
    fset: [(self) => (self as PyProperty).fset, readonlyMember],
    fdel: [(self) => (self as PyProperty).fdel, readonlyMember],
    __doc__: [(self) => (self as PyProperty).pdoc, (self, v) => {
      (self as PyProperty).pdoc = v ?? None;
    }],
    __isabstractmethod__: [(self) => {
      const pr = self as PyProperty;
      for (const f of [pr.fget, pr.fset, pr.fdel]) if (f !== None && isAbstract(f)) return true;
      return false;
    }],
  });

  const gs = T.getset_descriptor.slots;
  gs.descrGet = (self, obj) => {
    const d = self as PyGetSetDescriptor;
    if (obj === null) return d;
    if (!typeOf(obj).isSubtype(d.owner)) {
      typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
    }
    return d.get(obj);
  };
  gs.descrSet = (self, obj, value) => {
    const d = self as PyGetSetDescriptor;
    if (!typeOf(obj).isSubtype(d.owner)) {
      typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
    }
    if (d.set === null) {
      throw newError(E.AttributeError, `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, value);
  };
  gs.getattro = genericGetAttr;
  gs.repr = (self) => `<attribute '${(self as PyGetSetDescriptor).name}' of '${(self as PyGetSetDescriptor).owner.name}' objects>`;
  addGetSets(T.getset_descriptor, {
    __name__: [(self) => (self as PyGetSetDescriptor).name],
    __qualname__: [(self) => `${(self as PyGetSetDescriptor).owner.shownQualname}.${(self as PyGetSetDescriptor).name}`],
    __objclass__: [(self) => (self as PyGetSetDescriptor).owner],
  });

  T.super.slots.getattro = superGetAttr;
  T.super.alloc = (cls) => new PySuper(cls, T.object, None, null);
  // super_descr_get: an unbound super(C) binds to the instance it is fetched through.
  T.super.slots.descrGet = (self, obj) => {
    const s = self as PySuper;
    if (obj === null || obj === None || s.objType !== null) return s;
    return s.cls === T.super ? makeSuper(s.thisType, obj) : call(s.cls, [s.thisType, obj]);
  };
  addGetSets(T.super, {
    __thisclass__: [(self) => (self as PySuper).thisType, readonlyMember],
    __self__: [(self) => ((self as PySuper).objType === null ? None : (self as PySuper).obj), readonlyMember],
    __self_class__: [(self) => (self as PySuper).objType ?? None, readonlyMember],
  });
}

function propName(p: PyProperty): string {
  return p.name !== null ? `${repr(p.name)} ` : '';
}

function isAbstract(f: PyObject): boolean {
  const v = getAttrOrUndefined(f, '__isabstractmethod__');
  return v !== undefined && isTrue(v);
}

/** property_copy: a new property of the same type with one accessor replaced (None keeps the
 * old one, as CPython). */
function copyProperty(p: PyProperty, f: PyObject, which: 'fget' | 'fset' | 'fdel'): PyObject {
  const fs = { fget: p.fget, fset: p.fset, fdel: p.fdel };
  if (f !== None) fs[which] = f;
  const doc = p.getterDoc && fs.fget !== None ? None : p.pdoc;
  const np = call(typeOf(p), [fs.fget, fs.fset, fs.fdel, doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

function wrapperArg(name: string, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

/** functools.wraps-like copy of the wrapped callable's attributes (classmethod/staticmethod, 3.10+). */
function copyWrapperAttrs(self: PyObject, f: PyObject): void {
  const d = (self as PyObj).dict;
  if (d === null) return;
  for (const n of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    // (A builtin class has no __annotations__: skip making and catching the AttributeError.)
    if (n === '__annotations__' && typeOf(f) === T.type && !(f as PyType).isHeapType && (f as PyType).dict.getStr(n) === undefined) continue;
    const v = getAttrOrUndefined(f, n);
    if (v !== undefined) d.setStr(n, v);
  }
}

function wrapperGetSets(func: (self: PyObject) => PyObject): Record<string, [(self: PyObject) => PyObject, ((self: PyObject, x: PyObject | null) => void)?]> {
  return {
    // (3.10+: the wrapper's instance dict, where __name__, __doc__, ... are copied.)
    __dict__: [(v) => ((v as PyObj).dict ??= newSharedDict()), (v, x) => {
      if (x === null) typeError('cannot delete __dict__');
      if (!(x instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(x)}'`);
      (v as PyObj).dict = x;
    }],
    __func__: [func, readonlyMember],
    __wrapped__: [func, readonlyMember],
    __isabstractmethod__: [(self) => isAbstract(func(self))],
  };
}

/** Builds a super object: super(type, obj) or super(type, type2). */
export function makeSuper(thisType: PyType, obj: PyObject): PySuper {
  let objType: PyType;
  if (obj instanceof PyObj && typeOf(obj).isSubtype(T.type) && (obj as PyType).isSubtype(thisType)) objType = obj as PyType;
  else if (typeOf(obj).isSubtype(thisType)) objType = typeOf(obj);
  else typeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(T.super, thisType, obj, objType);
}
