// `del name` (and `del obj.attr`, `del c[k]`) of the last reference to an object with __del__ (or of a suspended generator):
// CPython's reference counting finalizes it at once, before the next statement. Dyad has no
// reference counts, so when a `del` statement unbinds such an object, this looks whether anything
// else still reaches it, and if nothing does, finalizes it there (and, as its deallocation would,
// then the finalizable objects only it held: a list's items last-first, an instance's attributes
// in order).
//
// "Reaches" is a walk of the JS object graph from the interpreter (sys.modules, builtins, the
// exception being handled) and the running frames (each VM frame's registers up to its stack
// pointer, a tree-walker frame's locals and cells), following every own enumerable property, array
// item and Map/Set entry. It errs towards "still reachable": an object that only a JS closure or a
// JS local of a native function holds is not seen (a rare shape: such a `del` finalizes early).
// An object in a reference cycle is left alone, as CPython leaves it to the cycle collector (and
// Dyad to exit, finalize-at-exit.ts). The walk is capped (MAX_VISITS); past it the object counts
// as reachable. A `del` triggers this; once early finalization is on (finalizers.ts: a class with
// __del__, or a function whose generators may suspend inside try/with), so do a function's return
// (its locals and cells die with the frame: frameReturned), the rebinding of a name (rebound:
// module-level, class-body, `global`, a function's local or cell), a call's return (its
// arguments were temporaries of the caller: argsDropped) and the end of a `for` loop over a list
// or tuple (seqDropped). Overwriting an attribute or an item is not tracked
// (docs/object-model.md: "Finalization").

import { PyObj, type PyObject } from '../objects/object.js';
import { PyDict, DELETED } from '../objects/dict.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyType } from '../objects/type.js';
import { PyFloat } from '../objects/float.js';
import { PyMemberDescriptor, slotAt } from '../objects/class-create.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exception.js';
import { PyFunction, PyMethod, PyCell, CoFlags } from '../objects/function.js';
import { typeOf } from '../objects/protocol.js';
import { interp } from './interpreter.js';
import { PyModule } from './module.js';
import { PyBuiltinFunction } from '../objects/native.js';
import { handled } from './exc-state.js';
import { finalizeObject, isGeneratorLike, generatorFrame } from './finalize-at-exit.js';
import { dropped } from '../objects/finalizers.js';

/** What the tree-walker holds only in JS locals (a root): its running `for` loops' iterators, the values of an unpacking being stored. */
export const loopTemps: unknown[] = [];

/** Objects finalized early (CPython calls __del__ once per object; exit skips them). */
export const finalizedEarly = new WeakSet<object>();

const MAX_VISITS = 300_000;
/** All walks together look at no more than this many objects, and none after a walk reached
 *  MAX_VISITS: a program that deletes many finalizable objects, or has a big heap, stops paying
 *  for walks (finalization then waits for exit, as before). */
const TOTAL_VISITS = 5_000_000;
let visitsLeft = TOTAL_VISITS;
/** How deep the search for finalizable contents of a deleted container/instance looks. */
const CONTENT_DEPTH = 3;
/** ... and at most this many objects (a `del` of a big list stays cheap). */
const CONTENT_BUDGET = 2_000;
let budget = 0;

/** Values the walk counts as reachable although no root may hold them (see frameReturned). */
const inFlight: (readonly PyObject[])[] = [];
/** Per returning frame, how far holdsFinalizable looks into each local's contents. */
const LOCAL_BUDGET = 200;

/**
 * A function's frame returned: its locals other than the parameters (and the values of its own
 * cells) die with it, and those that nothing else reaches are finalized now, in slot order, as
 * CPython's deallocation of the frame does. `keep` are the returned value and the parameters'
 * values: the caller holds them, perhaps only in a JS local of a native function (a new
 * instance during __init__) that the walk cannot see. Called only once early finalization is on
 * (finalizers.on).
 */
export function frameReturned(dying: readonly PyObject[], keep: readonly PyObject[]): void {
  if (visitsLeft <= 0) return;
  let found: number[] | null = null;
  for (let i = 0; i < dying.length; i++) {
    const v = dying[i];
    if (!(v instanceof PyObj) || v instanceof PyType || keep.includes(v)) continue;
    budget = LOCAL_BUDGET;
    if (holdsFinalizable(v, 0)) (found ??= []).push(i);
  }
  if (found === null) return;
  inFlight.push(keep);
  try {
    releaseInOrder(dying, found);
  } finally {
    inFlight.pop();
  }
}

