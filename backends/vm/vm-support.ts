// The VM's out-of-line instruction bodies: errors with CPython's messages, unpacking, building
// functions and classes, imports, f-string formatting, exception matching, pattern matching
// helpers and the await protocol. The dispatch loop (vm.ts) keeps only the hot paths inline.

import { formatResult } from '../../src/objects/str-format.js';
import { rebound, mayHoldFinalizable, paramSlots, argsDropped, peekAttr, peekItem, storeDropped } from '../../src/runtime/early-finalize.js';
import { builtinsFromGlobals } from '../../src/runtime/module.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict, DELETED } from '../../src/objects/dict.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyType } from '../../src/objects/type.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { PyFunction, PyCell, PyMethod, CoFlags } from '../../src/objects/function.js';
import { strValue } from '../../src/objects/str.js';
import { PyBaseException, E, newError, newErrorFromCause, engineErrorAsPython, newException } from '../../src/objects/exception.js';
import {
  typeOf, typeName, typeError, getAttr, call, getIter, iterNext, repr, str, getItem, setItem, richEqBool,
  getAttrOrUndefined, setAttr,
  isIterableType,
} from '../../src/objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../../src/objects/dunder.js';
import { PyMethodDescriptor } from '../../src/objects/native.js';
import { setExcField, getExcField } from '../../src/objects/exception-types.js';
import { factories } from '../../src/objects/factories.js';
import { iterateToArray, iterateToArrayHinted } from '../../src/objects/iterate.js';
import { hasNativeDictIter, mappingKeys } from '../../src/objects/dict-type.js';
import { type PySet, setUpdate as setUpdateInternal } from '../../src/objects/set.js';
import { isInstance } from '../../src/builtins/typecheck.js';
import { PyModule } from '../../src/runtime/module.js';
import { interp } from '../../src/runtime/interpreter.js';
import { mappingGet } from '../treewalk/frame.js';
import { PyGenerator, isIterableCoroutine } from '../treewalk/generator.js';
import { isDelegating } from './generator.js';
import { MF } from './opcodes.js';
import type { VMCode } from './code.js';
import { type VMFrame, argsHeld } from './frame.js';

// ---- name errors (semantics.md §3) ------------------------------------------------------------

export function nameError(name: string): PyBaseException {
  const e = newException(E.NameError, [`name '${name}' is not defined`]);
  setExcField(e, 'name', name);
  return e;
}

export function unboundLocal(name: string): PyBaseException {
  const e = newException(E.UnboundLocalError, [`cannot access local variable '${name}' where it is not associated with a value`]);
  return e;  // CPython leaves .name None on UnboundLocalError
}

export function unboundFree(name: string): PyBaseException {
  const e = newException(E.NameError, [`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`]);
  setExcField(e, 'name', name);
  return e;
}

/** An empty cell slot: UnboundLocalError for the block's own cells, NameError for free ones. */
export function unboundDeref(code: VMCode, slot: number): PyBaseException {
  const name = code.localsplusNames[slot];
  const ncellLimit = code.nlocalsplus - code.co_freevars.length;
  return slot < ncellLimit ? unboundLocal(name) : unboundFree(name);
}

/** The builtins namespace for code running with `globals`. */
export function builtinsFor(globals: PyDict): PyDict {
  return builtinsFromGlobals(globals, interp().builtins);
}

/** LOAD_GLOBAL when globals or builtins is a dict subclass: both through __getitem__ (and __missing__), uncached, as CPython. */
export function loadGlobalMapping(g: PyDict, bd: PyDict, name: string): PyObject {
  const v = mappingGet(g, name);
  if (v !== undefined) return v;
  const b = mappingGet(bd, name);
  if (b !== undefined) return b;
  throw nameError(name);
}

// ---- *_NAME on non-dict mappings -----------------------------------------------------------------

export function loadNameSlow(f: VMFrame, name: string): PyObject {
  const l = f.locals;
  if (l === null) throw newError(E.SystemError, `no locals when loading '${name}'`);
  const v = l instanceof PyDict && l.cls.isExactBuiltin ? l.getStr(name) : mappingGet(l, name);
  if (v !== undefined) return v;
  const g = f.globals.getStr(name);
  if (g !== undefined) return g;
  const bd = f.builtins;
  const b = bd.cls.isExactBuiltin ? bd.getStr(name) : mappingGet(bd, name);
  if (b !== undefined) return b;
  throw nameError(name);
}

