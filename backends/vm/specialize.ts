// Specialisation (CPython 3.11's adaptive interpreter): a generic instruction, when its
// countdown reaches zero, looks at the operands it just saw and rewrites itself into a
// specialised form with an inline cache (per-instruction slots on the code object: cacheA/B
// versions, cacheI an index, cacheObj/cacheVal objects). The specialised form checks its guard
// (a dict keys-version, a type version, operand types) and either runs the fast path (a hit)
// or counts a miss; too many misses, or a guard that means the cache is stale, deoptimise it
// back to the generic form with an exponential back-off before the next attempt.
//
//   LOAD_GLOBAL -> LOAD_GLOBAL_MODULE  (globals keysVersion, entry index)
//               -> LOAD_GLOBAL_BUILTIN (globals and builtins keysVersions, builtins entry index)
// A value rebinding never changes a keys-version, and the cached index reads the live value,
// so `g = 2` is seen at once; adding/removing keys (shadowing a builtin, del) deoptimises.

import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyType } from '../../src/objects/type.js';
import { T } from '../../src/objects/types.js';
import { PyFunction } from '../../src/objects/function.js';
import { PyProperty, PyClassMethod, PyStaticMethod } from '../../src/objects/descriptors.js';
import { getAttr, setAttr, typeOf } from '../../src/objects/protocol.js';
import { loadAttrOrSoft } from '../../src/builtins/attributes.js';
import { genericGetAttr, genericSetAttr } from '../../src/objects/generic-attr.js';
import { slotCallsDunder } from '../../src/objects/slot-wrappers.js';
import { PyBuiltinFunction, PyMethodDescriptor } from '../../src/objects/native.js';
import { PyListIter, PyRangeIter, PySeqArrayIter, pairSteps } from '../../src/objects/iterators.js';
import { PyModule } from '../../src/runtime/module.js';
import { typeCall, PyMemberDescriptor } from '../../src/objects/class-create.js';
import { PyGenerator } from '../treewalk/generator.js';
import { Op, OPS, NB, NB_SLOTS, word, SPECIALISED_BASE } from './opcodes.js';
import { VMCode, FAST_CELL } from './code.js';
import { nameError, loadGlobalMapping } from './vm-support.js';

