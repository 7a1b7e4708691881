// Inline caches for attribute access, one `AttrCache` per Attribute node (`ac`, made on first
// use): what the last lookup of `obj.name` at that node found, guarded by the receiver's type
// and that type's version tag (PyType.version changes whenever a lookup on the type could answer
// differently, including slot changes such as a new __getattribute__ or __setattr__), and for
// instance-dict entries by the entry position (a dict entry at a position holds the same key
// until the dict's keys change). A guard that fails falls back to the shared protocol and
// re-learns; after MAX_MISSES the node stays on the protocol. CPython 3.11's LOAD_ATTR /
// STORE_ATTR / LOAD_METHOD specialisations, on AST nodes instead of bytecode.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import type { PyType } from '../../src/objects/type.js';
import { PyType as PyTypeClass } from '../../src/objects/type.js';
import type { PyDict } from '../../src/objects/dict.js';
import { PyFunction } from '../../src/objects/function.js';
import { PyMethodDescriptor } from '../../src/objects/native.js';
import { T } from '../../src/objects/types.js';
import { typeOf, getAttr, setAttr } from '../../src/objects/protocol.js';
import { genericGetAttr, genericSetAttr } from '../../src/objects/generic-attr.js';
import { PyModule } from '../../src/runtime/module.js';

/** What a cache entry holds (`kind`, `skind`). */
const enum K {
  NONE = 0,
  /** An instance-dict entry at `index`. */
  INSTANCE,
  /** A value on the type that is no descriptor, not shadowed by the instance. */
  CLASS_VALUE,
  /** A data descriptor on the type (property, slot, getset): its __get__. */
  DATA_DESCR,
  /** A non-data descriptor on the type (a function: bound method), not shadowed. */
  NONDATA_DESCR,
  /** A module attribute at `index` of the module dict with keysVersion `version`. */
  MODULE,
  /** An attribute of the class object `type` itself that is no descriptor. */
  TYPE_VALUE,
  /** Method call: a plain function or method descriptor on the type, called with self. */
  METHOD,
  /** Stays on the protocol. */
  GENERIC,
}

const MAX_MISSES = 8;

export class AttrCache {
  kind = K.NONE;
  type: PyType | null = null;
  version = 0;
  index = 0;
  value: PyObject | undefined = undefined;
  /** INSTANCE: keysVersion of the dict `index` was learnt from; others: of an instance dict seen without the name (shadowing check). */
  dv = -1;
  misses = 0;
  // The store side (assignment targets, augmented assignment).
  skind = K.NONE;
  stype: PyType | null = null;
  sversion = 0;
  sindex = 0;
  /** keysVersion of the instance dict the store position was learnt from. */
  skv = -1;
  smisses = 0;
  /** The entry this one replaced when a second receiver type came along (a site that sees two
   *  classes, e.g. a method inherited by a subclass, hits in one of the two). */
  next: AttrCache | null = null;

  /** Keeps the load-side entry in `next` before learning another type's (when it is specialised). */
  spillLoad(): void {
    const k = this.kind;
    if (k === K.NONE || k === K.GENERIC) return;
    const n = (this.next ??= new AttrCache());
    n.kind = k;
    n.type = this.type;
    n.version = this.version;
    n.index = this.index;
    n.value = this.value;
    n.dv = this.dv;
  }

  /** The same for the store side. */
  spillStore(): void {
    if (this.skind !== K.INSTANCE) return;
    const n = (this.next ??= new AttrCache());
    n.skind = K.INSTANCE;
    n.stype = this.stype;
    n.sversion = this.sversion;
    n.sindex = this.sindex;
    n.skv = this.skv;
  }
}

type Ext = { ac?: AttrCache };

/** The cache of an Attribute node (made on first use). */
export function attrCacheOf(n: object): AttrCache {
  const e = n as Ext;
  let c = e.ac;
  if (c === undefined) c = e.ac = new AttrCache();
  return c;
}

function genericAttrType(t: PyType): boolean {
  const ga = t.slots.getattro;
  return ga === genericGetAttr || ga === T.object.slots.getattro;
}

/** Does the instance `obj` (of a generic-attribute type) have no dict entry `name`? */
function notShadowed(c: AttrCache, obj: PyObject, name: string): boolean {
  if (!(obj instanceof PyObj)) return true;
  const d = obj.dict;
  if (d === null) return true;
  // A dict holding custom-equality keys: only the generic lookup (one __eq__ per read) knows.
  if (d.mixedEquality) return false;
  if (d.keysVersion === c.dv) return true;
  if (d.fast.get(name) !== undefined) return false;
  c.dv = d.keysVersion;
  return true;
}

