// A VM frame: one register array holding the local slots, the cells and free variables
// (code.ts's slot layout) and then the value stack; the globals/builtins dicts; the *_NAME
// mapping for module and class bodies and exec'd code; where to resume (pc, sp) when it is
// not running; and the VM frame to return into. Implements FrameAccess so globals(), locals(),
// vars(), exec() and zero-argument super() work on it.

import type { PyObject } from '../../src/objects/object.js';
import { PyDict, newSharedDict, EMPTY_SHAPE, type DictShape } from '../../src/objects/dict.js';
import { PyCell, type PyFunction } from '../../src/objects/function.js';
import { type FrameAccess, localsDictFor } from '../../src/runtime/frame-access.js';
import type { Backend } from '../../src/runtime/backend.js';
import type { PyGenerator } from '../treewalk/generator.js';
import { CoFlags } from '../../src/objects/function.js';
import { PyType } from '../../src/objects/type.js';
import { E, newError } from '../../src/objects/exception.js';
import { typeOf } from '../../src/objects/protocol.js';
import { markMutable } from '../../src/runtime/mutable-fields.js';
import { bindArguments } from '../../src/objects/arguments.js';
import { PyTuple, EMPTY_TUPLE } from '../../src/objects/tuple.js';
import { type VMCode, FAST_CELL, FAST_FREE } from './code.js';
import { cellToLocals } from '../../src/runtime/class-cells.js';
import { undefinedArray } from '../../src/objects/packed-array.js';
import { finalizers } from '../../src/objects/finalizers.js';
import { frameReturned, mayHoldFinalizable, paramSlots } from '../../src/runtime/early-finalize.js';

/** A new register array: a packed array of undefined (src/objects/packed-array.ts). */
export const newRegs = undefinedArray;

/** A register array holding the slots of `a` (e.g. bindArguments' result). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function packRegs(a: unknown[], n: number): any[] {
  const r = newRegs(n);
  for (let i = 0; i < a.length; i++) if (a[i] !== undefined) r[i] = a[i];
  return r;
}

/**
 * The frame of a call of `fn` (its VM code `code`, not a generator): `self` first when given,
 * then `src[start .. start + n)`. Exactly the positional parameters go straight into their
 * slots; anything else (keywords, defaults, *args/**kwargs, errors) is bound by bindArguments.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function argumentFrame(fn: PyFunction, code: VMCode, self: PyObject | undefined, src: any[], start: number, n: number, kw: string[] | null): VMFrame {
  const k = self === undefined ? 0 : 1;
  if (kw === null && code.simpleArgs && n + k === code.co_argcount) {
    const f = frameFor(code, fn);
    const r = f.regs;
    if (k === 1) r[0] = self;
    for (let j = 0; j < n; j++) r[j + k] = src[start + j];
    return f;
  }
  if (kw === null && code.varargsOnly && n + k >= code.co_argcount) {
    // def f(a, *rest) called positionally: the parameters, then the rest as a tuple.
    const f = frameFor(code, fn);
    const r = f.regs;
    const argc = code.co_argcount;
    const rest: PyObject[] = new Array(n + k - argc);
    for (let i = 0; i < n + k; i++) {
      const v = i < k ? self : src[start + i - k];
      if (i < argc) r[i] = v;
      else rest[i - argc] = v;
    }
    r[argc] = rest.length === 0 ? EMPTY_TUPLE : new PyTuple(rest);
    return f;
  }
  if (kw !== null && code.kwBindable) {
    const f = keywordFrame(fn, code, self, src, start, n, kw);
    if (f !== null) return f;
  }
  if (kw !== null && (code.co_flags & CoFlags.VARKEYWORDS) !== 0) {
    const f = kwargsFrame(fn, code, self, src, start, n, kw);
    if (f !== null) return f;
  }
  const args = src.slice(start, start + n);
  if (k === 1) args.unshift(self);
  const bound = bindArguments(fn, code, args, kw, code.frameSize);
  const f = frameFor(code, fn);
  const r = f.regs;
  for (let i = 0; i < bound.length; i++) if (bound[i] !== undefined) r[i] = bound[i];
  return f;
}

/**
 * A keyword call of a function without *args/**kwargs, bound without an arguments array: each
 * keyword goes to its parameter's slot (the slots of the code's last keyword-names array are
 * cached on it), missing parameters take their defaults. Null when the call is not one that
 * binds (an unknown or positional-only name, a parameter given twice, one missing, too many
 * positional arguments): bindArguments then raises CPython's error.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function keywordFrame(fn: PyFunction, code: VMCode, self: PyObject | undefined, src: any[], start: number, n: number, kw: string[]): VMFrame | null {
  if (code.kwNames !== kw) keywordSlots(code, kw);
  const slots = code.kwSlots;
  if (slots === null) return null;
  const k = self === undefined ? 0 : 1;
  const nkw = kw.length;
  const npos = n - nkw;
  const argc = code.co_argcount;
  const total = argc + code.co_kwonlyargcount;
  if (npos + k > argc || code.kwFirstSlot < npos + k) return null;
  // Every parameter not given: a default, or the call does not bind.
  const given = code.kwGiven!;
  const defaults = fn.defaults;
  const firstDefault = argc - (defaults === null ? 0 : defaults.length);
  for (let i = npos + k; i < firstDefault; i++) if (given[i] === 0) return null;
  const f = frameFor(code, fn);
  const r = f.regs;
  if (k === 1) r[0] = self;
  for (let j = 0; j < npos; j++) r[j + k] = src[start + j];
  for (let i = 0; i < nkw; i++) r[slots[i]] = src[start + npos + i];
  return fillDefaults(f, fn, given, npos + k, argc, total, firstDefault);
}

/**
 * The parameters from `from` on that the call did not give (`given`): positional ones from
 * the defaults (known to be there), keyword-only ones from the keyword defaults; the frame, or
 * null (the frame released) when a keyword-only one has none.
 */
