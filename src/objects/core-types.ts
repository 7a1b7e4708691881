// Attributes and behaviour of the core types: object (default repr/eq/hash/__class__/__dict__/
// __dir__ ...), type (__name__, __qualname__, __mro__, __bases__, __dict__, __repr__ ...),
// None/NotImplemented/Ellipsis, functions, bound methods, cells and modules.

import { PyObj, type PyObject } from './object.js';
import { PyType } from './type.js';
import { PyDict } from './dict.js';
import { T } from './types.js';
import { PyTuple, PyList } from './tuple.js';
import { PyFunction, PyMethod, PyCell, type Code } from './function.js';
import { strValue } from './str.js';
import { PyBuiltinFunction, PyMethodDescriptor, type NativeMethodCall, PyNativeClassMethod, addMethods, addGetSets, checkPositional, addClassMethods, bindNative } from './native.js';
import { typeOf, typeName, typeError, repr, str, getIter, isTrue, richEqBool, richCompare, compareNumbers, call, registerAttrLookup, argTypeName, getAttrOrUndefined, binaryOp, getItem, contains } from './protocol.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { E, newError, newException } from './exception.js';
import { CmpOp } from './slots.js';
import { identityHash, addressOf } from './identity.js';
import { genericGetAttr, genericSetAttr, genericLookupAttr, typeGetAttr, typeLookupAttr, withNameObj, addAttributeErrorContext } from './generic-attr.js';
import { defineNew, abstractTypes, PyMemberDescriptor, setBases, dunderBase, pyWarn } from './class-create.js';
import { lookupSpecial, callFoundMethod } from './dunder.js';
import { strResultOf } from './slot-wrappers.js';
import { asIntValue } from './int-type.js';
import { bytesLikeData, newBytes } from './bytes.js';
import { TYPE_DOCS, DOCLESS_TYPES } from './type-docs.js';
import { methodDoc } from './method-docs.js';

/** types.MappingProxyType: a read-only view of a dict (type.__dict__). */
export class PyMappingProxy extends PyObj {
  constructor(readonly mapping: PyDict) {
    super(T.mappingproxy, null);
  }
}

export function moduleOfType(t: PyType): string {
  const m = t.dict.getStr('__module__');
  return typeof m === 'string' ? m : 'builtins';
}

/** A class made where globals had no __name__ has no __module__ (CPython's type_module). */
function missingModule(): never {
  throw newError(E.AttributeError, '__module__');
}

/** check_set_special_type_attr's refusal to delete __name__, __qualname__, __module__, __doc__. */
function cannotDelete(t: PyType, name: string): never {
  typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
}