/**
 * Whether the instance dict `d` surely has no entry `name`, known without running a key's
 * __eq__ (a dict holding custom-equality keys answers false: the caller then takes the generic
 * lookup, which compares once).
 */
function surelyAbsent(d: PyDict | null, name: string): boolean {
  return d === null || (!d.mixedEquality && d.fast.get(name) === undefined);
}

/** `obj.name` through the node's cache (its entry, then the spilled one). */
export function loadAttr(c: AttrCache, obj: PyObject, name: string): PyObject {
  const v = tryLoad(c, obj, name);
  if (v !== undefined) return v;
  const n = c.next;
  if (n !== null) {
    const w = tryLoad(n, obj, name);
    if (w !== undefined) return w;
  }
  return loadMiss(c, obj, name);
}

/** `obj.name` when entry `c` answers it, else undefined. */
function tryLoad(c: AttrCache, obj: PyObject, name: string): PyObject | undefined {
  switch (c.kind) {
    case K.INSTANCE:
      if (obj instanceof PyObj && obj.cls === c.type && c.type.version === c.version) {
        const d = obj.dict;
        // The same key layout (instances that added the same attributes in the same order
        // share it), else the same key at the cached position.
        if (d !== null && (d.keysVersion === c.dv || d.keys[c.index] === name)) return d.values[c.index];
      }
      break;
    case K.MODULE:
      if (obj instanceof PyModule && obj.dict.keysVersion === c.version) return obj.dict.values[c.index];
      break;
    case K.DATA_DESCR:
      if (obj instanceof PyObj && obj.cls === c.type && obj.cls.version === c.version) {
        const d = c.value!;
        return typeOf(d).slots.descrGet!(d, obj, obj.cls);
      }
      break;
    case K.CLASS_VALUE:
    case K.NONDATA_DESCR: {
      const t = typeOf(obj);
      if (t === c.type && t.version === c.version && notShadowed(c, obj, name)) {
        const d = c.value!;
        return c.kind === K.CLASS_VALUE ? d : typeOf(d).slots.descrGet!(d, obj, t);
      }
      break;
    }
    case K.TYPE_VALUE:
      if (obj === c.type && (obj as PyType).version === c.version) return c.value!;
      break;
    case K.GENERIC:
      return getAttr(obj, name);
  }
  return undefined;
}

function loadMiss(c: AttrCache, obj: PyObject, name: string): PyObject {
  const v = getAttr(obj, name);
  if (++c.misses > MAX_MISSES) c.kind = K.GENERIC;
  else {
    c.spillLoad();
    learnLoad(c, obj, name);
  }
  return v;
}

/** Learns how `obj.name` is found (after a successful protocol lookup). */
function learnLoad(c: AttrCache, obj: PyObject, name: string): void {
  c.kind = K.GENERIC;
  c.value = undefined;
  if (obj instanceof PyModule) {
    if (obj.cls !== T.module || T.module.lookup(name) !== undefined) return;
    const idx = obj.dict.fast.get(name);
    if (idx === undefined || obj.dict.keys[idx] !== name) return;
    c.kind = K.MODULE;
    c.version = obj.dict.keysVersion;
    c.index = idx;
    return;
  }
  if (obj instanceof PyTypeClass) {
    const meta = obj.cls;
    if (meta !== T.type) return;
    const metaAttr = meta.lookup(name);
    if (metaAttr !== undefined && typeOf(metaAttr).slots.descrSet !== undefined) return;
    const attr = obj.lookup(name);
    if (attr === undefined || typeOf(attr).slots.descrGet !== undefined) return;
    c.kind = K.TYPE_VALUE;
    c.type = obj;
    c.version = obj.version;
    c.value = attr;
    return;
  }
  const t = typeOf(obj);
  if (!genericAttrType(t)) return;
  const descr = t.lookup(name);
  const get = descr === undefined ? undefined : typeOf(descr).slots.descrGet;
  if (descr !== undefined && get !== undefined && typeOf(descr).slots.descrSet !== undefined) {
    c.kind = K.DATA_DESCR;
    c.type = t;
    c.version = t.version;
    c.value = descr;
    return;
  }
  const d = obj instanceof PyObj ? obj.dict : null;
  if (d !== null) {
    const idx = d.fast.get(name);
    if (idx !== undefined && d.keys[idx] === name) {
      c.kind = K.INSTANCE;
      c.type = t;
      c.version = t.version;
      c.index = idx;
      c.dv = d.keysVersion;
      return;
    }
  }
  if (descr === undefined) return;
  c.kind = get === undefined ? K.CLASS_VALUE : K.NONDATA_DESCR;
  c.type = t;
  c.version = t.version;
  c.value = descr;
  c.dv = d === null ? -1 : d.keysVersion;
}

