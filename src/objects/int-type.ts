// The int and bool types: slots, methods, constructor. Values are JS numbers/bigints (bool:
// JS booleans); instances of int subclasses are PyIntObj boxes (asIntValue unwraps them).

import { PyObj, normInt, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyFloat, newFloat } from './float.js';
import { NotImplemented, None } from './singletons.js';
import { E, newError, PyBaseException } from './exception.js';
import { CmpOp } from './slots.js';
import { isSpaceCode, decimalValue } from './str-unicode.js';
import { typeOf, typeName, argTypeName, typeError, call, str as pyStr, isTrue } from './protocol.js';
import { addMethods, addFastMethods, addGetSets, addClassMethods, checkPositional, bindNative } from './native.js';
import { defineNew, pyWarn } from './class-create.js';
import { lookupSpecial, callFoundMethod } from './dunder.js';
import { hashInt, hashBigInt } from './hash.js';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intTrueDiv, intPow, intPowMod, intLshift, intRshift,
  intAnd, intOr, intXor, compareIntFloat, cmpResult, intCompare,
} from './int.js';
import { PyTuple } from './tuple.js';
import { PyDict, newSharedDict } from './dict.js';
import { ssizeArg, strValue } from './str.js';

/** An instance of a subclass of int (class MyInt(int)): the value boxed with its class. */
export class PyIntObj extends PyObj {
  constructor(cls: PyType, public value: number | bigint) {
    super(cls, cls.hasInstanceDict ? newSharedDict() : null);
  }
}

/** The int value of an int, bool or int-subclass instance; undefined otherwise. */
export function asIntValue(v: PyObject): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyIntObj) return v.value;
  return undefined;
}

/** CPython 3.11's limit on int <-> decimal string conversion (sys.set_int_max_str_digits). */
export const intMaxStrDigits = { value: 4300 };