function fillDefaults(f: VMFrame, fn: PyFunction, given: Uint8Array, from: number, argc: number, total: number, firstDefault: number): VMFrame | null {
  const r = f.regs;
  const defaults = fn.defaults;
  const varnames = f.code.co_varnames;
  const kwdefaults = fn.kwdefaults;
  for (let i = from; i < total; i++) {
    if (given[i] !== 0) continue;
    if (i < argc) r[i] = defaults![i - firstDefault];
    else {
      const v = kwdefaults === null ? undefined : kwdefaults.getStr(varnames[i]);
      if (v === undefined) {
        releaseFrame(f);
        return null;
      }
      r[i] = v;
    }
  }
  return f;
}

/**
 * A keyword call of a function with **kwargs (and perhaps *args), bound without an arguments
 * array: a keyword naming a parameter goes to its slot, the others into the new **kwargs dict
 * in call order (along the key-sharing layouts cached with the slots: no layout lookups per
 * key), positional arguments past the parameters into *args. Null when the call does not bind
 * (too many positional arguments without *args, a parameter given twice, one missing):
 * bindArguments then raises CPython's error.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function kwargsFrame(fn: PyFunction, code: VMCode, self: PyObject | undefined, src: any[], start: number, n: number, kw: string[]): VMFrame | null {
  if (code.kwxNames !== kw) kwargsSlots(code, kw);
  const slots = code.kwxSlots!;
  const k = self === undefined ? 0 : 1;
  const nkw = kw.length;
  const npos = n - nkw;
  const argc = code.co_argcount;
  const total = argc + code.co_kwonlyargcount;
  const varargs = (code.co_flags & CoFlags.VARARGS) !== 0;
  const bound = Math.min(npos + k, argc);
  if ((npos + k > argc && !varargs) || code.kwxFirst < bound) return null;
  const given = code.kwxGiven!;
  const defaults = fn.defaults;
  const firstDefault = argc - (defaults === null ? 0 : defaults.length);
  for (let i = bound; i < firstDefault; i++) if (given[i] === 0) return null;
  const f = frameFor(code, fn);
  const r = f.regs;
  for (let i = 0; i < bound; i++) r[i] = i < k ? self : src[start + i - k];
  let slot = total;
  if (varargs) {
    const extra = npos + k - bound;
    if (extra === 0) r[slot] = EMPTY_TUPLE;
    else {
      const rest: PyObject[] = new Array(extra);
      for (let i = 0; i < extra; i++) rest[i] = bound + i < k ? self! : src[start + bound + i - k];
      r[slot] = new PyTuple(rest);
    }
    slot++;
  }
  const d = newSharedDict();
  const shapes = code.kwxShapes;
  let e = 0;
  for (let i = 0; i < nkw; i++) {
    const s = slots[i];
    const v = src[start + npos + i];
    if (s >= 0) r[s] = v;
    else if (shapes !== null) d.appendShared(shapes[e++], v);
    else d.setStr(kw[i], v);
  }
  r[slot] = d;
  return fillDefaults(f, fn, given, bound, argc, total, firstDefault);
}

/** The slot of the parameter a keyword `name` can give (not a positional-only one), or -1. */
function keywordParam(code: VMCode, name: string, total: number): number {
  const varnames = code.co_varnames;
  for (let j = code.co_posonlyargcount; j < total; j++) if (varnames[j] === name) return j;
  return -1;
}

