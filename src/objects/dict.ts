// dict: insertion-ordered hash table with Python's key semantics (hash + __eq__), fast paths for
// str and int keys, and a keys-version tag for the VM's global caches (semantics.md §4).
//
// Layout: parallel arrays `keys`/`values` in insertion order (a deleted entry leaves `DELETED`
// in keys), plus indexes from key to entry position:
//   - for keys whose Python equality is JS equality after normalisation (str -> the string;
//     int, bool and finite floats in the safe range -> the JS number, so 1, 1.0 and True are
//     one key, as in Python): `ints`, an open-addressing table for the small integral numbers
//     (|n| < 2**30), and `fast`, a JS Map, for the strs and the other numbers. A Map probe with
//     a number key costs several times a table probe, and a growing Map much more;
//   - `slow`: hash -> entry positions, for every other key (tuples, instances, bigints, ...),
//     compared by identity then __eq__.
// Instances of int/str/float subclasses that keep the base's __eq__/__hash__ use the fast index
// under their value. A key with its own __eq__ (a user class, Fraction, ...) that equals an
// int key is found across the two indexes (`mixedEquality`); one that equals a str key is not.
// `keysVersion` changes whenever a key is added or removed, or entries move; a value rebinding
// does not change it (a cache holding an entry position sees the new value at once).
//
// Key-sharing (instance __dict__s, CPython's split-keys dicts): a dict made by
// `newSharedDict()` starts on the empty `DictShape` and, while it only gains str keys (no
// deletes, at most MAX_SHAPE_KEYS), its `keys` and `fast` ARE its shape's (shared, never
// mutated); only `values` is its own. Adding a key moves it to the child shape. Any other
// change (a delete, a non-str key, clear, popitem, too many keys) first gives the dict private
// copies ("unshares"). A dict's `keysVersion` identifies its exact key layout: a shared dict's
// keysVersion is its shape's id, so every instance whose __dict__ added the same attributes in
// the same order has the same keysVersion, and a cache keyed by (keysVersion, entry index) holds
// for all of them. Versions are never reused between distinct layouts.

import { undefinedArray } from './packed-array.js';
import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { hashOf, richEqBool } from './protocol.js';
import { PyFloat } from './float.js';
import { T } from './types.js';
import { hashFloat, foldHash } from './hash.js';
import { PyTuple } from './tuple.js';
import { tupleHashKeyOf } from './tuple-type.js';

export const DELETED: unique symbol = Symbol('deleted');
type Key = PyObject | typeof DELETED;

let dictType: PyType;
/** Called once by the bootstrap, when the `dict` type exists. */
export function setDictType(t: PyType): void {
  dictType = t;
}

let versionCounter = 0;

/** A float value's fast-index key (finite, in the safe range), else undefined. */
function floatKey(v: number): number | undefined {
  if (v === v && v >= -Number.MAX_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER) return v === 0 ? 0 : v;
  return undefined;
}

/** Per dict: the str/float fast keys by folded hash, for the keys array `keys` up to `scanned`. */
interface HashedFastIndex {
  keys: Key[];
  scanned: number;
  byHash: Map<number, number[]>;
}
const hashedFastIndexes = new WeakMap<PyDict, HashedFastIndex>();

/**
 * The hash index of a dict's str and float fast keys. Keys are only appended to a keys array
 * (a deleted one is marked DELETED in place; compaction and clear() make a new array), so the
 * index is extended from where it stopped, and rebuilt only for a new array.
 */
function hashedFastIndex(d: PyDict): Map<number, number[]> {
  let found = hashedFastIndexes.get(d);
  if (found === undefined || found.keys !== d.keys) {
    found = { keys: d.keys, scanned: 0, byHash: new Map() };
    hashedFastIndexes.set(d, found);
  }
  const x = found;
  const keys = d.keys;
  for (let i = x.scanned; i < keys.length; i++) {
    const k = keys[i];
    if (k === DELETED) continue;
    const fk = fastKey(k);
    // Integer keys are found from their hash directly (findFastByHash).
    if (fk === undefined || (typeof fk === 'number' && Number.isInteger(fk))) continue;
    const sk = foldHash(fastHash(fk, k));
    const b = x.byHash.get(sk);
    if (b === undefined) x.byHash.set(sk, [i]);
    else b.push(i);
  }
  x.scanned = keys.length;
  return x.byHash;
}

