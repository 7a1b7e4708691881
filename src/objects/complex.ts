// The complex type (CPython 3.11's Objects/complexobject.c): PyComplex holds the real and
// imaginary parts as JS numbers. Mixed arithmetic converts int and float operands to complex
// (imaginary part 0.0) first, exactly as CPython's to_complex, so results (signed zeros, inf
// and nan propagation) match. complex ** uses c_powi for small integral exponents and
// _Py_c_pow otherwise; a negative float raised to a non-integral power also lands here
// (float-type.ts's setComplexPow hook).

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyFloat, newFloat } from './float.js';
import { NotImplemented, None } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeOf, typeName, typeError, richCompare, repr } from './protocol.js';
import { SPACE_CLASS, decimalValue } from './str-unicode.js';
import { addMethods, addGetSets, readonlyMember } from './native.js';
import { defineNew, pyWarn } from './class-create.js';
import { lookupSpecial, callFoundMethod } from './dunder.js';
import { hashFloat } from './hash.js';
import { normInt } from './object.js';
import { complexRepr } from '../text/float-repr.js';
import { asIntValue, intToFloat } from './int-type.js';
import { toFloat, setComplexPow } from './float-type.js';
import { strValue } from './str.js';
import { complexFormat, formatSpecArg } from './number-format.js';
import { bindArgs, signature } from '../builtins/args.js';
import { libm } from '../modules/math.js';
import { PyTuple } from './tuple.js';
import { PyDict, newSharedDict } from './dict.js';

export class PyComplex extends PyObj {
  re: number;
  im: number;
  constructor(re: number, im: number, cls?: PyType) {
    super(cls ?? T.complex, cls !== undefined && cls.hasInstanceDict ? newSharedDict() : null);
    this.re = re;
    this.im = im;
  }
}

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

type C = [number, number];

/** to_complex: int, bool and float operands (and complex) as [re, im]; undefined otherwise. */
function operand(v: PyObject): C | undefined {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = asIntValue(v);
  if (i === undefined) return undefined;
  return [typeof i === 'number' ? i : intToFloat(i), 0];
}

function zeroDiv(msg: string): never {
  throw newError(E.ZeroDivisionError, msg);
}

function cSum(a: C, b: C): C {
  return [a[0] + b[0], a[1] + b[1]];
}
function cDiff(a: C, b: C): C {
  return [a[0] - b[0], a[1] - b[1]];
}
function cProd(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot: Smith's algorithm; undefined for division by zero (errno EDOM). */
function cQuot(a: C, b: C): C | undefined {
  const absBr = Math.abs(b[0]);
  const absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return undefined;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_pow; undefined for 0 to a negative or complex power (EDOM). */
function cPow(a: C, b: C): C | undefined {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return undefined;
    return [0, 0];
  }
  const vabs = libm.hypot(a[0], a[1]);
  let len = libm.pow(vabs, b[0]);
  const at = libm.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= libm.exp(at * b[1]);
    phase += b[1] * libm.log(vabs);
  }
  // cos/sin of an infinite phase set errno to EDOM in C, which CPython reports as this error.
  if (phase === Infinity || phase === -Infinity) return undefined;
  return [len * libm.cos(phase), len * libm.sin(phase)];
}

function cPowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

function cPowi(x: C, n: number): C | undefined {
  if (n > 0) return cPowu(x, n);
  return cQuot([1, 0], cPowu(x, -n));
}

/** complex ** complex with CPython's errors. */
function complexPower(a: C, b: C): PyComplex {
  let p: C | undefined;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) p = cPowi(a, b[0]);
  else p = cPow(a, b);
  if (p === undefined) zeroDiv('0.0 to a negative or complex power');
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) {
    throw newError(E.OverflowError, 'complex exponentiation');
  }
  return new PyComplex(p[0], p[1]);
}

/** abs(complex): hypot with C99's infinities; OverflowError when the result overflows. */
export function complexAbs(re: number, im: number): number {
  if (!isFinite(re) || !isFinite(im)) {
    if (Math.abs(re) === Infinity) return Math.abs(re);
    if (Math.abs(im) === Infinity) return Math.abs(im);
    return NaN;
  }
  const r = libm.hypot(re, im);
  if (!isFinite(r)) throw newError(E.OverflowError, 'absolute value too large');
  return r;
}

