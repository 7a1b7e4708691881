// str: a JS string (exact str) or a PyStr box (instances of str subclasses). Python indexes
// strings by code point, JS by UTF-16 unit: strings without surrogates (the common case) use
// unit positions directly; the others go through code-point offsets (one cached table).
// This file holds the representation helpers, the slots, the iterator and the constructor;
// the methods are in str-methods.ts.

import { PyObj, type PyObject } from './object.js';
import { PyType } from './type.js';
import { PyDict, newSharedDict } from './dict.js';
import { sipStrHalves, sipHi, sipLo } from './siphash.js';
import { type Hash, int64FromHalves } from './hash.js';
import { T } from './types.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { NotImplemented, None } from './singletons.js';
import { typeOf, typeName, str as protoStr, repr as protoRepr, argTypeName } from './protocol.js';
import { checkRecursive, IN_STR } from './recursion.js';
import { strRepr } from '../text/str-repr.js';
import { addMethods, checkPositional, bindNative } from './native.js';
import { strResultOf } from './slot-wrappers.js';
import { installStrMethods, strIncludes } from './str-methods.js';
import { percentFormat } from './percent-format.js';
import { bytesLikeData } from './bytes.js';
import { decodeText, noNul } from './str-codecs.js';
import { copySlots } from './slots.js';
import { PyIntObj, warnIntSubclassResult } from './int-type.js';
import { sliceBounds, SLICE } from './slice.js';
import { pythonNumberSlot, ADD_NAMES, reflectedMul } from './tuple-type.js';

/** An instance of a str subclass: the string value plus the instance's class and dict. */
export class PyStr extends PyObj {
  value: string;
  constructor(cls: PyType, value: string) {
    super(cls, cls.hasInstanceDict ? newSharedDict() : null);
    this.value = value;
  }
}

/** The string value of a str (or str subclass instance); undefined for anything else. */
export function strValue(v: PyObject): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof PyStr ? v.value : undefined;
}

/** `self` of a str method or slot (always a str). */
export function asStr(v: PyObject): string {
  return typeof v === 'string' ? v : (v as PyStr).value;
}

export function isStr(v: PyObject): boolean {
  return typeof v === 'string' || v instanceof PyStr;
}

// V8's string length limit (2**29 - 24 units); longer results are a MemoryError.
export const MAX_STR_LEN = (1 << 29) - 24;
export const PY_SSIZE_T_MAX = 9223372036854775807n;

export function memoryError(): never {
  throw newError(E.MemoryError, '');
}
export function typeError(msg: string): never {
  throw newError(E.TypeError, msg);
}
export function valueError(msg: string): never {
  throw newError(E.ValueError, msg);
}

/**
 * s with its rope (a string built by concatenation: V8 keeps the pieces and a tree of
 * ConsStrings) flattened into one sequential string. A rope that outlives a minor GC is
 * copied and promoted piece by piece; built strings that are kept (lines appended to a list,
 * dict keys) cost about twice as much GC as the copy that flattening them makes. Reading a
 * unit flattens a rope in place (the ConsString then points at the flat copy, and the GC
 * short-cuts it); a string under 13 units is never a rope.
 */
export function flatStr(s: string): string {
  if (s.length >= 13) s.charCodeAt(0);
  return s;
}

// ---- code points ----

const SURROGATE = /[\ud800-\udfff]/;
// The last str of 6 or more units checked (and whether it has a surrogate). Strings are often
// examined repeatedly (indexing or len() in a loop): `===` compares contents when s is another
// string object equal to the cached one; keeping s then makes the following checks a pointer
// comparison (not O(n) per index). strConcat carries a surrogate-free entry over to a + b.
let lastChecked = '';
let lastHasSurrogates = false;

