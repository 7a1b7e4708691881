// printf-style formatting: str % args and bytes % args (CPython's PyUnicode_Format and
// _PyBytes_FormatEx), with their parsing order, padding rules and error messages. One engine
// serves both: bytes are formatted as their latin-1 image (one UTF-16 unit per byte).

import { PyObj, type PyObject } from './object.js';
import { PyTuple } from './tuple.js';
import { PyFloat } from './float.js';
import { T } from './types.js';
import { warnFloatSubclassResult } from './float-type.js';
import { PyIntObj, intToDecimal, warnIntSubclassResult } from './int-type.js';
import { E, newError } from './exception.js';
import { typeOf, typeName, str as protoStr, repr as protoRepr, getItem as protoGetItem } from './protocol.js';
import { strValue, isStr, asciiOf, asciiEscape, cpLength, hasSurrogates, unitToCp, typeError, valueError, PY_SSIZE_T_MAX, flatStr } from './str.js';
import { PyBytes, PyByteArray, bytesLikeData, latin1Bytes, callSpecial } from './bytes.js';
import { latin1String } from './str-codecs.js';
import { formatFloat } from './format-spec.js';
import { StrMemo } from './str-memo.js';
import { strResultOf } from './slot-wrappers.js';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

interface Arg {
  flags: number;
  width: number;
  prec: number;
  ch: string;
  sign: boolean;
}

/** str % args */
export function percentFormat(fmt: string, args: PyObject): PyObject {
  const t = templateOf(fmt);
  if (t === null) return flatStr(engine(fmt, args, false));
  if (t.dirs.length === 1 && t.lits[0] === '' && t.lits[1] === '' && typeof args === 'object' && !(args instanceof PyTuple)) {
    const r = wholeConversion(t.dirs[0], args);
    if (r !== null) return r;
  }
  return flatStr(runTemplate(t, args));
}

/**
 * '%s' % x (also %r, %a, '%(key)s' % mapping), a directive that is the whole format: the
 * object x's __str__ (__repr__) returned, as is when it is a str subclass instance and no
 * padding, truncation or sign changes its text (CPython's writer then keeps that object).
 * null when runTemplate gives the same result. Only a non-tuple argument: CPython compiles the
 * usual tuple form (a constant format % a tuple display) to an f-string field with a
 * conversion, which gives a plain str. (A tuple built elsewhere would also pass its item on in
 * CPython; Dyad converts it.)
 */
function wholeConversion(d: Directive, args: PyObject): PyObject | null {
  const ch = d.ch;
  if ((ch !== 's' && ch !== 'r' && ch !== 'a') || (d.flags & (F_SIGN | F_BLANK)) !== 0) return null;
  let v = args;
  if (d.key !== null) {
    if (typeOf(args).slots.getitem === undefined || isStr(args)) return null;
    // Looked up once: from here on the conversion is finished here.
    v = getItem(args, d.key);
    if (typeof v !== 'object' || !typeOf(v).isHeapType) return flatStr(output(convert(v, d, d.pos, '', false), d));
  }
  if (typeof v !== 'object' || !typeOf(v).isHeapType) return null;
  const r = strResultOf(v, ch === 's' ? 'str' : 'repr');
  const text = typeof r === 'string' ? r : strValue(r)!;
  if (ch === 'a') {
    const escaped = asciiEscape(text);
    if (escaped !== text) return flatStr(output(escaped, d));
  }
  const len = cpLength(text);
  if (typeof r !== 'string' && d.width <= len && (d.prec === -1 || d.prec >= len)) return r;
  return flatStr(output(text, d));
}

// ---- parsed format strings ----
// A str format without '*' that parses completely (every directive valid) is parsed once and
// kept: its literal pieces and one record per directive. Running it does what `engine` does
// for that format (same argument order, errors and conversions) without re-parsing; any other
// format (bytes, '*', an error to raise part-way) goes through `engine`.

class Directive implements Arg {
  sign = false;
  constructor(
    readonly flags: number,
    readonly width: number,
    readonly prec: number,
    readonly ch: string,
    /** The mapping key of %(key)s, else null. */
    readonly key: string | null,
    /** The unit index of the conversion character (for engine's error message; unused here). */
    readonly pos: number,
  ) {}
}

class Template {
  constructor(readonly lits: string[], readonly dirs: Directive[]) {}
}

const TEMPLATE_LEN = 1000;
const templates = new StrMemo<Template | null>(1024, (fmt) => parseTemplate(fmt));

