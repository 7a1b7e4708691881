// The float type: slots, methods and constructor. Division and modulo follow CPython's
// float_divmod (sign of the divisor, -0.0 cases), comparisons with ints are exact.

import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyFloat, newFloat } from './float.js';
import { NotImplemented, None } from './singletons.js';
import { E, newError, newException, PyBaseException } from './exception.js';
import { typeName, typeError, call, argTypeName } from './protocol.js';
import { addMethods, addGetSets, addClassMethods, checkPositional } from './native.js';
import { defineNew, pyWarn } from './class-create.js';
import { lookupSpecial, callFoundMethod } from './dunder.js';
import { hashFloat } from './hash.js';
import { isSpaceCode, decimalValue } from './str-unicode.js';
import { floatRepr } from '../text/float-repr.js';
import { asIntValue, intToFloat, floatToInt, indexOf, PyIntObj, setFloatFromStr, hasNumberHook } from './int-type.js';
import { compareIntFloat, cmpResult, intCompare } from './int.js';
import { PyTuple } from './tuple.js';
import { PyDict, newSharedDict } from './dict.js';
import { strValue } from './str.js';

/** A float-subclass instance (with its __dict__ unless __slots__ says otherwise). */
function floatOfSubclass(v: number, cls: PyType): PyFloat {
  if (cls === T.float) return newFloat(v);
  const f = new PyFloat(v, cls);
  if (cls.hasInstanceDict) f.dict = newSharedDict();
  return f;
}
import { normInt } from './object.js';

/** The float value of a float or int-like operand (for mixed arithmetic); undefined otherwise. */
export function asFloatOperand(v: PyObject): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = asIntValue(v);
  if (i === undefined) return undefined;
  return typeof i === 'number' ? i : intToFloat(i);
}

const zeroDiv = (msg: string): never => {
  throw newError(E.ZeroDivisionError, msg);
};

export function floatMod(a: number, b: number): number {
  if (b === 0) zeroDiv('float modulo');
  let mod = a % b;
  // `mod !== 0`, not `if (mod)`: C's test is true for a NaN remainder (inf % x, x % nan).
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

export function floatDivmod(a: number, b: number, what = 'float divmod()'): [number, number] {
  if (b === 0) zeroDiv(what);
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

let complexPow: ((a: number, b: number) => PyObject) | null = null;
/** complex.ts registers how a negative float raised to a fractional power becomes complex. */
export function setComplexPow(f: (a: number, b: number) => PyObject): void {
  complexPow = f;
}

let powImpl: (a: number, b: number) => number = Math.pow;
/** The math module supplies a correctly rounded pow (V8's Math.pow differs from libm's). */
export function setFloatPowImpl(f: (a: number, b: number) => number): void {
  powImpl = f;
}

export function floatPow(a: number, b: number): PyObject {
  if (b === 0) return newFloat(1);
  // 0.0 ** -inf is inf (CPython handles an infinite exponent first).
  if (a === 0 && b < 0 && b !== -Infinity) zeroDiv('0.0 cannot be raised to a negative power');
  if (a < 0 && isFinite(a) && isFinite(b) && !Number.isInteger(b)) {
    if (complexPow === null) throw newError(E.ValueError, 'math domain error');
    return complexPow(a, b);
  }
  if (a === 1) return newFloat(1);
  const r = powImpl(a, b);
  if (!isFinite(r) && isFinite(a) && isFinite(b)) throw newException(E.OverflowError, [34, 'Numerical result out of range']);
  return newFloat(r);
}

/** round(x, n) for floats, correctly rounded half-even on the exact binary value. */
export function roundFloat(x: number, nd: number): number {
  if (!isFinite(x) || x === 0) return x;
  if (nd > 323) return x; // CPython: NDIGITS_MAX = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103)
  if (nd < -308) return 0 * Math.sign(x);
  if (nd === 0 && x < 4503599627370496 && x > -4503599627370496) {
    // |x| < 2**52: x - floor(x) is exact, so ties are seen exactly.
    const f = Math.floor(x);
    const d = x - f;
    const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
    return r === 0 ? (x < 0 ? -0 : 0) : r;
  }
  if (nd > 0 && nd <= 100 && x < 1e21 && x > -1e21 && !Number.isInteger(x * 2 ** (nd + 1))) {
    // toFixed is the exact decimal value rounded to nd places (ties away from zero), and an
    // exact tie needs x * 2 * 10**nd to be an odd integer, so x * 2**(nd+1) an integer: here
    // there is none, and reading the digits back rounds them as CPython does.
    return Number(x.toFixed(nd));
  }
  // Exact decimal expansion of x is available through BigInt: x = m * 2**e.
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let num = BigInt(m);
  let den = 1n;
  if (e < 0) den = 1n << BigInt(-e);
  // scaled = x * 10**nd as a fraction num/den
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  const neg = num < 0n;
  if (neg) num = -num;
  let q = num / den;
  const r2 = 2n * (num % den);
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  // Back to a float: q / 10**nd, correctly rounded via the decimal string.
  const digits = q.toString();
  const text = nd >= 0 ? `${digits}e-${nd}` : `${digits}e${-nd}`;
  const y = Number(text);
  if (!isFinite(y)) throw newError(E.OverflowError, 'rounded value too large to represent');
  return neg ? -y : y;
}

/** float('...') parsing: CPython's accepted syntax (underscores between digits, inf/nan words). */
export function parseFloatText(text: string): number | undefined {
  const fast = parsePlainFloat(text);
  if (fast !== undefined) return fast;
  let i = 0;
  let e = text.length;
  while (i < e && isNumberSpace(text.charCodeAt(i))) i++;
  while (e > i && isNumberSpace(text.charCodeAt(e - 1))) e--;
  const s = text.slice(i, e).replace(/\p{Nd}/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return cp <= 57 ? c : String(decimalValue(cp));
  });
  const m = /^([+-]?)(?:(inf|infinity)|(nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))$/i.exec(s);
  if (m === null) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2] !== undefined) return sign * Infinity;
  if (m[3] !== undefined) return sign < 0 ? NEG_NAN : NaN;
  const body = m[4].replace(/_/g, '');
  if (!/\d/.test(body.split(/[eE]/)[0])) return undefined;
  if (/\._|_\./.test(m[4])) return undefined;
  return sign * Number(body);
}

