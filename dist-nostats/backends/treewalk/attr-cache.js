// Inline caches for attribute access, one `AttrCache` per Attribute node (`ac`, made on first
// use): what the last lookup of `obj.name` at that node found, guarded by the receiver's type
// and that type's version tag (PyType.version changes whenever a lookup on the type could answer
// differently, including slot changes such as a new __getattribute__ or __setattr__), and for
// instance-dict entries by the entry position (a dict entry at a position holds the same key
// until the dict's keys change). A guard that fails falls back to the shared protocol and
// re-learns; after MAX_MISSES the node stays on the protocol. CPython 3.11's LOAD_ATTR /
// STORE_ATTR / LOAD_METHOD specialisations, on AST nodes instead of bytecode.
import { PyObj } from '../../src/objects/object.js';
import { PyType as PyTypeClass } from '../../src/objects/type.js';
import { PyFunction } from '../../src/objects/function.js';
import { PyMethodDescriptor } from '../../src/objects/native.js';
import { T } from '../../src/objects/types.js';
import { typeOf, getAttr, setAttr } from '../../src/objects/protocol.js';
import { genericGetAttr, genericSetAttr } from '../../src/objects/generic-attr.js';
import { PyModule } from '../../src/runtime/module.js';
const MAX_MISSES = 8;
export class AttrCache {
    constructor() {
        this.kind = 0 /* K.NONE */;
        this.type = null;
        this.version = 0;
        this.index = 0;
        this.value = undefined;
        /** INSTANCE: keysVersion of the dict `index` was learnt from; others: of an instance dict seen without the name (shadowing check). */
        this.dv = -1;
        this.misses = 0;
        // The store side (assignment targets, augmented assignment).
        this.skind = 0 /* K.NONE */;
        this.stype = null;
        this.sversion = 0;
        this.sindex = 0;
        /** keysVersion of the instance dict the store position was learnt from. */
        this.skv = -1;
        this.smisses = 0;
    }
}
/** The cache of an Attribute node (made on first use). */
export function attrCacheOf(n) {
    const e = n;
    let c = e.ac;
    if (c === undefined)
        c = e.ac = new AttrCache();
    return c;
}
function genericAttrType(t) {
    const ga = t.slots.getattro;
    return ga === genericGetAttr || ga === T.object.slots.getattro;
}
/** Does the instance `obj` (of a generic-attribute type) have no dict entry `name`? */
function notShadowed(c, obj, name) {
    if (!(obj instanceof PyObj))
        return true;
    const d = obj.dict;
    if (d === null || d.keysVersion === c.dv)
        return true;
    if (d.getStr(name) !== undefined)
        return false;
    c.dv = d.keysVersion;
    return true;
}
/** `obj.name` through the node's cache. */
export function loadAttr(c, obj, name) {
    switch (c.kind) {
        case 1 /* K.INSTANCE */:
            if (obj instanceof PyObj && obj.cls === c.type && c.type.version === c.version) {
                const d = obj.dict;
                // The same key layout (instances that added the same attributes in the same order
                // share it), else the same key at the cached position.
                if (d !== null && (d.keysVersion === c.dv || d.keys[c.index] === name))
                    return d.values[c.index];
            }
            break;
        case 5 /* K.MODULE */:
            if (obj instanceof PyModule && obj.dict.keysVersion === c.version)
                return obj.dict.values[c.index];
            break;
        case 3 /* K.DATA_DESCR */:
            if (obj instanceof PyObj && obj.cls === c.type && obj.cls.version === c.version) {
                const d = c.value;
                return typeOf(d).slots.descrGet(d, obj, obj.cls);
            }
            break;
        case 2 /* K.CLASS_VALUE */:
        case 4 /* K.NONDATA_DESCR */: {
            const t = typeOf(obj);
            if (t === c.type && t.version === c.version && notShadowed(c, obj, name)) {
                const d = c.value;
                return c.kind === 2 /* K.CLASS_VALUE */ ? d : typeOf(d).slots.descrGet(d, obj, t);
            }
            break;
        }
        case 6 /* K.TYPE_VALUE */:
            if (obj === c.type && obj.version === c.version)
                return c.value;
            break;
        case 8 /* K.GENERIC */:
            return getAttr(obj, name);
    }
    return loadMiss(c, obj, name);
}
function loadMiss(c, obj, name) {
    const v = getAttr(obj, name);
    if (++c.misses > MAX_MISSES)
        c.kind = 8 /* K.GENERIC */;
    else
        learnLoad(c, obj, name);
    return v;
}
/** Learns how `obj.name` is found (after a successful protocol lookup). */
function learnLoad(c, obj, name) {
    c.kind = 8 /* K.GENERIC */;
    c.value = undefined;
    if (obj instanceof PyModule) {
        if (obj.cls !== T.module || T.module.lookup(name) !== undefined)
            return;
        const idx = obj.dict.fast.get(name);
        if (idx === undefined || obj.dict.keys[idx] !== name)
            return;
        c.kind = 5 /* K.MODULE */;
        c.version = obj.dict.keysVersion;
        c.index = idx;
        return;
    }
    if (obj instanceof PyTypeClass) {
        const meta = obj.cls;
        if (meta !== T.type)
            return;
        const metaAttr = meta.lookup(name);
        if (metaAttr !== undefined && typeOf(metaAttr).slots.descrSet !== undefined)
            return;
        const attr = obj.lookup(name);
        if (attr === undefined || typeOf(attr).slots.descrGet !== undefined)
            return;
        c.kind = 6 /* K.TYPE_VALUE */;
        c.type = obj;
        c.version = obj.version;
        c.value = attr;
        return;
    }
    const t = typeOf(obj);
    if (!genericAttrType(t))
        return;
    const descr = t.lookup(name);
    const get = descr === undefined ? undefined : typeOf(descr).slots.descrGet;
    if (descr !== undefined && get !== undefined && typeOf(descr).slots.descrSet !== undefined) {
        c.kind = 3 /* K.DATA_DESCR */;
        c.type = t;
        c.version = t.version;
        c.value = descr;
        return;
    }
    const d = obj instanceof PyObj ? obj.dict : null;
    if (d !== null) {
        const idx = d.fast.get(name);
        if (idx !== undefined && d.keys[idx] === name) {
            c.kind = 1 /* K.INSTANCE */;
            c.type = t;
            c.version = t.version;
            c.index = idx;
            c.dv = d.keysVersion;
            return;
        }
    }
    if (descr === undefined)
        return;
    c.kind = get === undefined ? 2 /* K.CLASS_VALUE */ : 4 /* K.NONDATA_DESCR */;
    c.type = t;
    c.version = t.version;
    c.value = descr;
    c.dv = d === null ? -1 : d.keysVersion;
}
/** `obj.name = v` through the node's cache. */
export function storeAttr(c, obj, name, v) {
    if (c.skind === 1 /* K.INSTANCE */ && obj instanceof PyObj && obj.cls === c.stype && c.stype.version === c.sversion) {
        // The type version says no data descriptor or __setattr__ intervenes.
        const d = obj.dict;
        if (d !== null) {
            const i = c.sindex;
            if (d.keysVersion === c.skv || d.keys[i] === name)
                d.values[i] = v;
            else
                d.setStr(name, v);
            return;
        }
    }
    setAttr(obj, name, v);
    if (c.skind !== 8 /* K.GENERIC */)
        learnStore(c, obj, name);
}
function learnStore(c, obj, name) {
    c.skind = 8 /* K.GENERIC */;
    if (++c.smisses > MAX_MISSES)
        return;
    if (!(obj instanceof PyObj) || obj instanceof PyTypeClass || obj.dict === null || name === '__dict__')
        return;
    const t = obj.cls;
    const sa = t.slots.setattro;
    if (sa !== genericSetAttr && sa !== T.object.slots.setattro)
        return;
    const descr = t.lookup(name);
    if (descr !== undefined && typeOf(descr).slots.descrSet !== undefined)
        return;
    const idx = obj.dict.fast.get(name);
    if (idx === undefined || obj.dict.keys[idx] !== name)
        return;
    c.skind = 1 /* K.INSTANCE */;
    c.stype = t;
    c.sversion = t.version;
    c.sindex = idx;
    c.skv = obj.dict.keysVersion;
}
/** The `self` a method lookup (lookupMethod) wants passed, or undefined for a plain callable. */
export const methodSelf = { self: undefined };
/**
 * The callable of `obj.name(...)`: a plain function or method descriptor found on the type and
 * not shadowed by the instance (methodSelf.self = obj: no bound method is made), else the
 * attribute's value (methodSelf.self = undefined).
 */