/**
 * The fast-index key of a Python key, or undefined when it needs the hashed path. Instances of
 * int/str/float subclasses that keep the base type's __eq__ and __hash__ are their value.
 */
function fastKey(k: PyObject): string | number | undefined {
  switch (typeof k) {
    case 'string': return k;
    case 'number': return k;
    case 'boolean': return k ? 1 : 0;
    case 'bigint': return undefined;
  }
  const c = k.cls;
  if (k instanceof PyFloat) {
    if (c.isExactBuiltin || sameEquality(c, T.float)) return floatKey(k.value);
    return undefined;
  }
  if (c === T.complex || (!c.isExactBuiltin && sameEquality(c, T.complex))) {
    // A complex with no imaginary part equals (and hashes as) its real part: 0j finds 0.
    const z = k as unknown as { re: number; im: number };
    return z.im === 0 ? floatKey(z.re) : undefined;
  }
  if (c.isExactBuiltin) return undefined;
  const v = (k as unknown as { value?: unknown }).value;
  switch (typeof v) {
    case 'string': return sameEquality(c, T.str) ? v : undefined;
    case 'number': return sameEquality(c, T.int) ? v : undefined;
  }
  return undefined;
}

/** Does `c` (a subclass of `base`) compare and hash exactly like `base`? */
function sameEquality(c: PyType, base: PyType | undefined): boolean {
  return base !== undefined && c.isSubtype(base) && c.slots.hash === base.slots.hash && c.slots.richcompare === base.slots.richcompare;
}

/**
 * Could a slow-index key equal some fast-index key (a user class with its own __eq__, a
 * subclass of int/str/float with overridden equality)? Tuples, frozensets, bigints, None and
 * the like cannot.
 */
function mayEqualFast(k: PyObject): boolean {
  return k instanceof PyObj && !k.cls.isExactBuiltin;
}

/** hash() of a fast-index key (only needed when the dict mixes in custom-equality keys). */
function fastHash(fk: string | number, key: PyObject): number | bigint {
  if (typeof fk === 'number') {
    if (Number.isInteger(fk)) return fk === -1 ? -2 : fk;
    return hashFloat(fk);
  }
  return hashOf(typeof key === 'string' ? key : fk);
}

/**
 * Two exact tuples of the same items (by identity: equal, as tuple comparison takes identical
 * items as equal without calling __eq__): the common tuple-key hit, without the comparison
 * protocol.
 */