export const enum Family {
  LOAD_NAME, STORE_NAME, LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD, BINARY_OP, COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR,
  CALL, FOR_ITER, UNPACK_SEQUENCE, COUNT,
}
export const FAMILY_NAMES = ['LOAD_NAME', 'STORE_NAME', 'LOAD_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'LOAD_METHOD', 'BINARY_OP', 'COMPARE_OP', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'CALL', 'FOR_ITER', 'UNPACK_SEQUENCE'];

/** Execution statistics (--stats): null counts means off (the loop tests it once per instruction). */
export const stats = {
  counts: null as Int32Array | null,
  hits: new Float64Array(Family.COUNT),
  misses: new Float64Array(Family.COUNT),
  deopts: new Float64Array(Family.COUNT),
  specialised: new Float64Array(Family.COUNT),
  failures: new Float64Array(Family.COUNT),
};

export function enableStats(): void {
  resetStats();
  stats.counts = new Int32Array(256);
}

export function resetStats(): void {
  for (const a of [stats.hits, stats.misses, stats.deopts, stats.specialised, stats.failures]) a.fill(0);
  if (stats.counts !== null) stats.counts.fill(0);
}

/** Misses a specialised instruction tolerates before it deoptimises (CPython 3.11: 53). */
const MISS_LIMIT = 52;

export function hit(f: Family): void {
  stats.hits[f]++;
}

/** A guard failed but the cache may still be right for other operands: count; deopt after many. */
export function miss(code: VMCode, i: number, f: Family): void {
  stats.misses[f]++;
  if (++code.misses[i] <= MISS_LIMIT) return;
  const op = code.code[i] & 0xff;
  if (op === Op.LOAD_METHOD_WITH_DICT || op === Op.LOAD_METHOD_NO_DICT) {
    // A polymorphic call site (a list of objects of several classes): it keeps a fast form.
    rewrite(code, i, Op.LOAD_METHOD_POLY, f);
    code.cacheVal[i] = [] as unknown as PyObject;
    return;
  }
  if (op === Op.LOAD_ATTR_INSTANCE_VALUE || op === Op.STORE_ATTR_INSTANCE_VALUE) {
    rewrite(code, i, op === Op.LOAD_ATTR_INSTANCE_VALUE ? Op.LOAD_ATTR_INSTANCE_POLY : Op.STORE_ATTR_INSTANCE_POLY, f);
    code.cacheVal[i] = [] as unknown as PyObject;
    return;
  }
  toGeneric(code, i, f);
}

/** Classes a POLY site's cache (`polyAttr`, `polyMeth`) holds; past them, the uncached lookup. */
const POLY_TYPES = 8;

/**
 * A POLY site's cache (cacheVal[i], a flat array made when the site went polymorphic): per
 * class seen there, the class, its version when checked, and for LOAD_METHOD_POLY the method
 * and the keysVersion of the last instance dict seen without the name.
 */
type PolyEntries = (PyType | number | PyObject)[];

/** Whether a polyAttr / polyStore cache (class, version pairs) holds `t` at its current version. */
function polyKnown(e: PolyEntries, t: PyType): boolean {
  for (let j = 0; j < e.length; j += 2) if (e[j] === t) return e[j + 1] === t.version;
  return false;
}

/** Records `t`, just checked, at its current version (while there is room). */
function polyRemember(e: PolyEntries, t: PyType): void {
  for (let j = 0; j < e.length; j += 2) {
    if (e[j] === t) {
      e[j + 1] = t.version;
      return;
    }
  }
  if (e.length < 2 * POLY_TYPES) e.push(t, t.version);
}

/**
 * LOAD_ATTR_INSTANCE_POLY's lookup: `o.name` when o's attribute access is the generic one, no
 * data descriptor on its type takes the name and its instance dict has it (exactly where the
 * generic lookup returns the dict's value); undefined otherwise (the loop takes the generic
 * path). The class check is cached per site (up to POLY_TYPES classes, each valid while its
 * version stays), and so is the entry index of the last instance dict that had the name
 * (cacheI: instances of related classes usually set their shared attributes in the same
 * order, in a base class's __init__).
 */
export function polyAttr(code: VMCode, i: number, o: PyObj, name: string): PyObject | undefined {
  const d = o.dict;
  if (d === null || d.mixedEquality) return undefined;
  const t = o.cls;
  const e = code.cacheVal[i] as unknown as PolyEntries;
  if (!polyKnown(e, t)) {
    if (o instanceof PyType || !genericAttrType(t)) return undefined;
    const descr = t.lookup(name);
    if (descr !== undefined && typeOf(descr).slots.descrSet !== undefined) return undefined;
    polyRemember(e, t);
  }
  const h = code.cacheI[i];
  if (d.keys[h] === name) return d.values[h];
  const k = d.fast.get(name);
  if (k === undefined) return undefined;
  code.cacheI[i] = k;
  return d.values[k];
}

/**
 * STORE_ATTR_INSTANCE_POLY: stores `o.name = v` into o's instance dict when o's attribute
 * store is the generic one and no data descriptor on its type takes the name (exactly where
 * object.__setattr__ stores into the dict), and says whether it did (false: the loop takes the
 * generic path). The class check is cached per site as `polyAttr`'s, with the entry hint.
 */
export function polyStore(code: VMCode, i: number, o: PyObj, name: string, v: PyObject): boolean {
  const d = o.dict;
  if (d === null || d.mixedEquality) return false;
  const t = o.cls;
  const e = code.cacheVal[i] as unknown as PolyEntries;
  if (!polyKnown(e, t)) {
    const sa = t.slots.setattro;
    if (o instanceof PyType || (sa !== genericSetAttr && sa !== T.object.slots.setattro) || name === '__dict__') return false;
    const descr = t.lookup(name);
    if (descr !== undefined && typeOf(descr).slots.descrSet !== undefined) return false;
    polyRemember(e, t);
  }
  const h = code.cacheI[i];
  if (d.keys[h] === name) {
    d.values[h] = v;
    return true;
  }
  d.setStr(name, v);
  const k = d.fast.get(name);
  if (k !== undefined) code.cacheI[i] = k;
  return true;
}

/**
 * LOAD_METHOD_POLY's lookup: the method `o.name` resolves to when it is a plain function or
 * method descriptor on o's type, o's attribute access is the generic one and its instance dict
 * does not shadow the name (exactly the cases where the generic LOAD_METHOD pushes
 * [method, o]); undefined otherwise (the loop then takes the generic path). The method is
 * cached per site and class (up to POLY_TYPES classes, each valid while its version stays),
 * with the keysVersion of the last instance dict of the class found without the name
 * (instances with one key layout skip the lookup).
 */
export function polyMeth(code: VMCode, i: number, o: PyObj, name: string): PyObject | undefined {
  const t = o.cls;
  const e = code.cacheVal[i] as unknown as PolyEntries;
  let j = 0;
  while (j < e.length && e[j] !== t) j += 4;
  if (j === e.length || e[j + 1] !== t.version) {
    if (o instanceof PyType || !genericAttrType(t)) return undefined;
    const m = t.lookup(name);
    if (!(m instanceof PyFunction || m instanceof PyMethodDescriptor)) return undefined;
    if (j < e.length) {
      e[j + 1] = t.version;
      e[j + 2] = m;
      e[j + 3] = -1;
    } else if (j < 4 * POLY_TYPES) e.push(t, t.version, m, -1);
    else return surelyAbsent(o.dict, name) ? m : undefined;
  }
  const d = o.dict;
  if (d !== null && d.keysVersion !== e[j + 3]) {
    if (d.mixedEquality || d.fast.get(name) !== undefined) return undefined;
    e[j + 3] = d.keysVersion;
  }
  return e[j + 2] as PyObject;
}

/**
 * Whether the instance dict `d` surely has no entry `name`, known without running a key's
 * __eq__: a dict holding custom-equality keys answers false, so the caller takes the generic
 * path, which looks the name up once (an __eq__ runs once, as in CPython, whose specialiser
 * also gives up on a dict with non-str keys).
 */
export function surelyAbsent(d: PyDict | null, name: string): boolean {
  return d === null || (!d.mixedEquality && d.fast.get(name) === undefined);
}

/** The loop's `slow` code for a miss: MISS + the family (below MISS: a deopt of that family). */
export const MISS = 32;

/**
 * A miss in LOAD_ATTR_* / STORE_ATTR_* / LOAD_METHOD_* (the loop's shared slow tail): counts it
 * and runs the generic operation, keeping the specialised instruction. Returns the new sp.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function missGeneric(code: VMCode, i: number, regs: any[], sp: number, name: string, f: Family): number {
  if (!addSecondType(code, i, regs[sp - 1], name)) miss(code, i, f);
  switch (f) {
    case Family.LOAD_ATTR:
      regs[sp - 1] = getAttr(regs[sp - 1], name);
      return sp;
    case Family.STORE_ATTR:
      setAttr(regs[sp - 1], name, regs[sp - 2]);
      return sp - 2;
    default:
      return specializeLoadMethod(code, -1, regs, sp, name);
  }
}

/**
 * The first miss of an instance-attribute instruction on an object of another type fills the
 * site's second cache entry when that type passes the same tests the first passed when the
 * instruction was specialised (so either entry's hit is exactly the generic operation's result).
 * The instance-value forms share the entry hint (cacheI), which their fast paths check.
 */
function addSecondType(code: VMCode, i: number, o: PyObject, name: string): boolean {
  if (!(o instanceof PyObj) || o instanceof PyType || code.cacheObj2[i] !== null) return false;
  const t = o.cls;
  if (t === code.cacheObj[i]) return false;
  const op = code.code[i] & 0xff;
  const d = o.dict;
  let meth: PyObject | null = null;
  if (op === Op.LOAD_ATTR_INSTANCE_VALUE) {
    if (!genericAttrType(t) || d === null || d.keys[code.cacheI[i]] !== name) return false;
    const descr = t.lookup(name);
    if (descr !== undefined) {
      const dt = typeOf(descr);
      if (dt.slots.descrGet !== undefined && dt.slots.descrSet !== undefined) return false;
    }
  } else if (op === Op.STORE_ATTR_INSTANCE_VALUE) {
    const sa = t.slots.setattro;
    if (d === null || (sa !== genericSetAttr && sa !== T.object.slots.setattro) || name === '__dict__') return false;
    const descr = t.lookup(name);
    if (descr !== undefined && typeOf(descr).slots.descrSet !== undefined) return false;
  } else if (op === Op.LOAD_METHOD_WITH_DICT || op === Op.LOAD_METHOD_NO_DICT) {
    if (!genericAttrType(t)) return false;
    const m = t.lookup(name);
    if (!(m instanceof PyFunction || m instanceof PyMethodDescriptor)) return false;
    const noDict = d === null && !t.hasInstanceDict;
    if (noDict !== (op === Op.LOAD_METHOD_NO_DICT)) return false;
    if (!surelyAbsent(d, name)) return false;
    meth = m;
  } else {
    return false;
  }
  code.cacheObj2[i] = t;
  code.cacheA2[i] = t.version;
  code.cacheVal2[i] = meth;
  return true;
}

/** A guard failed for good: back to the generic instruction (which re-runs now). */
export function deopt(code: VMCode, i: number, f: Family): void {
  stats.misses[f]++;
  toGeneric(code, i, f);
}

/** Back to the generic instruction; the next attempt waits 2^k executions (LOAD_GLOBAL: none). */
function toGeneric(code: VMCode, i: number, f: Family): void {
  stats.deopts[f]++;
  code.code[i] = code.original[i];
  if (f !== Family.LOAD_GLOBAL && f !== Family.LOAD_NAME && f !== Family.STORE_NAME) backoff(code, i);
}

function backoff(code: VMCode, i: number): void {
  const e = code.backoffExp[i];
  code.counter[i] = (1 << Math.min(e, 12)) - 1;
  if (e < 12) code.backoffExp[i] = e + 1;
}

/** Should the generic instruction at `i` try to specialise now? (Counts down otherwise.) */
function ready(code: VMCode, i: number): boolean {
  if (i < 0) return false;
  const c = code.counter[i];
  if (c === 0) return true;
  code.counter[i] = c - 1;
  return false;
}

function rewrite(code: VMCode, i: number, op: Op, f: Family): void {
  code.code[i] = word(op, code.original[i] >> 8);
  code.misses[i] = 0;
  code.cacheObj2[i] = null;
  code.cacheVal2[i] = null;
  stats.specialised[f]++;
}

function fail(code: VMCode, i: number, f: Family): void {
  stats.failures[f]++;
  backoff(code, i);
}

// ---- LOAD_GLOBAL ---------------------------------------------------------------------------------

/** The generic LOAD_GLOBAL (globals, then builtins), specialising as it goes. */
export function specializeLoadGlobal(code: VMCode, i: number, g: PyDict, b: PyDict, name: string): PyObject {
  if (!g.cls.isExactBuiltin || !b.cls.isExactBuiltin) return loadGlobalMapping(g, b, name);
  const gi = g.fast.get(name);
  if (gi !== undefined) {
    if (ready(code, i)) {
      rewrite(code, i, Op.LOAD_GLOBAL_MODULE, Family.LOAD_GLOBAL);
      code.cacheA[i] = g.keysVersion;
      code.cacheI[i] = gi;
    }
    return g.values[gi];
  }
  const bi = b.fast.get(name);
  if (bi !== undefined) {
    if (ready(code, i)) {
      rewrite(code, i, Op.LOAD_GLOBAL_BUILTIN, Family.LOAD_GLOBAL);
      code.cacheA[i] = g.keysVersion;
      code.cacheB[i] = b.keysVersion;
      code.cacheI[i] = bi;
    }
    return b.values[bi];
  }
  throw nameError(name);
}

// ---- LOAD_NAME / STORE_NAME where the locals are the module's globals ------------------------------
// Module-level code reads and writes names through the module dict; the same keys-version
// caches as LOAD_GLOBAL apply when the frame's locals is its globals (checked at each use).

export function specializeLoadName(code: VMCode, i: number, l: PyDict, g: PyDict, b: PyDict, name: string): PyObject | undefined {
  const li = l.fast.get(name);
  if (li !== undefined) {
    if (l === g && ready(code, i)) {
      rewrite(code, i, Op.LOAD_NAME_MODULE, Family.LOAD_NAME);
      code.cacheA[i] = g.keysVersion;
      code.cacheI[i] = li;
    }
    return l.values[li];
  }
  const gi = g.fast.get(name);
  if (gi !== undefined) return g.values[gi];
  const bi = b.fast.get(name);
  if (bi !== undefined) {
    if (l === g && ready(code, i)) {
      rewrite(code, i, Op.LOAD_NAME_BUILTIN, Family.LOAD_NAME);
      code.cacheA[i] = g.keysVersion;
      code.cacheB[i] = b.keysVersion;
      code.cacheI[i] = bi;
    }
    return b.values[bi];
  }
  return undefined;
}

export function specializeStoreName(code: VMCode, i: number, l: PyDict, g: PyDict, name: string, v: PyObject): void {
  l.setStr(name, v);
  if (l === g && ready(code, i)) {
    rewrite(code, i, Op.STORE_NAME_MODULE, Family.STORE_NAME);
    code.cacheA[i] = l.keysVersion;
    code.cacheI[i] = l.fast.get(name)!;
  }
}

// ---- attributes -------------------------------------------------------------------------------------

function genericAttrType(t: PyType): boolean {
  const ga = t.slots.getattro;
  return ga === genericGetAttr || ga === T.object.slots.getattro;
}

/** (Undefined: a plain miss raised softly, native.ts softRaise; the loop raises it.) */
export function specializeLoadAttr(code: VMCode, i: number, o: PyObject, name: string): PyObject | undefined {
  if (ready(code, i)) trySpecializeLoadAttr(code, i, o, name);
  return loadAttrOrSoft(o, name);
}

function trySpecializeLoadAttr(code: VMCode, i: number, o: PyObject, name: string): void {
  const F = Family.LOAD_ATTR;
  if (o instanceof PyModule && o.cls === T.module) {
    const idx = o.dict.fast.get(name);
    if (idx !== undefined && T.module.lookup(name) === undefined) {
      rewrite(code, i, Op.LOAD_ATTR_MODULE, F);
      code.cacheA[i] = o.dict.keysVersion;
      code.cacheI[i] = idx;
      return;
    }
  } else if (o instanceof PyType) {
    const meta = typeOf(o);
    if (meta === T.type) {
      const metaAttr = meta.lookup(name);
      if (metaAttr === undefined || typeOf(metaAttr).slots.descrSet === undefined) {
        const attr = o.lookup(name);
        if (attr !== undefined && typeOf(attr).slots.descrGet === undefined) {
          rewrite(code, i, Op.LOAD_ATTR_CLASS, F);
          code.cacheObj[i] = o;
          code.cacheA[i] = o.version;
          code.cacheVal[i] = attr;
          return;
        }
      }
    }
  } else if (o instanceof PyObj && genericAttrType(o.cls)) {
    const t = o.cls;
    const descr = t.lookup(name);
    if (descr !== undefined) {
      const dt = typeOf(descr);
      if (dt.slots.descrGet !== undefined && dt.slots.descrSet !== undefined) {
        // A property whose getter is a VM function taking exactly the instance: the loop
        // pushes the getter's frame (CPython 3.12's LOAD_ATTR_PROPERTY).
        const fget = descr instanceof PyProperty && dt === T.property ? descr.fget : null;
        if (fget instanceof PyFunction && fget.code instanceof VMCode && fget.code.simpleArgs && fget.code.co_argcount === 1) {
          rewrite(code, i, Op.LOAD_ATTR_PROPERTY, F);
          code.cacheObj[i] = t;
          code.cacheA[i] = t.version;
          code.cacheVal[i] = fget;
          code.cacheObj2[i] = fget.code;
          return;
        }
        const member = descr instanceof PyMemberDescriptor && dt === T.member_descriptor;
        rewrite(code, i, member ? Op.LOAD_ATTR_SLOT : Op.LOAD_ATTR_SLOT_GETSET, F);
        if (member) code.cacheI[i] = descr.index;
        code.cacheObj[i] = t;
        code.cacheA[i] = t.version;
        code.cacheVal[i] = descr;
        return;
      }
    }
    const d = o.dict;
    if (descr !== undefined && surelyAbsent(d, name)) {
      // A plain class attribute, or a method read without a call (`getrandbits =
      // self.getrandbits`), bound at each load by its descrGet.
      const dt = typeOf(descr);
      const bound = dt === T.function || dt === T.method_descriptor;
      if (bound || dt.slots.descrGet === undefined) {
        rewrite(code, i, bound ? Op.LOAD_ATTR_BOUND : Op.LOAD_ATTR_NONDESCRIPTOR, F);
        code.cacheObj[i] = t;
        code.cacheA[i] = t.version;
        code.cacheVal[i] = descr;
        if (bound) code.cacheObj2[i] = dt.slots.descrGet;
        return;
      }
    }
    if (d !== null) {
      const idx = d.fast.get(name);
      if (idx !== undefined) {
        rewrite(code, i, Op.LOAD_ATTR_INSTANCE_VALUE, F);
        code.cacheObj[i] = t;
        code.cacheA[i] = t.version;
        code.cacheI[i] = idx;
        return;
      }
    }
  }
  fail(code, i, F);
}

export function specializeStoreAttr(code: VMCode, i: number, o: PyObject, name: string, v: PyObject): void {
  // A store that adds the attribute (an __init__ on a fresh instance) is cached too: the
  // specialised form appends to the instance dict when the cached entry is not there.
  setAttr(o, name, v);
  if (!ready(code, i)) return;
  const sa = o instanceof PyObj ? o.cls.slots.setattro : undefined;
  if (o instanceof PyObj && !(o instanceof PyType) && (sa === genericSetAttr || sa === T.object.slots.setattro)) {
    const t = o.cls;
    const descr = t.lookup(name);
    if (descr instanceof PyMemberDescriptor && descr.cls === T.member_descriptor) {
      rewrite(code, i, Op.STORE_ATTR_SLOT, Family.STORE_ATTR);
      code.cacheObj[i] = t;
      code.cacheA[i] = t.version;
      code.cacheI[i] = descr.index;
      return;
    }
    if (descr instanceof PyProperty && descr.cls === T.property) {
      // A property whose setter is a VM function taking (self, value): the loop pushes the
      // setter's frame, its return value dropped.
      const fset = descr.fset;
      if (fset instanceof PyFunction && fset.code instanceof VMCode && fset.code.simpleArgs && fset.code.co_argcount === 2) {
        rewrite(code, i, Op.STORE_ATTR_PROPERTY, Family.STORE_ATTR);
        code.cacheObj[i] = t;
        code.cacheA[i] = t.version;
        code.cacheVal[i] = fset;
        code.cacheObj2[i] = fset.code;
        return;
      }
    }
    const idx = o.dict !== null && name !== '__dict__' ? o.dict.fast.get(name) : undefined;
    if (idx !== undefined && (descr === undefined || typeOf(descr).slots.descrSet === undefined)) {
      rewrite(code, i, Op.STORE_ATTR_INSTANCE_VALUE, Family.STORE_ATTR);
      code.cacheObj[i] = t;
      code.cacheA[i] = t.version;
      code.cacheI[i] = idx;
      return;
    }
  }
  fail(code, i, Family.STORE_ATTR);
}

/**
 * A call of a class whose metaclass is `type`, __new__ object's (or BaseException's: `excNew`) and __init__ a VM function
 * taking exactly the positional arguments (CPython 3.13's CALL_ALLOC_AND_ENTER_INIT): the class
 * and its version (which covers __init__ and __new__ along the MRO) are the guard.
 */
export function specializeClassCall(code: VMCode, i: number, cls: PyType, init: PyFunction, nargs: number, kw: string[] | null, excNew = false): void {
  if (!ready(code, i)) return;
  const c2 = init.code;
  // (Trailing parameters may be left to __defaults__, read at each call.)
  const have = nargs + 1;
  if (kw === null && cls.cls === T.type && c2 instanceof VMCode && c2.simpleArgs && (have === c2.co_argcount || (have < c2.co_argcount && init.defaults !== null && have + init.defaults.length >= c2.co_argcount))) {
    rewrite(code, i, Op.CALL_ALLOC_AND_ENTER_INIT, Family.CALL);
    code.cacheObj[i] = cls;
    code.cacheA[i] = cls.version;
    code.cacheVal[i] = init;
    // 1: __new__ is BaseException's, which also sets the instance's args to the call's.
    code.cacheB[i] = excNew ? 1 : 0;
    return;
  }
  fail(code, i, Family.CALL);
}

/**
 * LOAD_METHOD's generic path: [method, self] when a plain function or method descriptor is found
 * on the type and the instance does not shadow it, else [NULL, getattr(o, name)]. Returns sp.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function specializeLoadMethod(code: VMCode, i: number, regs: any[], sp: number, name: string): number {
  const o = regs[sp - 1] as PyObject;
  const spec = ready(code, i);
  if (o instanceof PyType) {
    const v = getAttr(o, name);
    if (spec) {
      const meta = typeOf(o);
      const metaAttr = meta === T.type ? meta.lookup(name) : undefined;
      const attr = o.lookup(name);
      const metaOk = meta === T.type && (metaAttr === undefined || typeOf(metaAttr).slots.descrSet === undefined);
      if (metaOk && ((attr === v && (attr instanceof PyFunction || typeOf(attr).slots.descrGet === undefined)) ||
        // (A staticmethod's function, which its __get__ returns: Cls.helper(x).)
        (attr instanceof PyStaticMethod && attr.cls === T.staticmethod && v === attr.func))) {
        rewrite(code, i, Op.LOAD_METHOD_CLASS, Family.LOAD_METHOD);
        code.cacheObj[i] = o;
        code.cacheA[i] = o.version;
        code.cacheVal[i] = v;
      } else if (metaOk && attr instanceof PyClassMethod && attr.cls === T.classmethod && attr.func instanceof PyFunction) {
        // Cls.factory(x): the function with the class as its first argument, no bound method.
        rewrite(code, i, Op.LOAD_METHOD_WRAPPED, Family.LOAD_METHOD);
        code.cacheObj[i] = o;
        code.cacheA[i] = o.version;
        code.cacheVal[i] = attr.func;
        code.cacheI[i] = 0;
      } else fail(code, i, Family.LOAD_METHOD);
    }
    regs[sp - 1] = null;
    regs[sp++] = v;
    return sp;
  }
  const t = typeOf(o);
  if (genericAttrType(t)) {
    const meth = t.lookup(name);
    if (meth instanceof PyFunction || meth instanceof PyMethodDescriptor) {
      const d = o instanceof PyObj ? o.dict : null;
      if (surelyAbsent(d, name)) {
        if (spec) {
          rewrite(code, i, d === null && !(o instanceof PyObj && t.hasInstanceDict) ? Op.LOAD_METHOD_NO_DICT : Op.LOAD_METHOD_WITH_DICT, Family.LOAD_METHOD);
          code.cacheObj[i] = t;
          code.cacheA[i] = t.version;
          code.cacheVal[i] = meth;
        }
        regs[sp - 1] = meth;
        regs[sp++] = o;
        return sp;
      }
    }
    if (((meth instanceof PyClassMethod && meth.cls === T.classmethod) || (meth instanceof PyStaticMethod && meth.cls === T.staticmethod)) &&
      meth.func instanceof PyFunction && o instanceof PyObj && !(o instanceof PyType) && surelyAbsent(o.dict, name)) {
      // obj.factory(x) / obj.helper(x): the function with the class first, or alone.
      const cm = meth instanceof PyClassMethod;
      if (spec) {
        rewrite(code, i, Op.LOAD_METHOD_WRAPPED, Family.LOAD_METHOD);
        code.cacheObj[i] = t;
        code.cacheA[i] = t.version;
        code.cacheVal[i] = meth.func;
        code.cacheI[i] = cm ? 1 : 2;
      }
      regs[sp - 1] = cm ? meth.func : null;
      regs[sp++] = cm ? t : meth.func;
      return sp;
    }
  }
  if (spec) {
    if (o instanceof PyModule && o.cls === T.module) {
      const idx = o.dict.fast.get(name);
      if (idx !== undefined && T.module.lookup(name) === undefined) {
        rewrite(code, i, Op.LOAD_METHOD_MODULE, Family.LOAD_METHOD);
        code.cacheA[i] = o.dict.keysVersion;
        code.cacheI[i] = idx;
      } else fail(code, i, Family.LOAD_METHOD);
    } else fail(code, i, Family.LOAD_METHOD);
  }
  regs[sp - 1] = null;
  regs[sp++] = getAttr(o, name);
  return sp;
}

// ---- calls -----------------------------------------------------------------------------------------------

export function specializeCall(code: VMCode, i: number, callable: PyObject, nargs: number, kw: string[] | null, isMethod = false): void {
  if (!ready(code, i)) return;
  if (kw === null) {
    if (isMethod && callable instanceof PyMethodDescriptor) {
      const append = callable === T.list.dict.getStr('append') && nargs === 2;
      rewrite(code, i, append ? Op.CALL_LIST_APPEND : Op.CALL_METHOD_DESCRIPTOR, Family.CALL);
      code.cacheObj[i] = callable;
      return;
    }
    if (callable instanceof PyFunction) {
      const c2 = callable.code;
      if (c2 instanceof VMCode && c2.simpleArgs && nargs === c2.co_argcount) {
        rewrite(code, i, Op.CALL_PY_EXACT_ARGS, Family.CALL);
        code.cacheObj[i] = c2;
        return;
      }
      const defs = callable.defaults;
      if (c2 instanceof VMCode && c2.simpleArgs && nargs < c2.co_argcount && defs !== null && nargs + defs.length >= c2.co_argcount) {
        rewrite(code, i, Op.CALL_PY_WITH_DEFAULTS, Family.CALL);
        code.cacheObj[i] = c2;
        return;
      }
    } else if (callable instanceof PyBuiltinFunction) {
      rewrite(code, i, Op.CALL_BUILTIN, Family.CALL);
      code.cacheObj[i] = callable;
      return;
    } else if (callable === T.super && nargs === 0 && superSite(code, i)) {
      rewrite(code, i, Op.CALL_SUPER_METHOD, Family.CALL);
      return;
    } else if (callable === T.type && nargs === 1) {
      rewrite(code, i, Op.CALL_TYPE_1, Family.CALL);
      return;
    } else if (callable instanceof PyType && callable !== T.type && typeOf(callable).slots.call === typeCall) {
      rewrite(code, i, Op.CALL_BUILTIN_CLASS, Family.CALL);
      code.cacheObj[i] = callable;
      code.cacheA[i] = callable.version;
      return;
    }
  }
  fail(code, i, Family.CALL);
}

/**
 * Can the CALL 0 of `super` at `i` be CALL_SUPER_METHOD (super-method.ts)? A LOAD_METHOD
 * follows it and the function has a first argument and a __class__ free variable; sets the
 * site's cacheI to the cell's slot and cacheB to 1 when the first argument is a cell.
 */
function superSite(code: VMCode, i: number): boolean {
  if ((code.original[i + 1] & 0xff) !== Op.LOAD_METHOD || code.co_argcount === 0) return false;
  const slot = code.classCellSlot();
  if (slot < 0) return false;
  code.cacheI[i] = slot;
  code.cacheB[i] = code.localsplusKinds[0] & FAST_CELL ? 1 : 0;
  code.cacheObj[i] = null;
  return true;
}

// ---- operators -------------------------------------------------------------------------------------------

function isExactFloat(v: PyObject): boolean {
  return v instanceof PyFloat && v.cls === T.float;
}

/** An int held as a JS number or an exact float: what the float forms take. */
function numericOperand(v: PyObject): boolean {
  return typeof v === 'number' || isExactFloat(v);
}

/**
 * A specialised int instruction (+, -, *, comparisons) whose operands are now an int and a float
 * or two floats: the site mixes the two kinds, so it becomes the float form, which handles two
 * ints as well (vm.ts mixedFloat, mixedCompare), instead of going back to the generic
 * instruction and flip-flopping between the int and float forms. False for any other
 * instruction or operands (the caller deoptimises).
 */
export function numericSite(code: VMCode, i: number, a: PyObject, b: PyObject): boolean {
  let to: Op;
  let f: Family;
  switch (code.code[i] & 0xff) {
    case Op.BINARY_OP_ADD_INT: to = Op.BINARY_OP_ADD_FLOAT; f = Family.BINARY_OP; break;
    case Op.BINARY_OP_SUBTRACT_INT: to = Op.BINARY_OP_SUBTRACT_FLOAT; f = Family.BINARY_OP; break;
    case Op.BINARY_OP_MULTIPLY_INT: to = Op.BINARY_OP_MULTIPLY_FLOAT; f = Family.BINARY_OP; break;
    case Op.COMPARE_OP_INT: to = Op.COMPARE_OP_FLOAT; f = Family.COMPARE_OP; break;
    default: return false;
  }
  if (!numericOperand(a) || !numericOperand(b) || (typeof a === 'number' && typeof b === 'number')) return false;
  stats.misses[f]++;
  rewrite(code, i, to, f);
  return true;
}

/** An exact int (not a bool) or float: its binary dunders return NotImplemented for any other kind of object. */
function plainNumber(v: PyObject): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || (v instanceof PyFloat && v.cls === T.float);
}