/** Does s contain a surrogate unit (so code-point and unit positions may differ)? */
export function hasSurrogates(s: string): boolean {
  const n = s.length;
  if (n < 6) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return true;
    }
    return false;
  }
  if (s === lastChecked) {
    lastChecked = s;
    return lastHasSurrogates;
  }
  lastChecked = s;
  if (n < 256) {
    // Reading a unit first flattens a rope (a string just built by concatenation) in place, on
    // V8's fast path; the regex would flatten it through a runtime call of its own.
    const c = s.charCodeAt(0);
    return (lastHasSurrogates = (c >= 0xd800 && c <= 0xdfff) || SURROGATE.test(s));
  }
  return (lastHasSurrogates = SURROGATE.test(s));
}

/**
 * a + b for two strs (MemoryError past V8's length limit). When a is the str hasSurrogates
 * last found free of surrogates and b is short and free of them too, the result is recorded
 * as free of them: `s += t; len(s)` in a loop then never scans s, nor flattens its rope (which
 * copies s each time).
 */
export function strConcat(a: string, b: string): string {
  const n = b.length;
  if (a.length + n > MAX_STR_LEN) memoryError();
  const r = a + b;
  if (n <= 16 && a === lastChecked && !lastHasSurrogates) {
    for (let i = 0; i < n; i++) {
      const c = b.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return r;
    }
    lastChecked = r;
  }
  return r;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** len(s): code points (a surrogate pair is one, a lone surrogate is one). */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  return cpOffsets(s).length - 1;
}

let offsetsFor = '';
let offsets: Int32Array = new Int32Array(1);

/** Unit offset of every code point of s, plus s.length at the end (cached for the last s). */
export function cpOffsets(s: string): Int32Array {
  if (s === offsetsFor) {
    offsetsFor = s; // as in hasSurrogates: later hits become pointer comparisons
    return offsets;
  }
  const out = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    out[n++] = i;
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
  }
  out[n] = s.length;
  offsetsFor = s;
  offsets = out.subarray(0, n + 1);
  return offsets;
}

/** Unit offset of code point index i (0 <= i <= len). */
export function cpToUnit(s: string, i: number): number {
  if (!hasSurrogates(s)) return i;
  return cpOffsets(s)[i];
}

/** Code point index of unit offset u (u at a code point boundary). */
export function unitToCp(s: string, u: number): number {
  if (u <= 0 || !hasSurrogates(s)) return u;
  const offs = cpOffsets(s);
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** s[start:stop] by code point indices (0 <= start, stop <= len). */
export function cpSlice(s: string, start: number, stop: number): string {
  if (!hasSurrogates(s)) return s.slice(start, stop);
  const offs = cpOffsets(s);
  return s.slice(offs[start], offs[stop]);
}

/** Compares by code point (JS `<` compares UTF-16 units, which misorders astral characters). */
export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x < 0xd800 && y < 0xd800) return x - y;
      return cpAtUnit(a, i) - cpAtUnit(b, i);
    }
  }
  return a.length - b.length;
}

/** The code point whose unit is at i (i is the first unit that differs between two strings). */
function cpAtUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
    return 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00);
  }
  // A low surrogate following a (shared) high one: both strings hold pairs with the same high
  // half, so comparing the low halves orders the code points.
  return c;
}

// CPython caches a str's hash in the object; a JS string has no slot for it, so recent hashes
// are memoised by string (V8 keeps each string's own table hash, so a lookup of a string seen
// before costs no pass over it), as the uint32 halves the tuple hash mixes; the Python int (a
// bigint for most strs) is only made when hash() or a set asks for it. Cleared when full.
class StrHash {
  private h: Hash | undefined = undefined;
  constructor(readonly hi: number, readonly lo: number) {}
  get hash(): Hash {
    return (this.h ??= int64Hash(this.hi, this.lo));
  }
}
const hashMemo = new Map<string, StrHash>();
const HASH_MEMO_MAX = 8192;

/** The Python int of a hash's (uint32) halves. */
function int64Hash(hi: number, lo: number): Hash {
  const h = hi | 0;
  if (h >= -0x200000 && h < 0x200000) return h * 4294967296 + lo;
  return int64FromHalves(hi, lo);
}