function templateOf(fmt: string): Template | null {
  return fmt.length > TEMPLATE_LEN ? null : templates.get(fmt);
}

/**
 * The end of a `%(key)` mapping key whose text starts at `i` (just after the '('): the index
 * after its matching ')', nested parentheses counted as CPython does; -1 when it is unclosed.
 */
function keyEnd(fmt: string, i: number): number {
  let depth = 1;
  while (i < fmt.length) {
    const k = fmt.charCodeAt(i++);
    if (k === 0x29 && --depth === 0) return i;
    if (k === 0x28) depth++;
  }
  return -1;
}

/** The template of fmt, or null when engine must run it (see above). */
function parseTemplate(fmt: string): Template | null {
  const n = fmt.length;
  const lits: string[] = [];
  const dirs: Directive[] = [];
  let lit = '';
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      lit += fmt.slice(i);
      break;
    }
    lit += fmt.slice(i, pct);
    i = pct + 1;
    let c = fmt.charCodeAt(i);
    if (c === 0x25) {
      lit += '%';
      i++;
      continue;
    }
    let key: string | null = null;
    if (c === 0x28) {
      const end = keyEnd(fmt, i + 1);
      if (end < 0) return null;
      key = fmt.slice(i + 1, end - 1);
      i = end;
      c = fmt.charCodeAt(i);
    }
    let flags = 0;
    flags: for (;; c = fmt.charCodeAt(++i)) {
      switch (c) {
        case 0x2d: flags |= F_LJUST; break;
        case 0x2b: flags |= F_SIGN; break;
        case 0x20: flags |= F_BLANK; break;
        case 0x23: flags |= F_ALT; break;
        case 0x30: flags |= F_ZERO; break;
        default: break flags;
      }
    }
    let width = -1;
    if (c === 0x2a) return null;
    if (c >= 0x30 && c <= 0x39) {
      width = 0;
      for (; c >= 0x30 && c <= 0x39; c = fmt.charCodeAt(++i)) {
        if (width > (Number.MAX_SAFE_INTEGER - (c - 48)) / 10) return null;
        width = width * 10 + (c - 48);
      }
    }
    let prec = -1;
    if (c === 0x2e) {
      prec = 0;
      c = fmt.charCodeAt(++i);
      if (c === 0x2a) return null;
      for (; c >= 0x30 && c <= 0x39; c = fmt.charCodeAt(++i)) {
        if (prec > (2147483647 - (c - 48)) / 10) return null;
        prec = prec * 10 + (c - 48);
      }
    }
    if (c === 0x68 || c === 0x6c || c === 0x4c) c = fmt.charCodeAt(++i);
    if (i >= n) return null;
    // Only the conversions `convert` accepts for a str format.
    switch (c) {
      case 0x73: case 0x72: case 0x61: case 0x64: case 0x69: case 0x75: case 0x6f: case 0x78: case 0x58:
      case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x63:
        break;
      default:
        return null;
    }
    dirs.push(new Directive(flags, width, prec, fmt[i], key, i));
    lits.push(lit);
    lit = '';
    i++;
  }
  lits.push(lit);
  return new Template(lits, dirs);
}

/** engine(fmt, args, false) for a parsed fmt. */
function runTemplate(t: Template, args: PyObject): string {
  const tuple = args instanceof PyTuple ? args : null;
  let arglen = tuple !== null ? tuple.items.length : -1;
  let argidx = tuple !== null ? 0 : -2;
  let current = args;
  const dirs = t.dirs;
  const lits = t.lits;
  const dict = tuple === null && typeOf(args).slots.getitem !== undefined && !isStr(args) ? args : null;
  let out = lits[0];
  for (let k = 0; k < dirs.length; k++) {
    const d = dirs[k];
    if (d.key !== null) {
      if (dict === null) typeError('format requires a mapping');
      current = getItem(dict, d.key);
      arglen = -1;
      argidx = -2;
    }
    if (argidx >= arglen) typeError('not enough arguments for format string');
    const v = arglen < 0 ? current : tuple!.items[argidx];
    argidx++;
    out += output(convert(v, d, d.pos, '', false), d);
    out += lits[k + 1];
  }
  if (argidx < arglen && dict === null) typeError('not all arguments converted during string formatting');
  return out;
}

/** bytes % args (the format and the result as bytes). */
export function percentFormatBytes(fmt: Uint8Array, args: PyObject): Uint8Array {
  return latin1Bytes(engine(latin1String(fmt), args, true));
}

