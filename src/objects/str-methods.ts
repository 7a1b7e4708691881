// The methods of str (CPython's Objects/unicodeobject.c and stringlib), with CPython 3.11's
// argument conventions and error messages. Positions are code points (str.ts helpers).

import { nativeStaticMethod } from './descriptors.js';
import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { PyDict } from './dict.js';
import { PyTuple, PyList } from './tuple.js';
import { None } from './singletons.js';
import { T } from './types.js';
import { addMethods, addFastMethods, PyNativeClassMethod, PyMethodDescriptor, markVarargs, raiseSoft } from './native.js';
import { E, newError, PyBaseException } from './exception.js';
import { typeOf, typeName, str as protoStr, argTypeName, getIter, isIterableType } from './protocol.js';
import { iterateToArrayHinted } from './iterate.js';
import {
  asStr, strValue, cpLength, cpToUnit, unitToCp, hasSurrogates, posArgs, tupleArgs, kwArgs, strArg,
  ssizeArg, cIntArg, indexOrError, optIndex, adjustIndices, typeError, valueError, memoryError, MAX_STR_LEN, flatStr,
} from './str.js';
import * as U from './str-unicode.js';
import { encodeText, noNul } from './str-codecs.js';
import { newBytes } from './bytes.js';
import { strFormat, strFormatMap, formatStrSpec } from './str-format.js';
import { strTranslate, maketrans } from './str-translate.js';

type Method = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/** posArgs for a str method (its qualified name made only for an error). */
/**
 * A non-empty instance of a str subclass with no braces: CPython's format/format_map copy such a
 * template whole into their output writer, which returns it as is (the subclass instance).
 */
function isLiteralOfSubclass(self: PyObject): boolean {
  if (typeof self === 'string') return false;
  const v = asStr(self);
  return v.length > 0 && v.indexOf('{') < 0 && v.indexOf('}') < 0;
}

function strPosArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (args.length >= min && args.length <= max && (kwnames === null || kwnames.length === 0)) return;
  posArgs(`str.${name}`, name, args, kwnames, min, max);
}

const noArgs = (name: string, f: (s: string) => PyObject): Method => (self, args, kwnames) => {
  strPosArgs(name, args, kwnames, 0, 0);
  return f(asStr(self));
};

// ---- searching ----

/**
 * Python's find/rfind on code-point positions: index of sub in s[start:end], or -1. A match
 * that would cut a surrogate pair of s (a lone surrogate in sub against half of a pair) is no
 * match: in CPython the pair is one code point.
 */
export function strFind(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  const edgy = cutsPairs(sub);
  if (start === 0 && end === Infinity) {
    const i = reverse ? prevMatch(s, sub, s.length - sub.length, edgy) : nextMatch(s, sub, 0, edgy);
    return i <= 0 ? i : unitToCp(s, i);
  }
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  if (end - start < cpLength(sub)) return -1;
  const su = cpToUnit(s, start);
  const eu = cpToUnit(s, end);
  if (eu - su < sub.length) return -1;
  let idx: number;
  if (!reverse) {
    idx = nextMatch(s, sub, su, edgy);
    if (idx < 0 || idx + sub.length > eu) return -1;
  } else {
    idx = prevMatch(s, sub, eu - sub.length, edgy);
    if (idx < su) return -1;
  }
  return unitToCp(s, idx);
}

export function strCount(s: string, sub: string, start: number, end: number): number {
  if (start === 0 && end === Infinity && sub.length === 1 && !cutsPairs(sub)) {
    // One unit that is not a surrogate (a lone surrogate matches only itself): a scan, not an
    // indexOf call per match.
    const c = sub.charCodeAt(0);
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
    return n;
  }
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  if (end - start < cpLength(sub)) return 0;
  if (sub.length === 0) return end - start + 1;
  const edgy = cutsPairs(sub);
  const eu = cpToUnit(s, end);
  let i = cpToUnit(s, start);
  let n = 0;
  for (;;) {
    const j = nextMatch(s, sub, i, edgy);
    if (j < 0 || j + sub.length > eu) return n;
    n++;
    i = j + sub.length;
  }
}