/** `obj.name = v` through the node's cache. */
export function storeAttr(c: AttrCache, obj: PyObject, name: string, v: PyObject): void {
  if (tryStore(c, obj, name, v)) return;
  const n = c.next;
  if (n !== null && tryStore(n, obj, name, v)) return;
  setAttr(obj, name, v);
  if (c.skind !== K.GENERIC) learnStore(c, obj, name);
}

/** Stores through entry `c` when its guard holds. */
function tryStore(c: AttrCache, obj: PyObject, name: string, v: PyObject): boolean {
  if (c.skind === K.INSTANCE && obj instanceof PyObj && obj.cls === c.stype && c.stype.version === c.sversion) {
    // The type version says no data descriptor or __setattr__ intervenes.
    const d = obj.dict;
    if (d !== null) {
      const i = c.sindex;
      if (d.keysVersion === c.skv || d.keys[i] === name) d.values[i] = v;
      else d.setStr(name, v);
      return true;
    }
  }
  return false;
}

function learnStore(c: AttrCache, obj: PyObject, name: string): void {
  c.spillStore();
  c.skind = K.GENERIC;
  if (++c.smisses > MAX_MISSES) return;
  if (!(obj instanceof PyObj) || obj instanceof PyTypeClass || obj.dict === null || name === '__dict__') return;
  const t = obj.cls;
  const sa = t.slots.setattro;
  if (sa !== genericSetAttr && sa !== T.object.slots.setattro) return;
  const descr = t.lookup(name);
  if (descr !== undefined && typeOf(descr).slots.descrSet !== undefined) return;
  const idx = obj.dict.fast.get(name);
  if (idx === undefined || obj.dict.keys[idx] !== name) return;
  c.skind = K.INSTANCE;
  c.stype = t;
  c.sversion = t.version;
  c.sindex = idx;
  c.skv = obj.dict.keysVersion;
}

/** The `self` a method lookup (lookupMethod) wants passed, or undefined for a plain callable. */
export const methodSelf: { self: PyObject | undefined } = { self: undefined };

/**
 * The callable of `obj.name(...)`: a plain function or method descriptor found on the type and
 * not shadowed by the instance (methodSelf.self = obj: no bound method is made), else the
 * attribute's value (methodSelf.self = undefined).
 */
export function lookupMethod(c: AttrCache, obj: PyObject, name: string): PyObject {
  const kind: K = c.kind;
  if (kind === K.METHOD) {
    const t = typeOf(obj);
    if (t === c.type && t.version === c.version && notShadowed(c, obj, name)) {
      methodSelf.self = obj;
      return c.value!;
    }
    const n = c.next;
    if (n !== null && n.kind === K.METHOD && t === n.type && t.version === n.version && notShadowed(n, obj, name)) {
      methodSelf.self = obj;
      return n.value!;
    }
  } else if (kind === K.GENERIC) {
    return methodSlow(obj, name);
  } else if (kind !== K.NONE) {
    // (methodSelf is set after the lookup: a descriptor's __get__ may run method calls.)
    const v = loadAttr(c, obj, name);
    methodSelf.self = undefined;
    return v;
  }
  if (++c.misses > MAX_MISSES) {
    c.kind = K.GENERIC;
    return methodSlow(obj, name);
  }
  const t = typeOf(obj);
  if (genericAttrType(t)) {
    const meth = t.lookup(name);
    if (meth instanceof PyFunction || meth instanceof PyMethodDescriptor) {
      const d = obj instanceof PyObj ? obj.dict : null;
      if (surelyAbsent(d, name)) {
        if (kind === K.METHOD) c.spillLoad();
        c.kind = K.METHOD;
        c.type = t;
        c.version = t.version;
        c.value = meth;
        c.dv = d === null ? -1 : d.keysVersion;
        methodSelf.self = obj;
        return meth;
      }
    }
  }
  const v = getAttr(obj, name);
  methodSelf.self = undefined;
  learnLoad(c, obj, name);
  if (c.kind === K.GENERIC) c.kind = K.NONE;
  return v;
}

/** The uncached form of lookupMethod. */
function methodSlow(obj: PyObject, name: string): PyObject {
  const t = typeOf(obj);
  if (genericAttrType(t)) {
    const meth = t.lookup(name);
    if ((meth instanceof PyFunction || meth instanceof PyMethodDescriptor) &&
        (!(obj instanceof PyObj) || surelyAbsent(obj.dict, name))) {
      methodSelf.self = obj;
      return meth;
    }
  }
  const v = getAttr(obj, name);
  methodSelf.self = undefined;
  return v;
}