/** A subclass of int, float or complex (whose instances the numbers' reflected dunders take). */
function numericClass(t: PyType): boolean {
  return t.isSubtype(T.int) || t.isSubtype(T.float) || t.isSubtype(T.complex);
}

export function specializeBinaryOp(code: VMCode, i: number, a: PyObject, b: PyObject, nb: number): void {
  if (!ready(code, i)) return;
  const base = nb >= NB.INPLACE ? nb - NB.INPLACE : nb;
  if (typeof a === 'number' && typeof b === 'number') {
    if (base === NB.ADD) return rewrite(code, i, Op.BINARY_OP_ADD_INT, Family.BINARY_OP);
    if (base === NB.SUBTRACT) return rewrite(code, i, Op.BINARY_OP_SUBTRACT_INT, Family.BINARY_OP);
    if (base === NB.MULTIPLY) return rewrite(code, i, Op.BINARY_OP_MULTIPLY_INT, Family.BINARY_OP);
    if (base !== NB.POWER && base !== NB.MATRIX_MULTIPLY) return rewrite(code, i, Op.BINARY_OP_INT, Family.BINARY_OP);
  } else if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    // A big int operand: the general int form (its fast path is for safe ints; big ones take
    // the loop's int tail without deoptimising, see intTail in vm-generic.ts).
    if (base !== NB.POWER && base !== NB.MATRIX_MULTIPLY) return rewrite(code, i, Op.BINARY_OP_INT, Family.BINARY_OP);
  } else if ((isExactFloat(a) || typeof a === 'number') && (isExactFloat(b) || typeof b === 'number')) {
    if (base === NB.ADD) return rewrite(code, i, Op.BINARY_OP_ADD_FLOAT, Family.BINARY_OP);
    if (base === NB.SUBTRACT) return rewrite(code, i, Op.BINARY_OP_SUBTRACT_FLOAT, Family.BINARY_OP);
    if (base === NB.MULTIPLY) return rewrite(code, i, Op.BINARY_OP_MULTIPLY_FLOAT, Family.BINARY_OP);
    if (base === NB.TRUE_DIVIDE) return rewrite(code, i, Op.BINARY_OP_TRUEDIV_FLOAT, Family.BINARY_OP);
  } else if (typeof a === 'string' && typeof b === 'string' && base === NB.ADD) {
    return rewrite(code, i, nb === NB.ADD ? Op.BINARY_OP_ADD_UNICODE : Op.BINARY_OP_INPLACE_ADD_UNICODE, Family.BINARY_OP);
  } else if (a instanceof PyObj && !(a instanceof PyType) && base !== NB.POWER && (b instanceof PyObj && b.cls === a.cls || (plainNumber(b) && !numericClass(a.cls)))) {
    // Two instances of one class (the reflected method is then never tried), or an instance of
    // a class that is no int, float or complex with an int or float on the right (`v * 2.0`:
    // the number's reflected method would return NotImplemented, so the left dunder's
    // NotImplemented is the TypeError as for one class): its dunder, when it is a VM function
    // taking (self, other) -- and, in place, when there is no __i<op>__. cacheI 1: numbers
    // on the right are taken too.
    const t = a.cls;
    const fn = t.lookup(`__${NB_SLOTS[base]}__`);
    if (fn instanceof PyFunction && fn.code instanceof VMCode && fn.code.simpleArgs && fn.code.co_argcount === 2 &&
      (nb === base || t.lookup(`__i${NB_SLOTS[base]}__`) === undefined)) {
      rewrite(code, i, Op.BINARY_OP_PY, Family.BINARY_OP);
      code.cacheObj[i] = t;
      code.cacheA[i] = t.version;
      code.cacheVal[i] = fn;
      code.cacheObj2[i] = fn.code;
      code.cacheI[i] = numericClass(t) ? 0 : 1;
      return;
    }
  }
  fail(code, i, Family.BINARY_OP);
}