function readonlyMember(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

function typeRepr(v: PyObject): string {
  const t = v as PyType;
  const mod = t.isHeapType ? moduleOfType(t) : 'builtins';
  // type_repr: the qualname after a module, else tp_name (a heap type's plain __name__).
  return mod === 'builtins' ? `<class '${t.name}'>` : `<class '${mod}.${t.qualname}'>`;
}

/** A builtin type's name after its dotted module prefix ('types.GenericAlias' -> 'GenericAlias'). */
function shortName(t: PyType): string {
  if (t.isHeapType && !t.dottedName) return t.name;
  const i = t.name.lastIndexOf('.');
  return i < 0 ? t.name : t.name.slice(i + 1);
}

/** A builtin type's module: its dotted name's prefix, else builtins. */
function nativeModule(t: PyType): string {
  const i = t.name.lastIndexOf('.');
  return i < 0 ? 'builtins' : t.name.slice(0, i);
}

function defaultRepr(v: PyObject): string {
  const t = typeOf(v);
  const mod = moduleOfType(t);
  const name = mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
  return `<${name} object at ${addressOf(v)}>`;
}

/** The modules written in TypeScript (src/modules) whose types are static, as CPython's C ones. */
const NATIVE_MODULES = new Set(['builtins', 'sys', 'math', 'time']);

/** The __slots__ members of a class and its bases, in layout order (for __class__ assignment). */
function slotLayout(t: PyType): string {
  let out = '';
  for (let i = t.mro.length - 1; i >= 0; i--) {
    for (const [, v] of t.mro[i].dict.entries()) {
      if (v instanceof PyMemberDescriptor && v.owner === t.mro[i]) out += v.name + ',';
    }
  }
  return out;
}

/** CPython's compatible_with_tp_base: `child` lays its instances out as its __base__ does. */
function sameLayoutAsBase(child: PyType): boolean {
  const parent = dunderBase(child);
  if (parent === undefined || !child.isHeapType) return false;
  const c = typeLayout(child);
  const p = typeLayout(parent);
  return c[0] === p[0] && c[1] === p[1] && c[2] === p[2] && c[3] === p[3] && (c[4] & 0x4000) === (p[4] & 0x4000);
}

/** The names of the __slots__ a class statement declared itself (CPython's ht_slots), or null. */
function ownSlots(t: PyType): string | null {
  if (t.dict.getStr('__slots__') === undefined) return null;
  const names: string[] = [];
  for (const [, v] of t.dict.entries()) if (v instanceof PyMemberDescriptor && v.owner === t) names.push(v.name);
  return names.sort().join(',');
}

/** CPython's same_slots_added: a and b (of one __base__) add the same fields to it. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  const la = typeLayout(a);
  const lb = typeLayout(b);
  let size = typeLayout(dunderBase(a)!)[0];
  if (la[2] === size && lb[2] === size) size += 8;
  if (la[3] === size && lb[3] === size) size += 8;
  if (!a.isHeapType || !b.isHeapType) return false;
  const sa = ownSlots(a);
  const sb = ownSlots(b);
  if (sa !== null && sb !== null) {
    if (sa !== sb) return false;
    size += 8 * (sa === '' ? 0 : sa.split(',').length);
  }
  return size === la[0] && size === lb[0];
}

/** CPython's compatible_for_assignment (for __class__): the two instance layouts agree. */
function layoutCompatible(oldto: PyType, newto: PyType): boolean {
  let newbase = newto;
  let oldbase = oldto;
  while (sameLayoutAsBase(newbase)) newbase = dunderBase(newbase)!;
  while (sameLayoutAsBase(oldbase)) oldbase = dunderBase(oldbase)!;
  if (newbase !== oldbase && (dunderBase(newbase) !== dunderBase(oldbase) || !sameSlotsAdded(newbase, oldbase))) return false;
  return (typeLayout(oldto)[4] & 0x10) === (typeLayout(newto)[4] & 0x10);
}

/** CPython 3.11's (64-bit) __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ and
 *  __flags__ of some builtin types. */
const LAYOUTS: Record<string, [number, number, number, number, number]> = {
  object: [16, 0, 0, 0, 0x81500], type: [904, 40, 264, 368, 0x80085d00], int: [24, 4, 0, 0, 0x1481500],
  bool: [32, 4, 0, 0, 0x1481100], float: [24, 0, 0, 0, 0x401500], complex: [32, 0, 0, 0, 0x1500],
  str: [80, 0, 0, 0, 0x10481500], bytes: [33, 1, 0, 0, 0x8481500], bytearray: [56, 0, 0, 0, 0x481500],
  list: [40, 0, 0, 0, 0x2485520], tuple: [24, 8, 0, 0, 0x4485520], dict: [48, 0, 0, 0, 0x20485540],
  set: [200, 0, 0, 192, 0x485500], frozenset: [200, 0, 0, 192, 0x485500], range: [48, 0, 0, 0, 0x81120],
  slice: [40, 0, 0, 0, 0x5100], module: [56, 0, 16, 40, 0x85500], BaseException: [72, 0, 16, 0, 0x40085500], NoneType: [16, 0, 0, 0, 0x81100],
};

const layoutCache = new WeakMap<PyType, [number, number, number, number, number]>();

/**
 * A type's layout figures (see LAYOUTS). Other builtin types take their nearest listed base's
 * sizes; a class statement's type adds 8 bytes per slot (and one for __weakref__ or, in a
 * variable-size type, __dict__), as CPython's type_new does. An approximation beyond the table.
 */
export function typeLayout(t: PyType): [number, number, number, number, number] {
  let r = layoutCache.get(t);
  if (r !== undefined) return r;
  const own = LAYOUTS[t.name];
  if (!t.isHeapType && own !== undefined && (T as Record<string, PyType>)[t.name] === t) r = own;
  else if (!t.isHeapType && t.isSubtype(T.BaseException)) {
    const b = LAYOUTS.BaseException;
    r = [b[0], 0, 16, 0, t === T.BaseException || t === T.Exception ? b[4] : 0x40005500];
  } else {
    const base = t.bases[0] !== undefined ? typeLayout(t.bases[0]) : LAYOUTS.object;
    if (!t.isHeapType) r = [base[0], base[1], base[2], base[3], base[4] & ~0x200];
    else {
      let size = base[0], dictOff = base[2], weakOff = base[3];
      let slots = 0;
      for (const [, v] of t.dict.entries()) if (v instanceof PyMemberDescriptor && v.owner === t) slots++;
      size += 8 * slots;
      const varSized = base[1] !== 0;
      const addsDict = t.hasInstanceDict && dictOff === 0;
      if (addsDict && varSized) { size += 8; dictOff = -8; }
      if (weakOff === 0 && !varSized && t.dict.getStr('__weakref__') !== undefined) { weakOff = size; size += 8; }
      // A managed dict (Py_TPFLAGS_MANAGED_DICT) sits before the object's GC header.
      const managed = (addsDict && !varSized) || (base[4] & 0x10) !== 0;
      if (managed) dictOff = -(size + 24);
      const inherited = base[4] & (0xff000000 | 0x400000 | 0x60);
      r = [size, base[1], dictOff, weakOff, 0x5600 | inherited | (managed ? 0x10 : 0)];
    }
  }
  layoutCache.set(t, r);
  return r;
}

/**
 * object.__sizeof__ and the __sizeof__ of the builtin types that have their own in CPython:
 * the basic size plus the items (int digits of 30 bits, tuple and list pointers, bytes).
 */
function objectSizeof(v: PyObject): number {
  const t = typeOf(v);
  const [basic, item] = typeLayout(t);
  if (t.isSubtype(T.int)) {
    const iv = asIntValue(v);
    if (iv !== undefined) {
      let a = typeof iv === 'bigint' ? (iv < 0n ? -iv : iv) : BigInt(Math.abs(iv));
      let digits = 0;
      for (; a > 0n; a >>= 30n) digits++;
      return 24 + 4 * Math.max(1, digits);
    }
  }
  if (v instanceof PyList) return basic + 8 * v.items.length;
  if (v instanceof PyTuple) return basic + item * v.items.length;
  if (item !== 0 && t.isSubtype(T.bytes)) return basic + item * (bytesLikeData(v)?.length ?? 0);
  return basic;
}

const builtinSizeofs = new Set<NativeMethodCall>();

/** object.__sizeof__ as the method of the builtin type `owner` (its name in the messages). */
function builtinSizeof(owner: string): NativeMethodCall {
  const f: NativeMethodCall = (self, args, kw) => (checkPositional(`${owner}.__sizeof__`, args, kw, 0, 0), objectSizeof(self));
  builtinSizeofs.add(f);
  return f;
}

/** Whether `m` (a __sizeof__ found on a class) is one of the builtin types' own, not a class's. */
export function isBuiltinSizeof(m: PyObject | undefined): boolean {
  return m instanceof PyMethodDescriptor && builtinSizeofs.has(m.fn);
}

function dictOf(v: PyObject): PyDict | null {
  return v instanceof PyObj ? v.dict : null;
}

export function installCoreTypes(): void {
  const o = T.object;
  o.dict.setStr('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
  o.slots.repr = defaultRepr;
  o.slots.str = (v) => {
    const t = typeOf(v);
    // object_str calls the tp_repr slot, whose result PyObject_Str checks: a Python __repr__
    // returning a non-string is reported as "__str__ returned non-string".
    const m = t.isHeapType ? t.lookup('__repr__') : undefined;
    if (m instanceof PyFunction) {
      const res = callFoundMethod(m, v, []);
      if (typeof res === 'string') return res;
      const s = strValue(res);
      if (s === undefined) typeError(`__str__ returned non-string (type ${typeName(res)})`);
      return s;
    }
    const r = t.slots.repr;
    return r !== undefined ? r(v) : defaultRepr(v);
  };
  o.slots.hash = identityHash;
  o.slots.richcompare = (a, b, op) => {
    if (op === CmpOp.EQ) return a === b ? true : NotImplemented;
    if (op === CmpOp.NE) {
      // object.__ne__ inverts __eq__ unless it returned NotImplemented.
      const eq = typeOf(a).slots.richcompare;
      if (eq === undefined) return NotImplemented;
      const r = eq(a, b, CmpOp.EQ);
      return r === NotImplemented ? r : !isTrue(r);
    }
    return NotImplemented;
  };
  addMethods(o, {
    __format__: (self, args, kw) => {
      checkPositional('object.__format__', args, kw, 1, 1);
      const spec = args[0];
      if (typeof spec !== 'string') typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
      if (spec !== '') typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
      // str(self) as is: a __str__ returning a str subclass instance gives that instance.
      return strResultOf(self, 'str');
    },
    // (Called as obj.m(...), CPython names the descriptor's owner: object.__dir__ for an int too.)
    __dir__: (self, args, kw) => (checkPositional('object.__dir__', args, kw, 0, 0), new PyList(dirOf(self))),
    __reduce_ex__: (self, args, kw) => (checkPositional('object.__reduce_ex__', args, kw, 1, 1), typeError('cannot pickle objects here')),
    __reduce__: (self, args, kw) => {
      checkPositional('object.__reduce__', args, kw, 0, 0);
      // copyreg._reduce_ex's refusal for instances of builtin types.
      if (!typeOf(self).isHeapType && typeOf(self) !== T.object) typeError(`cannot pickle '${typeName(self)}' object`);
      typeError('cannot pickle objects here');
    },
    __sizeof__: builtinSizeof('object'),
  });
  // The builtin types with a __sizeof__ of their own in CPython (str's is in str-methods.ts):
  // 'int.__sizeof__() takes no arguments', and their descriptors check the receiver's type.
  for (const t of [T.int, T.bytearray, T.list, T.dict, T.set, T.frozenset, T.type]) {
    addMethods(t, { __sizeof__: builtinSizeof(t.name) });
  }
  addClassMethods(o, {
    __init_subclass__: (_cls, args, kw) => {
      if (args.length > 0) {
        const k = kw && kw.length ? kw[0] : null;
        if (k !== null) typeError(`${(_cls as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
        typeError(`${(_cls as PyType).qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
      }
      return None;
    },
    __subclasshook__: () => NotImplemented,
  });
  addGetSets(o, {
    __class__: [
      (self) => typeOf(self),
      (self, value) => {
        if (value === null) typeError("can't delete __class__ attribute");
        if (!(value instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeName(value)}' object`);
        const old = typeOf(self);
        const modules = value.isSubtype(T.module) && old.isSubtype(T.module);
        if (!(self instanceof PyObj) || (!modules && (!old.isHeapType || !value.isHeapType))) {
          typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
        }
        if (value.alloc !== old.alloc || (!modules && value.hasInstanceDict !== old.hasInstanceDict) || slotLayout(value) !== slotLayout(old) ||
          !layoutCompatible(old, value)) {
          typeError(`__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
        }
        self.cls = value;
      },
    ],
  });
  // __dict__ of instances: a getset on object is wrong for slotted classes; generic-attr
  // consults the instance dict directly, this only serves `obj.__dict__` reads and writes.
  const instanceDict = (self: PyObject) => {
    const d = dictOf(self);
    if (d === null) throw withNameObj(newError(E.AttributeError, `'${typeName(self)}' object has no attribute '__dict__'`), '__dict__', self);
    return d;
  };
  T.object.slots.getattro = (self, name) => {
    if (name === '__dict__' && !(self instanceof PyType)) {
      const d = typeOf(self).lookup('__dict__');
      if (d === undefined) return instanceDict(self);
    }
    return genericGetAttr(self, name);
  };
  registerAttrLookup(T.object.slots.getattro, (self, name) => {
    if (name === '__dict__' && !(self instanceof PyType)) {
      const d = typeOf(self).lookup('__dict__');
      if (d === undefined) return dictOf(self) ?? undefined;
    }
    return genericLookupAttr(self, name);
  });
  registerAttrLookup(genericGetAttr, genericLookupAttr);
  registerAttrLookup(typeGetAttr, typeLookupAttr);
  const objSetattr = T.object.slots.setattro!;
  T.object.slots.setattro = (self, name, value) => {
    if (name === '__dict__' && self instanceof PyObj && self.dict !== null && typeOf(self).lookup('__dict__') === undefined) {
      if (!(value instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${value === null ? 'NoneType' : typeName(value)}'`);
      self.dict = value;
      return;
    }
    objSetattr(self, name, value);
  };

  // --- type ---
  const ty = T.type;
  ty.slots.repr = typeRepr;
  ty.slots.hash = identityHash;
  ty.slots.richcompare = o.slots.richcompare;
  ty.slots.or = (a, b) => unionHook(a, b);
  addGetSets(ty, {
    __name__: [(t) => shortName(t as PyType), (t, v) => {
      if (v === null) cannotDelete(t as PyType, '__name__');
      // (A str subclass instance is taken by its value.)
      const name = strValue(v);
      if (name === undefined) typeError(`can only assign string to ${(t as PyType).name}.__name__, not '${typeName(v ?? None)}'`);
      if (name.includes('\0')) throw newError(E.ValueError, 'type name must not contain null characters');
      (t as PyType).name = name;
      (t as PyType).dottedName = false;
    }],
    __qualname__: [(t) => (t as PyType).shownQualname, (t, v) => {
      if (v === null) cannotDelete(t as PyType, '__qualname__');
      const qualname = strValue(v);
      if (qualname === undefined) typeError(`can only assign string to ${(t as PyType).name}.__qualname__, not '${typeName(v ?? None)}'`);
      (t as PyType).qualname = qualname;
    }],
    __mro__: [(t) => new PyTuple((t as PyType).mro.slice()), readonlyMember],
    __bases__: [(t) => new PyTuple((t as PyType).bases.slice()), (t, v) => setBases(t as PyType, v)],
    // The base giving the instance layout (type('C', (Plain, int), {}).__base__ is int).
    __base__: [(t) => dunderBase(t as PyType) ?? None],
    __dict__: [(t) => new PyMappingProxy((t as PyType).dict)],
    __module__: [(t) => ((t as PyType).isHeapType ? (t as PyType).dict.getStr('__module__') ?? missingModule() : nativeModule(t as PyType)), (t, v) => {
      if (v === null) cannotDelete(t as PyType, '__module__');
      (t as PyType).dict.setStr('__module__', v);
      (t as PyType).modified();
    }],
    __doc__: [(t) => {
      const d = (t as PyType).dict.getStr('__doc__');
      // type_get_doc: a builtin type's doc is its own text (CPython's tp_doc), never the
      // __doc__ descriptor that type and property keep in their dicts for their instances
      // (property.__doc__ is property's docstring); for a native type without a tp_doc, the
      // descriptor in its dict itself (method_descriptor.__doc__).
      if (!(t as PyType).isHeapType && !(typeof d === 'string')) {
        // (By __name__: a native type of a module has its tp_name, `sys.flags`.)
        const name = (t as PyType).name.slice((t as PyType).name.lastIndexOf('.') + 1);
        const doc = TYPE_DOCS[name];
        if (doc !== undefined) return doc;
        if (d === undefined || !DOCLESS_TYPES.has(name)) return None;
      }
      if (d === undefined) return None;
      if (typeof d === 'string') return d;
      const get = typeOf(d).slots.descrGet;
      if (get === undefined) return d;
      return get(d, null, t);
    }, (t, v) => {
      // type_set_doc: heap types only; deleting is refused like CPython's check_set_special_type_attr.
      const ty = t as PyType;
      if (!ty.isHeapType) typeError(`cannot set '__doc__' attribute of immutable type '${ty.name}'`);
      if (v === null) typeError(`cannot delete '__doc__' attribute of immutable type '${ty.name}'`);
      ty.dict.setStr('__doc__', v);
      ty.modified();
    }],
    // type_get_annotations (3.10+): a heap type without annotations gets an empty dict of its own.
    __annotations__: [(t) => {
      const ty = t as PyType;
      const d = ty.dict.getStr('__annotations__');
      if (d === undefined) {
        if (!ty.isHeapType) throw newError(E.AttributeError, `type object '${ty.name}' has no attribute '__annotations__'`);
        const fresh = new PyDict();
        ty.dict.setStr('__annotations__', fresh);
        ty.modified();
        return fresh;
      }
      const get = typeOf(d).slots.descrGet;
      return get !== undefined ? get(d, null, t) : d;
    }, (t, v) => {
      const ty = t as PyType;
      if (!ty.isHeapType) typeError(`cannot ${v === null ? 'delete' : 'set'} '__annotations__' attribute of immutable type '${ty.name}'`);
      if (v === null) {
        if (ty.dict.getStr('__annotations__') === undefined) throw newError(E.AttributeError, '__annotations__');
        ty.dict.delete('__annotations__');
      } else ty.dict.setStr('__annotations__', v);
      ty.modified();
    }],
    __abstractmethods__: [(t) => {
      // (type's own dict holds this descriptor: it is not type's value.)
      const v = t === ty ? undefined : (t as PyType).dict.getStr('__abstractmethods__');
      if (v === undefined) throw newError(E.AttributeError, '__abstractmethods__');
      return v;
    }, (t, v) => {
      if (v === null) {
        if ((t as PyType).dict.delete('__abstractmethods__') === undefined) throw newError(E.AttributeError, '__abstractmethods__');
      } else (t as PyType).dict.setStr('__abstractmethods__', v);
      // Py_TPFLAGS_IS_ABSTRACT: object.__new__ refuses to instantiate the class.
      if (v !== null && isTrue(v)) abstractTypes.add(t as PyType);
      else abstractTypes.delete(t as PyType);
      (t as PyType).modified();
    }],
    __text_signature__: [() => None],
    __basicsize__: [(t) => typeLayout(t as PyType)[0]],
    __itemsize__: [(t) => typeLayout(t as PyType)[1]],
    __dictoffset__: [(t) => typeLayout(t as PyType)[2]],
    __weakrefoffset__: [(t) => typeLayout(t as PyType)[3]],
    __flags__: [(t) => typeLayout(t as PyType)[4]],
  });
  addMethods(ty, {
    __subclasses__: (t, args, kw) => (checkPositional('type.__subclasses__', args, kw, 0, 0), new PyList((t as PyType).subclasses.slice())),
    __instancecheck__: (t, args, kw) => (checkPositional('type.__instancecheck__', args, kw, 1, 1), isInstanceByType(args[0], t as PyType)),
    __subclasscheck__: (t, args, kw) => {
      checkPositional('type.__subclasscheck__', args, kw, 1, 1);
      if (!(args[0] instanceof PyType)) typeError('issubclass() arg 1 must be a class');
      return args[0].isSubtype(t as PyType);
    },
    __dir__: (t, args, kw) => (checkPositional('type.__dir__', args, kw, 0, 0), new PyList(dirOf(t))),
  });
  addClassMethods(ty, {
    __prepare__: () => new PyDict(),
  });

  // --- None, NotImplemented, Ellipsis ---
  for (const [t, v] of [[T.NoneType, None], [T.NotImplementedType, NotImplemented], [T.ellipsis, Ellipsis]] as const) {
    t.finalType = true;
    t.slots.repr = () => v.reprText;
    t.alloc = null;
    defineNew(t, (_cls, args) => {
      // (CPython's message names Ellipsis's type by its types-module name.)
      if (args.length) typeError(`${t === T.ellipsis ? 'EllipsisType' : t.name} takes no arguments`);
      return v;
    });
  }
  T.NoneType.slots.bool = () => false;
  T.NotImplementedType.slots.bool = () => {
    pyWarn(E.DeprecationWarning, 'NotImplemented should not be used in a boolean context');
    return true;
  };

  // --- functions, methods, cells ---
  const f = T.function;
  f.finalType = true;
  f.hasInstanceDict = true;
  f.slots.repr = (v) => `<function ${(v as PyFunction).qualname} at ${addressOf(v)}>`;
  // A function's __dict__ is made when first needed (reading __dict__, setting or deleting an
  // attribute): most functions never get one, and making a closure is hot.
  f.slots.setattro = (v, name, x) => {
    const o = v as PyFunction;
    if (o.dict === null) o.dict = new PyDict();
    genericSetAttr(v, name, x);
  };
  const fn = (v: PyObject) => v as PyFunction;
  addGetSets(f, {
    __name__: [(v) => fn(v).name, (v, x) => {
      if (typeof x !== 'string') typeError('__name__ must be set to a string object');
      fn(v).name = x;
    }],
    __qualname__: [(v) => fn(v).qualname, (v, x) => {
      if (typeof x !== 'string') typeError('__qualname__ must be set to a string object');
      fn(v).qualname = x;
    }],
    __defaults__: [(v) => (fn(v).defaults === null ? None : new PyTuple(fn(v).defaults!.slice())), (v, x) => {
      if (x === null || x === None) fn(v).defaults = null;
      else if (x instanceof PyTuple) fn(v).defaults = x.items.slice();
      else typeError('__defaults__ must be set to a tuple object');
    }],
    __kwdefaults__: [(v) => fn(v).kwdefaults ?? None, (v, x) => {
      if (x === null || x === None) fn(v).kwdefaults = null;
      else if (x instanceof PyDict) fn(v).kwdefaults = x;
      else typeError('__kwdefaults__ must be set to a dict object');
    }],
    // READONLY members in CPython: assigning or deleting them says "readonly attribute".
    __globals__: [(v) => fn(v).globals, readonlyMember],
    __builtins__: [(v) => fn(v).builtins, readonlyMember],
    __closure__: [(v) => (fn(v).closure === null ? None : new PyTuple(fn(v).closure!.slice())), readonlyMember],
    __code__: [(v) => codeObjectOf(fn(v)), (v, x) => {
      if (x === null) typeError('__code__ must be set to a code object');
      if (!(x instanceof PyObj) || typeOf(x) !== T.code) typeError('__code__ must be set to a code object');
      const f = fn(v);
      const c = x as unknown as Code;
      const nclosure = f.closure === null ? 0 : f.closure.length;
      if (c.co_freevars.length !== nclosure) throw newError(E.ValueError, `${f.name}() requires a code object with ${nclosure} free vars, not ${c.co_freevars.length}`);
      f.code = c;
    }],
    __doc__: [(v) => fn(v).doc, (v, x) => {
      fn(v).doc = x ?? None;
    }],
    __module__: [(v) => fn(v).module, (v, x) => {
      fn(v).module = x ?? None;
    }],
    __annotations__: [(v) => {
      if (fn(v).annotations === None) fn(v).annotations = new PyDict();
      return fn(v).annotations;
    }, (v, x) => {
      // None or deletion resets it (the next read makes a fresh dict); anything else must be a dict.
      if (x !== null && x !== None && !(x instanceof PyDict)) typeError('__annotations__ must be set to a dict object');
      fn(v).annotations = x ?? None;
    }],
    __dict__: [(v) => (fn(v).dict ??= new PyDict()), (v, x) => {
      if (x === null) typeError('cannot delete __dict__');
      if (!(x instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(x)}'`);
      fn(v).dict = x;
    }],
  });
  // --- code objects (both backends' codes implement the Code contract) ---
  const code = (v: PyObject) => v as unknown as Code;
  const strs = (a: readonly string[]) => new PyTuple(a.slice());
  T.code.slots.repr = (v) => `<code object ${code(v).co_name} at ${addressOf(v)}, file "${code(v).co_filename}", line ${code(v).co_firstlineno}>`;
  addGetSets(T.code, {
    co_name: [(v) => code(v).co_name, readonlyMember],
    co_qualname: [(v) => code(v).co_qualname, readonlyMember],
    co_filename: [(v) => code(v).co_filename, readonlyMember],
    co_firstlineno: [(v) => code(v).co_firstlineno, readonlyMember],
    co_argcount: [(v) => code(v).co_argcount, readonlyMember],
    co_posonlyargcount: [(v) => code(v).co_posonlyargcount, readonlyMember],
    co_kwonlyargcount: [(v) => code(v).co_kwonlyargcount, readonlyMember],
    co_nlocals: [(v) => code(v).co_varnames.length, readonlyMember],
    // co_varnames, co_cellvars, co_freevars and co_code are computed getsets in CPython, not
    // members: "attribute 'co_varnames' of 'code' objects is not writable".
    co_varnames: [(v) => strs(code(v).co_varnames)],
    co_cellvars: [(v) => strs(code(v).co_cellvars)],
    co_freevars: [(v) => strs(code(v).co_freevars)],
    co_names: [(v) => strs(code(v).co_names ?? []), readonlyMember],
    co_consts: [(v) => new PyTuple(code(v).pyConsts?.() ?? []), readonlyMember],
    co_flags: [(v) => code(v).co_flags, readonlyMember],
    co_stacksize: [(v) => code(v).co_stacksize ?? 0, readonlyMember],
    co_code: [(v) => newBytes(code(v).instructionBytes?.() ?? new Uint8Array(0))],
    co_linetable: [(v) => newBytes(code(v).lineTableBytes?.() ?? new Uint8Array(0)), readonlyMember],
  });
  addMethods(T.code, {
    co_lines: (self) => new PyList((code(self).lineRanges?.() ?? []).map(([s, e, l]) => new PyTuple([s, e, l < 0 ? None : l]))),
  });
  T.method.slots.repr = (v) => {
    const m = v as PyMethod;
    // CPython's method_repr: the function's __qualname__, else its __name__, else '?'.
    let name = '?';
    if (m.func instanceof PyFunction) name = m.func.qualname;
    else {
      const q = getAttrOrUndefined(m.func, '__qualname__') ?? getAttrOrUndefined(m.func, '__name__');
      if (typeof q === 'string') name = q;
    }
    return `<bound method ${name} of ${repr(m.self)}>`;
  };
  T.method.slots.richcompare = (a, b, op) => {
    if (op !== CmpOp.EQ && op !== CmpOp.NE) return NotImplemented;
    if (!(b instanceof PyMethod)) return NotImplemented;
    const am = a as PyMethod;
    const eq = am.self === b.self && richEqBool(am.func, b.func);
    return op === CmpOp.EQ ? eq : !eq;
  };
  T.method.slots.hash = (v) => identityHash((v as PyMethod).self);
  T.method.dict.setStr('__doc__', 'Create a bound instance method object.');
  // getattro answers these first; the getsets make them visible to dir() and type(m).__dict__.
  addGetSets(T.method, {
    __func__: [(v) => (v as PyMethod).func],
    __self__: [(v) => (v as PyMethod).self],
  });
  T.builtin_function_or_method.slots.repr = (v) => {
    const b = v as PyBuiltinFunction;
    if (b.self === null || typeOf(b.self) === T.module) return `<built-in function ${b.name}>`;
    return `<built-in method ${b.name} of ${typeName(b.self)} object at ${addressOf(b.self)}>`;
  };
  addGetSets(T.builtin_function_or_method, {
    __name__: [(v) => (v as PyBuiltinFunction).name],
    __qualname__: [(v) => (v as PyBuiltinFunction).qualname],
    __self__: [(v) => {
      const b = v as PyBuiltinFunction;
      return b.descr !== null && typeOf(b.descr) === T.staticmethod ? None : b.self ?? b.moduleObject ?? None;
    }],
    __doc__: [(v) => {
      const b = v as PyBuiltinFunction;
      if (b.doc !== null) return b.doc;
      if (b.descr instanceof PyMethodDescriptor || b.descr instanceof PyNativeClassMethod) return descrDoc(b.descr);
      // A type's __new__ (bound to the type) or static method (str.maketrans): its type's.
      const owner = b.self instanceof PyType ? b.self : b.qualOwner;
      return owner !== null ? inheritedDoc(owner, b.name) : None;
    }],
    __module__: [(v) => (v as PyBuiltinFunction).module ?? None, (v, x) => {
      (v as PyBuiltinFunction).module = x ?? None;
    }],
    __text_signature__: [(v) => (v as PyBuiltinFunction).textSignature ?? None],
  });
  // Two bindings of one method to one object are equal (meth_richcompare, wrapper_richcompare).
  for (const t of [T.builtin_function_or_method, T.method_wrapper]) {
    t.slots.richcompare = (a, b, op) => {
      if ((op !== CmpOp.EQ && op !== CmpOp.NE) || !(b instanceof PyBuiltinFunction) || typeOf(b) !== typeOf(a)) return NotImplemented;
      const x = a as PyBuiltinFunction;
      const eq = x === b || (x.descr !== null && x.descr === b.descr && x.self === b.self);
      return op === CmpOp.EQ ? eq : !eq;
    };
    t.slots.hash = (v) => {
      const b = v as PyBuiltinFunction;
      return b.descr === null || b.self === null ? identityHash(b) : identityHash(b.self);
    };
  }
  T.method_wrapper.slots.repr = (v) => {
    const b = v as PyBuiltinFunction;
    return `<method-wrapper '${b.name}' of ${typeName(b.self!)} object at ${addressOf(b.self!)}>`;
  };
  addGetSets(T.method_wrapper, {
    __name__: [(v) => (v as PyBuiltinFunction).name],
    __qualname__: [(v) => (v as PyBuiltinFunction).qualname],
    __self__: [(v) => (v as PyBuiltinFunction).self ?? None, readonlyMember],
    __objclass__: [(v) => ((v as PyBuiltinFunction).descr as PyMethodDescriptor).owner],
    __doc__: [(v) => descrDoc((v as PyBuiltinFunction).descr!)],
    __text_signature__: [() => None],
  });
  T.method_descriptor.slots.repr = (v) => `<method '${(v as PyMethodDescriptor).name}' of '${(v as PyMethodDescriptor).owner.name}' objects>`;
  T.wrapper_descriptor.slots.repr = (v) => `<slot wrapper '${(v as PyMethodDescriptor).name}' of '${(v as PyMethodDescriptor).owner.name}' objects>`;
  for (const t of [T.method_descriptor, T.wrapper_descriptor, T.classmethod_descriptor]) {
    addGetSets(t, {
      __name__: [(v) => (v as PyMethodDescriptor).name],
      __qualname__: [(v) => `${(v as PyMethodDescriptor).owner.shownQualname}.${(v as PyMethodDescriptor).name}`],
      __objclass__: [(v) => (v as PyMethodDescriptor).owner],
      __doc__: [(v) => descrDoc(v)],
    });
  }
  T.classmethod_descriptor.slots.repr = (v) => `<method '${(v as PyNativeClassMethod).name}' of '${(v as PyNativeClassMethod).owner.name}' objects>`;
  T.cell.slots.repr = (v) => {
    const c = v as PyCell;
    return c.value === undefined ? `<cell at ${addressOf(v)}: empty>` : `<cell at ${addressOf(v)}: ${typeName(c.value)} object at ${addressOf(c.value)}>`;
  };
  // cell_richcompare: by contents, an empty cell before anything else; cells are unhashable.
  T.cell.slots.richcompare = (a, b, op) => {
    if (!(b instanceof PyCell)) return NotImplemented;
    const x = (a as PyCell).value;
    const y = b.value;
    if (x !== undefined && y !== undefined) return richCompare(x, y, op);
    return compareNumbers(x === undefined ? 0 : 1, y === undefined ? 0 : 1, op);
  };
  T.cell.slots.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
  T.cell.dict.setStr('__hash__', None);
  addGetSets(T.cell, {
    cell_contents: [(v) => {
      const c = v as PyCell;
      if (c.value === undefined) throw newError(E.ValueError, 'Cell is empty');
      return c.value;
    }, (v, x) => {
      (v as PyCell).value = x === null ? undefined : x;
    }],
  });

  // --- modules: the namespace dict is a data descriptor on the type (CPython's member) ---
  addGetSets(T.module, {
    __dict__: [(v) => (v as PyObj).dict ?? None, readonlyMember],
    // module_get_annotations (3.10+): created empty in the namespace on first use.
    __annotations__: [(m) => {
      const d = (m as PyObj).dict;
      if (d === null) typeError('<module>.__dict__ is not a dictionary');
      let a = d.getStr('__annotations__');
      if (a === undefined) d.setStr('__annotations__', a = new PyDict());
      return a;
    }, (m, v) => {
      const d = (m as PyObj).dict;
      if (d === null) typeError('<module>.__dict__ is not a dictionary');
      if (v !== null) d.setStr('__annotations__', v);
      else if (d.getStr('__annotations__') === undefined) throw newError(E.AttributeError, '__annotations__');
      else d.delete('__annotations__');
    }],
  });
  addMethods(T.module, {
    // module.__dir__: the module's own __dir__ function if it has one, else its namespace keys.
    __dir__: (m) => {
      const d = (m as PyObj).dict;
      if (d === null) typeError('<module>.__dict__ is not a dictionary');
      const f = d.getStr('__dir__');
      if (f !== undefined) return call(f, []);
      return new PyList([...d.entries()].map(([k]) => k));
    },
  });
  // module_repr: `<module 'name' from 'file'>`, (built-in) for the native modules, else just the name.
  T.module.slots.repr = (m) => {
    const d = (m as PyObj).dict;
    const n = d?.getStr('__name__');
    const f = d?.getStr('__file__');
    const name = typeof n === 'string' ? `'${n}'` : "'?'";
    if (typeof f === 'string') return `<module ${name} from '${f}'>`;
    return typeof n === 'string' && NATIVE_MODULES.has(n) ? `<module ${name} (built-in)>` : `<module ${name}>`;
  };
  // module_getattro: the generic lookup, then the module's own __getattr__ (PEP 562), then
  // "module 'name' has no attribute 'x'".
  T.module.slots.getattro = (m, name) => {
    try {
      return genericGetAttr(m, name);
    } catch (e) {
      if (!(e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError))) throw e;
    }
    const d = (m as PyObj).dict;
    if (d !== null) {
      const ga = d.getStr('__getattr__');
      if (ga !== undefined) {
        try {
          return call(ga, [name]);
        } catch (e) {
          throw addAttributeErrorContext(e, name, m);
        }
      }
      const mn = d.getStr('__name__');
      if (typeof mn === 'string') {
        const spec = d.getStr('__spec__');
        const init = spec instanceof PyObj ? spec.dict?.getStr('_initializing') : undefined;
        if (init === true) {
          throw withNameObj(newError(E.AttributeError, `partially initialized module '${mn}' has no attribute '${name}' (most likely due to a circular import)`), name, m);
        }
        throw withNameObj(newError(E.AttributeError, `module '${mn}' has no attribute '${name}'`), name, m);
      }
    }
    throw withNameObj(newError(E.AttributeError, `module has no attribute '${name}'`), name, m);
  };
  registerAttrLookup(T.module.slots.getattro, (m, name) => {
    try {
      const v = genericLookupAttr(m, name);
      if (v !== undefined) return v;
    } catch (e) {
      if (!(e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError))) throw e;
    }
    const ga = (m as PyObj).dict?.getStr('__getattr__');
    return ga === undefined ? undefined : call(ga, [name]);
  });

  // --- mappingproxy ---
  const mp = T.mappingproxy;
  // An exact dict is read directly; a dict subclass through its own __getitem__, __len__ and
  // __contains__ (CPython's mappingproxy calls PyObject_GetItem, PyObject_Size, PySequence_Contains).
  mp.slots.getitem = (self, key) => {
    const m = (self as PyMappingProxy).mapping;
    if (m.cls !== T.dict) return getItem(m, key);
    const v = m.get(key);
    if (v === undefined) throw newException(E.KeyError, [key]);
    return v;
  };
  mp.slots.len = (self) => {
    const m = (self as PyMappingProxy).mapping;
    return m.cls === T.dict ? m.size : typeOf(m).slots.len!(m);
  };
  mp.slots.contains = (self, key) => {
    const m = (self as PyMappingProxy).mapping;
    return m.cls === T.dict ? m.find(key) >= 0 : contains(m, key);
  };
  mp.slots.iter = (self) => getIter((self as PyMappingProxy).mapping);
  mp.slots.repr = (self) => `mappingproxy(${repr((self as PyMappingProxy).mapping)})`;
  // mappingproxy_str: str() of the underlying mapping (print(C.__dict__) shows a dict).
  mp.slots.str = (self) => str((self as PyMappingProxy).mapping);
  // mappingproxy_richcompare: the underlying mapping compared with the other operand.
  mp.slots.richcompare = (self, other, op) => richCompare((self as PyMappingProxy).mapping, other, op);
  // (CPython 3.11's mappingproxy has no hash of its own: comparing without hashing, it is unhashable.)
  mp.slots.hash = (v) => typeError(`unhashable type: '${typeName(v)}'`);
  mp.dict.setStr('__hash__', None);
  // types.MappingProxyType(mapping): a live view of a dict (other mappings are copied).
  defineNew(mp, (_cls, args, kwnames) => {
    const [m] = bindNative('mappingproxy', ['mapping'], args, kwnames, 0, 1);
    if (m instanceof PyDict) return new PyMappingProxy(m);
    const t = typeOf(m!);
    if (t.slots.getitem === undefined || m instanceof PyList || m instanceof PyTuple || t.lookup('keys') === undefined) {
      typeError(`mappingproxy() argument must be a mapping, not ${typeName(m!)}`);
    }
    return new PyMappingProxy(call(T.dict, [m!]) as PyDict);
  });
  // mappingproxy | other, other | mappingproxy: the underlying mapping's | (a dict); |= refused.
  const unwrap = (v: PyObject) => (v instanceof PyMappingProxy ? v.mapping : v);
  mp.slots.or = (a, b) => binaryOp(unwrap(a), unwrap(b), 'or');
  mp.slots.ior = (a) => typeError(`'|=' is not supported by ${typeName(a)}; use '|' instead`);
  for (const name of ['keys', 'values', 'items', 'get', 'copy', '__reversed__']) {
    mp.dict.setStr(name, new PyMethodDescriptor(mp, name, (self, args, kw) => {
      const m = lookupSpecial((self as PyMappingProxy).mapping, name);
      if (m === undefined) typeError(`mappingproxy.${name} is not available`);
      return callFoundMethod(m, (self as PyMappingProxy).mapping, args, kw);
    }));
  }
}

/** isinstance without __instancecheck__ hooks (type(obj) or obj.__class__ is a subtype). */
export function isInstanceByType(obj: PyObject, t: PyType): boolean {
  if (typeOf(obj).isSubtype(t)) return true;
  return false;
}

/** dir(obj) default: instance dict keys + the class's MRO attributes, sorted. */
export function dirOf(v: PyObject): string[] {
  const names = new Set<string>();
  const add = (d: PyDict | null) => {
    if (d === null) return;
    for (const [k] of d.entries()) if (typeof k === 'string') names.add(k);
  };
  if (v instanceof PyType) {
    for (const t of v.mro) add(t.dict);
  } else {
    if (v instanceof PyObj) add(v.dict);
    // A bound method's __dict__ is its function's (method_getattro forwards the lookup).
    if (v instanceof PyMethod && v.func instanceof PyObj) add(v.func.dict);
    for (const t of typeOf(v).mro) add(t.dict);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

let unionHook: (a: PyObject, b: PyObject) => PyObject = () => NotImplemented;
/** `int | str` (types.UnionType) lives with the typing support. */
export function setUnionHook(f: (a: PyObject, b: PyObject) => PyObject): void {
  unionHook = f;
}

let codeObjectOf: (f: PyFunction) => PyObject = (f) => f.code as unknown as PyObject;
/** The backends expose their code objects as Python objects; this hook returns one for __code__. */
export function setCodeObjectHook(h: (f: PyFunction) => PyObject): void {
  codeObjectOf = h;
}

/**
 * The __doc__ of a builtin type's method (method_descriptor, wrapper_descriptor,
 * classmethod_descriptor; a method bound from one has the same): its own docstring when it was
 * given one, else CPython's for that method of the type or, for a slot the type has its own
 * entry for where CPython inherits it, of the nearest base (method-docs.ts), else None.
 */
function descrDoc(v: PyObject): PyObject {
  const d = v as PyMethodDescriptor | PyNativeClassMethod;
  if (d instanceof PyMethodDescriptor && d.doc !== null) return d.doc;
  return inheritedDoc(d.owner, d.name);
}

/** CPython's docstring of the method `name` of `owner`, or of the nearest base that has it. */
function inheritedDoc(owner: PyType, name: string): PyObject {
  for (const t of owner.mro) {
    const doc = methodDoc(t.name, name);
    if (doc !== undefined) return doc ?? None;
  }
  return None;
}