function sameTupleItems(a: PyObject | typeof DELETED, b: PyObject): boolean {
  if (!(a instanceof PyTuple && b instanceof PyTuple && a.cls === T.tuple && b.cls === T.tuple)) return false;
  const x = a.items;
  const y = b.items;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The hashed-index key of a slow-index key: foldHash(hash(key)). */
function slowKey(k: PyObject): number {
  if (k instanceof PyTuple && k.cls === T.tuple) return tupleHashKeyOf(k);
  return foldHash(hashOf(k));
}

/**
 * Looks up the small-int fast key `fk` in an `ints` table over `keys`: its entry (>= 0), or
 * -1 - the free slot where its probe ended.
 */
function probeInt(tab: number[], keys: Key[], fk: number): number {
  const size = tab.length - 1;
  const mask = size - 1;
  let h = Math.imul(fk, 0x9e3779b1) >>> (Math.clz32(size) + 1);
  for (;;) {
    const e = tab[h];
    if (e < 0) return -1 - h;
    const k = keys[e];
    // A slot may point past the end (popitem dropped the entry) or at a DELETED key.
    if (k === fk || (typeof k === 'object' && fastKey(k) === fk) || (typeof k === 'boolean' && (k ? 1 : 0) === fk)) return e;
    h = (h + 1) & mask;
  }
}

/** Is a fast-index key a small integral number, kept in the `ints` table? */
function isSmallInt(fk: string | number): fk is number {
  return typeof fk === 'number' && (fk | 0) === fk && fk >= -0x40000000 && fk < 0x40000000;
}

// Empty `ints` tables (all -1, then a 0 fill count) by log2 of their size: slicing a packed array of small ints is
// several times cheaper than allocating a typed array or filling a new one.
const INT_TABLES: number[][] = [];
function emptyIntTable(log2: number): number[] {
  let t = INT_TABLES[log2];
  if (t === undefined) {
    t = INT_TABLES[log2] = new Array<number>((1 << log2) + 1).fill(-1);
    t[1 << log2] = 0;
  }
  return t.slice();
}

/** Dicts with more keys than this leave key-sharing (see the header). */
const MAX_SHAPE_KEYS = 64;

/**
 * A shared key layout: the str keys, in insertion order, of every key-sharing dict that added
 * exactly these keys in this order. Immutable; `id` is a keysVersion no other layout has.
 */
export class DictShape {
  declare id: number;
  declare keys: Key[];
  declare fast: Map<string | number, number>;
  /** Transitions: the shape after adding one more key. */
  declare next: Map<string, DictShape> | null;
  /** The one-key shape this one descends from (itself for a one-key shape; null for EMPTY). */
  declare head: DictShape | null;
  /**
   * On a one-key shape: the most keys a dict that started with it has reached, so the next
   * such dict allocates its values array at that size at once (not a first push's 17 slots).
   */
  declare hint: number;
  /**
   * A dict display's layout (literalShape): a key added to such a dict unshares it instead of
   * growing a tree of layouts (a display is often the start of a dict that gains keys freely).
   */
  declare sealed: boolean;
  constructor(keys: Key[], fast: Map<string | number, number>, head: DictShape | null) {
    this.id = ++versionCounter;
    this.keys = keys;
    this.fast = fast;
    this.next = null;
    this.head = head;
    this.hint = 1;
    this.sealed = false;
  }

  /**
   * The shape with `key` appended, or null past MAX_SHAPE_KEYS or from a sealed shape (but for
   * a display's layout being made: `literal`).
   */
  child(key: string, literal = false): DictShape | null {
    if (this.sealed && !literal) return null;
    let next = this.next;
    if (next === null) next = this.next = new Map();
    else {
      const c = next.get(key);
      if (c !== undefined) return c;
    }
    const n = this.keys.length;
    if (n >= MAX_SHAPE_KEYS) return null;
    const keys = this.keys.slice();
    keys.push(key);
    const fast = new Map(this.fast);
    fast.set(key, n);
    const c = new DictShape(keys, fast, this.head);
    if (c.head === null) c.head = c;
    next.set(key, c);
    return c;
  }
}

/** PyDict.limit of a dict whose deletions (if any) need no resize model: past any real size. */
const UNTRACKED = 0x3fffffff;

/**
 * The entries a table made for `minsize` keys holds before the next resize (CPython 3.11's
 * calculate_log2_keysize, then USABLE_FRACTION: two thirds of the table size).
 */
function usableOf(minsize: number): number {
  const size = 2 ** (32 - Math.clz32(((minsize | 8) - 1) | 7));
  return Math.floor((size * 2) / 3);
}

/** PyDict.limit of a dict that got its `n` entries by adding keys to an empty dict. */
function grownLimit(n: number): number {
  let limit = 0;
  while (limit < n) limit = usableOf(limit * 3);
  return limit;
}

/** The empty layout every key-sharing dict starts from. */
export const EMPTY_SHAPE = new DictShape([], new Map(), null);

/** A new instance's values array for `n` attributes (packed), with `first` in place. */
function valuesFor(first: PyObject, n: number): PyObject[] {
  const v = undefinedArray(n);
  v[0] = first;
  return v;
}

export class PyDict extends PyObj {
  declare keys: Key[];
  declare values: PyObject[];
  declare fast: Map<string | number, number>;
  /**
   * The small-int index (null until the first such key): `size` (a power of two) slots, then
   * the count of slots in use (one field, not three: every instance __dict__ carries them).
   * Linear probing from the Fibonacci hash of the key; a slot holds an entry position, -1 when
   * empty. A deleted entry's slot keeps pointing at its DELETED key, so it stays a tombstone
   * until the next rebuild.
   */
  declare ints: number[] | null;
  /**
   * The hashed index, keyed by foldHash(hash(key)) (slowKey): the entry position, or the
   * positions when several keys share the folded hash (a number for the common single entry:
   * no array per key).
   */
  declare slow: Map<number, number | number[]> | null;
  declare size: number;
  declare keysVersion: number;
  /** Some slow-index key may equal a fast-index key (see mayEqualFast). */
  declare mixedEquality: boolean;
  /** The shared layout while key-sharing (then keys === shape.keys, fast === shape.fast), else null. */
  declare shape: DictShape | null;
  /**
   * CPython's table capacity, as the entry count (live and deleted) past which adding a key
   * resizes, which drops deleted entries (USABLE_FRACTION of the table size); UNTRACKED while
   * no key was deleted since the dict was empty, when it follows from growth alone
   * (grownLimit). Where entries move on a resize decides what an iterator over a dict mutated
   * within its size sees next, so entries move exactly there (and not on delete).
   */
  declare limit: number;

  constructor(cls?: PyType, shape?: DictShape) {
    super(cls ?? dictType, null);
    if (shape === undefined) {
      this.keys = [];
      this.values = [];
      this.fast = new Map();
      this.ints = null;
      this.slow = null;
      this.size = 0;
      this.keysVersion = ++versionCounter;
      this.mixedEquality = false;
      this.shape = null;
      this.limit = UNTRACKED;
    } else {
      this.keys = shape.keys;
      this.values = [];
      this.fast = shape.fast;
      this.ints = null;
      this.slow = null;
      this.size = 0;
      this.keysVersion = shape.id;
      this.mixedEquality = false;
      this.shape = shape;
      this.limit = UNTRACKED;
    }
  }

  /** Leaves key-sharing: private copies of the keys and index (the layout, so keysVersion, is unchanged). */
  unshare(): void {
    const s = this.shape;
    if (s === null) return;
    // A key-sharing dict's values may have room past its keys (DictShape.hint).
    if (this.values.length > this.size) this.values.length = this.size;
    const keys = (this.keys = s.keys.slice());
    // (Set by set from the keys: a shape's keys are strs at their positions, and new Map(map)
    // costs V8 ~1.5x as much.)
    const fast = (this.fast = new Map());
    for (let i = 0; i < keys.length; i++) fast.set(keys[i] as string, i);
    this.shape = null;
  }

  /** Appends a new str key to a key-sharing dict (the key is known to be absent). */
  private addShared(key: string, value: PyObject): void {
    const c = this.shape!.child(key);
    if (c === null) {
      this.unshare();
      this.fast.set(key, this.keys.length);
      this.keys.push(key);
      this.keysVersion = ++versionCounter;
      this.values.push(value);
      this.size++;
      if (this.keys.length > this.limit) this.resize();
    } else this.appendShared(c, value);
  }

  /**
   * Appends to a key-sharing dict the key that takes its layout to `c`, a child of its shape
   * (`shape.child(key)`, known; compiled attribute stores remember the transition).
   */
  appendShared(c: DictShape, value: PyObject): void {
    this.shape = c;
    this.keys = c.keys;
    this.fast = c.fast;
    this.keysVersion = c.id;
    const head = c.head!;
    const n = this.size;
    if (n < this.values.length) {
      this.values[n] = value;
      this.size = n + 1;
      if (n >= head.hint) head.hint = n + 1;
      return;
    }
    if (n === 0 && head.hint > 1) {
      this.values = valuesFor(value, head.hint);
      this.size = 1;
      return;
    }
    if (n >= head.hint) head.hint = n + 1;
    this.values.push(value);
    this.size++;
  }


  /** The entry position of `key`, or -1. */
  find(key: PyObject): number {
    const fk = fastKey(key);
    if (fk !== undefined) {
      const i = this.findFast(fk);
      if (i >= 0 || !this.mixedEquality) return i;
      return this.findSlow(key, foldHash(fastHash(fk, key)));
    }
    if (key instanceof PyTuple && key.cls === T.tuple) return this.findSlow(key, tupleHashKeyOf(key));
    const h = hashOf(key);
    const i = this.findSlow(key, foldHash(h));
    if (i >= 0 || !mayEqualFast(key) || (this.fast.size === 0 && this.ints === null)) return i;
    return this.findFastByHash(key, h);
  }

  /** The entry of a fast-index key, or -1. */
  private findFast(fk: string | number): number {
    if (typeof fk === 'number' && isSmallInt(fk)) return this.findInt(fk);
    const i = this.fast.get(fk);
    return i === undefined ? -1 : i;
  }

  /** The entry of a small-int fast key in the `ints` table, or -1. */
  private findInt(fk: number): number {
    const tab = this.ints;
    if (tab === null) return -1;
    const e = probeInt(tab, this.keys, fk);
    return e >= 0 ? e : -1;
  }

  /** Indexes entry `e`, whose small-int fast key `fk` is not in the table yet. */
  private insertInt(fk: number, e: number): void {
    let tab = this.ints;
    if (tab === null || (tab[tab.length - 1] + 1) * 2 > tab.length - 1) tab = this.rebuildInts(1);
    const size = tab.length - 1;
    const mask = size - 1;
    let h = Math.imul(fk, 0x9e3779b1) >>> (Math.clz32(size) + 1);
    while (tab[h] >= 0) h = (h + 1) & mask;
    tab[h] = e;
    tab[size]++;
  }

  /** A fresh `ints` table for the live small-int keys, with room for `extra` more. */
  private rebuildInts(extra: number): number[] {
    const keys = this.keys;
    const old = this.ints;
    // (The old table's fill count, the entries it indexes, bounds the live small-int keys: at
    // most a few deleted ones more, which only make the new table roomier.)
    const most = old === null ? 0 : old[old.length - 1];
    let log2 = 3;
    while ((most + extra) * 3 > 1 << log2) log2++;
    const tab = emptyIntTable(log2);
    const shift = 32 - log2;
    const mask = (1 << log2) - 1;
    let live = 0;
    if (most > 0) {
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === DELETED) continue;
        const fk = typeof k === 'number' ? k : fastKey(k);
        if (fk === undefined || !isSmallInt(fk)) continue;
        let h = Math.imul(fk, 0x9e3779b1) >>> shift;
        while (tab[h] >= 0) h = (h + 1) & mask;
        tab[h] = i;
        live++;
      }
    }
    tab[1 << log2] = live;
    this.ints = tab;
    return tab;
  }

  /** The entry of `key` in the hashed index; `h` is its slowKey. */
  private findSlow(key: PyObject, h: number): number {
    if (this.slow === null) return -1;
    const bucket = this.slow.get(h);
    if (bucket === undefined) return -1;
    const many = typeof bucket !== 'number';
    const count = many ? bucket.length : 1;
    for (let j = 0; j < count; j++) {
      const i = many ? bucket[j] : bucket;
      const k = this.keys[i];
      if (k === key || sameTupleItems(k, key)) return i;
      if (k === DELETED) continue;
      const version = this.keysVersion;
      const eq = richEqBool(k, key);
      // __eq__ may have mutated the dict (even when it answers False): the bucket and the
      // positions read before it are then stale, so the lookup starts again.
      if (this.keysVersion !== version || this.keys[i] !== k) return this.findSlow(key, h);
      if (eq) return i;
    }
    return -1;
  }

  /**
   * A fast-index key equal to a custom-equality `key` with hash `h`: only ints can be found
   * from their hash (an int in the safe range hashes to itself; -1 hashes to -2).
   */
  private findFastByHash(key: PyObject, h: number | bigint): number {
    if (typeof h === 'number' && Number.isSafeInteger(h)) {
      const cands = h === -2 ? [-2, -1] : [h];
      for (const c of cands) {
        const i = this.findFast(c);
        if (i < 0) continue;
        const k = this.keys[i];
        if (k !== DELETED && richEqBool(k, key) && this.keys[i] === k) return i;
      }
    }
    return this.fast.size === 0 ? -1 : this.findHashedFast(key, h);
  }

  /**
   * A str or float fast key equal to a custom-equality `key` with hash `h` (an object hashing
   * and comparing like a str): found through a hash index of those keys, built on the first
   * such lookup and extended as keys are appended (see hashedFastIndex).
   */
  private findHashedFast(key: PyObject, h: number | bigint): number {
    const bucket = hashedFastIndex(this).get(foldHash(h));
    if (bucket === undefined) return -1;
    for (const i of bucket) {
      const k = this.keys[i];
      if (k === DELETED) continue;
      const version = this.keysVersion;
      const eq = richEqBool(k, key);
      if (this.keysVersion !== version || this.keys[i] !== k) return this.findFastByHash(key, h);
      if (eq) return i;
    }
    return -1;
  }

  get(key: PyObject): PyObject | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** Fast path for str keys (namespaces, instance attributes, keyword arguments). */
  getStr(key: string): PyObject | undefined {
    const i = this.fast.get(key);
    if (i !== undefined) return this.values[i];
    return this.mixedEquality ? this.get(key) : undefined;
  }

  set(key: PyObject, value: PyObject): void {
    // A small int into a dict of private keys (the common `d[i] = v`, counting, a dict
    // comprehension over ints): one probe of the `ints` table finds its entry or the slot a new
    // entry goes in.
    const tab = this.ints;
    if (typeof key === 'number' && tab !== null && this.shape === null && !this.mixedEquality && isSmallInt(key)) {
      const keys = this.keys;
      const e = probeInt(tab, keys, key);
      if (e >= 0) {
        this.values[e] = value;
        return;
      }
      const size = tab.length - 1;
      if ((tab[size] + 1) * 2 <= size) {
        tab[-e - 1] = keys.length;
        tab[size]++;
        keys.push(key);
        this.values.push(value);
        this.size++;
        this.keysVersion = ++versionCounter;
        if (keys.length > this.limit) this.resize();
        return;
      }
    }
    const fk = fastKey(key);
    if (fk !== undefined) {
      const i = this.findFast(fk);
      if (i >= 0) {
        this.values[i] = value;
        return;
      }
      if (this.mixedEquality) {
        const j = this.findSlow(key, foldHash(fastHash(fk, key)));
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      if (this.shape !== null) {
        if (typeof key === 'string') {
          this.addShared(key, value);
          return;
        }
        this.unshare();
      }
      if (typeof fk === 'number' && isSmallInt(fk)) this.insertInt(fk, this.keys.length);
      else this.fast.set(fk, this.keys.length);
    } else {
      if (this.shape !== null) this.unshare();
      let h: number | bigint;
      let sk: number;
      if (key instanceof PyTuple && key.cls === T.tuple) {
        sk = tupleHashKeyOf(key);
        h = 0; // unused: tuples are not custom-equality keys
      } else {
        h = hashOf(key);
        sk = foldHash(h);
      }
      const i = this.findSlow(key, sk);
      if (i >= 0) {
        this.values[i] = value;
        return;
      }
      const custom = mayEqualFast(key);
      if (custom && (this.fast.size > 0 || this.ints !== null)) {
        const j = this.findFastByHash(key, h);
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      this.addSlow(key, value, sk, custom);
      return;
    }
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.keysVersion = ++versionCounter;
    if (this.keys.length > this.limit) this.resize();
  }

  /** Appends a hashed-index key known to be absent (`sk` its slowKey, `custom` mayEqualFast(key)). */
  private addSlow(key: PyObject, value: PyObject, sk: number, custom: boolean): void {
    if (custom) this.mixedEquality = true;
    if (this.slow === null) this.slow = new Map();
    const bucket = this.slow.get(sk);
    if (bucket === undefined) this.slow.set(sk, this.keys.length);
    else if (typeof bucket === 'number') this.slow.set(sk, [bucket, this.keys.length]);
    else bucket.push(this.keys.length);
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.keysVersion = ++versionCounter;
    if (this.keys.length > this.limit) this.resize();
  }

  /**
   * dict.setdefault: the value of `key`, or `dflt` stored under it. A key of the hashed index
   * is hashed and compared once (a second lookup by set() would call __hash__/__eq__ again).
   */
  setDefault(key: PyObject, dflt: PyObject): PyObject {
    if (fastKey(key) !== undefined || (key instanceof PyTuple && key.cls === T.tuple)) {
      const i = this.find(key);
      if (i >= 0) return this.values[i];
      this.set(key, dflt);
      return dflt;
    }
    if (this.shape !== null) this.unshare();
    const h = hashOf(key);
    const sk = foldHash(h);
    const i = this.findSlow(key, sk);
    if (i >= 0) return this.values[i];
    const custom = mayEqualFast(key);
    if (custom && (this.fast.size > 0 || this.ints !== null)) {
      const j = this.findFastByHash(key, h);
      if (j >= 0) return this.values[j];
    }
    this.addSlow(key, dflt, sk, custom);
    return dflt;
  }

  setStr(key: string, value: PyObject): void {
    const i = this.fast.get(key);
    if (i !== undefined) {
      this.values[i] = value;
      return;
    }
    if (this.mixedEquality) {
      this.set(key, value);
      return;
    }
    if (this.shape !== null) {
      this.addShared(key, value);
      return;
    }
    this.fast.set(key, this.keys.length);
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.keysVersion = ++versionCounter;
    if (this.keys.length > this.limit) this.resize();
  }

  /** Removes `key`; returns its value, or undefined if it was not there. */
  delete(key: PyObject): PyObject | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    if (this.shape !== null) this.unshare();
    // Unindex the stored key (which may live in the other index than `key` would).
    const stored = this.keys[i] as PyObject;
    const fk = fastKey(stored);
    if (fk !== undefined) {
      // A small int's slot stays, pointing at the DELETED key: a tombstone.
      if (!isSmallInt(fk)) this.fast.delete(fk);
    } else {
      const h = slowKey(stored);
      const bucket = this.slow!.get(h)!;
      if (typeof bucket === 'number') this.slow!.delete(h);
      else {
        bucket.splice(bucket.indexOf(i), 1);
        if (bucket.length === 1) this.slow!.set(h, bucket[0]);
      }
    }
    const v = this.values[i];
    if (this.limit === UNTRACKED) this.limit = grownLimit(this.keys.length);
    this.keys[i] = DELETED;
    this.values[i] = undefined as unknown as PyObject;
    this.size--;
    this.keysVersion = ++versionCounter;
    return v;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.fast = new Map();
    this.ints = null;
    this.slow = null;
    this.size = 0;
    this.mixedEquality = false;
    this.keysVersion = ++versionCounter;
    this.shape = null;
    this.limit = UNTRACKED;
  }

  /**
   * The entry just appended went past the limit: CPython resized before adding it, to a table
   * for three times the keys there were, dropping the deleted entries.
   */
  private resize(): void {
    const limit = usableOf((this.size - 1) * 3);
    this.compact();
    this.limit = limit;
  }

  /** Drops deleted entries; positions change, so the keys-version changes too. */
  compact(): void {
    const keys = this.keys;
    const values = this.values;
    this.clear();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== DELETED) this.set(k, values[i]);
    }
  }

  /** Live entries in insertion order. */
  *entries(): IterableIterator<[PyObject, PyObject]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== DELETED) yield [k, this.values[i]];
    }
  }
}