/** `sub in s`, by code points (see strFind). */
export function strIncludes(s: string, sub: string): boolean {
  return cutsPairs(sub) ? nextMatch(s, sub, 0, true) >= 0 : s.includes(sub);
}

/** startswith (atEnd false) / endswith (atEnd true) for one candidate. */
function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  if (start === 0 && end === Infinity) return wholeMatch(s, sub, atEnd);
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  const sublen = cpLength(sub);
  end -= sublen;
  if (end < start) return false;
  if (sublen === 0) return true;
  const u = cpToUnit(s, atEnd ? end : start);
  return s.startsWith(sub, u) && !splitsPair(s, u, sub.length);
}

/**
 * s.startswith(sub) / s.endswith(sub) over the whole of s: the unit-wise match, unless its
 * boundary falls inside a surrogate pair of s (a lone surrogate in sub is not half a pair).
 */
function wholeMatch(s: string, sub: string, atEnd: boolean): boolean {
  const m = sub.length;
  if (m === 0) return true;
  if (atEnd) {
    if (!s.endsWith(sub)) return false;
    const k = s.length - m;
    return !(k > 0 && isLowUnit(s.charCodeAt(k)) && isHighUnit(s.charCodeAt(k - 1)));
  }
  if (!s.startsWith(sub)) return false;
  return !(m < s.length && isHighUnit(s.charCodeAt(m - 1)) && isLowUnit(s.charCodeAt(m)));
}

const isHighUnit = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowUnit = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function findLike(name: string, reverse: boolean, raise: boolean): Method {
  return (self, args, kwnames) => {
    tupleArgs(name, args, kwnames, 1, 3, 'str.');
    const s = asStr(self);
    // stringlib's parse_args_finds converts start and end before the substring is checked.
    const start = optIndex(args[1], 0);
    const end = optIndex(args[2], Infinity);
    const r = strFind(s, strArg(args[0]), start, end, reverse);
    if (r < 0 && raise) valueError('substring not found');
    return r;
  };
}

function startsEnds(name: string, atEnd: boolean): Method {
  return (self, args, kwnames) => {
    tupleArgs(name, args, kwnames, 1, 3, 'str.');
    const s = asStr(self);
    const start = optIndex(args[1], 0);
    const end = optIndex(args[2], Infinity);
    const p = args[0];
    if (p instanceof PyTuple) {
      for (const item of p.items) {
        const sub = strValue(item);
        if (sub === undefined) typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
        if (tailMatch(s, sub, start, end, atEnd)) return true;
      }
      return false;
    }
    const sub = strValue(p);
    if (sub === undefined) typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    return tailMatch(s, sub, start, end, atEnd);
  };
}

// ---- splitting ----

const isSpace = U.isSpaceCode;

/** s.split(None, maxsplit) (Infinity: no limit): a unit scan, twice as fast as a global regex match. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = splitWordsInto(out, s, maxsplit);
  if (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** Pushes the first maxsplit whitespace-separated words of s to out (a loop kernel:
 *  docs/native-loops.md); returns the index after the last one. */
function splitWordsInto(out: string[], s: string, maxsplit: number): number {
  const n = s.length;
  let i = 0;
  while (maxsplit-- > 0) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return i;
}

export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/**
 * s.split(sep, maxsplit) (maxsplit Infinity: no limit); an indexOf loop, as strReplace. The last
 * piece is cut and pushed by the same calls as the others: when the first call splits a long
 * text, V8 optimizes it inside the loop (OSR), and a push after the loop, not yet run, had no
 * type feedback; the optimized code then deoptimized at the end of every later call that reused
 * it (1267 times in bench/programs/strings.py).
 */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  const edgy = cutsPairs(sep);
  let i = 0;
  for (;;) {
    const j = maxsplit-- > 0 ? nextMatch(s, sep, i, edgy) : -1;
    out.push(s.slice(i, j < 0 ? s.length : j));
    if (j < 0) return out;
    i = j + sep.length;
  }
}

/** Whether `sep` can overlap itself ('bb', 'aba'): then splitting from the right differs. */
function selfOverlaps(sep: string): boolean {
  for (let k = 1; k < sep.length; k++) if (sep.startsWith(sep.slice(k))) return true;
  return false;
}