const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/**
 * An instance `o` whose class runs its Python `dunder` for `slot`, that dunder a plain VM
 * function taking exactly `argc` positional parameters: rewrites site i to `op` (a *_PY
 * instruction, which pushes the dunder's frame) with the class, its version, the function and
 * its code cached, and says true.
 */
function dunderSite(code: VMCode, i: number, o: PyObject, slot: 'richcompare' | 'iternext' | 'getitem' | 'setitem', dunder: string, argc: number, op: Op, fam: Family): boolean {
  if (!(o instanceof PyObj) || o instanceof PyType || !slotCallsDunder(o.cls, slot)) return false;
  const t = o.cls;
  const fn = t.lookup(dunder);
  if (!(fn instanceof PyFunction) || !(fn.code instanceof VMCode)) return false;
  const c = fn.code;
  if (!c.simpleArgs || c.co_argcount !== argc || c.isGenerator || c.isCoroutine || c.isAsyncGenerator) return false;
  rewrite(code, i, op, fam);
  code.cacheObj[i] = t;
  code.cacheA[i] = t.version;
  code.cacheVal[i] = fn;
  code.cacheObj2[i] = c;
  return true;
}

export function specializeCompareOp(code: VMCode, i: number, a: PyObject, b: PyObject): void {
  if (!ready(code, i)) return;
  // (A big int operand: the int form too, whose tail compares it without deoptimising.)
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return rewrite(code, i, Op.COMPARE_OP_INT, Family.COMPARE_OP);
  if (numericOperand(a) && numericOperand(b)) return rewrite(code, i, Op.COMPARE_OP_FLOAT, Family.COMPARE_OP);
  const cmp = code.original[i] >> 8;
  if (typeof a === 'string' && typeof b === 'string' && (cmp === 2 || cmp === 3)) return rewrite(code, i, Op.COMPARE_OP_STR, Family.COMPARE_OP);
  // Two instances of one class (the reflected method comes second): its dunder.
  if (b instanceof PyObj && b.cls === (a as PyObj).cls && dunderSite(code, i, a, 'richcompare', CMP_DUNDERS[cmp], 2, Op.COMPARE_OP_PY, Family.COMPARE_OP)) return;
  fail(code, i, Family.COMPARE_OP);
}