/**
 * kwargsFrame's cache for the keyword names `kw`: each name's parameter slot (a positional-only
 * name is not one: it goes into **kwargs, as in CPython) or -1, the parameters given, the lowest
 * such slot, and the dict's layouts for the other names in order.
 */
function kwargsSlots(code: VMCode, kw: string[]): void {
  const slots = new Int32Array(kw.length);
  const total = code.co_argcount + code.co_kwonlyargcount;
  const given = new Uint8Array(total);
  let first = total;
  let shape: DictShape | null = EMPTY_SHAPE;
  const shapes: DictShape[] = [];
  for (let i = 0; i < kw.length; i++) {
    const idx = keywordParam(code, kw[i], total);
    slots[i] = idx;
    if (idx >= 0) {
      given[idx] = 1;
      if (idx < first) first = idx;
    } else if (shape !== null) {
      shape = shape.fast.has(kw[i]) ? null : shape.child(kw[i]);
      if (shape !== null) shapes.push(shape);
    }
  }
  code.kwxNames = kw;
  code.kwxSlots = slots;
  code.kwxGiven = given;
  code.kwxFirst = first;
  code.kwxShapes = shape === null ? null : shapes;
}

/**
 * Caches on the code the parameter slot of each keyword name, which parameters they give and
 * the lowest such slot; kwSlots null when a name is not a keyword-passable parameter or two
 * name the same one.
 */
function keywordSlots(code: VMCode, kw: string[]): void {
  const slots = new Int32Array(kw.length);
  const total = code.co_argcount + code.co_kwonlyargcount;
  const given = new Uint8Array(total);
  let first = total;
  code.kwNames = kw;
  code.kwSlots = null;
  for (let i = 0; i < kw.length; i++) {
    const idx = keywordParam(code, kw[i], total);
    if (idx < 0 || given[idx] !== 0) return;
    slots[i] = idx;
    given[idx] = 1;
    if (idx < first) first = idx;
  }
  code.kwSlots = slots;
  code.kwGiven = given;
  code.kwFirstSlot = first;
}

let framesMarked = false;
const FRAME_MUTABLE = [
  'fn', 'globals', 'builtins', 'locals', 'back', 'caller', 'pc', 'sp', 'lasti', 'gen', 'started', 'yielded',
  'initSelf', 'resumeMode', 'handledBase', 'sink', 'csink', 'escaped', 'localsSnapshot',
] as const;