export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const edgy = cutsPairs(sep);
  if (maxsplit === Infinity && !edgy && !selfOverlaps(sep)) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (maxsplit-- > 0) {
    if (end - sep.length < 0) break;
    const j = prevMatch(s, sep, end - sep.length, edgy);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const SPLIT_PARAMS = ['sep', 'maxsplit'];

function splitMethod(name: 'split' | 'rsplit'): Method {
  return (self, args, kwnames) => {
    const a = kwArgs(name, SPLIT_PARAMS, args, kwnames);
    const sepA = a[0];
    const maxA = a[1];
    const s = asStr(self);
    let max = maxA === undefined ? -1 : ssizeArg(maxA);
    if (max < 0) max = Infinity;
    let parts: string[];
    if (sepA === undefined || sepA === None) {
      parts = name === 'split' ? splitWhitespace(s, max) : rsplitWhitespace(s, max);
    } else {
      const sep = strValue(sepA);
      if (sep === undefined) typeError(`must be str or None, not ${typeName(sepA)}`);
      if (sep.length === 0) valueError('empty separator');
      parts = name === 'split' ? splitSep(s, sep, max) : rsplitSep(s, sep, max);
    }
    return new PyList(parts);
  };
}

/** Line boundaries of str.splitlines. */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function splitLines(s: string, keepends: boolean, isBreak: (c: number) => boolean = isLineBreak): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && !isBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(start, eol));
  }
  return out;
}

function partition(name: string, reverse: boolean): Method {
  return (self, args, kwnames) => {
    strPosArgs(name, args, kwnames, 1, 1);
    const s = asStr(self);
    const sep = strArg(args[0]);
    if (sep.length === 0) valueError('empty separator');
    const edgy = cutsPairs(sep);
    const i = reverse ? prevMatch(s, sep, s.length - sep.length, edgy) : nextMatch(s, sep, 0, edgy);
    // Not found: CPython packs self itself (a str subclass instance stays one).
    if (i < 0) return new PyTuple(reverse ? ['', '', self] : [self, '', '']);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  };
}

// ---- transforming ----

export function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity;
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = hasSurrogates(s) ? Array.from(s) : s.split('');
    const k = Math.min(count, cps.length + 1);
    let out = '';
    for (let i = 0; i < cps.length; i++) {
      if (i < k) out += rep;
      out += cps[i];
    }
    return k > cps.length ? out + rep : out;
  }
  // A unit-wise indexOf loop: split().join() costs twice as much on strings V8 has not
  // internalised (its split cache only serves literals).
  const edgy = cutsPairs(old);
  const j = nextMatch(s, old, 0, edgy);
  if (j < 0) return s;
  const out = replaceMatches(s, old, rep, count, j, edgy);
  return flatStr(out + s.slice(replacedTo));
}

/** Where replaceMatches stopped: the start of the text after the last replaced match. */
let replacedTo = 0;

/** s up to after the count-th match of old (the first at j), each match replaced by rep (a loop
 *  kernel: docs/native-loops.md); replacedTo is where the rest of s starts. */
function replaceMatches(s: string, old: string, rep: string, count: number, j: number, edgy: boolean): string {
  let out = '';
  let i = 0;
  while (j >= 0) {
    out += s.slice(i, j) + rep;
    i = j + old.length;
    if (--count === 0) break;
    j = nextMatch(s, old, i, edgy);
  }
  replacedTo = i;
  return out;
}

/**
 * Whether a match of sub could cut a surrogate pair of the searched str: only when sub starts
 * with a low or ends with a high surrogate unit (a lone surrogate is a code point of its own
 * and never matches half of a pair).
 */
function cutsPairs(sub: string): boolean {
  return isLowUnit(sub.charCodeAt(0)) || isHighUnit(sub.charCodeAt(sub.length - 1));
}

/** s.indexOf(sub, from), skipping matches that cut a surrogate pair when `edgy` (cutsPairs). */
function nextMatch(s: string, sub: string, from: number, edgy: boolean): number {
  let j = s.indexOf(sub, from);
  if (edgy) {
    while (j >= 0 && splitsPair(s, j, sub.length)) j = s.indexOf(sub, j + 1);
  }
  return j;
}