// --- added for the dict type (dict-type.ts) ---------------------------------------------------

export interface PyDict {
  /** Removes and returns the last live entry (dict.popitem), or undefined when empty. */
  popLast(): [PyObject, PyObject] | undefined;
  /** A new dict (of `cls`, default dict) with the same entries, in order. */
  copy(cls?: PyType): PyDict;
  /** Makes this empty dict a copy of `src` (its entries, index and layout as copy() makes them). */
  becomeCopyOf(src: PyDict): void;
  /** An empty dict's table made for `n` keys to come (dict.fromkeys of a dict or set). */
  presize(n: number): void;
}

PyDict.prototype.popLast = function (this: PyDict): [PyObject, PyObject] | undefined {
  this.unshare();
  const keys = this.keys;
  // CPython's popitem gives back the entries past the one it removes but not their room
  // (dk_usable stays): the limit goes down with the entry count.
  if (this.limit === UNTRACKED) this.limit = grownLimit(keys.length);
  const entries = keys.length;
  // Trailing deleted entries are dropped so repeated popitem() stays O(1) per call.
  while (keys.length > 0 && keys[keys.length - 1] === DELETED) {
    keys.pop();
    this.values.pop();
  }
  if (keys.length === 0) return undefined;
  const k = keys[keys.length - 1] as PyObject;
  const v = this.values[this.values.length - 1];
  this.delete(k);
  // delete() leaves a DELETED marker: drop it, as it is last.
  if (keys.length > 0 && keys[keys.length - 1] === DELETED) {
    keys.pop();
    this.values.pop();
  }
  this.limit -= entries - keys.length;
  this.keysVersion = ++versionCounter;
  return [k, v];
};