const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** Whitespace around a number as CPython's float()/int() see it: not \x1c-\x1f nor U+FEFF. */
const isNumberSpace = (c: number): boolean => (c < 0x80 ? isAsciiSpace(c) : isSpaceCode(c));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The common spelling: optional ASCII whitespace around [sign] digits [. digits] [e [sign]
 * digits], with a digit in the mantissa, read by Number() (which rounds as CPython does).
 * Anything else (underscores, inf/nan, Unicode digits or spaces) is undefined: the full parser.
 */
function parsePlainFloat(text: string): number | undefined {
  let i = 0;
  let e = text.length;
  while (i < e && isAsciiSpace(text.charCodeAt(i))) i++;
  while (e > i && isAsciiSpace(text.charCodeAt(e - 1))) e--;
  const start = i;
  let c = i < e ? text.charCodeAt(i) : 0;
  if (c === 43 || c === 45) c = ++i < e ? text.charCodeAt(i) : 0;
  let digits = 0;
  while (i < e && isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < e && text.charCodeAt(i) === 46) {
    i++;
    while (i < e && isDigit(text.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return undefined;
  if (i < e && (text.charCodeAt(i) | 0x20) === 101) {
    i++;
    c = i < e ? text.charCodeAt(i) : 0;
    if (c === 43 || c === 45) i++;
    if (!(i < e && isDigit(text.charCodeAt(i)))) return undefined;
    while (i < e && isDigit(text.charCodeAt(i))) i++;
  }
  if (i !== e) return undefined;
  return Number(start === 0 && e === text.length ? text : text.slice(start, e));
}


/**
 * CPython 3.11's DeprecationWarning when __float__ returns an instance of a strict subclass of
 * float; its float value is used.
 */
export function warnFloatSubclassResult(x: PyObject, r: PyFloat): void {
  if (r.cls === T.float) return;
  pyWarn(E.DeprecationWarning, `${typeName(x)}.__float__ returned non-float (type ${typeName(r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
}

/** float(x) for a non-str x: __float__, then __index__ (CPython's PyNumber_Float). */
export function toFloat(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  const i = asIntValue(x);
  // An int subclass may override __float__ (CPython calls its nb_float).
  if (i !== undefined && (!(x instanceof PyIntObj) || x.cls.lookup('__float__') === T.int.dict.getStr('__float__'))) {
    return typeof i === 'number' ? i : intToFloat(i);
  }
  // (A dunder set to None is called, as CPython's slot does.)
  const f = lookupSpecial(x, '__float__');
  if (f !== undefined) {
    const r = callFoundMethod(f, x, []);
    if (!(r instanceof PyFloat)) typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
    warnFloatSubclassResult(x, r);
    return r.value;
  }
  const ix = lookupSpecial(x, '__index__');
  if (ix !== undefined) return intToFloat(indexOf(x));
  typeError(`must be real number, not ${typeName(x)}`);
}

let floatTextOf: (x: PyObject) => string | undefined = (x) => (typeof x === 'string' ? x : undefined);
let floatReprText: (x: PyObject) => string = (x) => JSON.stringify(x);
export function setFloatTextHooks(text: (x: PyObject) => string | undefined, repr: (x: PyObject) => string): void {
  floatTextOf = text;
  floatReprText = repr;
}

/** float.__new__: the ValueError of an unreadable string is thrown here (see int's intNew). */
function floatNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const r = floatOrInvalid(cls, args, kwnames);
  if (r instanceof PyBaseException) throw r;
  return r;
}

/** What float() calls before reading a str subclass's text (PyNumber_Float's order). */
const FLOAT_HOOKS = ['__float__', '__index__'];

function floatOrInvalid(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  // Keywords are refused unless a subclass has its own __init__ (which may take them).
  if (kwnames !== null && kwnames.length) {
    if (cls === T.float || cls.lookup('__init__') === T.float.lookup('__init__')) typeError('float() takes no keyword arguments');
    args = args.slice(0, args.length - kwnames.length);
  }
  checkPositional('float', args, null, 0, 1);
  // float(x) of an exact float is x itself (PyNumber_Float).
  if (cls === T.float && args.length === 1 && args[0] instanceof PyFloat && (args[0] as PyFloat).cls === T.float) return args[0];
  let v = 0;
  if (args.length === 1) {
    const x = args[0];
    const text = hasNumberHook(x, FLOAT_HOOKS) ? undefined : floatTextOf(x);
    if (text !== undefined) {
      const r = parseFloatText(text);
      if (r === undefined) return newError(E.ValueError, `could not convert string to float: ${floatReprText(x)}`);
      v = r;
    } else {
      try {
        // PyNumber_Float: a float subclass's own __float__ is called (toFloat reads its value).
        if (x instanceof PyFloat && !x.cls.isExactBuiltin && x.cls.lookup('__float__') !== T.float.dict.getStr('__float__')) {
          const r = callFoundMethod(x.cls.lookup('__float__')!, x, []);
          if (!(r instanceof PyFloat)) typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
          warnFloatSubclassResult(x, r);
          v = r.value;
        } else v = toFloat(x);
      } catch (e) {
        // (PyNumber_Float: the errors of __float__ and __index__ are the caller's; only an
        // object with neither is "not a string or a real number".)
        if (e instanceof Object && (e as { cls?: PyType }).cls === E.TypeError && lookupSpecial(x, '__float__') === undefined && lookupSpecial(x, '__index__') === undefined) {
          typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
        }
        throw e;
      }
    }
  }
  return floatOfSubclass(v, cls);
}

function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const sign = x < 0 ? '-' : '';
  let a = Math.abs(x);
  let e = Math.floor(Math.log2(a));
  if (a / Math.pow(2, e) >= 2) e++;
  if (a / Math.pow(2, e) < 1) e--;
  if (e < -1022) e = -1022; // subnormal: leading digit 0
  let m = a / Math.pow(2, e);
  const lead = Math.floor(m);
  m -= lead;
  let hex = '';
  for (let i = 0; i < 13; i++) {
    m *= 16;
    const d = Math.floor(m);
    hex += d.toString(16);
    m -= d;
  }
  return `${sign}0x${lead}.${hex}p${e >= 0 ? '+' : ''}${e}`;
}

/** A NaN with its sign bit set (float('-nan'): copysign sees it); made at run time, as a
 * folded `-NaN` literal would lose the sign. */
const NEG_NAN = -Number.parseFloat('nan');

/** mant * 2**exp (mant > 0) correctly rounded to a double, half to even, subnormals included
 * (CPython's float_fromhex); OverflowError when it is too large. */
function scaleRounded(mant: bigint, exp: number): number {
  const bits = mant.toString(2).length;
  const top = bits - 1 + exp; // the value is in [2**top, 2**(top + 1))
  if (top > 1023) throw newError(E.OverflowError, 'hexadecimal value too large to represent as a float');
  // Below half the smallest subnormal (2**-1075): zero (and no shift by a huge count).
  if (top < -1076) return 0;
  // Significant bits a double keeps at this magnitude: 53, fewer for subnormals (maybe none).
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  const drop = bits - keep;
  let q = mant;
  let a = exp;
  if (drop > 0) {
    q = mant >> BigInt(drop);
    const rem = mant - (q << BigInt(drop));
    const half = 1n << BigInt(drop - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    a += drop;
  }
  if (q === 0n) return 0;
  // q < 2**54 is exact; scale in two exact steps so no intermediate underflows.
  let v = Number(q);
  if (a < -1022) {
    v *= Math.pow(2, -1022);
    a += 1022;
  }
  v *= Math.pow(2, a);
  if (!isFinite(v)) throw newError(E.OverflowError, 'hexadecimal value too large to represent as a float');
  return v;
}

function floatFromHex(s: string): number {
  const t = s.trim().toLowerCase();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (t === 'inf' || t === '+inf' || t === 'infinity' || t === '+infinity') return Infinity;
  if (t === '-inf' || t === '-infinity') return -Infinity;
  if (t === 'nan' || t === '+nan') return NaN;
  if (t === '-nan') return NEG_NAN;
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw newError(E.ValueError, 'invalid hexadecimal floating-point string');
  }
  const intPart = m[2] || '0';
  const frac = m[3] ?? '';
  const mant = BigInt('0x' + intPart + frac || '0');
  const exp = (m[4] ? parseInt(m[4], 10) : 0) - 4 * frac.length;
  const v = mant === 0n ? 0 : scaleRounded(mant, exp);
  return m[1] === '-' ? -v : v;
}

export function installFloat(): void {
  setFloatFromStr((s) => floatOrInvalid(T.float, [s], null));
  const t = T.float;
  const s = t.slots;
  const val = (v: PyObject) => (v as PyFloat).value;
  s.repr = (v) => floatRepr(val(v));
  s.hash = (v) => hashFloat(val(v));
  s.bool = (v) => val(v) !== 0;
  s.richcompare = (a, b, op) => {
    const x = val(a);
    if (b instanceof PyFloat) return cmpResult(x < b.value ? -1 : x > b.value ? 1 : x === b.value ? 0 : NaN, op);
    const i = asIntValue(b);
    if (i === undefined) return NotImplemented;
    const c = compareIntFloat(i, x);
    return cmpResult(c === c ? -c : c, op);
  };
  const bin = (f: (x: number, y: number) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
    const x = asFloatOperand(a);
    if (x === undefined) return NotImplemented;
    const y = asFloatOperand(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
  s.add = bin((x, y) => newFloat(x + y));
  s.sub = bin((x, y) => newFloat(x - y));
  s.mul = bin((x, y) => newFloat(x * y));
  s.truediv = bin((x, y) => (y === 0 ? zeroDiv('float division by zero') : newFloat(x / y)));
  s.floordiv = bin((x, y) => newFloat(floatDivmod(x, y, 'float floor division by zero')[0]));
  s.mod = bin((x, y) => newFloat(floatMod(x, y)));
  s.divmod = bin((x, y) => {
    const [q, r] = floatDivmod(x, y);
    return new PyTuple([newFloat(q), newFloat(r)]);
  });
  s.pow = (a, b, m) => {
    if (m !== None && m !== undefined) typeError('pow() 3rd argument not allowed unless all arguments are integers');
    const x = asFloatOperand(a);
    const y = asFloatOperand(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return floatPow(x, y);
  };
  s.neg = (a) => newFloat(-val(a));
  s.pos = (a) => newFloat(val(a));
  s.abs = (a) => newFloat(Math.abs(val(a)));
  s.int = (a) => floatToInt(val(a));
  s.float = (a) => (a instanceof PyFloat && a.cls === T.float ? a : newFloat(val(a)));
  t.alloc = (cls) => floatOfSubclass(0, cls);
  defineNew(t, floatNew);
  addMethods(t, {
    is_integer: (v, args, kw) => (checkPositional('float.is_integer', args, kw, 0, 0), Number.isInteger(val(v))),
    conjugate: (v, args, kw) => (checkPositional('float.conjugate', args, kw, 0, 0), newFloat(val(v))),
    hex: (v, args, kw) => (checkPositional('float.hex', args, kw, 0, 0), floatHex(val(v))),
    as_integer_ratio: (v, args, kw) => {
      checkPositional('float.as_integer_ratio', args, kw, 0, 0);
      const x = val(v);
      if (x !== x) throw newError(E.ValueError, 'cannot convert NaN to integer ratio');
      if (!isFinite(x)) throw newError(E.OverflowError, 'cannot convert Infinity to integer ratio');
      let m = x;
      let e = 0;
      while (!Number.isInteger(m)) {
        m *= 2;
        e++;
      }
      let n = BigInt(m);
      let d = 1n << BigInt(e);
      while (d > 1n && (n & 1n) === 0n) {
        n >>= 1n;
        d >>= 1n;
      }
      return new PyTuple([normInt(n), normInt(d)]);
    },
    __trunc__: (v, args, kw) => (checkPositional('float.__trunc__', args, kw, 0, 0), floatToInt(val(v))),
    __floor__: (v, args, kw) => (checkPositional('float.__floor__', args, kw, 0, 0), floatToInt(Math.floor(val(v)))),
    __ceil__: (v, args, kw) => (checkPositional('float.__ceil__', args, kw, 0, 0), floatToInt(Math.ceil(val(v)))),
    __round__: (v, args, kw) => {
      // Argument Clinic counts under '__round__'; the keyword refusal names float.__round__.
      if (kw !== null && kw.length > 0) typeError('float.__round__() takes no keyword arguments');
      checkPositional('__round__', args, kw, 0, 1);
      const x = val(v);
      if (args.length === 0 || args[0] === None) {
        if (x !== x) throw newError(E.ValueError, 'cannot convert float NaN to integer');
        if (!isFinite(x)) throw newError(E.OverflowError, 'cannot convert float infinity to integer');
        return floatToInt(roundFloat(x, 0));
      }
      const nd = indexOf(args[0]);
      return newFloat(roundFloat(x, typeof nd === 'bigint' ? (nd > 0n ? 400 : -400) : nd));
    },
    __getnewargs__: (v, args, kw) => (checkPositional('float.__getnewargs__', args, kw, 0, 0), new PyTuple([newFloat(val(v))])),
  });
  addClassMethods(t, {
    fromhex: (cls, args, kw) => {
      checkPositional('float.fromhex', args, kw, 1, 1);
      // float_fromhex parses with PyUnicode_AsUTF8AndSize: a str (a subclass's value too);
      // anything else is a bad argument.
      const text = strValue(args[0]);
      if (text === undefined) typeError('bad argument type for built-in operation');
      const f = newFloat(floatFromHex(text));
      return cls === T.float ? f : call(cls, [f]);
    },
    __getformat__: (_cls, args, kw) => {
      checkPositional('float.__getformat__', args, kw, 1, 1);
      if (typeof args[0] !== 'string') typeError(`__getformat__() argument must be str, not ${argTypeName(args[0])}`);
      if (args[0] !== 'double' && args[0] !== 'float') throw newError(E.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
      return 'IEEE, little-endian';
    },
  });
  addGetSets(t, {
    real: [(v) => newFloat(val(v))],
    imag: [() => newFloat(0)],
  });
  void intCompare;
}
