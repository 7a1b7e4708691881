// __format__ for int (and bool), float and complex: CPython 3.11's Python/formatter_unicode.c
// (format_long_internal, format_float_internal, format_complex_internal) on top of the
// format-spec parser and layout helpers in format-spec.ts, and PyOS_double_to_string's
// layout rules (Python/pystrtod.c) for the 'r' (repr-like) and 'g' modes.
//
//   format(255, '#x') == '0xff'     format(1e16, '') == '1e+16'     format(1.0, '.3') == '1.0'
//   format(12.0, '.2') == '1.2e+01' format(1+2j, '') == '(1+2j)'    format(2j, '+g') == '+0+2j'

import type { PyObject } from './object.js';
import { T } from './types.js';
import { PyFloat } from './float.js';
import { E, newError } from './exception.js';
import { typeOf, typeName, typeError, str as pyStr, argTypeName } from './protocol.js';
import { addMethods, checkPositional } from './native.js';
import { asIntValue, intToDecimal, intToFloat } from './int-type.js';
import { strValue } from './str.js';
import { toFloat } from './float-type.js';
import {
  parseFormatSpec, formatNumber, groupDigits, unknownFormatCode, formatFloat, padAndAlign, type FormatSpec,
} from './format-spec.js';

const valueError = (msg: string): never => {
  throw newError(E.ValueError, msg);
};

const INT_MAX = 2147483647;

// ------------------------------------------------------------------ float -> text

/**
 * PyOS_double_to_string(x, type, precision, flags): '-' for negative values, 'inf'/'nan'
 * (upper case for E F G), then the digits. type 'r' is the shortest repr digits; 'g' with
 * addDot0 is the "no type, precision given" variant (switches to an exponent one digit sooner
 * and keeps a '.0' on integral values). noNeg0 drops the sign of a value that rounds to zero.
 */
export function doubleToString(x: number, type: string, precision: number, alt: boolean, addDot0: boolean, noNeg0: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity) return upper ? 'INF' : 'inf';
  if (x === -Infinity) return upper ? '-INF' : '-inf';
  let s: string;
  switch (type) {
    case 'f': case 'F':
      s = formatFloat(x, 'f', precision, alt);
      break;
    case 'e': case 'E':
      s = layoutE(x, precision, alt, upper);
      break;
    default:
      s = layoutShortOrG(x, type === 'r' ? 'r' : 'g', precision, alt, addDot0, upper);
  }
  if (noNeg0 && s[0] === '-' && !/[1-9]/.test(s.replace(/[eE].*$/, ''))) s = s.slice(1);
  return s;
}

// ---- exact decimal digits of a double ----

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Finite x > 0 as [m, e]: x = m * 2**e exactly (m < 2**53). */
function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const hi = U32[LE ? 1 : 0];
  const lo = U32[LE ? 0 : 1];
  const bexp = (hi >>> 20) & 0x7ff;
  const m = (hi & 0xfffff) * 4294967296 + lo;
  if (bexp === 0) return [BigInt(m), -1074];
  return [BigInt(m + 4503599627370496), bexp - 1075];
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** round(m * 2**e * 10**s), ties to even, exactly. */
function roundScaled(m: bigint, e: number, s: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Is m * 2**e >= 10**k? */
function atLeastPow10(m: bigint, e: number, k: number): boolean {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) den *= pow10(k);
  else num *= pow10(-k);
  return num >= den;
}

/**
 * ax > 0 rounded to p significant digits, ties to even on the exact binary value:
 * [digits (length p), decpt] with ax ~ 0.digits * 10**decpt (dtoa mode 2, unstripped).
 */
export function sigDigits(ax: number, p: number): [string, number] {
  if (p <= 76) {
    // toExponential rounds correctly; 25 further digits show whether the rounding at p digits
    // could be an exact tie (only then is the exact path needed).
    const s = ax.toExponential(p + 24);
    const k = s.indexOf('e');
    const all = s[0] + s.slice(2, k);
    const tail = all.slice(p);
    if (tail !== '5' + '0'.repeat(24)) {
      let decpt = parseInt(s.slice(k + 1), 10) + 1;
      let digits = all.slice(0, p);
      if (tail[0] >= '5') {
        const up = (BigInt(digits) + 1n).toString();
        if (up.length > p) {
          digits = '1' + '0'.repeat(p - 1);
          decpt++;
        } else digits = up;
      }
      return [digits, decpt];
    }
  }
  const [m, e] = decompose(ax);
  let E = Math.floor(Math.log10(ax));
  while (!atLeastPow10(m, e, E)) E--;
  while (atLeastPow10(m, e, E + 1)) E++;
  let q = roundScaled(m, e, p - 1 - E);
  if (q === pow10(p)) {
    q = pow10(p - 1);
    E++;
  }
  return [q.toString(), E + 1];
}