export function specializeSubscr(code: VMCode, i: number, o: PyObject, k: PyObject): void {
  if (!ready(code, i)) return;
  if (typeof k === 'number') {
    if (o instanceof PyList && o.cls === T.list) return rewrite(code, i, Op.BINARY_SUBSCR_LIST_INT, Family.BINARY_SUBSCR);
    if (o instanceof PyTuple && o.cls === T.tuple) return rewrite(code, i, Op.BINARY_SUBSCR_TUPLE_INT, Family.BINARY_SUBSCR);
  }
  if (o instanceof PyDict && o.cls === T.dict) return rewrite(code, i, Op.BINARY_SUBSCR_DICT, Family.BINARY_SUBSCR);
  if (dunderSite(code, i, o, 'getitem', '__getitem__', 2, Op.BINARY_SUBSCR_PY, Family.BINARY_SUBSCR)) return;
  fail(code, i, Family.BINARY_SUBSCR);
}

export function specializeStoreSubscr(code: VMCode, i: number, o: PyObject, k: PyObject): void {
  if (!ready(code, i)) return;
  if (typeof k === 'number' && o instanceof PyList && o.cls === T.list) return rewrite(code, i, Op.STORE_SUBSCR_LIST_INT, Family.STORE_SUBSCR);
  if (o instanceof PyDict && o.cls === T.dict) return rewrite(code, i, Op.STORE_SUBSCR_DICT, Family.STORE_SUBSCR);
  if (dunderSite(code, i, o, 'setitem', '__setitem__', 3, Op.STORE_SUBSCR_PY, Family.STORE_SUBSCR)) return;
  fail(code, i, Family.STORE_SUBSCR);
}