/**
 * Releases `values[i]` for each index of `which` (ascending), as a deallocation lets go of them
 * one after another: while one is released, the values after it are still held (a frame's later
 * local, a list's earlier item), so what they reach is not finalized with it:
 * `objs = [R(1), R(2)]; for o in objs: ...` finalizes R(1) with `objs` and R(2) with `o`.
 */
function releaseInOrder(values: readonly PyObject[], which: readonly number[]): void {
  // (The values not yet let go of: a copy emptied from the front as the releases go on.)
  const later: (PyObject | undefined)[] = values.slice();
  let cleared = 0;
  inFlight.push(later as PyObject[]);
  try {
    for (const i of which) {
      while (cleared <= i) later[cleared++] = undefined;
      release(values[i] as PyObj);
    }
  } finally {
    inFlight.pop();
  }
}

/**
 * How many of a code object's first local slots are its parameters. Rebinding one of them does
 * not look at the old value: the caller may still hold the argument, perhaps only in a JS local
 * of a native function (map(f, ...) calling f) that the walk cannot see.
 */
export function paramSlots(code: { co_argcount: number; co_kwonlyargcount: number; co_flags: number }): number {
  return code.co_argcount + code.co_kwonlyargcount + ((code.co_flags & CoFlags.VARARGS) !== 0 ? 1 : 0) + ((code.co_flags & CoFlags.VARKEYWORDS) !== 0 ? 1 : 0);
}

/**
 * A call with `args` (from..to) returned `result`: the arguments the caller computed only for the
 * call die now (CPython's CALL releases them), so those that nothing else reaches are finalized:
 * `next(gen())`, `list(zip(gen(), xs))`. The result is kept (what it holds lives on, though the
 * caller may hold it only in a JS local). Called only once early finalization is on.
 */
export function argsDropped(args: readonly (PyObject | null | undefined)[], from: number, to: number, result: PyObject): void {
  let i = from;
  while (i < to && !mayHoldFinalizable(args[i])) i++;
  if (i === to) return;
  const keep = [result];
  inFlight.push(keep);
  try {
    for (; i < to; i++) {
      const v = args[i];
      if (v !== result && mayHoldFinalizable(v)) rebound(v as PyObject);
    }
  } finally {
    inFlight.pop();
  }
}

/**
 * Whether `v` (a dying local, a cell) may be or hold something finalizable: a quick test before
 * frameReturned's look (ints, floats, strs, None and types never are).
 */
export function mayHoldFinalizable(v: unknown): boolean {
  return v instanceof PyObj && v !== None && !(v instanceof PyType) && !(v instanceof PyFloat && v.cls === T.float);
}

/**
 * A module-level (or class-body, or `global`) name was rebound from `old`: finalizes it (and what
 * only it held) if nothing reaches it any more. Called only once early finalization is on
 * (finalizers.on); the contents are looked into less deeply than for a `del`.
 */
export function rebound(old: PyObject | undefined): void {
  if (!(old instanceof PyObj) || old instanceof PyType || visitsLeft <= 0) return;
  budget = LOCAL_BUDGET;
  if (holdsFinalizable(old, 0)) release(old);
}

dropped.value = rebound;

/**
 * A `for` loop of a function or module ran out on a list (`seq`) or a tuple's `items`: its
 * iterator lets go of the sequence, as CPython's does, so a temporary `for x in [D(1), D(2)]`
 * finalizes what the loop variable no longer holds, here. (Not in a generator's loop: a native
 * consumer may hold what it produced only in a JS local. Called only once early finalization is
 * on.)
 */
export function seqDropped(seq: PyList | null, items: PyObject[] | null): void {
  if (seq !== null) rebound(seq);
  else if (items !== null) {
    // (As a tuple's deallocation: last item first.)
    for (let i = items.length - 1; i >= 0; i--) if (mayHoldFinalizable(items[i])) rebound(items[i]);
  }
}

/**
 * A store (`obj.name = v`, `c[k] = v`) replaced `old` (peekAttr / peekItem before it): it may
 * have been the last reference. Called only once early finalization is on.
 */
export function storeDropped(old: PyObject | undefined, v: PyObject): void {
  if (old !== undefined && old !== v && mayHoldFinalizable(old)) rebound(old);
}