/** CPython's complex_hash: hash(re) + 1000003 * hash(im), in wrapping 64-bit arithmetic. */
export function complexHash(re: number, im: number): number | bigint {
  const hr = BigInt(hashFloat(re));
  const hi = BigInt(hashFloat(im));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return normInt(h);
}

// ------------------------------------------------------------------ construction

const PY_SPACE = /[ \t\n\v\f\r]/;
const UNICODE_SPACE = new RegExp(`[${SPACE_CLASS}]`);
const isSpace = (c: string | undefined): boolean => c !== undefined && PY_SPACE.test(c);

/**
 * PyOS_string_to_double's prefix parser: the length of the longest float at s[pos..] (sign,
 * digits with optional '.', exponent; or inf/infinity/nan), and its value; [0, 0] if none.
 */
function floatPrefix(s: string, pos: number): [number, number] {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s.slice(pos));
  if (m === null) return [0, 0];
  const text = m[0];
  const body = text.replace(/^[+-]/, '').toLowerCase();
  let v: number;
  if (body.startsWith('inf')) v = Infinity;
  else if (body === 'nan') v = NaN;
  else v = Number(body);
  return [text.length, text[0] === '-' ? -v : v];
}

function malformed(): never {
  throw newError(E.ValueError, 'complex() arg is a malformed string');
}

/** complex_from_string_inner on ASCII text. */
function parseComplexText(s: string): C {
  let x = 0;
  let y = 0;
  let i = 0;
  const n = s.length;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (isSpace(s[i])) i++;
  }
  const [len, z] = floatPrefix(s, i);
  if (len > 0) {
    i += len;
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const [len2, y2] = floatPrefix(s, i);
      if (len2 > 0) {
        y = y2;
        i += len2;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') malformed();
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z;
    } else x = z;
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') malformed();
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') malformed();
    i++;
    while (isSpace(s[i])) i++;
  }
  if (i !== n) malformed();
  return [x, y];
}

/** complex('...'): Unicode spaces and digits mapped to ASCII, underscores checked, then parsed. */
function complexFromString(text: string, original: PyObject): C {
  let s = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) s += ch;
    else if (UNICODE_SPACE.test(ch)) s += ' ';
    else {
      const d = decimalValue(cp);
      s += d >= 0 ? String(d) : '?';
    }
  }
  if (s.includes('_')) {
    let out = '';
    let prev = '';
    let bad = false;
    for (const c of s) {
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) bad = true;
      } else {
        out += c;
        if (prev === '_' && !(c >= '0' && c <= '9')) bad = true;
      }
      prev = c;
    }
    if (prev === '_') bad = true;
    if (bad || s.includes('\0')) throw newError(E.ValueError, `could not convert string to complex: ${repr(original)}`);
    s = out;
  }
  return parseComplexText(s);
}