export class VMFrame implements FrameAccess {
  code: VMCode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  regs: any[];
  fn: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The *_NAME namespace (module dict, class namespace, exec locals); null in functions. */
  locals: PyObject | null;
  back: FrameAccess | null;
  /** The VM frame that called this one inside the same dispatch loop (null: an entry frame). */
  caller: VMFrame | null;
  /** Next instruction and stack pointer, saved while the frame is not running. */
  pc: number;
  sp: number;
  /** The instruction being executed (or last executed): its line is the frame's line. */
  lasti: number;
  /** Generator frames: suspended by YIELD_VALUE, resumed by the generator object. */
  gen: PyGenerator | null;
  started: boolean;
  /** Set by the loop when the entry frame returned by yielding (not by returning). */
  yielded: boolean;
  /**
   * How RETURN_VALUE hands this frame's result to the instruction that pushed it: an __init__
   * frame pushed by a class call gives this instance instead; NotImplemented marks a
   * BINARY_OP_PY dunder, COMPARE_PENDING a COMPARE_OP_PY dunder, FOR_PENDING the __next__ of
   * a FOR_ITER_PY (its StopIteration ends the caller's loop: unwind), DISCARD_PENDING the
   * __setitem__ of a STORE_SUBSCR_PY (no result). Null: a plain call.
   */
  initSelf: PyObject | null;
  /**
   * A generator frame resumed inside a running loop (generator.ts, resumeInline): how its
   * caller takes what it yields or returns (a Resume), and the handled-exception stack's
   * height below the generator's own entries.
   */
  resumeMode: number;
  handledBase: number;
  /**
   * A generator frame run by a native consumer for all its items (drainGenerator,
   * visitGenerator): YIELD_VALUE in the entry frame offers the value here first; true: taken,
   * go on as if next() had resumed the frame; false: suspend and return it as usual.
   */
  sink: ((v: PyObject) => boolean) | null;
  /**
   * The same consumer's sink for a plain yield in a compiled loop of the frame (jit.ts): 0 when
   * it took the value and the loop goes on; 1 when the consumer stops (the frame stays
   * suspended after the yield); 2 when the consumer's own code moved the generator meanwhile.
   */
  csink: ((v: PyObject) => number) | null;
  /**
   * Something may refer to this frame after it returns (a traceback entry, a frame object and
   * its f_back chain): it is not reused for another call (releaseFrame).
   */
  escaped: boolean;
  private localsSnapshot: PyDict | null;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(code: VMCode, regs: any[], fn: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyObject | null) {
    if (code.counter.length !== code.code.length) code.allocCaches();
    this.code = code;
    this.regs = regs;
    this.fn = fn;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.back = null;
    this.caller = null;
    this.pc = 0;
    this.sp = code.nlocalsplus;
    this.lasti = 0;
    this.gen = null;
    this.started = false;
    this.yielded = false;
    this.initSelf = null;
    this.resumeMode = 0;
    this.handledBase = 0;
    this.sink = null;
    this.csink = null;
    this.escaped = false;
    this.localsSnapshot = null;
    if (!framesMarked) {
      framesMarked = true;
      // Pooled frames get another function and globals at reuse (frameFor); generator frames
      // change the rest (src/runtime/mutable-fields.ts).
      const dict = new PyDict();
      markMutable(this, FRAME_MUTABLE, { globals: dict, builtins: dict });
    }
  }

  /** Back to the state of a new frame of the same code, its slots empty (releaseFrame). */
  recycle(): void {
    const regs = this.regs;
    for (let i = 0; i < regs.length; i++) regs[i] = undefined;
    this.back = null;
    this.caller = null;
    this.pc = 0;
    this.sp = this.code.nlocalsplus;
    this.lasti = 0;
    this.started = false;
    this.initSelf = null;
    this.localsSnapshot = null;
  }

  get backend(): Backend {
    return this.code.backend;
  }

  get filename(): string {
    return this.code.co_filename;
  }

  get name(): string {
    return this.code.co_name;
  }

  /** The current line (the tree-walker's Frame has the same field; generator glue reads it). */
  get line(): number {
    // A generator not started yet is at its `def` line, as in CPython.
    if (!this.started) return this.code.co_firstlineno;
    return this.code.lineAt(this.lasti);
  }

  lineno(): number {
    return this.line;
  }

  globalsDict(): PyDict {
    return this.globals;
  }

  builtinsDict(): PyDict {
    return this.builtins;
  }

  slotValues(): readonly unknown[] {
    return this.regs.slice(0, this.code.nlocalsplus);
  }

  clearSlots(): void {
    this.regs.fill(undefined, 0, this.code.nlocalsplus);
  }

  localsMapping(): PyObject {
    if (this.locals !== null) {
      // A class body's __class__ cell goes to its namespace (deleted while empty): class-cells.ts.
      const code = this.code;
      if (code.co_cellvars.length > 0) {
        const kinds = code.localsplusKinds;
        for (let i = 0; i < kinds.length; i++) {
          if (!(kinds[i] & FAST_CELL)) continue;
          const c = this.regs[i];
          const v = c instanceof PyCell ? c.value : c;
          cellToLocals(this.locals, code.localsplusNames[i], v === null ? undefined : v);
        }
      }
      return this.locals;
    }
    // CPython 3.11: one dict per frame, refreshed from the slots and cells on each call.
    const d = (this.localsSnapshot ??= localsDictFor(this.fn));
    const code = this.code;
    const names = code.localsplusNames;
    const kinds = code.localsplusKinds;
    for (let i = 0; i < names.length; i++) {
      let v = this.regs[i];
      if (kinds[i] & (FAST_CELL | FAST_FREE)) v = v instanceof PyCell ? v.value : v;
      if (kinds[i] & FAST_FREE && !(code.co_flags & CoFlags.OPTIMIZED)) continue;
      if (v !== undefined && v !== null) d.setStr(names[i], v);
      else d.delete(names[i]);
    }
    return d;
  }

