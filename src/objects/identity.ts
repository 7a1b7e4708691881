// id(): a stable number per object for its lifetime (CPython shows addresses; we show these).
import type { PyObject } from './object.js';
import { hashInt, type Hash } from './hash.js';
import { OBJECT_LOW_BITS, STATIC_OFFSETS } from './static-ids.js';

const ids = new WeakMap<object, number>();
let next = 0x7f0000001000;
const primitiveIds = new Map<unknown, number>();

export function idOf(v: PyObject): number {
  if (typeof v === 'object') {
    let id = ids.get(v);
    if (id === undefined) {
      id = next;
      next += 16;
      ids.set(v, id);
    }
    return id;
  }
  // Ints, strs and bools are values here; give equal values one id (CPython caches small ints
  // and interns strings, so `is` on them is value identity too).
  const key = typeof v === 'bigint' ? `b${v}` : v;
  let id = primitiveIds.get(key);
  if (id === undefined) {
    id = next;
    next += 16;
    if (primitiveIds.size < 100000) primitiveIds.set(key, id);
  }
  return id;
}

/** Where the objects CPython allocates statically live (static-ids.ts): far above the ids handed
 *  out one by one, with `object`'s low 21 bits. */
const STATIC_BASE = 0x7f1000000000 + OBJECT_LOW_BITS;
const pinnedNames = new Set<string>();

/** Gives a builtin type (by its name) or None, NotImplemented, Ellipsis the id CPython's static
 *  object of that name has relative to `object`, so that the default hash (id >> 4) orders
 *  sets of them as CPython does. Call before any program runs; a name is pinned once. */
export function pinStaticId(v: object, name: string): void {
  const offset = STATIC_OFFSETS[name];
  if (offset === undefined || pinnedNames.has(name)) return;
  pinnedNames.add(name);
  ids.set(v, STATIC_BASE + offset);
}

/** The default object hash (CPython: id >> 4). */
export function identityHash(v: PyObject): Hash {
  return hashInt(Math.floor(idOf(v) / 16));
}

export function addressOf(v: PyObject): string {
  return '0x' + idOf(v).toString(16).padStart(12, '0');
}