PyDict.prototype.copy = function (this: PyDict, cls?: PyType): PyDict {
  // PyDict_Copy: the keys object is cloned (room, deleted entries and all) unless over a third
  // of its entries are deleted; then the copy is a new table sized for the live keys.
  const clone = this.size >= Math.floor((this.keys.length * 2) / 3);
  const d = copyTable.call(this, clone, cls);
  if (this.size === 0) d.limit = UNTRACKED;
  else d.limit = clone ? this.limit : presizedLimit(this.size);
  if (d.limit !== UNTRACKED) d.unshare();
  return d;
};

/** The limit of a table made for `n` keys to come (CPython's estimate_log2_keysize). */
function presizedLimit(n: number): number {
  return usableOf(Math.floor((n * 3 + 1) / 2));
}

/** The table size (a power of two, at least 8) whose usable entries cover `limit`. */
function tableSizeOf(limit: number): number {
  let size = 8;
  while (Math.floor((size * 2) / 3) < limit) size *= 2;
  return size;
}

/**
 * A dict of `cls` with this dict's entries; with `keepDeleted`, at the same positions, deleted
 * entries and all (PyDict.limit is the caller's).
 */
const copyTable = function (this: PyDict, keepDeleted: boolean, cls?: PyType): PyDict {
  if (this.shape !== null) {
    // Key-sharing: the copy shares the layout too.
    const d = new PyDict(cls, this.shape);
    d.values = this.values.slice();
    d.size = this.size;
    return d;
  }
  if (this.size >= 4 && this.size === this.keys.length && this.ints === null && this.slow === null && !this.mixedEquality && allStrs(this.keys)) {
    // Copy on write: both dicts take one sealed layout made of this dict's keys and index (a
    // Map copy costs V8 ~30 ns an entry; CPython's copy is a memcpy). The first to add or
    // remove a key unshares; this dict keeps its keysVersion (the layout is unchanged).
    const s = new DictShape(this.keys, this.fast, null);
    s.sealed = true;
    this.shape = s;
    const d = new PyDict(cls, s);
    d.values = this.values.slice();
    d.size = this.size;
    return d;
  }
  const d = new PyDict(cls);
  if (keepDeleted || this.size === this.keys.length) {
    d.keys = this.keys.slice();
    d.values = this.values.slice();
    d.fast = new Map(this.fast);
    if (this.ints !== null) d.ints = this.ints.slice();
    if (this.slow !== null) {
      d.slow = new Map();
      for (const [h, b] of this.slow) d.slow.set(h, typeof b === 'number' ? b : b.slice());
    }
    d.size = this.size;
    d.mixedEquality = this.mixedEquality;
    return d;
  }
  const keys = this.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== DELETED) d.set(k, this.values[i]);
  }
  return d;
};

