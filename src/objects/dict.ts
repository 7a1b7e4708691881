// dict: insertion-ordered hash table with Python's key semantics (hash + __eq__), fast paths for
// str and int keys, and a keys-version tag for the VM's global caches (semantics.md §4).
//
// Layout: parallel arrays `keys`/`values` in insertion order (a deleted entry leaves `DELETED`
// in keys), plus two indexes from key to entry position:
//   - `fast`: a JS Map for keys whose Python equality is JS equality after normalisation:
//     str -> the string; int, bool and finite floats in the safe range -> the JS number
//     (so 1, 1.0 and True are one key, as in Python);
//   - `slow`: hash -> entry positions, for every other key (tuples, instances, bigints, ...),
//     compared by identity then __eq__.
// `keysVersion` changes whenever a key is added or removed, or entries move; a value rebinding
// does not change it (a cache holding an entry position sees the new value at once).

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { hashOf, richEqBool } from './protocol.js';
import { PyFloat } from './float.js';

export const DELETED: unique symbol = Symbol('deleted');
type Key = PyObject | typeof DELETED;

let dictType: PyType;
/** Called once by the bootstrap, when the `dict` type exists. */
export function setDictType(t: PyType): void {
  dictType = t;
}

let versionCounter = 0;

/** The fast-index key of a Python key, or undefined when it needs the hashed path. */
function fastKey(k: PyObject): string | number | undefined {
  switch (typeof k) {
    case 'string': return k;
    case 'number': return k;
    case 'boolean': return k ? 1 : 0;
  }
  if (k instanceof PyFloat && k.cls.isExactBuiltin) {
    const v = k.value;
    if (v === v && v >= -Number.MAX_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER) return v === 0 ? 0 : v;
  }
  return undefined;
}

export class PyDict extends PyObj {
  keys: Key[] = [];
  values: PyObject[] = [];
  fast: Map<string | number, number> = new Map();
  slow: Map<number | bigint, number[]> | null = null;
  size = 0;
  keysVersion = ++versionCounter;

  constructor(cls?: PyType) {
    super(cls ?? dictType);
  }

  /** The entry position of `key`, or -1. */
  find(key: PyObject): number {
    const fk = fastKey(key);
    if (fk !== undefined) {
      const i = this.fast.get(fk);
      return i === undefined ? -1 : i;
    }
    return this.findSlow(key, hashOf(key));
  }

  private findSlow(key: PyObject, h: number | bigint): number {
    if (this.slow === null) return -1;
    const bucket = this.slow.get(h);
    if (bucket === undefined) return -1;
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j];
      const k = this.keys[i];
      if (k === key) return i;
      if (k !== DELETED && richEqBool(k, key)) {
        // __eq__ may have mutated the dict: re-check that the entry is still there.
        if (this.keys[i] === k) return i;
        return this.findSlow(key, h);
      }
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
    return i === undefined ? undefined : this.values[i];
  }

  set(key: PyObject, value: PyObject): void {
    const fk = fastKey(key);
    if (fk !== undefined) {
      const i = this.fast.get(fk);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      this.fast.set(fk, this.keys.length);
    } else {
      const h = hashOf(key);
      const i = this.findSlow(key, h);
      if (i >= 0) {
        this.values[i] = value;
        return;
      }
      if (this.slow === null) this.slow = new Map();
      const bucket = this.slow.get(h);
      if (bucket === undefined) this.slow.set(h, [this.keys.length]);
      else bucket.push(this.keys.length);
    }
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.keysVersion = ++versionCounter;
  }

  setStr(key: string, value: PyObject): void {
    const i = this.fast.get(key);
    if (i !== undefined) {
      this.values[i] = value;
      return;
    }
    this.fast.set(key, this.keys.length);
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.keysVersion = ++versionCounter;
  }

  /** Removes `key`; returns its value, or undefined if it was not there. */
  delete(key: PyObject): PyObject | undefined {
    const fk = fastKey(key);
    let i: number;
    if (fk !== undefined) {
      const found = this.fast.get(fk);
      if (found === undefined) return undefined;
      i = found;
      this.fast.delete(fk);
    } else {
      const h = hashOf(key);
      i = this.findSlow(key, h);
      if (i < 0) return undefined;
      const bucket = this.slow!.get(h)!;
      bucket.splice(bucket.indexOf(i), 1);
      if (bucket.length === 0) this.slow!.delete(h);
    }
    const v = this.values[i];
    this.keys[i] = DELETED;
    this.values[i] = undefined as unknown as PyObject;
    this.size--;
    this.keysVersion = ++versionCounter;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return v;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.fast = new Map();
    this.slow = null;
    this.size = 0;
    this.keysVersion = ++versionCounter;
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
}

PyDict.prototype.popLast = function (this: PyDict): [PyObject, PyObject] | undefined {
  const keys = this.keys;
  // Trailing deleted entries are dropped so repeated popitem() stays O(1) per call.
  while (keys.length > 0 && keys[keys.length - 1] === DELETED) {
    keys.pop();
    this.values.pop();
  }
  if (keys.length === 0) return undefined;
  const k = keys[keys.length - 1] as PyObject;
  const v = this.values[this.values.length - 1];
  this.delete(k);
  // delete() leaves a DELETED marker (or compacts): drop the marker if it is last.
  if (keys === this.keys && keys.length > 0 && keys[keys.length - 1] === DELETED) {
    keys.pop();
    this.values.pop();
  }
  this.keysVersion = ++versionCounter;
  return [k, v];
};

PyDict.prototype.copy = function (this: PyDict, cls?: PyType): PyDict {
  const d = new PyDict(cls);
  if (this.size === this.keys.length) {
    d.keys = this.keys.slice();
    d.values = this.values.slice();
    d.fast = new Map(this.fast);
    if (this.slow !== null) {
      d.slow = new Map();
      for (const [h, b] of this.slow) d.slow.set(h, b.slice());
    }
    d.size = this.size;
    return d;
  }
  const keys = this.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== DELETED) d.set(k, this.values[i]);
  }
  return d;
};
