// The format-spec mini-language (PEP 3101, CPython's Python/formatter_unicode.c):
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// parseFormatSpec parses and validates a spec as CPython does for every type; the type's
// __format__ then checks which fields it accepts (str: formatStrSpec in str-format.ts; int and
// float use formatNumber below). Also here: padding/alignment, digit grouping with zero
// padding, and exact float-to-decimal conversion (formatFloat) shared by format() and %.

import { E, newError } from './exception.js';
import { decimalValue } from './str-unicode.js';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  /** One code point; ' ' unless given (or '0' by the zero-padding rule). */
  fill: string;
  /** Given, or the type's default ('<' for str, '>' for numbers), or '=' by the zero-padding rule. */
  align: Align;
  fillSpecified: boolean;
  alignSpecified: boolean;
  sign: '' | '+' | '-' | ' ';
  /** 'z': coerce negative zero to positive. */
  noNegZero: boolean;
  /** '#' */
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** '' (none), ',' or '_'. */
  grouping: '' | ',' | '_';
  /** Digits per group: 3, or 4 for '_' with b/o/x/X. */
  groupSize: number;
  /** -1 when not given. */
  precision: number;
  /** One code point, '' when not given. */
  type: string;
}

const valueError = (msg: string): never => {
  throw newError(E.ValueError, msg);
};

const isAlign = (c: string | undefined): c is Align => c === '<' || c === '>' || c === '^' || c === '=';

const PY_SSIZE_T_MAX = 9223372036854775807;