PyDict.prototype.presize = function (this: PyDict, n: number): void {
  if (this.keys.length === 0) this.limit = presizedLimit(n);
};

PyDict.prototype.becomeCopyOf = function (this: PyDict, src: PyDict): void {
  const c = copyTable.call(src, false);
  // dict_merge into an empty dict clones the keys object of a dict with no deleted entries
  // that is small or over a quarter full; anything else goes into a table sized for its keys.
  const n = src.keys.length;
  const size = tableSizeOf(src.limit === UNTRACKED ? grownLimit(n) : src.limit);
  if (src.size === 0) c.limit = UNTRACKED;
  else if (src.size === n && (size === 8 || Math.floor(size / 3) < src.size)) c.limit = src.limit;
  else c.limit = presizedLimit(src.size);
  if (c.limit !== UNTRACKED) c.unshare();
  this.limit = c.limit;
  this.keys = c.keys;
  this.values = c.values;
  this.fast = c.fast;
  this.ints = c.ints;
  this.slow = c.slow;
  this.size = c.size;
  this.mixedEquality = c.mixedEquality;
  this.shape = c.shape;
  // (A fresh version, or the shared layout's: what the copy was made with.)
  this.keysVersion = c.keysVersion;
};

function allStrs(keys: Key[]): boolean {
  for (let i = 0; i < keys.length; i++) if (typeof keys[i] !== 'string') return false;
  return true;
}