/**
 * s.lastIndexOf(sub, from) (from >= 0), skipping matches that cut a surrogate pair when
 * `edgy`; -1 when from < 0 (sub longer than the text left).
 */
function prevMatch(s: string, sub: string, from: number, edgy: boolean): number {
  if (from < 0) return -1;
  let j = s.lastIndexOf(sub, from);
  if (edgy) {
    while (j >= 0 && splitsPair(s, j, sub.length)) j = j > 0 ? s.lastIndexOf(sub, j - 1) : -1;
  }
  return j;
}

/** Whether s[j, j + m) starts or ends inside a surrogate pair of s. */
function splitsPair(s: string, j: number, m: number): boolean {
  if (j > 0 && isLowUnit(s.charCodeAt(j)) && isHighUnit(s.charCodeAt(j - 1))) return true;
  const e = j + m;
  return e < s.length && isHighUnit(s.charCodeAt(e - 1)) && isLowUnit(s.charCodeAt(e));
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpace(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  if (hasSurrogates(chars)) {
    const set = new Set(Array.from(chars));
    const cps = Array.from(s);
    let a = 0;
    let b = cps.length;
    if (left) while (a < b && set.has(cps[a])) a++;
    if (right) while (b > a && set.has(cps[b - 1])) b--;
    return cps.slice(a, b).join('');
  }
  if (left) while (i < j && chars.includes(s[i])) i++;
  if (right) while (j > i && chars.includes(s[j - 1])) j--;
  return s.slice(i, j);
}

function strip(name: string, left: boolean, right: boolean): Method {
  return (self, args, kwnames) => {
    strPosArgs(name, args, kwnames, 0, 1);
    const a = args[0];
    let chars: string | null = null;
    if (a !== undefined && a !== None) {
      const c = strValue(a);
      if (c === undefined) typeError(`${name} arg must be None or str`);
      chars = c;
    }
    return stripChars(asStr(self), chars, left, right);
  };
}

function fillArgs(name: string, args: PyObject[], kwnames: string[] | null): [number, string] {
  strPosArgs(name, args, kwnames, 1, 2);
  const width = ssizeArg(args[0]);
  let fill = ' ';
  if (args.length > 1) {
    const f = strValue(args[1]);
    if (f === undefined) typeError(`The fill character must be a unicode character, not ${typeName(args[1])}`);
    if (cpLength(f) !== 1) typeError('The fill character must be exactly one character long');
    fill = f;
  }
  if (width > MAX_STR_LEN) memoryError();
  return [width, fill];
}

function justify(name: 'center' | 'ljust' | 'rjust'): Method {
  return (self, args, kwnames) => {
    const [width, fill] = fillArgs(name, args, kwnames);
    const s = asStr(self);
    const marg = width - cpLength(s);
    if (marg <= 0) return s;
    let left: number;
    if (name === 'ljust') left = 0;
    else if (name === 'rjust') left = marg;
    else left = Math.floor(marg / 2) + (marg & width & 1);
    return flatStr(fill.repeat(left) + s + fill.repeat(marg - left));
  };
}

export function expandTabs(s: string, tabsize: number): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
      continue;
    }
    out += s[i];
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) continue;
    col++;
    if (c === 0x0a || c === 0x0d) col = 0;
  }
  return out;
}

/** PySequence_Fast's iter() step: a TypeError there is "can only join an iterable". */
export function fastIter(iterable: PyObject): PyObject {
  try {
    return getIter(iterable);
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.TypeError)) typeError('can only join an iterable');
    throw e;
  }
}