export function lookupMethod(c, obj, name) {
    const kind = c.kind;
    if (kind === 7 /* K.METHOD */) {
        const t = typeOf(obj);
        if (t === c.type && t.version === c.version && notShadowed(c, obj, name)) {
            methodSelf.self = obj;
            return c.value;
        }
    }
    else if (kind === 8 /* K.GENERIC */) {
        return methodSlow(obj, name);
    }
    else if (kind !== 0 /* K.NONE */) {
        methodSelf.self = undefined;
        return loadAttr(c, obj, name);
    }
    if (++c.misses > MAX_MISSES) {
        c.kind = 8 /* K.GENERIC */;
        return methodSlow(obj, name);
    }
    const t = typeOf(obj);
    if (genericAttrType(t)) {
        const meth = t.lookup(name);
        if (meth instanceof PyFunction || meth instanceof PyMethodDescriptor) {
            const d = obj instanceof PyObj ? obj.dict : null;
            if (d === null || d.getStr(name) === undefined) {
                c.kind = 7 /* K.METHOD */;
                c.type = t;
                c.version = t.version;
                c.value = meth;
                c.dv = d === null ? -1 : d.keysVersion;
                methodSelf.self = obj;
                return meth;
            }
        }
    }
    methodSelf.self = undefined;
    const v = getAttr(obj, name);
    learnLoad(c, obj, name);
    if (c.kind === 8 /* K.GENERIC */)
        c.kind = 0 /* K.NONE */;
    return v;
}
/** The uncached form of lookupMethod. */
function methodSlow(obj, name) {
    const t = typeOf(obj);
    if (genericAttrType(t)) {
        const meth = t.lookup(name);
        if ((meth instanceof PyFunction || meth instanceof PyMethodDescriptor) &&
            (!(obj instanceof PyObj) || obj.dict === null || obj.dict.getStr(name) === undefined)) {
            methodSelf.self = obj;
            return meth;
        }
    }
    methodSelf.self = undefined;
    return getAttr(obj, name);
}
//# sourceMappingURL=attr-cache.js.map