export function specializeForIter(code: VMCode, i: number, it: PyObject): void {
  if (!ready(code, i)) return;
  // `for x in ...:` with a local x: the store is fused in (cacheI: the local's slot).
  const next = code.original[i + 1];
  const store = (next & 0xff) === Op.STORE_FAST;
  if (store) code.cacheI[i] = next >> 8;
  if (it instanceof PyRangeIter) return rewrite(code, i, store ? Op.FOR_ITER_RANGE_STORE : Op.FOR_ITER_RANGE, Family.FOR_ITER);
  if (it instanceof PyListIter) return rewrite(code, i, store ? Op.FOR_ITER_LIST_STORE : Op.FOR_ITER_LIST, Family.FOR_ITER);
  if (it instanceof PySeqArrayIter && it.cls === T.tuple_iterator) return rewrite(code, i, Op.FOR_ITER_TUPLE, Family.FOR_ITER);
  if (it instanceof PyGenerator) return rewrite(code, i, Op.FOR_ITER_GEN, Family.FOR_ITER);
  if (dunderSite(code, i, it, 'iternext', '__next__', 1, Op.FOR_ITER_PY, Family.FOR_ITER)) return;
  if (it instanceof PyObj && !(it instanceof PyType)) {
    const t = it.cls;
    const step = pairSteps.get(t);
    const after = code.original[i + 1];
    if (step !== undefined && (after & 0xff) === Op.UNPACK_SEQUENCE && after >> 8 === 2) {
      // for a, b in enumerate(...) / zip(x, y) / d.items(): no tuple per step.
      rewrite(code, i, Op.FOR_ITER_PAIR, Family.FOR_ITER);
      code.cacheObj[i] = t;
      code.cacheVal2[i] = step;
      return;
    }
    const next = t.slots.iternext;
    if (next !== undefined && !slotCallsDunder(t, 'iternext')) {
      // A native iterator (zip, enumerate, map, dict/set/str iterators, ...): its slot.
      rewrite(code, i, Op.FOR_ITER_NATIVE, Family.FOR_ITER);
      code.cacheObj[i] = t;
      code.cacheVal2[i] = next;
      return;
    }
  }
  fail(code, i, Family.FOR_ITER);
}