/** str.join(iterable) */
export function strJoin(sep: string, iterable: PyObject): string {
  let items: PyObject[];
  if ((iterable instanceof PyList && iterable.cls === T.list) || (iterable instanceof PyTuple && iterable.cls === T.tuple)) items = iterable.items;
  else {
    const t = typeOf(iterable);
    if (!isIterableType(t)) typeError('can only join an iterable');
    // (PySequence_Fast: every item first; a VM generator runs its frame once: iterateToArrayHinted.
    // A TypeError from iter() itself, as from an __iter__ returning a non-iterator, is
    // replaced by its message.)
    // (PySequence_List of the iterator: its length hint is asked first, iterateToArrayHinted.)
    items = iterateToArrayHinted(fastIter(iterable));
  }
  // All exact strs (the usual case): join the items themselves, no copy.
  const n = items.length;
  const total = exactStrsLength(items, n);
  if (total >= 0) {
    if (total + sep.length * n > MAX_STR_LEN) memoryError();
    if (n <= 24) {
      // A few items: concatenated (V8 makes a rope, flattened once where it is read), about
      // twice as fast as Array.prototype.join, whose set-up dominates a short join.
      if (n === 0) return '';
      let r = items[0] as string;
      for (let j = 1; j < n; j++) r = r + sep + (items[j] as string);
      return r;
    }
    return (items as string[]).join(sep);
  }
  const parts: string[] = new Array(items.length);
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const s = strValue(items[i]);
    if (s === undefined) typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    parts[i] = s;
    size += s.length + sep.length;
  }
  if (size > MAX_STR_LEN) memoryError();
  return parts.join(sep);
}

/** The total length of items[0..n) when all are exact strs, else -1 (a loop kernel:
 *  docs/native-loops.md). */
function exactStrsLength(items: PyObject[], n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = items[i];
    if (typeof s !== 'string') return -1;
    total += s.length;
  }
  return total;
}