/** A key-sharing dict (see the header): the representation of instance __dict__s. */
export function newSharedDict(): PyDict {
  return new PyDict(dictType, EMPTY_SHAPE);
}

/** The root of the dict displays' layouts (literalShape): apart from the instance dicts' tree. */
const LITERAL_ROOT = new DictShape([], new Map(), null);
const literalShapes = new WeakMap<PyObject[], DictShape | null>();

/**
 * The sealed key-sharing layout of a dict display whose keys are the constant strs `keys`
 * (BUILD_CONST_KEY_MAP's tuple: one array per display, so the layout is found by identity), or
 * null when they are not distinct strs or are too many. Every dict the display makes shares
 * its keys and index (no Map of its own); only its values array is its own.
 */
export function literalShape(keys: PyObject[]): DictShape | null {
  let shape = literalShapes.get(keys);
  if (shape !== undefined) return shape;
  shape = null;
  if (keys.length > 0 && keys.length <= MAX_SHAPE_KEYS && keys.every((k) => typeof k === 'string') && new Set(keys).size === keys.length) {
    let s: DictShape | null = LITERAL_ROOT;
    for (let i = 0; i < keys.length && s !== null; i++) s = s.child(keys[i] as string, true);
    if (s !== null) {
      // (A display with the keys of one before it shares its layout, sealed already.)
      s.sealed = true;
      shape = s;
    }
  }
  literalShapes.set(keys, shape);
  return shape;
}

/** A dict display's dict on its literalShape, the values `src[start .. start + shape's keys)`. */
export function newLiteralDict(shape: DictShape, src: PyObject[], start: number): PyDict {
  const d = new PyDict(dictType, shape);
  const n = shape.keys.length;
  d.values = src.slice(start, start + n);
  d.size = n;
  return d;
}