/** After a `del` unbound `v`: finalizes it (and what only it held) if nothing reaches it. */
export function droppedByDel(v: PyObject | undefined): void {
  // (None: what `except E as e` leaves in e before deleting it.)
  if (v === None || !(v instanceof PyObj) || v instanceof PyType || visitsLeft <= 0) return;
  budget = CONTENT_BUDGET;
  if (!holdsFinalizable(v, 0)) return;
  release(v);
}

/** The value `del obj.name` is about to unbind, when it sits in the instance dict. */
export function peekAttr(obj: PyObject, name: string): PyObject | undefined {
  if (!(obj instanceof PyObj) || obj instanceof PyType) return undefined;
  const v = obj.dict?.getStr(name);
  if (v !== undefined) return v;
  const d = typeOf(obj).lookup(name);
  return d instanceof PyMemberDescriptor ? slotAt(obj, d.index) : undefined;
}

/** After `del obj.name`: the peeked value if the deletion removed it (instance dict or slot). */
export function droppedAttr(obj: PyObject, name: string, old: PyObject | undefined): void {
  if (old === undefined || !(old instanceof PyObj)) return;
  if ((obj as PyObj).dict?.getStr(name) === old) return;
  const d = typeOf(obj).lookup(name);
  if (d instanceof PyMemberDescriptor && slotAt(obj, d.index) !== undefined) return;
  droppedByDel(old);
}

/** The value `del c[k]` is about to remove from an exact list (int index) or dict (str/int key). */
export function peekItem(c: PyObject, k: PyObject): PyObject | undefined {
  if (c instanceof PyList && c.cls === T.list && typeof k === 'number') {
    const i = k < 0 ? k + c.items.length : k;
    return i >= 0 && i < c.items.length ? c.items[i] : undefined;
  }
  if (c instanceof PyDict && c.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) return c.get(k);
  return undefined;
}

function release(v: PyObj): void {
  if (reaches(rootsOf(), v) !== false) return;
  // Garbage in a cycle waits for the cycle collector in CPython. (A VM frame's link to its
  // generator is no edge here: CPython's frame objects hold none, so a generator suspended in
  // an except block, whose exception's traceback names the generator's frame, is no cycle.)
  if (reaches(childrenOf(v), v, true) !== false) return;
  const children = childrenOf(v);
  const held: number[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (!(c instanceof PyObj) || c instanceof PyType) continue;
    budget = CONTENT_BUDGET;
    if (holdsFinalizable(c, 0)) held.push(i);
  }
  if (isFinalizable(v) && !finalizedEarly.has(v)) {
    finalizedEarly.add(v);
    finalizeObject(v, true);
    // __del__ may have stored the object somewhere (resurrection): its contents stay alive.
    if (held.length > 0 && reaches(rootsOf(), v) !== false) return;
  }
  if (held.length > 0) releaseInOrder(children, held);
}

function isFinalizable(v: PyObj): boolean {
  const t = typeOf(v);
  if (t === T.generator || t === T.coroutine) {
    const g = v as PyObj & { started?: boolean; finished?: boolean; running?: boolean };
    return g.started === true && g.finished !== true;
  }
  return t.lookup('__del__') !== undefined;
}

/** Whether `v` is finalizable or holds (within a few levels) something that is. */
function holdsFinalizable(v: PyObj, depth: number): boolean {
  if (--budget < 0) return false;
  if (isFinalizable(v)) return !finalizedEarly.has(v);
  if (depth >= CONTENT_DEPTH) return false;
  const t = typeOf(v);
  if (v instanceof PyType || t === T.module) return false;
  // A finished (or never started) generator's frame still holds its locals: they die with it.
  if (isGeneratorLike(v)) {
    for (const c of generatorLocals(v)) if (c instanceof PyObj && holdsFinalizable(c, depth + 1)) return true;
    return false;
  }
  // (An exact list, tuple or dict is looked at in place: the children array cost more than the
  // look, a `del` of a name bound to a list of a hundred strs ~2 us.)
  if ((t === T.list || t === T.tuple) && v.dict === null) {
    const items = (v as PyList).items;
    for (let i = items.length - 1; i >= 0; i--) {
      const c = items[i];
      if (c instanceof PyObj && holdsFinalizable(c, depth + 1)) return true;
    }
    return false;
  }
  if (t === T.dict) {
    const d = v as PyDict;
    const keys = d.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED || k === undefined) continue;
      if (k instanceof PyObj && holdsFinalizable(k, depth + 1)) return true;
      const c = d.values[i];
      if (c instanceof PyObj && holdsFinalizable(c, depth + 1)) return true;
    }
    return false;
  }
  for (const c of childrenOf(v)) {
    if (c instanceof PyObj && holdsFinalizable(c, depth + 1)) return true;
  }
  return false;
}