function expText(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** The 'e' code: one digit, '.', precision digits, exponent. */
function layoutE(x: number, precision: number, alt: boolean, upper: boolean): string {
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = Math.abs(x);
  let digits: string;
  let exp = 0;
  if (ax === 0) digits = '0'.repeat(precision + 1);
  else {
    const [d, decpt] = sigDigits(ax, precision + 1);
    digits = d;
    exp = decpt - 1;
  }
  return (neg ? '-' : '') + digits[0] + (precision > 0 || alt ? '.' : '') + digits.slice(1) + expText(exp, upper);
}

/** The digits (trailing zeros stripped, '0' for zero) and decimal point position of |x|. */
function digitsOf(ax: number, mode: 'r' | 'g', precision: number): [string, number] {
  if (ax === 0) return ['0', 1];
  let digits: string;
  let decpt: number;
  if (mode === 'r') {
    const t = ax.toExponential();
    const k = t.indexOf('e');
    const mant = t.slice(0, k);
    digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
    decpt = parseInt(t.slice(k + 1), 10) + 1;
  } else [digits, decpt] = sigDigits(ax, precision);
  digits = digits.replace(/0+$/, '');
  return [digits === '' ? '0' : digits, decpt];
}

/** format_float_short's layout for the 'r' and 'g' codes. */
function layoutShortOrG(x: number, mode: 'r' | 'g', precision: number, alt: boolean, addDot0: boolean, upper: boolean): string {
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  if (mode === 'g' && precision === 0) precision = 1;
  const [digits, decpt0] = digitsOf(Math.abs(x), mode, precision);
  let decpt = decpt0;
  const n = digits.length;
  let useExp = false;
  let vend = n;
  if (mode === 'g') {
    if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
    if (alt) vend = precision;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  let out = neg ? '-' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vstart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vstart);
  if (decpt > 0 && decpt <= n) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (n < decpt) out += '0'.repeat(decpt - n) + '.' + '0'.repeat(vend - decpt);
  else out += '0'.repeat(Math.max(0, vend - n));
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    out += expText(exp, upper);
  }
  return out;
}

/** Splits formatted number text into [negative, leading digits, remainder]. */
function splitNumber(s: string): [boolean, string, string] {
  const neg = s[0] === '-';
  if (neg) s = s.slice(1);
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return [neg, s.slice(0, i), s.slice(i)];
}

/** formatNumber, but with no digit grouping when there are no digits (inf, nan). */
function layout(spec: FormatSpec, neg: boolean, prefix: string, digits: string, tail: string): string {
  if (digits === '' && spec.grouping !== '') spec = { ...spec, grouping: '' };
  return formatNumber(spec, neg, prefix, digits, tail);
}

// ------------------------------------------------------------------ float

/** format(x, spec) for a float value x; `tname` names the type in error messages. */
export function formatFloatValue(x: number, spec: FormatSpec, tname: string): string {
  let type = spec.type;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      unknownFormatCode(type, tname);
  }
  if (spec.precision > INT_MAX) valueError('precision too big');
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(x, type, precision, spec.alternate, addDot0, spec.noNegZero);
  if (pct) s += '%';
  if (spec.grouping === '' && spec.align !== '=') {
    // No grouping and no padding between sign and digits: the text padded as a whole, with
    // the sign '+' or ' ' asks for (what formatNumber makes of it, without splitting it).
    if (s.charCodeAt(0) !== 0x2d && (spec.sign === '+' || spec.sign === ' ')) s = spec.sign + s;
    return padAndAlign(s, spec.width, spec.fill, spec.align, s.length);
  }
  const [neg, digits, tail] = splitNumber(s);
  return layout(spec, neg, '', digits, tail);
}

// ------------------------------------------------------------------ int