export function specializeUnpack(code: VMCode, i: number, v: PyObject, n: number): void {
  if (!ready(code, i)) return;
  if (v instanceof PyTuple && v.cls === T.tuple && v.items.length === n) {
    return rewrite(code, i, n === 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE, Family.UNPACK_SEQUENCE);
  }
  if (v instanceof PyList && v.cls === T.list && v.items.length === n) return rewrite(code, i, Op.UNPACK_SEQUENCE_LIST, Family.UNPACK_SEQUENCE);
  fail(code, i, Family.UNPACK_SEQUENCE);
}

// ---- the --stats report ------------------------------------------------------------------------------------

export function formatStats(): string {
  const counts = stats.counts;
  if (counts === null) return '';
  let out = 'VM instructions executed (per opcode):\n';
  const rows: [string, number][] = [];
  let total = 0;
  for (let op = 1; op < Op.COUNT; op++) {
    if (counts[op] > 0) {
      rows.push([OPS[op].name, counts[op]]);
      total += counts[op];
    }
  }
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [name, n] of rows) out += `  ${name.padEnd(32)} ${String(n).padStart(12)}  ${((100 * n) / total).toFixed(1).padStart(5)}%\n`;
  out += `  ${'total'.padEnd(32)} ${String(total).padStart(12)}\n`;
  let spec = 0;
  for (let op = SPECIALISED_BASE; op < Op.COUNT; op++) spec += counts[op];
  out += `  specialised instructions: ${total === 0 ? '0.0' : ((100 * spec) / total).toFixed(1)}% of all executed\n`;
  out += '\nSpecialisation (per family):\n';
  out += `  ${'family'.padEnd(16)} ${'specialised'.padStart(11)} ${'failed'.padStart(9)} ${'hits'.padStart(12)} ${'misses'.padStart(10)} ${'deopts'.padStart(8)}\n`;
  for (let fam = 0; fam < Family.COUNT; fam++) {
    out += `  ${FAMILY_NAMES[fam].padEnd(16)} ${String(stats.specialised[fam]).padStart(11)} ${String(stats.failures[fam]).padStart(9)} ${String(stats.hits[fam]).padStart(12)} ${String(stats.misses[fam]).padStart(10)} ${String(stats.deopts[fam]).padStart(8)}\n`;
  }
  return out;
}