function getItem(obj: PyObject, key: PyObject): PyObject {
  const f = typeOf(obj).slots.getitem;
  if (f === undefined) return protoGetItem(obj, key); // a class's __class_getitem__, else the error
  return f(obj, key);
}

function engine(fmt: string, args: PyObject, bytesMode: boolean): string {
  const n = fmt.length;
  const tuple = args instanceof PyTuple ? args : null;
  let arglen = tuple !== null ? tuple.items.length : -1;
  let argidx = tuple !== null ? 0 : -2;
  let current = args;
  const dict = tuple === null && typeOf(args).slots.getitem !== undefined && !isStr(args) &&
    !(bytesMode && (args instanceof PyBytes || args instanceof PyByteArray)) ? args : null;

  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current : tuple!.items[i];
    }
    typeError('not enough arguments for format string');
  };

  let out = '';
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    if (pct > i) out += fmt.slice(i, pct);
    i = pct + 1;
    let c = fmt.charCodeAt(i);
    if (c === 0x25) {
      out += '%';
      i++;
      continue;
    }
    const arg: Arg = { flags: 0, width: -1, prec: -1, ch: '', sign: false };
    if (c === 0x28) {
      if (dict === null) typeError('format requires a mapping');
      const end = keyEnd(fmt, i + 1);
      if (end < 0) valueError('incomplete format key');
      const key = fmt.slice(i + 1, end - 1);
      i = end;
      current = getItem(dict, bytesMode ? new PyBytes(latin1Bytes(key)) : key);
      arglen = -1;
      argidx = -2;
      c = fmt.charCodeAt(i);
    }
    flags: for (;; c = fmt.charCodeAt(++i)) {
      switch (c) {
        case 0x2d: arg.flags |= F_LJUST; break;
        case 0x2b: arg.flags |= F_SIGN; break;
        case 0x20: arg.flags |= F_BLANK; break;
        case 0x23: arg.flags |= F_ALT; break;
        case 0x30: arg.flags |= F_ZERO; break;
        default: break flags;
      }
    }
    if (c === 0x2a) {
      arg.width = starArg(nextArg(), false);
      if (arg.width < 0) {
        arg.flags |= F_LJUST;
        arg.width = -arg.width;
      }
      c = fmt.charCodeAt(++i);
    } else if (c >= 0x30 && c <= 0x39) {
      arg.width = 0;
      for (; c >= 0x30 && c <= 0x39; c = fmt.charCodeAt(++i)) {
        if (arg.width > (Number.MAX_SAFE_INTEGER - (c - 48)) / 10) valueError('width too big');
        arg.width = arg.width * 10 + (c - 48);
      }
    }
    if (c === 0x2e) {
      arg.prec = 0;
      c = fmt.charCodeAt(++i);
      if (c === 0x2a) {
        arg.prec = starArg(nextArg(), true);
        if (arg.prec < 0) arg.prec = 0;
        c = fmt.charCodeAt(++i);
      } else {
        for (; c >= 0x30 && c <= 0x39; c = fmt.charCodeAt(++i)) {
          if (arg.prec > (2147483647 - (c - 48)) / 10) valueError('precision too big');
          arg.prec = arg.prec * 10 + (c - 48);
        }
      }
    }
    if (c === 0x68 || c === 0x6c || c === 0x4c) c = fmt.charCodeAt(++i);
    if (i >= n) valueError('incomplete format');
    const cp = fmt.codePointAt(i)!;
    arg.ch = String.fromCodePoint(cp);
    const pos = i;
    i += arg.ch.length;
    const v = nextArg();
    out += output(convert(v, arg, pos, fmt, bytesMode), arg);
  }
  if (argidx < arglen && dict === null) {
    typeError(`not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

/** The value of a '*' width or precision: an int, else "* wants int". */
function starArg(v: PyObject, isPrec: boolean): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') {
    if (isPrec && (v > 2147483647 || v < -2147483648)) throw newError(E.OverflowError, 'Python int too large to convert to C int');
    return v;
  }
  if (typeof v === 'bigint') {
    if (isPrec) throw newError(E.OverflowError, 'Python int too large to convert to C int');
    if (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n) throw newError(E.OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(v);
  }
  typeError('* wants int');
}

/** The text of one conversion, before padding (sign handling is in `output`). */
function convert(v: PyObject, arg: Arg, pos: number, fmt: string, bytesMode: boolean): string {
  switch (arg.ch) {
    case 's':
      return bytesMode ? bytesText(v) : protoStr(v);
    case 'b':
      if (bytesMode) return bytesText(v);
      break;
    case 'r':
      return bytesMode ? asciiOf(v) : protoRepr(v);
    case 'a':
      return asciiOf(v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      arg.sign = true;
      return formatLong(v, arg, bytesMode && arg.ch === 'i' ? 'd' : arg.ch);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      arg.sign = true;
      return formatFloat(bytesMode ? bytesFloatValue(v) : floatValue(v), arg.ch, arg.prec, (arg.flags & F_ALT) !== 0);
    case 'c':
      return bytesMode ? byteChar(v) : unicodeChar(v);
  }
  const cp = arg.ch.codePointAt(0)!;
  const shown = cp >= 31 && cp <= 126 ? arg.ch : '?';
  // The index is a code-point index in the format string.
  valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${bytesMode ? pos : unitToCp(fmt, pos)}`);
}

