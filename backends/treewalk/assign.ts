// Assignment and deletion targets: names, attributes, subscripts, and (starred) unpacking into
// tuples/lists with CPython's messages.

import { droppedByDel, droppedAttr, peekAttr, peekItem, loopTemps, storeDropped } from '../../src/runtime/early-finalize.js';
import { finalizers } from '../../src/objects/finalizers.js';
import type { expr } from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { E, newError } from '../../src/objects/exception.js';
import { typeOf, typeError, setAttr, setItem, getIter, iterNext, isIterableType } from '../../src/objects/protocol.js';
import { storeName, deleteName, fastRebound } from './names.js';
import { Acc, type Binding } from './code.js';
import type { Frame } from './frame.js';
import { evalExpr, storeSubscript } from './eval.js';
import { attrCacheOf, storeAttr } from './attr-cache.js';
import { blame } from './functions.js';

type Ext = { [k: string]: unknown };

export function assignTo(target: expr, v: PyObject, f: Frame): void {
  try {
    switch (target._type) {
      case 'Name':
        storeName((target as unknown as Ext).b as Binding, f, v);
        return;
      case 'Attribute': {
        const obj = evalExpr(target.value, f);
        // (Once early finalization is on, the value the store replaces may die: early-finalize.ts.)
        const old = finalizers.on ? peekAttr(obj, target.attr) : undefined;
        storeAttr(attrCacheOf(target), obj, target.attr, v);
        if (old !== undefined) storeDropped(old, v);
        return;
      }
      case 'Subscript': {
        const obj = evalExpr(target.value, f);
        const k = evalExpr(target.slice, f);
        const old = finalizers.on ? peekItem(obj, k) : undefined;
        storeSubscript(obj, k, v);
        if (old !== undefined) storeDropped(old, v);
        return;
      }
      case 'Tuple':
      case 'List':
        unpackInto(target.elts, v, f, target);
        return;
      case 'Starred':
        assignTo(target.value, v, f);
        return;
    }
  } catch (e) {
    // (a failing store or delete is marked on its target)
    throw blame(e, target, f);
  }
  throw new Error(`tree-walker: cannot assign to ${target._type}`);
}

/**
 * The slots of a tuple/list target made only of fast locals (cached on the node as `fs`), else
 * null: storing into those runs no code, so the items need no defensive copy.
 */
export function fastTargetSlots(target: expr): number[] | null {
  const ext = target as unknown as Ext;
  const c = ext.fs as number[] | null | undefined;
  if (c !== undefined) return c;
  let slots: number[] | null = [];
  for (const e of (target as unknown as { elts: expr[] }).elts) {
    const b = e._type === 'Name' ? ((e as unknown as Ext).b as Binding) : null;
    if (b === null || b.acc !== Acc.FAST) {
      slots = null;
      break;
    }
    slots.push(b.slot);
  }
  ext.fs = slots;
  return slots;
}

/**
 * A tuple/list target made only of fast locals and such nested targets (`(p, v, m)`,
 * `(a, b), (c, d)`): for each element its slot or its own plan; cached on the node as `up`,
 * else null.
 */
export type UnpackPlan = (number | UnpackPlan)[];

export function unpackPlan(target: expr): UnpackPlan | null {
  const ext = target as unknown as Ext;
  const c = ext.up as UnpackPlan | null | undefined;
  if (c !== undefined) return c;
  let plan: UnpackPlan | null = null;
  if (target._type === 'Tuple' || target._type === 'List') {
    plan = [];
    for (const e of target.elts) {
      const b = e._type === 'Name' ? ((e as unknown as Ext).b as Binding) : null;
      const sub = b === null ? unpackPlan(e) : null;
      if (b !== null && b.acc === Acc.FAST) plan.push(b.slot);
      else if (sub !== null) plan.push(sub);
      else {
        plan = null;
        break;
      }
    }
  }
  ext.up = plan;
  return plan;
}

/** Does `v` (and each nested value) have the shape of `plan`: exact tuples/lists of its lengths? */
function fitsPlan(plan: UnpackPlan, v: PyObject): boolean {
  if (!((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list))) return false;
  const items = v.items;
  if (items.length !== plan.length) return false;
  for (let i = 0; i < plan.length; i++) {
    const p = plan[i];
    if (typeof p !== 'number' && !fitsPlan(p, items[i])) return false;
  }
  return true;
}