export function storeNameSlow(f: VMFrame, name: string, v: PyObject): void {
  const l = f.locals;
  if (l === null) throw newError(E.SystemError, `no locals found when storing '${name}'`);
  if (l instanceof PyDict && l.cls.isExactBuiltin) l.setStr(name, v);
  else setItem(l, name, v);
}

/**
 * A module-level, class-body or `global` store once the program has a class with __del__: what
 * the rebinding dropped may need its finalizer now (early-finalize.ts).
 */
export function storeWatched(d: PyDict, name: string, v: PyObject): void {
  const old = d.getStr(name);
  if (d.cls.isExactBuiltin) d.setStr(name, v);
  else setItem(d, name, v);
  if (old !== undefined) rebound(old);
}

/** POP_TOP of regs[sp] once the program has a class with __del__ (the value is dropped). */
export function popWatched(f: VMFrame, regs: (PyObject | null | undefined)[], sp: number): void {
  const v = regs[sp];
  if (!(v instanceof PyObj) || v === None) return;
  regs[sp] = undefined;
  f.sp = sp;
  rebound(v);
}

/**
 * STORE_FAST (slot `i`, the value at `sp`, just popped) once early finalization is on: the
 * rebinding may drop the old value's last reference (early-finalize.ts; a parameter's is not
 * looked at when a native caller may still hold it: argsHeld).
 */
export function storeFastWatched(f: VMFrame, regs: (PyObject | null | undefined)[], i: number, sp: number): void {
  const old = regs[i];
  regs[i] = regs[sp];
  localDropped(f, i, old, sp);
}

/** STORE_DEREF the same way: the cell's old value. */
export function storeDerefWatched(f: VMFrame, regs: (PyObject | null | undefined)[], i: number, sp: number): void {
  const c = regs[i] as unknown as PyCell;
  const old = c.value;
  c.value = regs[sp] as PyObject;
  localDropped(f, i, old, sp);
}

/** Local slot `i` of `f` let go of `old` (the stack now ends at `sp`). */
function localDropped(f: VMFrame, i: number, old: PyObject | null | undefined, sp: number): void {
  if ((i >= paramSlots(f.code) || !argsHeld(f)) && mayHoldFinalizable(old)) {
    f.sp = sp;
    rebound(old as PyObject);
  }
}

/**
 * STORE_ATTR of the value under `o` at regs[sp - 2] (sp: the stack before the store) once early
 * finalization is on: through the protocol, and then what it replaced in the instance dict or
 * slot may die. `spAfter`: the frame's stack after the store, for the walk. Compiled code too.
 */
export function storeAttrWatched(f: VMFrame, o: PyObject, name: string, v: PyObject, spAfter: number): void {
  const old = peekAttr(o, name);
  setAttr(o, name, v);
  f.sp = spAfter;
  storeDropped(old, v);
}

/** STORE_SUBSCR `c[k] = v` the same way: what it replaced in an exact list or dict. */
export function storeItemWatched(f: VMFrame, c: PyObject, k: PyObject, v: PyObject, spAfter: number): void {
  const old = peekItem(c, k);
  setItem(c, k, v);
  f.sp = spAfter;
  storeDropped(old, v);
}

/**
 * A native call's operands (slots base+1 .. end-1 of `regs`, under the result at base) die once
 * it returned (early-finalize.ts argsDropped); the frame's stack ends after the result.
 */
export function callArgsDropped(f: VMFrame, base: number, end: number): void {
  f.sp = base + 1;
  argsDropped(f.regs, base + 1, end, f.regs[base]);
}

/** del NAME in a module/class body; returns the value unbound when the namespace is a dict. */
export function deleteName(f: VMFrame, name: string): PyObject | undefined {
  const l = f.locals;
  if (l === null) throw newError(E.SystemError, `no locals when deleting '${name}'`);
  if (l instanceof PyDict && l.cls.isExactBuiltin) {
    const old = l.delete(name);
    if (old === undefined) throw nameError(name);
    return old;
  }
  // Whatever the mapping's __delitem__ raised becomes the NameError (ceval.c's DELETE_NAME).
  try {
    setItem(l, name, null);
  } catch (e) {
    if (e instanceof PyBaseException) throw nameError(name);
    throw e;
  }
  return undefined;
}