export function intToDecimal(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const digits = s[0] === '-' ? s.length - 1 : s.length;
  if (intMaxStrDigits.value > 0 && digits > intMaxStrDigits.value) {
    throw newError(E.ValueError, `Exceeds the limit (${intMaxStrDigits.value} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

const big = (v: number | bigint): bigint => (typeof v === 'bigint' ? v : BigInt(v));

// Bits of each hex digit (bit_count of big ints, by their hex string).
const HEX_BITS = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** int.bit_length(): without a bigint or a binary string for safe ints. */
export function bitLength(x: number | bigint): number {
  if (typeof x === 'number') {
    const a = x < 0 ? -x : x;
    if (a <= 0xffffffff) return 32 - Math.clz32(a);
    return 64 - Math.clz32(Math.floor(a / 4294967296));
  }
  const h = (x < 0n ? -x : x).toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** int.bit_count(): the ones of |x|. */
export function bitCount(x: number | bigint): number {
  if (typeof x === 'number') {
    const a = x < 0 ? -x : x;
    return popcount32(a % 4294967296) + popcount32(Math.floor(a / 4294967296));
  }
  const h = (x < 0n ? -x : x).toString(16);
  let n = 0;
  for (let i = 0; i < h.length; i++) n += HEX_BITS[parseInt(h[i], 16)];
  return n;
}

function binary(f: (a: number | bigint, b: number | bigint) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = asIntValue(a);
    if (x === undefined) return NotImplemented;
    const y = asIntValue(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

export function intToFloat(v: number | bigint): number {
  const f = Number(v);
  if (!isFinite(f)) throw newError(E.OverflowError, 'int too large to convert to float');
  return f;
}

function isIntSpace(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : isSpaceCode(c);
}

/** int(str, base) parsing with CPython's accepted syntax (underscores, prefixes, whitespace). */
/** Per base, the most digits whose value stays below 2**53. */
const SHORT_DIGITS: number[] = [];
for (let b = 2; b <= 36; b++) SHORT_DIGITS[b] = Math.floor(53 / Math.log2(b)) - 1;

/**
 * text[i, e) in a base other than 10 when it is an optional sign, the base's optional prefix
 * (0x, 0o, 0b) and a few ASCII digits (the value below 2**53); null for anything else
 * (underscores, Unicode digits, errors, long values: parseIntLiteral's general path).
 */
function shortBaseInt(text: string, i: number, e: number, base: number): number | null {
  let j = i;
  const c0 = j < e ? text.charCodeAt(j) : 0;
  if (c0 === 45 || c0 === 43) j++;
  if (j + 1 < e && text.charCodeAt(j) === 48) {
    const p = text.charCodeAt(j + 1) | 0x20;
    if ((base === 16 && p === 120) || (base === 8 && p === 111) || (base === 2 && p === 98)) j += 2;
  }
  if (j >= e || e - j > SHORT_DIGITS[base]) return null;
  let v = 0;
  for (; j < e; j++) {
    const c = text.charCodeAt(j);
    const l = c | 0x20;
    const d = c >= 48 && c <= 57 ? c - 48 : l >= 97 && l <= 122 ? l - 87 : 99;
    if (d >= base) return null;
    v = v * base + d;
  }
  return c0 === 45 && v !== 0 ? -v : v;
}

export function parseIntLiteral(text: string, base: number): number | bigint | undefined {
  // Surrounding whitespace as CPython's int() sees it: ASCII " \t\n\v\f\r" (not \x1c-\x1f),
  // and the non-ASCII chars str.isspace() accepts (\x85, \xa0, \u3000, ... but not \ufeff).
  let i = 0;
  let e = text.length;
  while (i < e && isIntSpace(text.charCodeAt(i))) i++;
  while (e > i && isIntSpace(text.charCodeAt(e - 1))) e--;
  if (base === 10) {
    // Fast path: an optional sign and at most 15 ASCII digits (the value is below 2**53).
    const c0 = i < e ? text.charCodeAt(i) : 0;
    let j = c0 === 45 || c0 === 43 ? i + 1 : i;
    if (j < e && e - j <= 15) {
      let v = 0;
      for (; j < e; j++) {
        const d = text.charCodeAt(j) - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (j === e) return c0 === 45 && v !== 0 ? -v : v;
      // Stopped at an ASCII char other than '_': no base-10 literal has one there (a Unicode
      // digit or an underscore needs the general path below).
      const c = text.charCodeAt(j);
      if (c < 0x80 && c !== 95) return undefined;
    }
  }
  if (base !== 10 && base >= 2) {
    const v = shortBaseInt(text, i, e, base);
    if (v !== null) return v;
  }
  let s = i === 0 && e === text.length ? text : text.slice(i, e);
  // Unicode decimal digits are read as ASCII ones first (a prefix's 0 included), as CPython's
  // _PyUnicode_TransformDecimalAndSpaceToASCII.
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(/\p{Nd}/gu, (c) => String(decimalValue(c.codePointAt(0)!)));
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const lower = s.toLowerCase();
  if (base === 0) {
    if (lower.startsWith('0x')) base = 16;
    else if (lower.startsWith('0o')) base = 8;
    else if (lower.startsWith('0b')) base = 2;
    else {
      base = 10;
      // All zeros is 0 in base 0 (leading zeros are allowed only there), once the zeros are
      // within the digit limit (underscores do not count).
      if (/^0+(_?0)*$/.test(s)) {
        const digits = s.replace(/_/g, '').length;
        if (digits > intMaxStrDigits.value && intMaxStrDigits.value > 0) digitLimitError(digits);
        return 0;
      }
      if (s[0] === '0') return undefined;
    }
    if (base !== 10) {
      s = s.slice(2);
      if (s.startsWith('_')) s = s.slice(1);
    }
  } else if ((base === 16 && lower.startsWith('0x')) || (base === 8 && lower.startsWith('0o')) || (base === 2 && lower.startsWith('0b'))) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return undefined;
  s = s.replace(/_/g, '');
  let result = 0n;
  const B = BigInt(base);
  if (s.length > intMaxStrDigits.value && (base & (base - 1)) !== 0 && intMaxStrDigits.value > 0) {
    // CPython counts the leading run of digits valid in the base (an invalid character after
    // a short run is an invalid literal, after a long one the limit error).
    const digits = leadingDigits(s, base);
    if (digits > intMaxStrDigits.value) digitLimitError(digits);
  }
  if (s.length <= 15 && base === 10) {
    if (!/^[0-9]+$/.test(s)) return undefined;
    const n = parseInt(s, 10);
    return neg ? (n === 0 ? 0 : -n) : n;
  }
  const native = NATIVE_BASES.get(base);
  if (native !== undefined) {
    // BigInt() parses these bases itself, in far less than the digit-by-digit loop's O(n^2).
    if (!native.digits.test(s)) return undefined;
    const v = BigInt(native.prefix + s);
    return normInt(neg ? -v : v);
  }
  for (const ch of s.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : 99;
    if (d >= base) return undefined;
    result = result * B + BigInt(d);
  }
  return normInt(neg ? -result : result);
}

/** int(str)'s ValueError for a literal of more digits than sys.get_int_max_str_digits(). */
function digitLimitError(digits: number): never {
  throw newError(E.ValueError, `Exceeds the limit (${intMaxStrDigits.value} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
}

/** How many characters at the start of s are digits of the base (ASCII, either case). */
function leadingDigits(s: string, base: number): number {
  let n = 0;
  for (; n < s.length; n++) {
    const c = s.charCodeAt(n) | 0x20;
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : 99;
    if (d >= base) break;
  }
  return n;
}

const NATIVE_BASES = new Map<number, { prefix: string; digits: RegExp }>([
  [2, { prefix: '0b', digits: /^[01]+$/ }],
  [8, { prefix: '0o', digits: /^[0-7]+$/ }],
  [10, { prefix: '', digits: /^[0-9]+$/ }],
  [16, { prefix: '0x', digits: /^[0-9a-fA-F]+$/ }],
]);


/**
 * CPython 3.11's DeprecationWarning when __index__ / __int__ returns an instance of a strict
 * subclass of int (a bool or a PyIntObj); its int value is used.
 */
export function warnIntSubclassResult(method: string, r: PyObject): void {
  if (typeof r !== 'boolean' && !(r instanceof PyIntObj)) return;
  pyWarn(E.DeprecationWarning, `${method} returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
}

/** int(x) for a non-str x: __int__, __index__, __trunc__ (CPython's PyNumber_Long). */
export function toInt(x: PyObject): number | bigint {
  const v = asIntValue(x);
  // An int subclass may override __int__ (CPython calls nb_int for all but exact ints).
  if (v !== undefined && (!(x instanceof PyIntObj) || x.cls.isExactBuiltin || x.cls.lookup('__int__') === T.int.dict.getStr('__int__'))) return v;
  // (A float subclass may override __int__ as well.)
  if (x instanceof PyFloat && (x.cls === T.float || x.cls.lookup('__int__') === T.float.dict.getStr('__int__'))) return floatToInt(x.value);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const m = lookupSpecial(x, name);
    if (m === undefined) continue; // (None is called: "'NoneType' object is not callable")
    if (name === '__trunc__') pyWarn(E.DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
    const r = callFoundMethod(m, x, []);
    const iv = asIntValue(r);
    if (iv !== undefined) {
      if (name !== '__trunc__') warnIntSubclassResult(name, r);
      return iv;
    }
    // __trunc__ may return any Integral: its __index__ makes the int.
    if (name === '__trunc__') {
      if (lookupSpecial(r, '__index__') === undefined) typeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
      return indexOf(r);
    }
    typeError(`${name} returned non-int (type ${typeName(r)})`);
  }
  typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

export function floatToInt(f: number): number | bigint {
  if (f !== f) throw newError(E.ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(f)) throw newError(E.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** operator.index(x): an int from __index__, or TypeError. */
export function indexOf(x: PyObject, what?: string): number | bigint {
  const v = asIntValue(x);
  if (v !== undefined) return v;
  const m = lookupSpecial(x, '__index__');
  if (m !== undefined) { // (None too: calling it fails, as CPython's slot does)
    const r = callFoundMethod(m, x, []);
    const iv = asIntValue(r);
    if (iv === undefined) typeError(`__index__ returned non-int (type ${typeName(r)})`);
    warnIntSubclassResult('__index__', r);
    return iv;
  }
  typeError(what ?? `'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** Argument Clinic's limit on positional arguments before keyword-only parameters. */
function kwOnlyAfter(name: string, args: PyObject[], kw: string[] | null, max: number, maxArgs: number): void {
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (args.length > maxArgs) typeError(`${name}() takes at most ${maxArgs} ${npos === 0 ? 'keyword ' : ''}arguments (${args.length} given)`);
  if (npos > max) typeError(`${name}() takes at most ${max} positional arguments (${npos} given)`);
}

/**
 * int.__new__. The work is in intOrInvalid, which returns the ValueError of an invalid literal
 * instead of throwing it: V8 counts a function's calls towards optimising it when the function
 * returns, so a function that throws on most calls (int('x') in a loop) stays in the
 * interpreter for good; this wrapper is a few bytecodes either way.
 */
function intNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const r = intOrInvalid(cls, args, kwnames);
  if (r instanceof PyBaseException) throw r;
  return r;
}

/**
 * int(s) / float(s) of an exact str for the VM's CALL_BUILTIN_CLASS of the exact type: the
 * result, or the ValueError of an unreadable string returned (not thrown), which the loop
 * raises without a JS throw (~0.3 us each). Any other call: undefined.
 */
export function numberFromStrOrError(cls: PyType, s: string): PyObject | undefined {
  if (cls === T.int) return intOrInvalid(cls, [s], null);
  if (cls === T.float) return floatFromStrOrError(s);
  return undefined;
}

let floatFromStrOrError: (s: string) => PyObject = () => None;
/** float-type.ts registers float(s) without the throw. */
export function setFloatFromStr(f: (s: string) => PyObject): void {
  floatFromStrOrError = f;
}

const INT_PARAMS = ['', 'base'];

function intOrInvalid(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length === 1 && kwnames === null && cls === T.int) {
    const a = args[0];
    if (typeof a === 'number' || typeof a === 'bigint') return a;
    if (typeof a === 'string') {
      const r = parseIntLiteral(a, 10);
      if (r === undefined) return newError(E.ValueError, `invalid literal for int() with base 10: ${reprText(a)}`);
      return r;
    }
  }
  const [x, baseArg] = bindNative('int', INT_PARAMS, args, kwnames, 1);
  let v: number | bigint;
  if (x === undefined) {
    if (baseArg !== undefined) typeError("int() missing string argument");
    v = 0;
  } else if (baseArg !== undefined) {
    const b = asIntValue(indexOf(baseArg));
    const base = Number(b);
    if (base !== 0 && (base < 2 || base > 36)) throw newError(E.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    // With a base only str, bytes and bytearray are read (not other buffers: memoryview, array).
    const xt = typeOf(x);
    const text = xt.isSubtype(T.str) || xt.isSubtype(T.bytes) || xt.isSubtype(T.bytearray) ? textOf(x) : undefined;
    if (text === undefined) typeError("int() can't convert non-string with explicit base");
    const r = parseIntLiteral(text, base);
    if (r === undefined) return newError(E.ValueError, `invalid literal for int() with base ${base}: ${reprText(x)}`);
    v = r;
  } else {
    const text = hasNumberHook(x, INT_HOOKS) ? undefined : textOf(x);
    if (text !== undefined) {
      const r = parseIntLiteral(text, 10);
      if (r === undefined) return newError(E.ValueError, `invalid literal for int() with base 10: ${reprText(x)}`);
      v = r;
    } else v = toInt(x);
  }
  if (cls === T.int) return v;
  return new PyIntObj(cls, v);
}

const INT_HOOKS = ['__int__', '__index__', '__trunc__'];

/**
 * Whether x, not of an exact builtin type, has one of the dunders PyNumber_Long / _Float call
 * before they read a str's, bytes' or bytearray's text: a str subclass with __int__ is int()'d
 * by its __int__.
 */
export function hasNumberHook(x: PyObject, names: string[]): boolean {
  if (typeof x !== 'object') return false;
  const t = typeOf(x);
  if (t.isExactBuiltin) return false;
  for (const n of names) if (t.lookup(n) !== undefined) return true;
  return false;
}

let textOf: (x: PyObject) => string | undefined = (x) => (typeof x === 'string' ? x : undefined);
let reprText: (x: PyObject) => string = (x) => JSON.stringify(x);
/** str/bytes glue for int(): the str and bytes types register how to read their text and repr. */
export function setIntTextHooks(text: (x: PyObject) => string | undefined, repr: (x: PyObject) => string): void {
  textOf = text;
  reprText = repr;
}

function roundInt(v: number | bigint, nd: number | bigint): number | bigint {
  if (nd >= 0) return v;
  const p = 10n ** big(-nd);
  const x = big(v);
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

export function installInt(): void {
  const s = T.int.slots;
  s.repr = (v) => intToDecimal(asIntValue(v)!);
  s.hash = (v) => {
    const x = asIntValue(v)!;
    return typeof x === 'number' ? hashInt(x) : hashBigInt(x);
  };
  s.richcompare = (a, b, op) => {
    const x = asIntValue(a)!;
    const y = asIntValue(b);
    if (y !== undefined) return cmpResult(intCompare(x, y), op);
    // (A float subclass with its own comparisons gets NotImplemented, as from CPython's int,
    // so its reflected method runs.)
    if (b instanceof PyFloat && (b.cls === T.float || b.cls.slots.richcompare === T.float.slots.richcompare)) {
      return cmpResult(compareIntFloat(x, b.value), op);
    }
    return NotImplemented;
  };
  s.bool = (v) => asIntValue(v) !== 0;
  s.add = binary(intAdd);
  s.sub = binary(intSub);
  s.mul = binary(intMul);
  s.floordiv = binary(intFloorDiv);
  s.mod = binary(intMod);
  s.truediv = binary((a, b) => newFloat(intTrueDiv(a, b)));
  s.divmod = binary((a, b) => new PyTuple([intFloorDiv(a, b), intMod(a, b)]));
  s.lshift = binary(intLshift);
  s.rshift = binary(intRshift);
  s.and = binary(intAnd);
  s.or = binary(intOr);
  s.xor = binary(intXor);
  s.pow = (a, b, m) => {
    const x = asIntValue(a);
    const y = asIntValue(b);
    if (x === undefined || y === undefined) return NotImplemented;
    if (m === None || m === undefined) return intPow(x, y);
    const z = asIntValue(m);
    if (z === undefined) return NotImplemented;
    return intPowMod(x, y, z);
  };
  s.neg = (a) => intSub(0, asIntValue(a)!);
  s.pos = (a) => asIntValue(a)!;
  s.abs = (a) => {
    const x = asIntValue(a)!;
    return x < 0 ? intSub(0, x) : x;
  };
  s.invert = (a) => intSub(-1, asIntValue(a)!);
  s.int = (a) => asIntValue(a)!;
  s.index = (a) => asIntValue(a)!;
  s.float = (a) => newFloat(intToFloat(asIntValue(a)!));
  T.int.alloc = (cls) => new PyIntObj(cls, 0);
  defineNew(T.int, intNew);

  const self = (v: PyObject) => asIntValue(v)!;
  addMethods(T.int, {
    bit_length: (v, args, kw) => {
      checkPositional('int.bit_length', args, kw, 0, 0);
      return bitLength(self(v));
    },
    bit_count: (v, args, kw) => {
      checkPositional('int.bit_count', args, kw, 0, 0);
      return bitCount(self(v));
    },
    conjugate: (v, args, kw) => (checkPositional('int.conjugate', args, kw, 0, 0), self(v)),
    as_integer_ratio: (v, args, kw) => (checkPositional('int.as_integer_ratio', args, kw, 0, 0), new PyTuple([self(v), 1])),
    __trunc__: (v, args, kw) => (checkPositional('int.__trunc__', args, kw, 0, 0), self(v)),
    __floor__: (v, args, kw) => (checkPositional('int.__floor__', args, kw, 0, 0), self(v)),
    __ceil__: (v, args, kw) => (checkPositional('int.__ceil__', args, kw, 0, 0), self(v)),
    __round__: (v, args, kw) => {
      // Argument Clinic counts under '__round__'; the keyword refusal names int.__round__.
      if (kw !== null && kw.length > 0) typeError('int.__round__() takes no keyword arguments');
      checkPositional('__round__', args, kw, 0, 1);
      // int.__round__(None) is refused (round(x, None) never passes the None on).
      if (args.length === 0) return self(v);
      return roundInt(self(v), indexOf(args[0]));
    },
    __getnewargs__: (v, args, kw) => (checkPositional('int.__getnewargs__', args, kw, 0, 0), new PyTuple([self(v)])),
    to_bytes: (v, args, kw) => {
      kwOnlyAfter('to_bytes', args, kw, 2, 3);
      const [lengthArg, orderArg, signedArg] = bindNative('to_bytes', ['length', 'byteorder', 'signed'], args, kw);
      const length = lengthArg === undefined ? 1 : ssizeArg(lengthArg);
      const order = orderArg === undefined ? 'big' : strValue(orderArg); // (a str subclass too)
      if (order === undefined) typeError(`to_bytes() argument 'byteorder' must be str, not ${argTypeName(orderArg!)}`);
      if (order !== 'big' && order !== 'little') throw newError(E.ValueError, "byteorder must be either 'little' or 'big'");
      if (length < 0) throw newError(E.ValueError, 'length argument must be non-negative');
      const signed = signedArg !== undefined && isTrue(signedArg);
      const n = self(v);
      if (typeof n === 'number' && length <= 6) return bytesFactory(smallToBytes(n, length, order === 'little', signed));
      let x = big(n);
      if (x < 0n && !signed) throw newError(E.OverflowError, "can't convert negative int to unsigned");
      const bits = BigInt(length * 8);
      if (signed ? (x >= (1n << (bits - 1n)) || x < -(1n << (bits - 1n))) : x >= (1n << bits)) {
        throw newError(E.OverflowError, 'int too big to convert');
      }
      if (x < 0n) x += 1n << bits;
      const out = new Uint8Array(length);
      for (let i = length - 1; i >= 0; i--) {
        out[i] = Number(x & 0xffn);
        x >>= 8n;
      }
      if (order === 'little') out.reverse();
      return bytesFactory(out);
    },
  });
  // (The VM's n.bit_length() / n.bit_count() without an argument array: native.ts addFastMethods.)
  addFastMethods(T.int, { bit_length: (v) => bitLength(self(v)), bit_count: (v) => bitCount(self(v)) }, {});
  addClassMethods(T.int, {
    from_bytes: (cls, args, kw) => {
      kwOnlyAfter('from_bytes', args, kw, 2, 3);
      const [bytesArg, orderArg, signedArg] = bindNative('from_bytes', ['bytes', 'byteorder', 'signed'], args, kw, 0, 1);
      const order = orderArg === undefined ? 'big' : strValue(orderArg); // (a str subclass too)
      if (order === undefined) typeError(`from_bytes() argument 'byteorder' must be str, not ${argTypeName(orderArg!)}`);
      if (order !== 'big' && order !== 'little') throw newError(E.ValueError, "byteorder must be either 'little' or 'big'");
      const bytes = bytesOf(bytesArg!);
      if (bytes.length <= 6) {
        // Up to 48 bits: the value in a double, no BigInt (a 3-byte from_bytes: 0.35 -> 0.1 us).
        const little = order === 'little';
        const m = bytes.length;
        let x = 0;
        for (let i = 0; i < m; i++) x = x * 256 + bytes[little ? m - 1 - i : i];
        if (signedArg !== undefined && isTrue(signedArg) && m > 0 && bytes[little ? m - 1 : 0] >= 0x80) x -= 2 ** (8 * m);
        return cls === T.int ? x : call(cls, [x]);
      }
      const arr = order === 'little' ? bytes.slice().reverse() : bytes;
      let x = 0n;
      for (const b of arr) x = (x << 8n) | BigInt(b);
      const signed = signedArg !== undefined && isTrue(signedArg);
      if (signed && arr.length > 0 && arr[0] >= 0x80) x -= 1n << BigInt(arr.length * 8);
      const r = normInt(x);
      return cls === T.int ? r : call(cls, [r]);
    },
  });
  addGetSets(T.int, {
    real: [(v) => self(v)],
    imag: [() => 0],
    numerator: [(v) => self(v)],
    denominator: [() => 1],
  });
}

/**
 * int.to_bytes of a JS-number int into at most 6 bytes (48 bits: every intermediate value is
 * exact in a double), with the method's OverflowErrors: no BigInt (to_bytes(4): 0.23 -> 0.1 us).
 */
function smallToBytes(n: number, length: number, little: boolean, signed: boolean): Uint8Array {
  if (n < 0 && !signed) throw newError(E.OverflowError, "can't convert negative int to unsigned");
  const span = 2 ** (8 * length);
  // (Signed, zero bytes hold 0 and -1: CPython's _PyLong_AsByteArray sees only sign bits.)
  const fits = !signed ? n < span : length === 0 ? n === 0 || n === -1 : n < span / 2 && n >= -span / 2;
  if (!fits) throw newError(E.OverflowError, 'int too big to convert');
  let x = n < 0 ? n + span : n;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[little ? length - 1 - i : i] = x % 256;
    x = Math.floor(x / 256);
  }
  return out;
}

let bytesFactory: (b: Uint8Array) => PyObject = () => typeError('bytes are not available');
let bytesOf: (v: PyObject) => Uint8Array = () => typeError('bytes are not available');
/** The bytes type registers how to make and read bytes objects. */
export function setIntBytesHooks(make: (b: Uint8Array) => PyObject, read: (v: PyObject) => Uint8Array): void {
  bytesFactory = make;
  bytesOf = read;
}

export function installBool(): void {
  const b = T.bool;
  b.finalType = true;
  const s = b.slots;
  s.repr = (v) => (v === true ? 'True' : 'False');
  const logic = (f: (x: number, y: number) => number, intf: (x: PyObject, y: PyObject) => PyObject) => (a: PyObject, c: PyObject) => {
    if (typeof a === 'boolean' && typeof c === 'boolean') return f(a ? 1 : 0, c ? 1 : 0) === 1;
    return intf(a, c);
  };
  s.and = logic((x, y) => x & y, T.int.slots.and!);
  s.or = logic((x, y) => x | y, T.int.slots.or!);
  s.xor = logic((x, y) => x ^ y, T.int.slots.xor!);
  b.alloc = null;
  defineNew(b, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError('bool() takes no keyword arguments');
    checkPositional('bool', args, null, 0, 1);
    return args.length === 0 ? false : truthy(args[0]);
  });
}

let truthy: (v: PyObject) => boolean = (v) => !!v;
export function setBoolTruth(f: (v: PyObject) => boolean): void {
  truthy = f;
}

export { pyStr, typeOf };