  /** CPython 3.11's super_init_without_args, with its errors. */
  superArgs(): [PyObject, PyObject] | null {
    const code = this.code;
    if (code.co_argcount === 0) throw newError(E.RuntimeError, 'super(): no arguments');
    let first = this.regs[0];
    if (first instanceof PyCell && code.localsplusKinds[0] & FAST_CELL) first = first.value;
    if (first === undefined || first === null) throw newError(E.RuntimeError, 'super(): arg[0] deleted');
    const slot = code.classCellSlot();
    if (slot < 0) throw newError(E.RuntimeError, 'super(): __class__ cell not found');
    const cell = this.regs[slot];
    if (!(cell instanceof PyCell)) throw newError(E.RuntimeError, 'super(): bad __class__ cell');
    const cls = cell.value;
    if (cls === undefined) throw newError(E.RuntimeError, 'super(): empty __class__ cell');
    if (!(cls instanceof PyType)) throw newError(E.RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
    return [cls, first];
  }

}

/** Frames kept per code object: enough for the recursion depths that call in a hot loop. */
/** VMFrame.initSelf markers (identity only; never Python values). */
export const COMPARE_PENDING = { pending: 'compare' } as unknown as PyObject;
export const FOR_PENDING = { pending: 'for' } as unknown as PyObject;
export const DISCARD_PENDING = { pending: 'discard' } as unknown as PyObject;

const POOL_MAX = 32;

/**
 * A frame for a call of `fn` (plain VM function code `code`), its slots empty: a returned frame
 * of the same code when one is kept, else a new one. The caller fills the argument slots.
 */
export function frameFor(code: VMCode, fn: PyFunction): VMFrame {
  const pool = code.framePool;
  if (pool.length === 0) return new VMFrame(code, newRegs(code.frameSize), fn, fn.globals, fn.builtins, null);
  const f = pool.pop()!;
  f.fn = fn;
  f.globals = fn.globals;
  f.builtins = fn.builtins;
  return f;
}

/**
 * A function frame that returned (`result`: the value a normal return gave): kept for reuse unless something may still refer to it
 * (escaped). Generator frames and frames with a *_NAME mapping never come here.
 */
export function releaseFrame(f: VMFrame, result?: PyObject): void {
  // A normal return (its value given): the locals and cells that die with the frame may need
  // their finalizers now (early-finalize.ts), once the program may need early finalizers.
  if (result !== undefined && finalizers.on) localsDie(f, result);
  if (f.escaped) return;
  const pool = f.code.framePool;
  if (pool.length >= POOL_MAX) return;
  f.recycle();
  pool.push(f);
}

/**
 * Whether the caller of `f` may still hold the arguments (a native function calling it: an
 * entry frame, without a VM caller), so that a parameter's value does not die with the frame
 * or with the parameter's rebinding.
 */
export function argsHeld(f: VMFrame): boolean {
  return f.caller === null;
}

/** A returning frame's dying locals and cells, and what the caller holds (early-finalize.ts). */
function localsDie(f: VMFrame, result: PyObject): void {
  const code = f.code;
  const regs = f.regs;
  // (A frame VM code pushed has a caller, which moved the arguments off its stack into this
  // frame, as CPython's does: the parameters' values die too. One run for native code, which
  // may still hold them, has none: argsHeld.)
  const nparams = argsHeld(f) ? paramSlots(code) : 0;
  const end = code.nlocalsplus - code.co_freevars.length;
  // (Most returns have only ints, strs and None in the dying locals: nothing to look at.)
  let i = nparams;
  while (i < end) {
    const v = regs[i];
    if (mayHoldFinalizable(v instanceof PyCell ? v.value : v)) break;
    i++;
  }
  if (i === end) return;
  const value = (v: PyObject | undefined): PyObject | undefined => (v instanceof PyCell ? v.value : v);
  const keep: PyObject[] = [result];
  if (f.initSelf !== null && typeof f.initSelf === 'object') keep.push(f.initSelf as PyObject);
  for (let i = 0; i < nparams; i++) {
    const v = value(regs[i]);
    if (v !== undefined) keep.push(v);
  }
  const dying: PyObject[] = [];
  for (let i = nparams; i < end; i++) {
    const v = value(regs[i]);
    if (v !== undefined) dying.push(v);
  }
  if (dying.length > 0) frameReturned(dying, keep);
}

/** Marks `f` and its callers escaped (a traceback entry or frame object refers to it). */
export function pinFrame(f: VMFrame): void {
  for (let x: FrameAccess | null = f; x !== null && x.escaped === false; x = x.back) x.escaped = true;
}