function storePlan(plan: UnpackPlan, items: PyObject[], fast: (PyObject | undefined)[]): void {
  for (let i = 0; i < plan.length; i++) {
    const p = plan[i];
    if (typeof p === 'number') fast[p] = items[i];
    else storePlan(p, (items[i] as PyTuple).items, fast);
  }
}

/**
 * Unpacks `v` into the fast locals of `plan` when every level is an exact tuple or list of the
 * right length (checked before anything is stored: storing runs no code); false otherwise
 * (nothing stored: the caller unpacks by the protocol, with its errors).
 */
export function unpackFast(plan: UnpackPlan, v: PyObject, f: Frame): boolean {
  if (!fitsPlan(plan, v)) return false;
  if (finalizers.on) {
    // (The old values are looked at once all are stored: `a, b = b, a` drops nothing.)
    const olds: [number, PyObject | undefined][] = [];
    planOlds(plan, f.fast, olds);
    storePlan(plan, (v as PyTuple).items, f.fast);
    for (const [slot, old] of olds) fastRebound(f, slot, old);
    return true;
  }
  storePlan(plan, (v as PyTuple).items, f.fast);
  return true;
}

/** The slots of `plan` with their values before an unpacking stores into them. */
function planOlds(plan: UnpackPlan, fast: (PyObject | undefined)[], out: [number, PyObject | undefined][]): void {
  for (const p of plan) {
    if (typeof p === 'number') out.push([p, fast[p]]);
    else planOlds(p, fast, out);
  }
}

function unpackInto(elts: expr[], v: PyObject, f: Frame, target: expr | null = null): void {
  if (target !== null) {
    const plan = unpackPlan(target);
    if (plan !== null && unpackFast(plan, v, f)) return;
  }
  const values = unpackValues(elts, v);
  if (!finalizers.on) {
    for (let i = 0; i < elts.length; i++) assignTo(elts[i], values[i], f);
    return;
  }
  // (The values are held only here while the targets are stored into one by one: a root for
  // the walk that looks at what each store drops, early-finalize.ts.)
  loopTemps.push(values);
  try {
    for (let i = 0; i < elts.length; i++) assignTo(elts[i], values[i], f);
  } finally {
    loopTemps.pop();
  }
}

/**
 * The value for each of `elts` (a tuple/list target) unpacked from v: the starred target's is
 * the list of the middle items (UNPACK_SEQUENCE / UNPACK_EX, with their ValueErrors).
 */
export function unpackValues(elts: expr[], v: PyObject): PyObject[] {
  let star = -1;
  for (let i = 0; i < elts.length; i++) if (elts[i]._type === 'Starred') star = i;
  let items: PyObject[];
  if ((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list)) {
    items = v.items;
    // A list may change while the targets are stored into (setters run code); a tuple cannot.
    if (star < 0 && items.length === elts.length) return v instanceof PyTuple ? items : items.slice();
    items = items.slice();
  } else {
    const t = typeOf(v);
    if (!isIterableType(t)) typeError(`cannot unpack non-iterable ${t.name} object`);
    const it = getIter(v);
    items = [];
    if (star < 0) {
      // Stop one past the expected count, as CPython does (the iterator may be infinite).
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
        items.push(x);
        if (items.length > elts.length) break;
      }
    } else {
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
    }
  }
  const n = elts.length;
  if (star < 0) {
    if (items.length > n) throw newError(E.ValueError, `too many values to unpack (expected ${n})`);
    if (items.length < n) throw newError(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    return items;
  }
  const after = n - star - 1;
  if (items.length < n - 1) {
    throw newError(E.ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
  }
  const values = items.slice(0, star);
  values.push(new PyList(items.slice(star, items.length - after)));
  for (let i = 0; i < after; i++) values.push(items[items.length - after + i]);
  return values;
}

export function deleteTarget(target: expr, f: Frame): void {
  try {
    switch (target._type) {
      case 'Name':
        deleteName((target as unknown as Ext).b as Binding, f);
        return;
      case 'Attribute': {
        const obj = evalExpr(target.value, f);
        const old = peekAttr(obj, target.attr);
        setAttr(obj, target.attr, null);
        droppedAttr(obj, target.attr, old);
        return;
      }
      case 'Subscript': {
        const obj = evalExpr(target.value, f);
        const k = evalExpr(target.slice, f);
        const old = peekItem(obj, k);
        setItem(obj, k, null);
        droppedByDel(old);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const e of target.elts) deleteTarget(e, f);
        return;
    }
  } catch (e) {
    // (a failing store or delete is marked on its target)
    throw blame(e, target, f);
  }
  throw new Error(`tree-walker: cannot delete ${target._type}`);
}
