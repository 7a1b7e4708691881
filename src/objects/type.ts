// `type` objects: name, bases, C3 MRO, the type's own namespace (a PyDict), the native slot
// table, and a per-type attribute cache keyed by name, invalidated (for the type and all its
// subclasses) whenever a namespace on the MRO changes (`typeModified`), like CPython's
// type version tags.

import { PyObj, type PyObject } from './object.js';
import { PyDict } from './dict.js';
import { SlotTable, type Slots } from './slots.js';

let typeType: PyType;
let versionCounter = 0;

export class PyType extends PyObj {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** The type's own namespace (its __dict__). */
  declare dict: PyDict;
  slots: Slots = new SlotTable();
  /** Allocates an instance's native layout for `cls` (this type or a subclass); set by builtins. */
  alloc: ((cls: PyType) => PyObj) | null = null;
  /** Defined by a class statement (or type(name, bases, ns)) rather than natively. */
  isHeapType = false;
  /** A heap type standing for a C type: `name` is its dotted tp_name (_dyad_type.set_tp_name). */
  dottedName = false;
  /** A builtin type itself (not a subclass): lets fast paths skip dunder lookups. */
  isExactBuiltin = false;
  /**
   * A native type whose item access is a mapping subscript only (CPython: mp_subscript without
   * sq_item, as types.UnionType and re.Match): having __getitem__ does not make it iterable.
   */
  subscriptOnly = false;
  /** Instances get a __dict__. */
  hasInstanceDict = false;
  /** Entries of an instance's __slots__ value array (its own members and its bases'; class-create.ts). */
  slotCount = 0;
  /** Cannot be subclassed (bool, NoneType, function, ...). */
  finalType = false;
  subclasses: PyType[] = [];
  /** Changes whenever this type's attribute lookup could answer differently. */
  version = ++versionCounter;
  /** typeCall's cache of the native __new__ it may call directly (class-create.ts): valid while `version` is. */
  newCacheVersion = -1;
  newCacheImpl: unknown = null;
  /** typeCall's cache of what calling the class does (class-create.ts CallKind): valid while `version` is. */
  callCacheVersion = -1;
  callCacheKind = 0;
  callCacheNew: unknown = null;
  callCacheInit: PyObject | undefined = undefined;
  /**
   * Calling exactly this builtin type (its own __new__ and __init__) in one step, for the
   * argument shapes it handles (undefined: the general path); set by the type's installer.
   */
  exactCall: ((args: PyObject[], kwnames: string[] | null) => PyObject | undefined) | null = null;
  /** lookup() results by name; null records "not on the MRO" (one Map probe either way). */
  private cache = new Map<string, PyObject | null>();

  constructor(metatype: PyType | null, name: string, bases: PyType[], dict: PyDict) {
    super(metatype ?? typeType, dict);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    for (const b of bases) b.subclasses.push(this);
  }

  /**
   * The type's __qualname__: a heap type's own, a builtin type's tp_name after its last dot
   * ('deque' for collections.deque); what its methods' __qualname__ and messages start with.
   */
  get shownQualname(): string {
    if (this.isHeapType) return this.qualname;
    const i = this.name.lastIndexOf('.');
    return i < 0 ? this.name : this.name.slice(i + 1);
  }

  /** Looks `name` up along the MRO (CPython's _PyType_Lookup): no descriptors invoked. */
  lookup(name: string): PyObject | undefined {
    const c = this.cache.get(name);
    if (c !== undefined) return c === null ? undefined : c;
    return this.lookupUncached(name);
  }

  private lookupUncached(name: string): PyObject | undefined {
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
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Called after the type's namespace (or bases) changed. */
  modified(): void {
    this.cache.clear();
    this.version = ++versionCounter;
    for (const s of this.subclasses) s.modified();
  }

  /**
   * Called after only the binding of `name` in this type's namespace changed (type.__setattr__
   * / __delattr__ of a plain attribute: `Counter.count += 1`): a new version, as `modified`,
   * but the lookup caches lose only that name, so the class's methods and dunders stay cached.
   */
  modifiedName(name: string): void {
    // (Bound in this type's own namespace now: that is what its lookup finds first.)
    const own = this.dict.getStr(name);
    if (own !== undefined) this.cache.set(name, own);
    else this.cache.delete(name);
    this.version = ++versionCounter;
    for (const s of this.subclasses) s.subclassModifiedName(name);
  }

  /** A base's binding of `name` changed: this type's lookup of it is done again. */
  private subclassModifiedName(name: string): void {
    this.cache.delete(name);
    this.version = ++versionCounter;
    for (const s of this.subclasses) s.subclassModifiedName(name);
  }
}

/** Called once by the bootstrap to tie the knot: `type(type) is type`. */
export function setTypeType(t: PyType): void {
  typeType = t;
  t.cls = t;
}

export function getTypeType(): PyType {
  return typeType;
}

/** After c3Mro returned null: the heads of the lists left unmerged (for the error message). */
export let mroConflictHeads: PyType[] = [];

/** C3 linearisation; null when the bases admit no consistent order. */
export function c3Mro(cls: PyType): PyType[] | null {
  // One base: the merge is that base's MRO.
  if (cls.bases.length === 1) {
    const bm = cls.bases[0].mro;
    const out: PyType[] = [cls];
    for (let i = 0; i < bm.length; i++) out.push(bm[i]);
    return out;
  }
  const seqs: PyType[][] = cls.bases.map((b) => b.mro.slice());
  seqs.push(cls.bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | null = null;
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
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}