export function loadClassDeref(f: VMFrame, slot: number): PyObject {
  const name = f.code.localsplusNames[slot];
  const l = f.locals;
  if (l !== null) {
    const v = mappingGet(l, name);
    if (v !== undefined) return v;
  }
  const v = (f.regs[slot] as PyCell).value;
  if (v === undefined) throw unboundFree(name);
  return v;
}

// ---- unpacking --------------------------------------------------------------------------------------

/** UNPACK_SEQUENCE: the `n` items of `v` (CPython's messages; stops one past n on iterators). */
export function unpackSequence(v: PyObject, n: number): PyObject[] {
  if ((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list)) {
    const items = v.items;
    if (items.length === n) return items;
    if (items.length > n) throw newError(E.ValueError, `too many values to unpack (expected ${n})`);
    throw newError(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  const t = typeOf(v);
  if (!isIterableType(t)) typeError(`cannot unpack non-iterable ${t.name} object`);
  const it = getIter(v);
  const items: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    items.push(x);
    if (items.length > n) throw newError(E.ValueError, `too many values to unpack (expected ${n})`);
  }
  if (items.length < n) throw newError(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
  return items;
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function unpackEx(v: PyObject, before: number, after: number): PyObject[] {
  const t = typeOf(v);
  if (!isIterableType(t)) typeError(`cannot unpack non-iterable ${t.name} object`);
  const items = iterateToArray(v);
  if (items.length < before + after) {
    throw newError(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

// ---- displays and calls --------------------------------------------------------------------------------

/** CPython's _PyObject_FunctionStr: `module.qualname()` (no module for builtins). */
export function funcStr(fn: PyObject): string {
  let qualname: PyObject | undefined;
  try {
    qualname = getAttrOrUndefined(fn, '__qualname__');
  } catch {
    qualname = undefined;
  }
  if (qualname === undefined) return str(fn);
  let mod: PyObject | undefined;
  try {
    mod = getAttrOrUndefined(fn, '__module__');
  } catch {
    mod = undefined;
  }
  if (mod !== undefined && mod !== None && mod !== 'builtins') return `${str(mod)}.${str(qualname)}()`;
  return `${str(qualname)}()`;
}

export function listExtend(list: PyList, v: PyObject): void {
  if ((v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple)) {
    const src = v.items;
    const dst = list.items;
    // (A display's list starts empty: a copy of exactly the items' size.)
    if (dst.length === 0) list.items = src.slice();
    else for (let i = 0; i < src.length; i++) dst.push(src[i]);
    return;
  }
  const t = typeOf(v);
  if (!isIterableType(t)) typeError(`Value after * must be an iterable, not ${t.name}`);
  // list_extend: the iterator, then the length hint (a class's __len__ runs).
  const items = iterateToArrayHinted(v);
  for (let i = 0; i < items.length; i++) list.items.push(items[i]);
}

/** SET_UPDATE: _PySet_Update (a set argument is merged table-wise, as CPython's set_merge). */
export function setUpdate(set: PyObject, v: PyObject): void {
  setUpdateInternal(set as PySet, v);
}

/** {**m} (dupCheck null) and f(**m) (dupCheck: the callee, for CPython's messages). */
export function dictMerge(d: PyDict, m: PyObject, callee: PyObject | null): void {
  if (hasNativeDictIter(m)) {
    if (callee === null && d.size === 0 && d.keys.length === 0 && d.shape === null && m !== d) {
      // {**m} first: m's table copied, as dict_merge into an empty dict does.
      d.becomeCopyOf(m);
      return;
    }
    // (Index loops, not entries(): a JS generator per merge was most of a `**kwargs` pass-on.)
    const keys = m.keys;
    const values = m.values;
    const n = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED) continue;
      if (callee !== null) checkKeyword(d, k, callee);
      if (typeof k === 'string') d.setStr(k, values[i]);
      else {
        d.set(k, values[i]);
        // A key's __eq__ or __hash__ may have added to m or cleared it (CPython's dict_merge
        // checks m's entry count; a deletion leaves its entry).
        if (m.keys.length !== n || m.keys !== keys) throw newError(E.RuntimeError, 'dict mutated during update');
      }
    }
    return;
  }
  let keysMeth: PyObject | undefined;
  try {
    keysMeth = getAttr(m, 'keys');
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError)) {
      if (callee !== null) typeError(`${funcStr(callee)} argument after ** must be a mapping, not ${typeName(m)}`);
      typeError(`'${typeName(m)}' object is not a mapping`);
    }
    throw e;
  }
  for (const k of mappingKeys(m, keysMeth)) {
    if (callee !== null) checkKeyword(d, k, callee);
    d.set(k, getItem(m, k));
  }
}

function checkKeyword(d: PyDict, k: PyObject, callee: PyObject): void {
  const name = keywordName(k);
  if (d.getStr(name) !== undefined) {
    const e = newError(E.TypeError, `${funcStr(callee)} got multiple values for keyword argument '${name}'`);
    throw e;
  }
}

/** A `**` mapping's key as a keyword name: a str, or an instance of a str subclass. */
function keywordName(k: PyObject): string {
  const name = strValue(k);
  if (name === undefined) typeError('keywords must be strings');
  return name;
}

/** CALL_FUNCTION_EX's positional part: a tuple, or the iterable's items (with CPython's message). */
export function starArgs(callee: PyObject, v: PyObject): PyObject[] {
  if (v instanceof PyTuple && v.cls === T.tuple) return v.items;
  const t = typeOf(v);
  if (!isIterableType(t)) {
    typeError(`${funcStr(callee)} argument after * must be an iterable, not ${t.name}`);
  }
  // PySequence_Tuple: the iterator, then the length hint (a class's __len__ runs).
  return iterateToArrayHinted(v);
}

/**
 * CALL_FUNCTION_EX's arguments for callable(*argsObj, **kwd) (kwd null: no mapping): the
 * positional values followed by the keyword values, and the keyword names (null: none).
 */
export function exCallArguments(callable: PyObject, argsObj: PyObject, kwd: PyDict | null): { args: PyObject[]; kwnames: string[] | null } {
  const args = starArgs(callable, argsObj);
  if (kwd === null || kwd.size === 0) return { args, kwnames: null };
  // (starArgs gives an exact tuple's own items, anything else a fresh array.)
  const all = argsObj instanceof PyTuple && args === argsObj.items ? args.slice() : args;
  const kwnames: string[] = [];
  const keys = kwd.keys;
  const values = kwd.values;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === DELETED) continue;
    kwnames.push(keywordName(k));
    all.push(values[i]);
  }
  return { args: all, kwnames };
}