/** The code of a code point for messages: 'x' when printable ASCII, else '\x1f'-style. */
function codeText(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/** "Unknown format code 'd' for object of type 'str'" */
export function unknownFormatCode(type: string, typeName: string): never {
  return valueError(`Unknown format code '${codeText(type)}' for object of type '${typeName}'`);
}

/**
 * Parses a format spec. `typeName` is used in the "Invalid format specifier" message;
 * `defaultAlign` is the type's default alignment ('<' for str, '>' for numbers), which
 * decides what a leading '0' means; `defaultType` is the type code when none is given
 * ('s' for str, 'd' for int, '' for float), which the grouping check sees. The result may be
 * shared with other callers: never modify it.
 */
export function parseFormatSpec(spec: string, typeName = '', defaultAlign: '<' | '>' = '>', defaultType = ''): FormatSpec {
  // Specs recur (the same f-string field in a loop): parsed specs are shared, per default
  // alignment and type (typeName only appears in errors, which are not cached). Read-only.
  let cache: SpecCache | undefined;
  for (let i = 0; i < specCaches.length; i++) {
    const c = specCaches[i];
    if (c.align === defaultAlign && c.type === defaultType) {
      cache = c;
      break;
    }
  }
  if (cache === undefined) {
    cache = { align: defaultAlign, type: defaultType, specs: new Map() };
    specCaches.push(cache);
  }
  let f = cache.specs.get(spec);
  if (f === undefined) {
    f = parseSpec(spec, typeName, defaultAlign, defaultType);
    if (cache.specs.size >= 512) cache.specs.clear();
    cache.specs.set(spec, f);
  }
  return f;
}

interface SpecCache {
  align: string;
  type: string;
  specs: Map<string, FormatSpec>;
}
const specCaches: SpecCache[] = [];

function parseSpec(spec: string, typeName: string, defaultAlign: '<' | '>', defaultType: string): FormatSpec {
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, fillSpecified: false, alignSpecified: false, sign: '', noNegZero: false,
    alternate: false, width: -1, grouping: '', groupSize: 3, precision: -1, type: defaultType,
  };
  if (spec.length === 0) return f;
  // Work on code points only where an astral character can appear (fill and type).
  const end = spec.length;
  const cpAt = (i: number): string => {
    const c = spec.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff && i + 1 < end ? spec.slice(i, i + 2) : spec.charAt(i);
  };
  let pos = 0;
  const first = cpAt(0);
  if (isAlign(spec[first.length])) {
    f.fill = first;
    f.align = spec[first.length] as Align;
    f.fillSpecified = f.alignSpecified = true;
    pos = first.length + 1;
  } else if (isAlign(first)) {
    f.align = first;
    f.alignSpecified = true;
    pos = 1;
  }
  const s = spec[pos];
  if (s === '+' || s === '-' || s === ' ') {
    f.sign = s;
    pos++;
  }
  if (spec[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (spec[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && spec[pos] === '0') {
    f.fill = '0';
    if (!f.alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  [f.width, pos] = readInteger(spec, pos);
  if (spec[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (spec[pos] === '_') {
    if (f.grouping !== '') valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (spec[pos] === ',' && f.grouping === '_') valueError("Cannot specify both ',' and '_'.");
  if (spec[pos] === '.') {
    pos++;
    const start = pos;
    [f.precision, pos] = readInteger(spec, pos);
    if (pos === start) valueError('Format specifier missing precision');
  }
  if (pos < end) {
    const t = cpAt(pos);
    if (pos + t.length < end) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    f.type = t;
  }
  if (f.grouping !== '') {
    const t = f.type;
    if (t === 'b' || t === 'o' || t === 'x' || t === 'X') {
      if (f.grouping !== '_') valueError(`Cannot specify ',' with '${t}'.`);
      f.groupSize = 4;
    } else if (!'defgEGF%'.includes(t) || t.length > 1) {
      valueError(`Cannot specify '${f.grouping}' with '${codeText(t)}'.`);
    }
  }
  return f;
}

/** A run of decimal digits (any Unicode Nd, as CPython) at pos: [value or -1, new pos]. */
function readInteger(spec: string, pos: number): [number, number] {
  let value = 0;
  const start = pos;
  while (pos < spec.length) {
    let cp = spec.charCodeAt(pos);
    let d: number;
    if (cp >= 0x30 && cp <= 0x39) d = cp - 0x30;
    else if (cp < 0x80) break;
    else {
      cp = spec.codePointAt(pos)!;
      d = decimalValue(cp);
      if (d < 0) break;
      if (cp > 0xffff) pos++;
    }
    if (value > (PY_SSIZE_T_MAX - d) / 10) valueError('Too many decimal digits in format string');
    value = value * 10 + d;
    pos++;
  }
  return [pos === start ? -1 : value, pos];
}

/** Number of code points in s. */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Pads s (of `len` code points) to `width` with `fill`: '<' left-justifies, '>' right, '^'
 * centres (extra fill on the right), '=' is treated as '<' (callers split sign and digits).
 */
export function padAndAlign(s: string, width: number, fill: string, align: Align, len: number = cpLen(s)): string {
  if (width <= len) return s;
  const pad = width - len;
  let left: number;
  if (align === '>') left = pad;
  else if (align === '^') left = Math.floor(pad / 2);
  else left = 0;
  return fill.repeat(left) + s + fill.repeat(pad - left);
}

/**
 * Groups digits from the right with `sep` every `group` digits (CPython's
 * _PyUnicode_InsertThousandsGrouping), left-padding with zeros (grouped too) until the result
 * is at least minWidth characters: groupDigits('1234', ',', 3, 12) = '0,000,001,234'.
 */
export function groupDigits(digits: string, sep: string, group: number, minWidth = 0): string {
  const parts: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let useSep = false;
  for (;;) {
    const len = Math.min(group, Math.max(remaining, minWidth, 1));
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    parts.push('0'.repeat(zeros) + digits.slice(pos - chars, pos) + (useSep ? sep : ''));
    pos -= chars;
    useSep = true;
    remaining -= chars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join('');
}

/**
 * Lays out a formatted number as CPython's fill_number does: sign (from `negative` and
 * spec.sign), `prefix` ('0x', ...), the integer digits (grouped per spec.grouping, zero-padded
 * inside the grouping when fill is '0' with '=' alignment), then `tail` (fraction, exponent,
 * '%'), padded to spec.width by spec.align.
 */
export function formatNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, tail: string): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  let body = digits;
  if (spec.grouping !== '') {
    const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - sign.length - prefix.length - cpLen(tail) : 0;
    body = groupDigits(digits, spec.grouping, spec.groupSize, minWidth);
  }
  const len = sign.length + prefix.length + body.length + cpLen(tail);
  if (spec.width <= len) return sign + prefix + body + tail;
  const pad = spec.fill.repeat(spec.width - len);
  switch (spec.align) {
    case '=': return sign + prefix + pad + body + tail;
    case '<': return sign + prefix + body + tail + pad;
    case '>': return pad + sign + prefix + body + tail;
    default: {
      const n = spec.width - len;
      const left = Math.floor(n / 2);
      return spec.fill.repeat(left) + sign + prefix + body + tail + spec.fill.repeat(n - left);
    }
  }
}

// ---- exact float to decimal ----

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Finite x > 0 as [m, e] with x = m * 2**e and m odd (m < 2**53, a JS number). */
function decompose(x: number): [number, number] {
  decomposeInto(x);
  return [decM, decE];
}

// decomposeInto's results (no array per call on the formatting fast paths).
let decM = 0;
let decE = 0;

/** decompose(x) into decM, decE. */
function decomposeInto(x: number): void {
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0];
  const lo = u32[LITTLE ? 0 : 1];
  const bexp = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mhi |= 0x100000; // the implicit leading bit
    e = bexp - 1075;
  }
  // Strip trailing zero bits: 31 - clz32(v & -v) is the index of the lowest set bit.
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else tz = 32 + 31 - Math.clz32(mhi & -mhi);
  decM = (mhi * 4294967296 + lo) / 2 ** tz;
  decE = e + tz;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** round(m * 2**e * 10**s) with ties to even, exactly. */
function roundScaled(m: number, e: number, s: number): bigint {
  let num = BigInt(m);
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

/** ax > 0 rounded to p significant digits: [digits (length p), decpt], ax ~ 0.digits * 10**decpt. */
function sigDigits(ax: number, p: number): [string, number] {
  const [m, e] = decompose(ax);
  if (p <= 101) {
    // Fast path unless the exact expansion could end exactly on a tie at digit p+1.
    let exactDigits = Infinity;
    if (e < 0) exactDigits = Math.floor(Math.log10(m) + -e * Math.LOG10E * Math.log(5)) + 1;
    if (e < 0 && (exactDigits <= p - 1 || exactDigits >= p + 3)) {
      const s = ax.toExponential(p - 1);
      const k = s.indexOf('e');
      const digits = s[0] + s.slice(2, k);
      return [digits, parseInt(s.slice(k + 1), 10) + 1];
    }
  }
  let E = Math.floor(Math.log10(ax));
  const lim = pow10(p);
  const low = pow10(p - 1);
  for (;;) {
    const q = roundScaled(m, e, p - 1 - E);
    if (q >= lim) E++;
    else if (q < low) E--;
    else return [q.toString(), E + 1];
  }
}

/** round(ax * 10**f) as a decimal string (ax >= 0), exactly, ties to even. */
function fixedDigits(ax: number, f: number): string {
  if (ax === 0) return '0';
  const [m, e] = decompose(ax);
  if (f <= 100 && ax < 1e21 && (e >= 0 || -e <= f || -e > f + 1)) {
    const s = ax.toFixed(f);
    const dot = s.indexOf('.');
    return (dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1)).replace(/^0+(?=\d)/, '');
  }
  return roundScaled(m, e, f).toString();
}

function expSuffix(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

export type FloatFormatType = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%';

/**
 * x formatted as CPython's PyOS_double_to_string(x, type, precision, alt ? Py_DTSF_ALT : 0):
 * exact decimal value rounded half-even; '-' for negative numbers (and -0.0), 'inf'/'nan'
 * (upper case for E, F, G). 'g' strips trailing zeros unless `alternate`; '%' is 'f' of 100x
 * with a '%' appended. A precision of -1 means the default, 6.
 */
export function formatFloat(x: number, type: FloatFormatType, precision: number, alternate = false): string {
  if (precision < 0) precision = 6;
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const sign = neg ? '-' : '';
  if (x === Infinity || x === -Infinity) return sign + (upper ? 'INF' : 'inf') + (type === '%' ? '%' : '');
  const ax = Math.abs(x);
  switch (type) {
    case 'f':
    case 'F':
      return sign + fixedText(ax, precision, alternate);
    case '%':
      return sign + fixedText(ax * 100, precision, alternate) + '%';
    case 'e':
    case 'E': {
      let digits: string;
      let exp: number;
      if (ax === 0) {
        digits = '0'.repeat(precision + 1);
        exp = 0;
      } else {
        const [d, decpt] = sigDigits(ax, precision + 1);
        digits = d;
        exp = decpt - 1;
      }
      const mant = digits[0] + (precision > 0 || alternate ? '.' : '') + digits.slice(1);
      return sign + mant + expSuffix(exp, upper);
    }
    default: {
      const p = precision === 0 ? 1 : precision;
      let digits: string;
      let decpt: number;
      if (ax === 0) {
        digits = '0';
        decpt = 1;
      } else {
        [digits, decpt] = sigDigits(ax, p);
        digits = digits.replace(/0+$/, '');
        if (digits === '') digits = '0';
      }
      if (alternate && digits.length < p) digits += '0'.repeat(p - digits.length);
      if (decpt <= -4 || decpt > p) {
        const rest = digits.slice(1);
        return sign + digits[0] + (rest !== '' || alternate ? '.' + rest : '') + expSuffix(decpt - 1, upper);
      }
      let body: string;
      if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits;
      else if (decpt >= digits.length) body = digits + '0'.repeat(decpt - digits.length) + (alternate ? '.' : '');
      else body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
      return sign + body;
    }
  }
}

function fixedText(ax: number, precision: number, alternate: boolean): string {
  if (precision <= 100 && ax < 1e21) {
    // toFixed rounds the exact value correctly except on exact ties (it rounds them up);
    // a tie needs the binary expansion to end exactly at the digit after the last one kept.
    let e = 0;
    if (ax !== 0) {
      decomposeInto(ax);
      e = decE;
    }
    if (e >= 0 || -e !== precision + 1) {
      const t = ax.toFixed(precision);
      return precision === 0 && alternate ? t + '.' : t;
    }
    // An exact tie (3.25 to 1 place, 0.5 to 0): ax * 10**p = m * 5**p / 2 with m * 5**p odd,
    // so the result is the even one of its two neighbours; in doubles while m * 5**p is exact.
    const prod = decM * 5 ** precision;
    if (precision <= 22 && prod <= Number.MAX_SAFE_INTEGER) {
      let q = (prod - 1) / 2;
      if (q % 2 === 1) q++;
      let digits = String(q);
      if (digits.length <= precision) digits = '0'.repeat(precision + 1 - digits.length) + digits;
      const cut = digits.length - precision;
      return digits.slice(0, cut) + (precision > 0 || alternate ? '.' + digits.slice(cut) : '');
    }
  }
  let q = fixedDigits(ax, precision);
  if (q.length <= precision) q = '0'.repeat(precision + 1 - q.length) + q;
  const intPart = q.slice(0, q.length - precision);
  const frac = q.slice(q.length - precision);
  return intPart + (precision > 0 || alternate ? '.' : '') + frac;
}