function bytesText(v: PyObject): string {
  const d = bytesLikeData(v);
  if (d !== undefined) return latin1String(d);
  const r = callSpecial(v, '__bytes__', []);
  if (r !== undefined) {
    if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return latin1String(r.data);
  }
  typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

function unicodeChar(v: PyObject): string {
  const s = strValue(v);
  if (s !== undefined) {
    if (cpLength(s) === 1) return s;
    typeError('%c requires int or char');
  }
  // (A TypeError from __index__ becomes the conversion's own, as PyLong_AsLongAndOverflow's does.)
  const i = charCode(v);
  if (i === undefined) typeError('%c requires int or char');
  if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) throw newError(E.OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

function byteChar(v: PyObject): string {
  if ((v instanceof PyBytes || v instanceof PyByteArray) && v.data.length === 1) return String.fromCharCode(v.data[0]);
  const i = charCode(v);
  if (i === undefined) typeError('%c requires an integer in range(256) or a single byte');
  if (typeof i === 'bigint' || i < 0 || i > 255) throw newError(E.OverflowError, '%c arg not in range(256)');
  return String.fromCharCode(i);
}

/** An int, bool or __index__ value (indexOnly), or also __int__ / float truncation. */
/** %c's integer: intOf through __index__, undefined for a TypeError raised on the way. */
function charCode(v: PyObject): number | bigint | undefined {
  try {
    return intOf(v, true);
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.TypeError)) return undefined;
    throw e;
  }
}

function intOf(v: PyObject, indexOnly: boolean): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return undefined;
  }
  // An int subclass formats its own value (CPython: PyLong_Check before any __index__/__int__).
  if (v instanceof PyIntObj) return v.value;
  if (!indexOnly && v instanceof PyFloat && (v.cls === T.float || v.cls.lookup('__int__') === T.float.dict.getStr('__int__'))) {
    const x = v.value;
    if (x !== x) valueError('cannot convert float NaN to integer');
    if (x === Infinity || x === -Infinity) throw newError(E.OverflowError, 'cannot convert float infinity to integer');
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
  }
  // %d/%i/%u take int(v) (PyNumber_Long: __int__ before __index__); %o/%x/%X/%c __index__.
  const slots = v.cls.slots;
  const useInt = !indexOnly && slots.int !== undefined;
  const f = useInt ? slots.int : slots.index;
  if (f === undefined) return undefined;
  const r = f(v);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  const method = useInt ? '__int__' : '__index__';
  if (typeof r === 'boolean' || r instanceof PyIntObj) {
    warnIntSubclassResult(method, r);
    return typeof r === 'boolean' ? (r ? 1 : 0) : r.value;
  }
  typeError(`${method} returned non-int (type ${typeName(r)})`);
}

function isNumberLike(v: PyObject): boolean {
  if (!(v instanceof PyObj)) return typeof v !== 'string';
  if (v instanceof PyFloat) return true;
  const s = v.cls.slots;
  return s.index !== undefined || s.int !== undefined || s.float !== undefined;
}