// ---- functions and classes -------------------------------------------------------------------------------

/** MAKE_FUNCTION: `parts` are the optional pieces in stack order (defaults, kwdefaults, annotations, closure). */
export function makeFunction(code: VMCode, flags: number, f: VMFrame, defaults: PyObject | null, kwdefaults: PyObject | null, annotations: PyObject | null, closure: PyObject | null): PyFunction {
  const fn = new PyFunction(
    code,
    f.globals,
    builtinsFromGlobals(f.globals, f.builtins),
    code.co_qualname,
    flags & MF.DEFAULTS ? (defaults as PyTuple).items : null,
    flags & MF.KWDEFAULTS ? (kwdefaults as PyDict) : null,
    flags & MF.CLOSURE ? ((closure as PyTuple).items as PyCell[]) : null,
  );
  if (code.hasDocstring) fn.doc = code.co_consts[0];
  if (flags & MF.ANNOTATIONS) {
    const items = (annotations as PyTuple).items;
    const d = new PyDict();
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
    fn.annotations = d;
  }
  return fn;
}

// ---- imports -----------------------------------------------------------------------------------------------

export function setupAnnotations(f: VMFrame): void {
  const l = f.locals;
  if (l === null) throw newError(E.SystemError, 'no locals found when setting up annotations');
  if (l instanceof PyDict && l.cls.isExactBuiltin) {
    if (l.getStr('__annotations__') === undefined) l.setStr('__annotations__', new PyDict());
    return;
  }
  try {
    getItem(l, '__annotations__');
  } catch (e) {
    if (!(e instanceof PyBaseException && typeOf(e).isSubtype(E.KeyError))) throw e;
    setItem(l, '__annotations__', new PyDict());
  }
}