/** format(v, spec) for an int value (spec non-empty); `tname` names the type in messages. */
export function formatIntValue(v: number | bigint, spec: FormatSpec, tname: string): string {
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatValue(typeof v === 'number' ? v : intToFloat(v), spec, tname);
    default:
      unknownFormatCode(spec.type, tname);
  }
  if (spec.precision !== -1) valueError('Precision not allowed in integer format specifier');
  if (spec.noNegZero) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw newError(E.OverflowError, 'Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) throw newError(E.OverflowError, '%c arg not in range(0x110000)');
    return layout(spec, false, '', '', String.fromCodePoint(Number(v)));
  }
  const neg = v < 0;
  const abs = neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (spec.type) {
    case 'b': digits = abs.toString(2); prefix = '0b'; break;
    case 'o': digits = abs.toString(8); prefix = '0o'; break;
    case 'x': digits = abs.toString(16); prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); prefix = '0X'; break;
    default: digits = intToDecimal(abs);
  }
  if (spec.grouping === '' && spec.align !== '=') {
    // (as in formatFloatValue)
    const t = (neg ? '-' : spec.sign === '+' || spec.sign === ' ' ? spec.sign : '') + (spec.alternate ? prefix : '') + digits;
    return padAndAlign(t, spec.width, spec.fill, spec.align, t.length);
  }
  return layout(spec, neg, spec.alternate ? prefix : '', digits, '');
}

// ------------------------------------------------------------------ complex

/** format(complex(re, im), spec) for a non-empty spec (format_complex_internal). */
export function formatComplexValue(re: number, im: number, spec: FormatSpec, tname: string): string {
  let type = spec.type;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownFormatCode(type, tname);
  }
  if (spec.precision > INT_MAX) valueError('precision too big');
  if (spec.fill === '0') valueError('Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  let precision = spec.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const part = (x: number, sign: string): string => {
    const [neg, digits, tail] = splitNumber(doubleToString(x, type, precision, spec.alternate, false, spec.noNegZero));
    const s = neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    return s + (spec.grouping !== '' && digits !== '' ? groupDigits(digits, spec.grouping, spec.groupSize) : digits) + tail;
  };
  const reText = skipRe ? '' : part(re, spec.sign);
  const imText = part(im, skipRe ? spec.sign : '+');
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  const n = spec.width - body.length;
  if (n <= 0) return body;
  switch (spec.align) {
    case '<': return body + spec.fill.repeat(n);
    case '^': {
      const left = Math.floor(n / 2);
      return spec.fill.repeat(left) + body + spec.fill.repeat(n - left);
    }
    default: return spec.fill.repeat(n) + body;
  }
}

// ------------------------------------------------------------------ __format__ methods

/** The format spec argument of `owner`.__format__ (bool's error names int, which defines it). */
function specArg(owner: string, args: PyObject[], kwnames: string[] | null): string {
  checkPositional(`${owner}.__format__`, args, kwnames, 1, 1);
  const s = strValue(args[0]);
  if (s === undefined) typeError(`__format__() argument must be str, not ${argTypeName(args[0])}`);
  return s;
}

/** int.__format__ (bool inherits it): '' is str(self). */
export function intFormat(self: PyObject, spec: string): string {
  if (spec.length === 0) return pyStr(self);
  const tname = typeOf(self).name;
  const fs = parseFormatSpec(spec, tname, '>', 'd');
  // A float presentation formats PyNumber_Float(self): an int subclass's own __float__.
  if (FLOAT_TYPES.includes(fs.type) && typeof self === 'object' && !typeOf(self).isExactBuiltin) {
    return formatFloatValue(toFloat(self), fs, tname);
  }
  return formatIntValue(asIntValue(self)!, fs, tname);
}
const FLOAT_TYPES = ['e', 'E', 'f', 'F', 'g', 'G', '%'];

/** float.__format__: '' is str(self). */
export function floatFormat(self: PyObject, spec: string): string {
  if (spec.length === 0) return pyStr(self);
  const tname = typeOf(self).name;
  return formatFloatValue((self as PyFloat).value, parseFormatSpec(spec, tname, '>', ''), tname);
}

/** complex.__format__ body for a complex value (complex.ts installs the method). */
export function complexFormat(self: PyObject, re: number, im: number, spec: string): string {
  if (spec.length === 0) return pyStr(self);
  const tname = typeOf(self).name;
  return formatComplexValue(re, im, parseFormatSpec(spec, tname, '>', ''), tname);
}

/** Installs int.__format__ (also bool's) and float.__format__. */
export function installNumberFormat(): void {
  addMethods(T.int, { __format__: (self, args, kw) => intFormat(self, specArg('int', args, kw)) });
  addMethods(T.float, { __format__: (self, args, kw) => floatFormat(self, specArg('float', args, kw)) });
}

/** The spec argument of a __format__ call (for complex.ts). */
export { specArg as formatSpecArg };