/** %d %i %u %o %x %X: sign, '0x'-style prefix with '#', digits zero-padded to the precision. */
/** `shown`: the conversion the error names (bytes' %i is reported as %d). */
function formatLong(v: PyObject, arg: Arg, shown: string): string {
  const ch = arg.ch;
  const integerOnly = ch === 'o' || ch === 'x' || ch === 'X';
  let i: number | bigint | undefined;
  if (isNumberLike(v)) {
    try {
      i = intOf(v, integerOnly);
    } catch (e) {
      if (!(e instanceof PyObj && typeOf(e).isSubtype(E.TypeError))) throw e;
      i = undefined;
    }
  }
  if (i === undefined) {
    typeError(integerOnly
      ? `%${shown} format: an integer is required, not ${typeName(v)}`
      : `%${shown} format: a real number is required, not ${typeName(v)}`);
  }
  const neg = i < 0;
  const abs = neg ? -i : i;
  let digits: string;
  let prefix = '';
  switch (ch) {
    case 'o':
      digits = abs.toString(8);
      if (arg.flags & F_ALT) prefix = '0o';
      break;
    case 'x':
      digits = abs.toString(16);
      if (arg.flags & F_ALT) prefix = '0x';
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      if (arg.flags & F_ALT) prefix = '0X';
      break;
    default:
      digits = intToDecimal(abs); // the int -> decimal digit limit applies
  }
  if (arg.prec > digits.length) digits = '0'.repeat(arg.prec - digits.length) + digits;
  return (neg ? '-' : '') + prefix + digits;
}

/** bytes' formatfloat: any error of PyFloat_AsDouble is reworded "float argument required". */
function bytesFloatValue(v: PyObject): number {
  try {
    return floatValue(v);
  } catch (e) {
    if (e instanceof PyObj && typeOf(e).isSubtype(E.Exception)) typeError(`float argument required, not ${typeName(v)}`);
    throw e;
  }
}

/** PyFloat_AsDouble: float, int, __float__, __index__; else "must be real number, not str". */
function floatValue(v: PyObject): number {
  switch (typeof v) {
    case 'number': return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': {
      const x = Number(v);
      if (!isFinite(x)) throw newError(E.OverflowError, 'int too large to convert to float');
      return x;
    }
    case 'string':
      typeError(`must be real number, not ${typeName(v)}`);
  }
  if (v instanceof PyFloat) return v.value;
  const s = v.cls.slots;
  if (s.float !== undefined) {
    const r = s.float(v);
    if (r instanceof PyFloat) {
      warnFloatSubclassResult(v, r);
      return r.value;
    }
    typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (s.index !== undefined) return floatValue(intOf(v, true)!);
  typeError(`must be real number, not ${typeName(v)}`);
}

/** CPython's unicode_format_arg_output: sign, '#' prefix, fill and justification. */
function output(text: string, arg: Arg): string {
  const flags = arg.flags;
  if ((flags & (F_SIGN | F_BLANK | F_ALT)) === 0 && (!arg.sign || (flags & F_ZERO) === 0 || text.charCodeAt(0) !== 45) &&
    (arg.sign || !hasSurrogates(text))) {
    // No sign character to place and no prefix: pad or truncate the text alone (a number's
    // text is ASCII; a precision only truncates strs).
    const ch = arg.ch;
    const body = (ch === 's' || ch === 'r' || ch === 'a' || ch === 'b') && arg.prec >= 0 && text.length > arg.prec ? text.slice(0, arg.prec) : text;
    const pad = arg.width - body.length;
    if (pad <= 0) return body;
    if (flags & F_LJUST) return body + ' '.repeat(pad);
    return (arg.sign && (flags & F_ZERO) !== 0 ? '0' : ' ').repeat(pad) + body;
  }
  const fill = arg.sign && (arg.flags & F_ZERO) !== 0 ? '0' : ' ';
  const cps: ArrayLike<string> = hasSurrogates(text) ? Array.from(text) : text;
  let len = cps.length;
  let width = arg.width;
  if ((width === -1 || width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
    return text;
  }
  const ch = arg.ch;
  if ((ch === 's' || ch === 'r' || ch === 'a' || ch === 'b') && arg.prec >= 0 && len > arg.prec) len = arg.prec;
  let p = 0;
  let signchar = '';
  if (arg.sign) {
    const c = cps[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      p++;
    } else if (arg.flags & F_SIGN) signchar = '+';
    else if (arg.flags & F_BLANK) signchar = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (signchar !== '') {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const alt = (arg.flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (alt) {
    if (fill !== ' ') {
      out += '0' + ch;
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(arg.flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    out += signchar;
    if (alt) {
      out += '0' + ch;
      p += 2;
    }
  }
  out += typeof cps === 'string' ? cps.slice(p, p + len) : Array.prototype.slice.call(cps, p, p + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