function zfill(s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  if (width > MAX_STR_LEN) memoryError();
  const fill = width - len;
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

function sizeOf(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  const n = cpLength(s);
  if (max < 0x80) return 49 + n;
  if (max < 0x100) return 73 + n;
  if (hasSurrogates(s) && /[\ud800-\udbff][\udc00-\udfff]/.test(s)) return 76 + 4 * n;
  return 74 + 2 * n;
}

function encodingArgs(name: string, args: PyObject[], kwnames: string[] | null): [string, string] {
  const [enc, errs] = kwArgs(name, ['encoding', 'errors'], args, kwnames);
  let encoding = 'utf-8';
  let errors = 'strict';
  if (enc !== undefined) {
    const e = strValue(enc);
    if (e === undefined) typeError(`${name}() argument 'encoding' must be str, not ${enc === None ? 'None' : typeName(enc)}`);
    encoding = noNul(e);
  }
  if (errs !== undefined) {
    const e = strValue(errs);
    if (e === undefined) typeError(`${name}() argument 'errors' must be str, not ${errs === None ? 'None' : typeName(errs)}`);
    errors = noNul(e);
  }
  return [encoding, errors];
}
export { encodingArgs };

export function installStrMethods(t: PyType): void {
  addMethods(t, {
    capitalize: noArgs('capitalize', U.strCapitalize),
    casefold: noArgs('casefold', U.strCasefold),
    lower: noArgs('lower', U.strLower),
    upper: noArgs('upper', U.strUpper),
    swapcase: noArgs('swapcase', U.strSwapcase),
    title: noArgs('title', U.strTitle),
    isalnum: noArgs('isalnum', U.isAlnumStr),
    isalpha: noArgs('isalpha', U.isAlphaStr),
    isascii: noArgs('isascii', U.isAsciiStr),
    isdecimal: noArgs('isdecimal', U.isDecimalStr),
    isdigit: noArgs('isdigit', U.isDigitStr),
    isidentifier: noArgs('isidentifier', U.isIdentifierStr),
    islower: noArgs('islower', U.isLowerStr),
    isnumeric: noArgs('isnumeric', U.isNumericStr),
    isprintable: noArgs('isprintable', U.isPrintableStr),
    isspace: noArgs('isspace', U.isSpaceStr),
    istitle: noArgs('istitle', U.strIsTitle),
    isupper: noArgs('isupper', U.isUpperStr),
    find: findLike('find', false, false),
    rfind: findLike('rfind', true, false),
    index: findLike('index', false, true),
    rindex: findLike('rindex', true, true),
    count: (self, args, kwnames) => {
      tupleArgs('count', args, kwnames, 1, 3, 'str.');
      const start = optIndex(args[1], 0);
      const end = optIndex(args[2], Infinity);
      return strCount(asStr(self), strArg(args[0]), start, end);
    },
    startswith: startsEnds('startswith', false),
    endswith: startsEnds('endswith', true),
    split: splitMethod('split'),
    rsplit: splitMethod('rsplit'),
    splitlines: (self, args, kwnames) => {
      const [k] = kwArgs('splitlines', ['keepends'], args, kwnames);
      const keep = k === undefined ? false : cIntArg(k) !== 0;
      return new PyList(splitLines(asStr(self), keep));
    },
    partition: partition('partition', false),
    rpartition: partition('rpartition', true),
    join: (self, args, kwnames) => {
      posArgs('str.join', 'join', args, kwnames, 1, 1);
      return strJoin(asStr(self), args[0]);
    },
    replace: (self, args, kwnames) => {
      posArgs('str.replace', 'replace', args, kwnames, 2, 3);
      const old = strArg(args[0], 'replace() argument 1 ');
      const rep = strArg(args[1], 'replace() argument 2 ');
      const count = args.length > 2 ? ssizeArg(args[2]) : -1;
      return strReplace(asStr(self), old, rep, count);
    },
    removeprefix: (self, args, kwnames) => {
      posArgs('str.removeprefix', 'removeprefix', args, kwnames, 1, 1);
      const s = asStr(self);
      const p = strArg(args[0], 'removeprefix() argument ');
      return p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (self, args, kwnames) => {
      posArgs('str.removesuffix', 'removesuffix', args, kwnames, 1, 1);
      const s = asStr(self);
      const p = strArg(args[0], 'removesuffix() argument ');
      return p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    strip: strip('strip', true, true),
    lstrip: strip('lstrip', true, false),
    rstrip: strip('rstrip', false, true),
    center: justify('center'),
    ljust: justify('ljust'),
    rjust: justify('rjust'),
    zfill: (self, args, kwnames) => {
      posArgs('str.zfill', 'zfill', args, kwnames, 1, 1);
      return zfill(asStr(self), ssizeArg(args[0]));
    },
    expandtabs: (self, args, kwnames) => {
      const [ts] = kwArgs('expandtabs', ['tabsize'], args, kwnames);
      return expandTabs(asStr(self), ts === undefined ? 8 : cIntArg(ts));
    },
    translate: (self, args, kwnames) => {
      posArgs('str.translate', 'translate', args, kwnames, 1, 1);
      return strTranslate(asStr(self), args[0]);
    },
    encode: (self, args, kwnames) => {
      const [encoding, errors] = encodingArgs('encode', args, kwnames);
      return newBytes(encodeText(asStr(self), encoding, errors));
    },
    format: (self, args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      let kwargs: PyDict | null = null;
      if (nkw > 0) {
        kwargs = new PyDict();
        const npos = args.length - nkw;
        for (let i = 0; i < nkw; i++) kwargs.setStr(kwnames![i], args[npos + i]);
        args = args.slice(0, npos);
      }
      if (isLiteralOfSubclass(self)) return self;
      return strFormat(asStr(self), args, kwargs);
    },
    format_map: (self, args, kwnames) => {
      posArgs('str.format_map', 'format_map', args, kwnames, 1, 1);
      if (isLiteralOfSubclass(self)) return self;
      return strFormatMap(asStr(self), args[0]);
    },
    __format__: (self, args, kwnames) => {
      posArgs('str.__format__', '__format__', args, kwnames, 1, 1);
      const spec = strValue(args[0]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${argTypeName(args[0])}`);
      // An empty spec formats as str(self) (a subclass's __str__ included), as CPython does.
      if (spec.length === 0 && typeof self !== 'string') return protoStr(self);
      const v = asStr(self);
      const r = formatStrSpec(v, spec, typeName(self));
      // CPython's writer hands back self when neither padding nor truncation changed it.
      return typeof self !== 'string' && r.length > 0 && r === v ? self : r;
    },
    __getnewargs__: (self, args, kwnames) => {
      posArgs('str.__getnewargs__', '__getnewargs__', args, kwnames, 0, 0);
      return new PyTuple([asStr(self)]);
    },
    __sizeof__: noArgs('__sizeof__', sizeOf),
  });
  t.dict.setStr('maketrans', nativeStaticMethod(t, 'maketrans', (args, kwnames) => maketrans(args, kwnames)));
  installFastMethods(t);
  // METH_VARARGS in CPython: `m = s.find; m(x=1)` says "find() takes no keyword arguments".
  markVarargs(t, ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']);
}

/**
 * The no-array entry points of the methods most called in loops (native.ts addFastMethods):
 * each does what the method does for that call, and gives anything but the plain case (an
 * argument that is not an exact str, an empty separator) to the method itself, so the errors
 * and the str-subclass arguments are the method's own.
 */
function installFastMethods(t: PyType): void {
  const d = (name: string) => (t.dict.getStr(name) as PyMethodDescriptor).fn;
  const f0: Record<string, (self: PyObject) => PyObject> = {
    capitalize: (self) => U.strCapitalize(asStr(self)),
    casefold: (self) => U.strCasefold(asStr(self)),
    lower: (self) => U.strLower(asStr(self)),
    upper: (self) => U.strUpper(asStr(self)),
    swapcase: (self) => U.strSwapcase(asStr(self)),
    title: (self) => U.strTitle(asStr(self)),
    isalnum: (self) => U.isAlnumStr(asStr(self)),
    isalpha: (self) => U.isAlphaStr(asStr(self)),
    isdigit: (self) => U.isDigitStr(asStr(self)),
    isspace: (self) => U.isSpaceStr(asStr(self)),
    islower: (self) => U.isLowerStr(asStr(self)),
    isupper: (self) => U.isUpperStr(asStr(self)),
    strip: (self) => stripChars(asStr(self), null, true, true),
    lstrip: (self) => stripChars(asStr(self), null, true, false),
    rstrip: (self) => stripChars(asStr(self), null, false, true),
    split: (self) => new PyList(splitWhitespace(asStr(self), Infinity)),
  };
  const strip1 = (name: string, left: boolean, right: boolean) => {
    const fn = d(name);
    return (self: PyObject, a: PyObject): PyObject => typeof a === 'string' ? stripChars(asStr(self), a, left, right) : fn(self, [a], null);
  };
  const find1 = (name: string, reverse: boolean, raise: boolean) => {
    const fn = d(name);
    return (self: PyObject, a: PyObject): PyObject | undefined => {
      if (typeof a !== 'string') return fn(self, [a], null);
      const r = strFind(asStr(self), a, 0, Infinity, reverse);
      // (index/rindex: a soft raise, native.ts softRaise.)
      if (r < 0 && raise) return raiseSoft(newError(E.ValueError, 'substring not found'));
      return r;
    };
  };
  const tail1 = (name: string, atEnd: boolean) => {
    const fn = d(name);
    return (self: PyObject, a: PyObject): PyObject => typeof a === 'string' ? wholeMatch(asStr(self), a, atEnd) : fn(self, [a], null);
  };
  const split = d('split');
  const count = d('count');
  const f1: Record<string, (self: PyObject, a: PyObject) => PyObject | undefined> = {
    strip: strip1('strip', true, true),
    lstrip: strip1('lstrip', true, false),
    rstrip: strip1('rstrip', false, true),
    find: find1('find', false, false),
    rfind: find1('rfind', true, false),
    index: find1('index', false, true),
    rindex: find1('rindex', true, true),
    startswith: tail1('startswith', false),
    endswith: tail1('endswith', true),
    split: (self, a) => typeof a === 'string' && a.length > 0 ? new PyList(splitSep(asStr(self), a, Infinity)) : split(self, [a], null),
    count: (self, a) => typeof a === 'string' ? strCount(asStr(self), a, 0, Infinity) : count(self, [a], null),
    join: (self, a) => strJoin(asStr(self), a),
  };
  const replace = d('replace');
  const f2: Record<string, (self: PyObject, a: PyObject, b: PyObject) => PyObject> = {
    replace: (self, a, b) => typeof a === 'string' && typeof b === 'string' ? strReplace(asStr(self), a, b, -1) : replace(self, [a, b], null),
  };
  addFastMethods(t, f0, f1, f2);
}