/**
 * A `for` loop of a function or module ran the generator `g` to its end (its items went to the
 * loop, whose frame the walk sees): CPython clears a finished generator's frame, so its locals
 * die now even if the generator is still bound to a name. The frame is emptied and what only
 * it held finalized, in slot order. (A frame a frame object or traceback refers to, escaped,
 * keeps its locals: they die with the generator, `rebound`.) Called only once early
 * finalization is on.
 */
export function generatorFinished(g: PyObject, temporary = false): void {
  if (!(g instanceof PyObj) || !isGeneratorLike(g)) return;
  const frame = generatorFrame(g);
  // (`temporary`: a generator a `for` loop made for itself and closed when left early. Its
  // frame is marked escaped by the GeneratorExit close() threw through it and then discarded;
  // nothing else can refer to it.)
  if (!frame || (frame.escaped === true && !temporary)) {
    rebound(g);
    return;
  }
  const dying = generatorLocals(g);
  frame.clearSlots();
  if (dying.length > 0) frameReturned(dying, []);
}

/**
 * The values a generator's (or coroutine's) frame holds, in slot order (a cell's value, not the
 * cell: a closure sharing the cell keeps the value reachable). CPython clears the frame when the
 * generator finishes or is closed, and its locals die then; here they die with the generator
 * object, when a `for` loop, a call or a rebinding lets go of it (the native consumers that hold
 * what a generator yielded only in JS locals, `list(g())`, have returned by then).
 */
function generatorLocals(v: PyObj): PyObject[] {
  const frame = generatorFrame(v);
  if (!frame) return [];
  const out: PyObject[] = [];
  for (const x of frame.slotValues()) {
    const y = x instanceof PyCell ? x.value : x;
    if (y instanceof PyObj) out.push(y);
  }
  return out;
}

/** What deallocating `v` releases, in CPython's order (list items last first; dict entries). */
function childrenOf(v: PyObj): PyObject[] {
  const out: PyObject[] = [];
  if (v.dict !== null && v.dict !== undefined) dictValues(v.dict, out);
  if (v instanceof PyList || v instanceof PyTuple) {
    for (let i = v.items.length - 1; i >= 0; i--) out.push(v.items[i]);
  } else if (v instanceof PyDict) {
    dictValues(v, out);
  } else if (v instanceof PyFunction) {
    if (v.closure !== null) for (const c of v.closure) if (c.value !== undefined) out.push(c.value);
    if (v.defaults !== null) for (const d of v.defaults) out.push(d);
  } else if (v instanceof PyMethod) {
    out.push(v.self, v.func);
  } else if (v instanceof PyBaseException) {
    for (let i = v.args.items.length - 1; i >= 0; i--) out.push(v.args.items[i]);
  } else if (v instanceof PyCell) {
    if (v.value !== undefined) out.push(v.value);
  } else if (isGeneratorLike(v)) {
    out.push(...generatorLocals(v));
  } else if (!v.cls.isHeapType && !(v instanceof PyType)) {
    // An object of a native type (zip, map, an iterator, a bound method-wrapper...): what its
    // fields hold, and the items of arrays among them.
    for (const key in v) {
      if (key === 'cls' || key === 'dict') continue;
      const e = (v as unknown as Record<string, unknown>)[key];
      if (e instanceof PyObj) out.push(e);
      else if (Array.isArray(e)) for (const x of e) if (x instanceof PyObj) out.push(x);
    }
  }
  const sv = (v as unknown as { sv?: unknown }).sv;
  if (Array.isArray(sv)) for (const s of sv) if (s instanceof PyObj) out.push(s);
  return out;
}

function dictValues(d: PyDict, out: PyObject[]): void {
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] === DELETED || d.keys[i] === undefined) continue;
    const k = d.keys[i] as PyObject;
    if (k instanceof PyObj) out.push(k);
    const val = d.values[i] as PyObject;
    if (val !== undefined) out.push(val);
  }
}

function rootsOf(): unknown[] {
  const i = interp();
  // (The walk is breadth-first from the first root on: the running loops' iterators, the
  // running frame, its callers, and then the rest. A rebound local or loop variable still held
  // is usually found within a few objects: in another local, in the loop's sequence.)
  const roots: unknown[] = [loopTemps];
  for (let f = i.frame; f !== null; f = f.back) roots.push(f);
  if (inFlight.length > 0) roots.push(inFlight);
  roots.push(handled, i);
  return roots;
}