/** try_complex_special_method: __complex__ if the type has one. */
export function tryComplexSpecial(v: PyObject): PyComplex | undefined {
  const m = lookupSpecial(v, '__complex__');
  if (m === undefined) return undefined;
  const r = callFoundMethod(m, v, []);
  if (!(r instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
  if (r.cls !== T.complex) {
    pyWarn(E.DeprecationWarning, `__complex__ returned non-complex (type ${typeName(r)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
  }
  return r;
}

function isNumberLike(v: PyObject): boolean {
  if (v instanceof PyComplex) return true;
  const s = typeOf(v).slots;
  return s.float !== undefined || s.index !== undefined;
}

const NEW_SIG = signature('complex', ['real', 'imag'], 0, 0);

function complexNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [rArg, iArg] = bindArgs(NEW_SIG, args, kwnames);
  let r: PyObject = rArg ?? 0;
  if (r instanceof PyComplex && r.cls === T.complex && iArg === undefined && cls === T.complex) return r;
  const rText = strValue(r);
  if (rText !== undefined) {
    if (iArg !== undefined) typeError("complex() can't take second arg if first is a string");
    const [x, y] = complexFromString(rText, r);
    return new PyComplex(x, y, cls);
  }
  if (iArg !== undefined && strValue(iArg) !== undefined) typeError("complex() second arg can't be a string");
  const special = tryComplexSpecial(r);
  if (special !== undefined) r = special;
  if (!isNumberLike(r)) typeError(`complex() first argument must be a string or a number, not '${typeName(r)}'`);
  if (iArg !== undefined && !isNumberLike(iArg)) {
    typeError(`complex() second argument must be a number, not '${typeName(iArg)}'`);
  }
  let crRe: number;
  let crIm = 0;
  let crIsComplex = false;
  if (r instanceof PyComplex) {
    crRe = r.re;
    crIm = r.im;
    crIsComplex = true;
  } else crRe = toFloat(r);
  let ciRe: number;
  let ciIm = 0;
  let ciIsComplex = false;
  if (iArg === undefined) ciRe = crIm;
  else if (iArg instanceof PyComplex) {
    ciRe = iArg.re;
    ciIm = iArg.im;
    ciIsComplex = true;
  } else ciRe = toFloat(iArg);
  if (ciIsComplex) crRe -= ciIm;
  if (crIsComplex && iArg !== undefined) ciRe += crIm;
  return new PyComplex(crRe, ciRe, cls);
}

// ------------------------------------------------------------------ install

function binary(f: (a: C, b: C) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = operand(a);
    if (x === undefined) return NotImplemented;
    const y = operand(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

const cx = (v: PyObject): PyComplex => v as PyComplex;

export function installComplex(): void {
  const t = T.complex;
  const s = t.slots;
  s.repr = (v) => complexRepr(cx(v).re, cx(v).im);
  s.hash = (v) => complexHash(cx(v).re, cx(v).im);
  s.bool = (v) => cx(v).re !== 0 || cx(v).im !== 0;
  s.richcompare = (a, b, op) => {
    if (op !== CmpOp.EQ && op !== CmpOp.NE) return NotImplemented;
    const x = cx(a);
    let equal: boolean;
    const iv = asIntValue(b);
    if (iv !== undefined && !(b instanceof PyFloat)) {
      if (x.im === 0) return richCompare(newFloat(x.re), b, op);
      equal = false;
    } else if (b instanceof PyFloat) equal = x.re === b.value && x.im === 0;
    else if (b instanceof PyComplex) equal = x.re === b.re && x.im === b.im;
    else return NotImplemented;
    return equal === (op === CmpOp.EQ);
  };
  s.add = binary((a, b) => {
    const r = cSum(a, b);
    return new PyComplex(r[0], r[1]);
  });
  s.sub = binary((a, b) => {
    const r = cDiff(a, b);
    return new PyComplex(r[0], r[1]);
  });
  s.mul = binary((a, b) => {
    const r = cProd(a, b);
    return new PyComplex(r[0], r[1]);
  });
  s.truediv = binary((a, b) => {
    const r = cQuot(a, b);
    if (r === undefined) zeroDiv('complex division by zero');
    return new PyComplex(r[0], r[1]);
  });
  s.pow = (a, b, m) => {
    const x = operand(a);
    if (x === undefined) return NotImplemented;
    const y = operand(b);
    if (y === undefined) return NotImplemented;
    if (m !== None && m !== undefined) throw newError(E.ValueError, 'complex modulo');
    return complexPower(x, y);
  };
  s.neg = (v) => new PyComplex(-cx(v).re, -cx(v).im);
  s.pos = (v) => (cx(v).cls === T.complex ? v : new PyComplex(cx(v).re, cx(v).im));
  s.abs = (v) => newFloat(complexAbs(cx(v).re, cx(v).im));
  t.alloc = (cls) => new PyComplex(0, 0, cls);
  defineNew(t, complexNew);
  addMethods(t, {
    conjugate: (v, args, kw) => {
      noArgs('conjugate', args, kw);
      return new PyComplex(cx(v).re, -cx(v).im);
    },
    __getnewargs__: (v, args, kw) => {
      noArgs('__getnewargs__', args, kw);
      return new PyTuple([newFloat(cx(v).re), newFloat(cx(v).im)]);
    },
    __complex__: (v, args, kw) => {
      noArgs('__complex__', args, kw);
      return cx(v).cls === T.complex ? v : new PyComplex(cx(v).re, cx(v).im);
    },
    __format__: (v, args, kw) => complexFormat(v, cx(v).re, cx(v).im, formatSpecArg('complex', args, kw)),
  });
  addGetSets(t, {
    real: [(v) => newFloat(cx(v).re), readonlyMember],
    imag: [(v) => newFloat(cx(v).im), readonlyMember],
  });
  setComplexPow((a, b) => complexPower([a, 0], [b, 0]));
}

function noArgs(name: string, args: PyObject[], kw: string[] | null): void {
  if ((kw !== null && kw.length > 0) || args.length > 0) {
    if (kw !== null && kw.length > 0) typeError(`complex.${name}() takes no keyword arguments`);
    typeError(`complex.${name}() takes no arguments (${args.length} given)`);
  }
}
