// `type` objects: name, bases, C3 MRO, the type's own namespace (a PyDict), the native slot
// table, and a per-type attribute cache keyed by name, invalidated (for the type and all its
// subclasses) whenever a namespace on the MRO changes (`typeModified`), like CPython's
// type version tags.
import { PyObj } from './object.js';
let typeType;
let versionCounter = 0;
export class PyType extends PyObj {
    constructor(metatype, name, bases, dict) {
        super(metatype ?? typeType, dict);
        this.mro = [];
        this.slots = {};
        /** Allocates an instance's native layout for `cls` (this type or a subclass); set by builtins. */
        this.alloc = null;
        /** Defined by a class statement (or type(name, bases, ns)) rather than natively. */
        this.isHeapType = false;
        /** A builtin type itself (not a subclass): lets fast paths skip dunder lookups. */
        this.isExactBuiltin = false;
        /** Instances get a __dict__. */
        this.hasInstanceDict = false;
        /** Cannot be subclassed (bool, NoneType, function, ...). */
        this.finalType = false;
        this.subclasses = [];
        /** Changes whenever this type's attribute lookup could answer differently. */
        this.version = ++versionCounter;
        /** typeCall's cache of the native __new__ it may call directly (class-create.ts): valid while `version` is. */
        this.newCacheVersion = -1;
        this.newCacheImpl = null;
        /** lookup() results by name; null records "not on the MRO" (one Map probe either way). */
        this.cache = new Map();
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        for (const b of bases)
            b.subclasses.push(this);
    }
    /** Looks `name` up along the MRO (CPython's _PyType_Lookup): no descriptors invoked. */
    lookup(name) {
        const c = this.cache.get(name);
        if (c !== undefined)
            return c === null ? undefined : c;
        return this.lookupUncached(name);
    }
    lookupUncached(name) {
        const mro = this.mro;
        for (let i = 0; i < mro.length; i++) {
            const v = mro[i].dict.getStr(name);
            if (v !== undefined) {
                this.cache.set(name, v);
                return v;
            }
        }
        this.cache.set(name, null);
        return undefined;
    }
    /** Is `this` a subtype of `other` (via the MRO)? */
    isSubtype(other) {
        if (this === other)
            return true;
        const mro = this.mro;
        for (let i = 0; i < mro.length; i++)
            if (mro[i] === other)
                return true;
        return false;
    }
    /** Called after the type's namespace (or bases) changed. */
    modified() {
        this.cache.clear();
        this.version = ++versionCounter;
        for (const s of this.subclasses)
            s.modified();
    }
}
/** Called once by the bootstrap to tie the knot: `type(type) is type`. */
export function setTypeType(t) {
    typeType = t;
    t.cls = t;
}
export function getTypeType() {
    return typeType;
}
/** After c3Mro returned null: the heads of the lists left unmerged (for the error message). */
export let mroConflictHeads = [];
/** C3 linearisation; null when the bases admit no consistent order. */
export function c3Mro(cls) {
    const seqs = cls.bases.map((b) => b.mro.slice());
    seqs.push(cls.bases.slice());
    const out = [cls];
    for (;;) {
        const nonEmpty = seqs.filter((s) => s.length > 0);
        if (nonEmpty.length === 0)
            return out;
        let head = null;
        for (const s of nonEmpty) {
            const cand = s[0];
            if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
                head = cand;
                break;
            }
        }
        if (head === null) {
            mroConflictHeads = [...new Set(nonEmpty.map((s) => s[0]))];
            return null;
        }
        out.push(head);
        for (const s of nonEmpty)
            if (s[0] === head)
                s.shift();
    }
}
//# sourceMappingURL=type.js.map