/**
 * Whether the running program still reaches one of `targets` (memoryview.ts: a bytearray's
 * views in use); a walk cut short counts as not reaching.
 */
export function reachesAny(targets: object[]): boolean {
  return reaches(rootsOf(), new Set(targets)) === true;
}

/**
 * What the walk need not look into (nor count): typed arrays and weak collections; a native
 * type (its attributes cannot be set; its list of subclasses is weak in CPython); a native
 * function not bound to an object; a code object (constants, and inline caches that may name
 * what the program has let go of); a finished generator (its frame is gone in CPython, its
 * locals freed; Dyad keeps it).
 */
function holdsNothing(x: object): boolean {
  if (x instanceof PyObj) {
    if (x instanceof PyType) return !x.isHeapType;
    if (x instanceof PyBuiltinFunction) return x.self === null || x.self instanceof PyModule;
    return x.cls === T.code || (x as { finished?: unknown }).finished === true;
  }
  return ArrayBuffer.isView(x) || x instanceof WeakMap || x instanceof WeakSet;
}

/** A walk that finds its target within this many objects costs the budget nothing. */
const CHEAP_WALK = 32;

/**
 * Whether a walk from `roots` meets `target` (or one of a set of targets; null when the walk was
 * cut short). A short walk that found it is refunded: a loop rebinding a name to the items of a
 * list, or calling methods of a finalizable object, walks on every step and must not use the
 * budget up. With `noGenLinks`, a VM frame's `gen` (its generator) is not followed.
 */
function reaches(roots: unknown[], target: object, noGenLinks = false): boolean | null {
  const left0 = visitsLeft;
  const r = walk(roots, target, noGenLinks);
  if (r === true && left0 - visitsLeft <= CHEAP_WALK) visitsLeft = left0;
  return r;
}

function walk(roots: unknown[], target: object, noGenLinks: boolean): boolean | null {
  const targets = target instanceof Set ? target : null;
  const seen = new Set<object>();
  // (Breadth-first: what the first roots hold directly is looked at before anything deeper.)
  const queue: unknown[] = roots.slice();
  let head = 0;
  let visits = 0;
  while (head < queue.length) {
    const x = queue[head++];
    if (x === null || typeof x !== 'object') continue;
    if (x === target || (targets !== null && targets.has(x))) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    if (holdsNothing(x)) continue;
    if (--visitsLeft < 0) return null;
    if (++visits > MAX_VISITS) {
      // A heap this big makes every walk this long: stop walking.
      visitsLeft = 0;
      return null;
    }
    // (A target is looked for as it is pushed: an item of a long list is found without going
    // into the items before it.)
    if (Array.isArray(x)) {
      for (let k = 0; k < x.length; k++) {
        const e = x[k];
        if (e === null || typeof e !== 'object') continue;
        if (e === target || (targets !== null && targets.has(e))) return true;
        queue.push(e);
      }
      continue;
    }
    if (x instanceof Map) {
      for (const [k, e] of x) {
        if (k === target || e === target || (targets !== null && (targets.has(k) || targets.has(e)))) return true;
        queue.push(k);
        queue.push(e);
      }
      continue;
    }
    if (x instanceof Set) {
      for (const e of x) {
        if (e === target || (targets !== null && targets.has(e))) return true;
        queue.push(e);
      }
      continue;
    }
    const vmRegs = (x as { regs?: unknown }).regs;
    const vmSp = (x as { sp?: unknown }).sp;
    for (const key in x) {
      // (A code object's pool of returned frames: a pooled frame still names its last function.)
      if (key === 'framePool' || (noGenLinks && key === 'gen' && vmRegs !== undefined)) continue;
      const e = (x as Record<string, unknown>)[key];
      if (e === null || typeof e !== 'object') continue;
      // A VM frame's registers: the locals, cells and the live part of the value stack (the
      // slots above the stack pointer hold stale values).
      if (e === vmRegs && typeof vmSp === 'number' && Array.isArray(e)) {
        for (let k = 0; k < vmSp && k < e.length; k++) {
          const r = e[k];
          if (r === null || typeof r !== 'object') continue;
          if (r === target || (targets !== null && targets.has(r))) return true;
          queue.push(r);
        }
        continue;
      }
      if (e === target || (targets !== null && targets.has(e))) return true;
      queue.push(e);
    }
  }
  return false;
}