/** The memoised hash of a str, with its halves. */
export function strHashEntry(s: string): StrHash {
  let e = hashMemo.get(s);
  if (e === undefined) {
    sipStrHalves(s);
    e = new StrHash(sipHi >>> 0, sipLo >>> 0);
    if (hashMemo.size >= HASH_MEMO_MAX) hashMemo.clear();
    hashMemo.set(s, e);
  }
  return e;
}

/** Hash of a str: CPython's SipHash-1-3 under PYTHONHASHSEED=0 (see siphash.ts). */
export function strHash(s: string): Hash {
  return strHashEntry(s).hash;
}

// ---- integers as indices ----

/** The value of an int, bool or object with __index__; undefined for anything else. */
export function indexValue(v: PyObject): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return undefined;
  }
  // An int subclass is its own value (PyNumber_Index ignores its __index__).
  if (v instanceof PyIntObj) return v.value;
  const f = v.cls.slots.index;
  if (f === undefined) return undefined;
  const r = f(v);
  switch (typeof r) {
    case 'number': return r;
    case 'bigint': return r;
  }
  if (typeof r === 'boolean' || r instanceof PyIntObj) {
    warnIntSubclassResult('__index__', r);
    return typeof r === 'boolean' ? (r ? 1 : 0) : r.value;
  }
  typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