// ---- f-strings ---------------------------------------------------------------------------------------------

/** FORMAT_VALUE: `arg` is its conversion (&3), with FORMAT_VALUE_WHOLE (8) for a whole f-string. */
export function formatValue(v: PyObject, arg: number, spec: PyObject | null): PyObject {
  const conv = arg & 3;
  if (conv === 1) v = str(v);
  else if (conv === 2) v = repr(v);
  else if (conv === 3) v = factories.ascii(v);
  const s = spec === null ? '' : (spec as string);
  if (s === '' && typeof v === 'string') return v;
  return arg & 8 ? formatResult(v, s) : factories.format(v, s);
}

/**
 * 'single' mode's PRINT_EXPR: every expression statement's value, None included, goes to
 * sys.displayhook (the default hook is the one that skips None and sets builtins._).
 */
export function displayHook(v: PyObject): void {
  const hook = interp().sysModule.dict.getStr('displayhook');
  if (hook === undefined) throw newError(E.RuntimeError, 'lost sys.displayhook');
  call(hook, [v]);
}

// ---- exceptions --------------------------------------------------------------------------------------------

/** except T: does `e` match T (a class or tuple of classes)? */
export function exceptionMatches(e: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) {
    for (const x of t.items) {
      if (!(x instanceof PyType) || !x.isSubtype(E.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    for (const x of t.items) if (typeOf(e).isSubtype(x as PyType)) return true;
    return false;
  }
  if (!(t instanceof PyType) || !t.isSubtype(E.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
  return typeOf(e).isSubtype(t);
}

/** except* T: the type checks CPython makes before splitting. */
export function checkExceptStarType(t: PyObject): void {
  const items = t instanceof PyTuple ? t.items : [t];
  for (const x of items) {
    if (!(x instanceof PyType) || !x.isSubtype(E.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  for (const x of items) {
    if ((x as PyType).isSubtype(E.BaseExceptionGroup)) typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** Turns any JS throw into a Python exception (stack overflow: RecursionError); non-Python errors are rethrown. */
export function asPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const r = engineErrorAsPython(e);
  if (r !== undefined) return r;
  throw e;
}

export function stopIterationValue(e: PyBaseException): PyObject {
  return getExcField(e, 'value') ?? (e.args.items[0] ?? None);
}

// ---- with / async with -------------------------------------------------------------------------------------

/** BEFORE_WITH / BEFORE_ASYNC_WITH: [bound __exit__, the result of __enter__()]. */
export function beforeWith(mgr: PyObject, isAsync: boolean): [PyObject, PyObject] {
  const enterName = isAsync ? '__aenter__' : '__enter__';
  const exitName = isAsync ? '__aexit__' : '__exit__';
  const enter = lookupSpecial(mgr, enterName);
  if (enter === undefined) {
    typeError(`'${typeName(mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol`);
  }
  // _PyObject_LookupSpecial binds __enter__ before __exit__ is looked up: a descriptor's
  // __get__ (not a function's or builtin method's, which runs no Python code) runs now.
  const boundEnter = enter instanceof PyFunction || enter instanceof PyMethodDescriptor ? null : bindMethod(enter, mgr);
  const exit = lookupSpecial(mgr, exitName);
  if (exit === undefined) {
    typeError(`'${typeName(mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol (missed ${exitName} method)`);
  }
  const bound = bindMethod(exit, mgr);
  const res = boundEnter === null ? callFoundMethod(enter, mgr, []) : call(boundEnter, []);
  return [bound, res];
}

export function bindMethod(meth: PyObject, self: PyObject): PyObject {
  if (meth instanceof PyFunction) return new PyMethod(meth, self);
  const get = typeOf(meth).slots.descrGet;
  return get !== undefined ? get(meth, self, typeOf(self)) : meth;
}

// ---- await ---------------------------------------------------------------------------------------------------

/** GET_AWAITABLE: the iterator `await v` delegates to. */
export function getAwaitable(v: PyObject, where: number): PyObject {
  if (v instanceof PyGenerator && v.cls === T.coroutine) {
    if (isDelegating(v)) throw newError(E.RuntimeError, 'coroutine is being awaited already');
    return v;
  }
  if (isIterableCoroutine(v)) return v;
  const m = lookupSpecial(v, '__await__');
  if (m === undefined) {
    if (where === 1) typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeName(v)}`);
    if (where === 2) typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeName(v)}`);
    typeError(`object ${typeName(v)} can't be used in 'await' expression`);
  }
  const it = callFoundMethod(m, v, []);
  if (it instanceof PyGenerator && it.cls === T.coroutine) typeError('__await__() returned a coroutine');
  if (typeOf(it).slots.iternext === undefined) typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

export function getAIter(v: PyObject): PyObject {
  const m = lookupSpecial(v, '__aiter__');
  if (m === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  const it = callFoundMethod(m, v, []);
  if (lookupSpecial(it, '__anext__') === undefined) {
    typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

export function getANext(ait: PyObject): PyObject {
  const m = lookupSpecial(ait, '__anext__');
  if (m === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(ait)}`);
  const r = callFoundMethod(m, ait, []);
  try {
    return getAwaitable(r, 0);
  } catch (e) {
    // Whatever getting the awaitable raised (__await__ itself may fail) becomes the cause.
    if (e instanceof PyBaseException) {
      // (The await error becomes the new one's __cause__.)
      throw newErrorFromCause(E.TypeError, `'async for' received an invalid object from __anext__: ${typeName(r)}`, e);
    }
    throw e;
  }
}

// ---- pattern matching ---------------------------------------------------------------------------------------

export { isMatchSequence, isMatchMapping } from '../../src/runtime/match-kinds.js';

const SELF_MATCHING = (): PyType[] => [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple];

/** MATCH_CLASS: the attributes a class pattern extracts, or None when the subject does not match. */
export function matchClass(subject: PyObject, cls: PyObject, nargs: number, kwNames: PyTuple): PyObject {
  if (!(cls instanceof PyType)) typeError('called match pattern must be a type');
  if (!isInstance(subject, cls)) return None;
  const out: PyObject[] = [];
  const seen: string[] = [];
  if (nargs > 0) {
    const ma = getAttrOrUndefined(cls, '__match_args__');
    if (ma === undefined) {
      if (SELF_MATCHING().some((t) => cls.isSubtype(t))) {
        if (nargs > 1) typeError(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
        out.push(subject);
      } else {
        typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      }
    } else {
      if (!(ma instanceof PyTuple)) typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
      if (nargs > ma.items.length) {
        typeError(`${cls.name}() accepts ${ma.items.length} positional sub-pattern${ma.items.length === 1 ? '' : 's'} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const n = ma.items[i];
        if (typeof n !== 'string') typeError(`__match_args__ elements must be strings (got ${typeName(n)})`);
        if (seen.includes(n)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
        seen.push(n);
        const v = getAttrOrUndefined(subject, n);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const n of kwNames.items as string[]) {
    if (seen.includes(n)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
    seen.push(n);
    const v = getAttrOrUndefined(subject, n);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

/** MATCH_KEYS: the values for `keys` in the mapping, or None if one is missing. */
export function matchKeys(subject: PyObject, keys: PyTuple): PyObject {
  const ks = keys.items;
  if (ks.length === 0) return new PyTuple([]);
  const exact = subject instanceof PyDict && subject.cls === T.dict;
  const getter = exact ? null : getAttr(subject, 'get');
  const missing = new PyObj(T.object, null);
  const values: PyObject[] = [];
  for (let i = 0; i < ks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (richEqBool(ks[i], ks[j])) throw newError(E.ValueError, `mapping pattern checks duplicate key (${repr(ks[i])})`);
    }
    const v = getter === null ? (subject as PyDict).get(ks[i]) : call(getter, [ks[i], missing]);
    if (v === undefined || v === missing) return None;
    values.push(v);
  }
  return new PyTuple(values);
}

export function lenOf(v: PyObject): number {
  const f = typeOf(v).slots.len;
  if (f === undefined) typeError(`object of type '${typeName(v)}' has no len()`);
  const n = f(v);
  return typeof n === 'number' ? n : Number(n);
}

export { newException, setExcField };