/** operator.index(v) with CPython's message for non-integers. */
export function indexOrError(v: PyObject): number | bigint {
  const r = indexValue(v);
  if (r === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return r;
}

/**
 * PyNumber_AsSsize_t: an index as a JS number. Beyond the C ssize_t range: raise
 * `overflow` ("cannot fit 'int' into an index-sized integer") or, when null, clamp.
 */
export function toSsize(v: number | bigint, overflow: PyType | null, of?: PyObject): number {
  if (typeof v === 'number') return v;
  if (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n) {
    // `of`: the object whose __index__ gave v, named in the message (an int when omitted).
    if (overflow !== null) throw newError(overflow, `cannot fit '${of === undefined ? 'int' : typeName(of)}' into an index-sized integer`);
    return v > 0n ? Number.MAX_VALUE : -Number.MAX_VALUE;
  }
  return Number(v);
}

/** An integer argument (clinic's Py_ssize_t converter): index-like, OverflowError if huge. */
export function ssizeArg(v: PyObject): number {
  const i = indexOrError(v);
  if (typeof i === 'bigint' && (i > PY_SSIZE_T_MAX || i < -PY_SSIZE_T_MAX - 1n)) {
    throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(i);
}

/** An int argument converted to a C int (PyArg's "i"): OverflowError outside its range. */
export function cIntArg(v: PyObject): number {
  const i = indexOrError(v);
  if (i > 2147483647 || i < -2147483648) throw newError(E.OverflowError, 'Python int too large to convert to C int');
  return Number(i);
}

// ---- slices ----

/** The fields of a slice object (the slice type keeps CPython's names). */
export interface SliceParts {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
}

export function isSlice(v: PyObject): v is PyObj & SliceParts {
  return v instanceof PyObj && v.cls === T.slice;
}

function sliceIndex(v: PyObject): number {
  const i = indexValue(v);
  if (i === undefined) typeError('slice indices must be integers or None or have an __index__ method');
  return toSsize(i, null);
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength]. */
export function sliceIndices(sl: SliceParts, length: number): [number, number, number, number] {
  let step = 1;
  if (sl.step !== None) {
    step = sliceIndex(sl.step);
    if (step === 0) valueError('slice step cannot be zero');
  }
  let start = sl.start === None ? (step < 0 ? Infinity : 0) : sliceIndex(sl.start);
  let stop = sl.stop === None ? (step < 0 ? -Infinity : Infinity) : sliceIndex(sl.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** Start/end arguments of find, count, startswith...: None or index-like, clamped. */
export function optIndex(v: PyObject | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  return sliceIndex(v);
}

/** CPython's ADJUST_INDICES for [start, end) over a sequence of length len. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

// ---- argument binding in CPython's styles ----

/**
 * Positional-only method arguments, Argument Clinic style: `full` ("str.center") names the
 * method in the keyword message, `short` ("center") in the count messages.
 */
export function posArgs(full: string, short: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  if (kwnames !== null && kwnames.length > 0) typeError(`${full}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return args;
  if (max === 0) typeError(`${full}() takes no arguments (${n} given)`);
  if (min === 1 && max === 1) typeError(`${full}() takes exactly one argument (${n} given)`);
  if (min === max) typeError(`${short} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n < min) typeError(`${short} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${short} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** PyArg_ParseTuple style ("O|OO:find"): "find() takes at least 1 argument (0 given)". */
export function tupleArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number, owner = ''): PyObject[] {
  // CPython says "str.find() takes no keyword arguments" when the method is called through its
  // descriptor (`s.find(x=1)`, the common case) but "find() ..." through a bound method object
  // (`m = s.find; m(x=1)`); both arrive here alike, and this is the former.
  if (kwnames !== null && kwnames.length > 0) typeError(`${owner}${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  return args;
}

/**
 * Arguments that may be passed by keyword (clinic, e.g. split(sep=None, maxsplit=-1)): an
 * array indexed like `params`, undefined where not given.
 */
export function kwArgs(name: string, params: readonly string[], args: PyObject[], kwnames: string[] | null): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > params.length) {
    typeError(`${name}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  // Positional arguments only: `args` is already indexed like `params` (undefined past its end).
  if (nkw === 0) return args;
  // _PyArg_UnpackKeywords: the total count first, then repeated and unknown keywords.
  return bindNative(name, params, args, kwnames);
}

/** A str argument: "must be str, not int" (with an optional "f() argument 1 " prefix). */
export function strArg(v: PyObject, prefix = ''): string {
  const s = strValue(v);
  // Argument Clinic's messages (those with a prefix) name None as "None", not "NoneType".
  if (s === undefined) typeError(`${prefix}must be str, not ${prefix !== '' && v === None ? 'None' : typeName(v)}`);
  return s;
}

// ---- ascii() ----

/** ascii(v): repr(v) with non-ASCII characters escaped (\xNN, \uNNNN, \UNNNNNNNN). */
export function asciiOf(v: PyObject): string {
  return asciiEscape(protoRepr(v));
}

export function asciiEscape(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

// ---- iterators ----

/** Creates a builtin type (like bootstrap's makeType) and registers it in T. */
export function makeBuiltinType(name: string, base: PyType = T.object): PyType {
  const t = new PyType(T.type, name, [base], new PyDict());
  t.mro = [t, ...base.mro];
  t.isExactBuiltin = true;
  t.alloc = base.alloc;
  t.slots = copySlots(base.slots);
  t.dict.setStr('__doc__', None); // its own, as PyType_Ready gives every type
  T[name] = t;
  return t;
}

export class PyStrIterator extends PyObj {
  constructor(cls: PyType, readonly s: string, public pos: number) {
    super(cls, null);
  }
}

function strIterNext(self: PyObject): PyObject | undefined {
  const it = self as PyStrIterator;
  const s = it.s;
  const i = it.pos;
  if (i >= s.length) return undefined;
  const c = s.charCodeAt(i);
  if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
    it.pos = i + 2;
    return s.slice(i, i + 2);
  }
  it.pos = i + 1;
  return s[i];
}

const ASCII = /^[\x00-\x7f]*$/;

// ---- slots ----

// The bounds of strSlice's slice (a, b, c of s[a:b:c]), reused: set only from ints and None,
// so reading them runs no Python code (no __index__) that could slice again meanwhile.
const PARTS: SliceParts = { start: None, stop: None, step: None };

/**
 * s[a:b:c] for a str without a slice object, each of a, b, c an int (a safe JS number) or None:
 * what s[slice(a, b, c)] gives (a zero step raises its ValueError). The VM's compiled
 * BUILD_SLICE; BINARY_SUBSCR.
 */
export function strSlice(s: string, a: PyObject, b: PyObject, c: PyObject): string {
  PARTS.start = a;
  PARTS.stop = b;
  PARTS.step = c;
  return strSliceBy(s, PARTS);
}

function strGetItem(self: PyObject, key: PyObject): PyObject {
  const s = asStr(self);
  if (typeof key === 'number') return strIndex(s, key);
  if (isSlice(key)) return strSliceBy(s, key);
  const i = indexValue(key);
  if (i !== undefined) return strIndex(s, toSsize(i, E.IndexError, key));
  typeError(`string indices must be integers, not '${typeName(key)}'`);
}

/** Units per String.fromCharCode call when a stepped slice is built. */
const UNIT_BLOCK = 4096;
/** Length from which a stepped slice is gathered in a Buffer (steppedNative). */
const STEPPED_NATIVE = 64;
const WIDE_UNIT = /[^\x00-\xff]/;

/**
 * s[start::step] (n units, s without surrogates) gathered in a Buffer of its one-byte
 * (latin-1) or two-byte (UTF-16) units and decoded once by Node: `s[::-1]` of 1000 units
 * 4.0 -> 0.7 us (CPython 0.4); the fromCharCode loop below costs ~4 ns a unit.
 */
function steppedNative(s: string, start: number, step: number, n: number): string {
  if (!WIDE_UNIT.test(s)) {
    const src = Buffer.from(s, 'latin1');
    if (step === -1 && start === s.length - 1) return src.reverse().toString('latin1', 0, n);
    const out = Buffer.allocUnsafe(n);
    for (let k = 0, j = start; k < n; k++, j += step) out[k] = src[j];
    return out.toString('latin1', 0, n);
  }
  const src = Buffer.from(s, 'utf16le');
  const out = Buffer.allocUnsafe(2 * n);
  for (let k = 0, j = 2 * start; k < 2 * n; k += 2, j += 2 * step) {
    out[k] = src[j];
    out[k + 1] = src[j + 1];
  }
  return out.toString('utf16le', 0, 2 * n);
}

function strSliceBy(s: string, key: SliceParts): string {
  if (!hasSurrogates(s)) {
    sliceBounds(key, s.length);
    const start = SLICE.start;
    const step = SLICE.step;
    const n = SLICE.n;
    if (step === 1) return n === s.length ? s : s.slice(start, start + n);
    if (n === 0) return '';
    if (n < 13) {
      // (A string this short is never a rope.)
      let out = '';
      for (let k = 0, j = start; k < n; k++, j += step) out += s[j];
      return out;
    }
    if (n >= STEPPED_NATIVE) return steppedNative(s, start, step, n);
    // The units gathered and made into one flat string per block: about half the time of
    // concatenating them and flattening the rope (`s[::-3]` of 104 units: 255 -> 135 ns).
    let out = '';
    for (let k0 = 0; k0 < n; k0 += UNIT_BLOCK) {
      const m = Math.min(n - k0, UNIT_BLOCK);
      const units: number[] = new Array(m);
      for (let k = 0, j = start + k0 * step; k < m; k++, j += step) units[k] = s.charCodeAt(j);
      out += String.fromCharCode.apply(null, units);
    }
    return n <= UNIT_BLOCK ? out : flatStr(out);
  }
  const [start, stop, step, n] = sliceIndices(key, cpLength(s));
  if (step === 1) return cpSlice(s, start, stop);
  if (n === 0) return '';
  const cps = Array.from(s);
  let out = '';
  for (let k = 0, j = start; k < n; k++, j += step) out += cps[j];
  return out;
}

function strIndex(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw newError(E.IndexError, 'string index out of range');
    return s[i];
  }
  const offs = cpOffsets(s);
  const len = offs.length - 1;
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw newError(E.IndexError, 'string index out of range');
  return s.slice(offs[i], offs[i + 1]);
}

function strRichCompare(self: PyObject, other: PyObject, op: CmpOp): PyObject {
  const a = strValue(self);
  const b = strValue(other);
  if (a === undefined || b === undefined) return NotImplemented;
  switch (op) {
    case CmpOp.EQ: return a === b;
    case CmpOp.NE: return a !== b;
  }
  const c = strCompare(a, b);
  switch (op) {
    case CmpOp.LT: return c < 0;
    case CmpOp.LE: return c <= 0;
    case CmpOp.GT: return c > 0;
    default: return c >= 0;
  }
}

function strAdd(a: PyObject, b: PyObject): PyObject {
  const x = strValue(a);
  if (x === undefined) return NotImplemented;
  const y = strValue(b);
  if (y === undefined) {
    // CPython tries the right operand's __radd__ before str's concatenation error.
    return concatOther(a, b, `can only concatenate str (not "${typeName(b)}") to str`);
  }
  return strConcat(x, y);
}

/**
 * `seq * n` for a sequence whose other operand `n` is not an int: defer to a user class's
 * reflected method, else CPython's sequence-repeat error.
 */
/**
 * A sequence's `+` with an operand it cannot concatenate: a Python class's __add__/__radd__ on
 * the right (its nb_add, which CPython tries before sq_concat), then the concatenation error.
 */
export function concatOther(a: PyObject, b: PyObject, message: string): PyObject {
  const f = pythonNumberSlot(b, 'add', ADD_NAMES);
  if (f !== undefined) {
    const r = f(a, b);
    if (r !== NotImplemented) return r;
  }
  typeError(message);
}

/**
 * `seq * n` or `n * seq` whose count `n` is a Python class defining the operator (repeatCount
 * gave undefined) and has no __index__: its __mul__ or __rmul__ was already tried (the
 * dispatcher's, or reflectedMul before the count), so this is sequence_repeat's error.
 */
export function repeatOther(_a: PyObject, _b: PyObject, n: PyObject): PyObject {
  typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
}

/**
 * The count of `seq * n`: a number, or (beyond 2**53, where a number would round it) the exact
 * bigint, for repeatTooLong; undefined when n is a Python class that may still handle it.
 */
export function repeatCount(n: PyObject, reflected: string): number | bigint | undefined {
  const c = indexValue(n);
  if (c === undefined) {
    const t = typeOf(n);
    if (t.isHeapType && t.lookup(reflected) !== undefined) return undefined;
    typeError(`can't multiply sequence by non-int of type '${t.name}'`);
  }
  const size = toSsize(c, E.OverflowError, n);
  return typeof c === 'bigint' && (size > Number.MAX_SAFE_INTEGER || size < -Number.MAX_SAFE_INTEGER) ? c : size;
}

/**
 * Whether `len` items repeated `count` times exceed PY_SSIZE_T_MAX (CPython's "repeated ... is
 * too long" OverflowError; a smaller but still impossible size is a MemoryError). Exact: 'ab' *
 * (sys.maxsize // 2) fits, 'ab' * (sys.maxsize // 2 + 1) does not.
 */
export function repeatTooLong(len: number, count: number | bigint): boolean {
  if (typeof count === 'number' && len * count < 2 ** 62) return false;
  return BigInt(len) * BigInt(count) > PY_SSIZE_T_MAX;
}

export function repeatStr(s: string, count: number | bigint): string {
  if (count <= 0 || s.length === 0) return '';
  if (count === 1) return s;
  if (typeof count === 'bigint' || s.length * count >= 2 ** 62) {
    if (repeatTooLong(s.length, count)) throw newError(E.OverflowError, 'repeated string is too long');
    memoryError();
  }
  if (s.length * count > MAX_STR_LEN) memoryError();
  const r = s.repeat(count);
  // A short s free of surrogates: r is recorded as free of them (as strConcat does), so a
  // len(r) or r[i] after it does not flatten and scan the rope repeat() built.
  if (s.length <= 16 && r.length >= 6) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return r;
    }
    lastChecked = r;
    lastHasSurrogates = false;
  }
  return r;
}

function strMul(a: PyObject, b: PyObject): PyObject {
  let s = strValue(a);
  let n = b;
  let reflected = '__rmul__';
  if (s === undefined) {
    s = strValue(b);
    if (s === undefined) return NotImplemented;
    n = a;
    reflected = '__mul__';
  }
  if (n === b) {
    const r = reflectedMul(a, b);
    if (r !== undefined) return r;
  }
  const count = repeatCount(n, reflected);
  if (count === undefined) return repeatOther(a, b, n);
  return repeatStr(s, count);
}

function strMod(a: PyObject, b: PyObject): PyObject {
  const s = strValue(a);
  if (s === undefined) return NotImplemented;
  const r = percentFormat(s, b);
  // With no '%' in it, CPython's writer hands back the format string itself (a subclass
  // instance stays one).
  return typeof a !== 'string' && s.length > 0 && s.indexOf('%') < 0 ? a : r;
}

function strContains(self: PyObject, item: PyObject): boolean {
  const sub = strValue(item);
  if (sub === undefined) typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
  return strIncludes(asStr(self), sub);
}

// ---- constructor ----

/** str.__new__(cls, object='', encoding=..., errors=...) */
export function strNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length === 1 && kwnames === null && cls === T.str) return strResultOf(args[0], 'str');
  const [obj, encoding, errors] = kwArgs('str', ['object', 'encoding', 'errors'], args, kwnames);
  let value: string;
  if (encoding === undefined && errors === undefined) value = obj === undefined ? '' : protoStr(obj);
  else {
    // The encoding and errors types are checked first, even with no object (str(errors=5)).
    let enc = 'utf-8';
    let errs = 'strict';
    if (encoding !== undefined) {
      const e = strValue(encoding);
      if (e === undefined) typeError(`str() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
      enc = noNul(e);
    }
    if (errors !== undefined) {
      const e = strValue(errors);
      if (e === undefined) typeError(`str() argument 'errors' must be str, not ${argTypeName(errors)}`);
      errs = noNul(e);
    }
    if (obj === undefined) return cls === T.str ? '' : new PyStr(cls, '');
    if (isStr(obj)) typeError('decoding str is not supported');
    const data = bytesLikeData(obj);
    if (data === undefined) typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    value = decodeText(data, enc, errs);
  }
  return cls === T.str ? value : new PyStr(cls, value);
}

export function installStr(): void {
  if (T.str_iterator !== undefined) return;
  const t = T.str;
  t.alloc = (cls) => new PyStr(cls, '');
  const asciiIter = makeBuiltinType('str_ascii_iterator');
  const uniIter = makeBuiltinType('str_iterator');
  for (const it of [asciiIter, uniIter]) {
    it.slots.iter = (self) => self;
    it.slots.iternext = strIterNext;
    addMethods(it, {
      __length_hint__: (self, args, kw) => {
        checkPositional(`${it.name}.__length_hint__`, args, kw, 0, 0);
        const i = self as PyStrIterator;
        return i.pos >= i.s.length ? 0 : cpLength(i.s.slice(i.pos));
      },
    });
  }
  // str(x) of exactly str, one positional argument, x an int, bool, str or an instance of a
  // builtin type (whose __str__ gives an exact str): str.__new__ and object.__init__ in one
  // step. Other calls (a class's __str__ may return a str subclass instance, whose own
  // __init__ then runs) take the general path.
  t.exactCall = (args, kwnames) => {
    if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) return undefined;
    const v = args[0];
    switch (typeof v) {
      case 'string': return v;
      case 'number':
        checkRecursive(IN_STR); // (PyObject_Str's recursion check, as protoStr makes)
        return String(v);
      case 'object': return typeOf(v).isHeapType ? undefined : protoStr(v);
    }
    return protoStr(v);
  };
  Object.assign(t.slots, {
    repr: (self: PyObject) => strRepr(asStr(self)),
    str: (self: PyObject) => asStr(self),
    hash: (self: PyObject) => strHash(asStr(self)),
    richcompare: strRichCompare,
    len: (self: PyObject) => cpLength(asStr(self)),
    getitem: strGetItem,
    contains: strContains,
    iter: (self: PyObject) => {
      const s = asStr(self);
      // A subclass instance is never CPython's compact ASCII layout: str_iterator.
      return new PyStrIterator(typeof self === 'string' && ASCII.test(s) ? asciiIter : uniIter, s, 0);
    },
    add: strAdd,
    mul: strMul,
    mod: strMod,
    bool: (self: PyObject) => asStr(self).length !== 0,
  });
  installStrMethods(t);
}
