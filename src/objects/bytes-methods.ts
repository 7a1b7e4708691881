// The methods of bytes and bytearray (CPython's Objects/bytes_methods.c, bytesobject.c,
// bytearrayobject.c). Case and character classes are ASCII-only. Results have the kind of
// `self` (bytearray methods return bytearrays). Text algorithms shared with str run on the
// latin-1 image of the bytes (one UTF-16 unit per byte).

import { allocBytes } from './byte-pool.js';
import { nativeStaticMethod } from './descriptors.js';
import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { PyTuple, PyList } from './tuple.js';
import { lenOf, iterateToArrayHinted } from './iterate.js';
import { T } from './types.js';
import { E, newError } from './exception.js';
import { None } from './singletons.js';
import { addMethods, PyNativeClassMethod, markVarargs } from './native.js';
import { typeOf, typeName, getIter, iterNext, argTypeName, call, getAttrOrUndefined, isIterableType } from './protocol.js';
import {
  strValue, posArgs, tupleArgs, kwArgs, ssizeArg, cIntArg, indexOrError, indexValue, optIndex, adjustIndices, typeError,
  valueError, memoryError, MAX_STR_LEN,
} from './str.js';
import {
  PyBytes, PyByteArray, bytesLikeData, bytesArg, latin1Bytes, sameKind, findBytes, rfindBytes, byteValue,
  newBytes, NO_BYTES,
} from './bytes.js';
import { latin1String, decodeText } from './str-codecs.js';
import { splitSep, rsplitSep, splitLines, strReplace, expandTabs, encodingArgs, fastIter } from './str-methods.js';

type Method = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
type Bytesish = PyBytes | PyByteArray;

const data = (self: PyObject): Uint8Array => (self as Bytesish).data;
const kindName = (self: PyObject): string => (self instanceof PyByteArray ? 'bytearray' : 'bytes');
const fromLatin1 = (self: PyObject, s: string): PyObject => sameKind(self, latin1Bytes(s));

const isSpaceByte = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isUpperByte = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLowerByte = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAlphaByte = (c: number): boolean => isUpperByte(c) || isLowerByte(c);
const isDigitByte = (c: number): boolean => c >= 0x30 && c <= 0x39;

function noArgs(name: string, f: (self: PyObject, d: Uint8Array) => PyObject): Method {
  return (self, args, kwnames) => {
    posArgs(`${kindName(self)}.${name}`, name, args, kwnames, 0, 0);
    return f(self, data(self));
  };
}

function all(d: Uint8Array, pred: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!pred(d[i])) return false;
  return true;
}

function mapBytes(d: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = allocBytes(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i], i);
  return out;
}

const lowerB = (c: number): number => (isUpperByte(c) ? c + 32 : c);
const upperB = (c: number): number => (isLowerByte(c) ? c - 32 : c);

function title(d: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(d, (c) => {
    const r = prevCased ? lowerB(c) : upperB(c);
    prevCased = isAlphaByte(c);
    return r;
  });
}

function isTitle(d: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (const c of d) {
    if (isUpperByte(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerByte(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

/** The `sub` argument of find/count/index: an int byte value or a bytes-like object. */
function subArg(v: PyObject): Uint8Array {
  const i = typeof v === 'number' ? v : indexValue(v);
  if (i !== undefined) {
    if (typeof i === 'bigint' || i < 0 || i > 255) valueError('byte must be in range(0, 256)');
    return Uint8Array.of(i);
  }
  const d = bytesLikeData(v);
  if (d === undefined) typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return d;
}

function findLike(name: string, reverse: boolean, raise: boolean): Method {
  return (self, args, kwnames) => {
    tupleArgs(name, args, kwnames, 1, 3, `${kindName(self)}.`);
    const d = data(self);
    // stringlib's parse_args_finds: start and end are converted before the byte argument.
    const s0 = optIndex(args[1], 0);
    const e0 = optIndex(args[2], Infinity);
    const sub = subArg(args[0]);
    const [start, end] = adjustIndices(s0, e0, d.length);
    let r = -1;
    if (end - start >= sub.length) r = reverse ? rfindBytes(d, sub, start, end) : findBytes(d, sub, start, end);
    if (r < 0 && raise) valueError('subsection not found');
    return r;
  };
}

function count(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  tupleArgs('count', args, kwnames, 1, 3, `${kindName(self)}.`);
  const d = data(self);
  const s0 = optIndex(args[1], 0);
  const e0 = optIndex(args[2], Infinity);
  const sub = subArg(args[0]);
  const [start, end] = adjustIndices(s0, e0, d.length);
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = findBytes(d, sub, start, end); i >= 0; i = findBytes(d, sub, i + sub.length, end)) n++;
  return n;
}

function tailMatch(d: Uint8Array, sub: Uint8Array, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjustIndices(start, end, d.length);
  end -= sub.length;
  if (end < start) return false;
  const at = atEnd ? end : start;
  for (let k = 0; k < sub.length; k++) if (d[at + k] !== sub[k]) return false;
  return true;
}

function startsEnds(name: string, atEnd: boolean): Method {
  return (self, args, kwnames) => {
    tupleArgs(name, args, kwnames, 1, 3, `${kindName(self)}.`);
    const d = data(self);
    const start = optIndex(args[1], 0);
    const end = optIndex(args[2], Infinity);
    const p = args[0];
    if (p instanceof PyTuple) {
      for (const item of p.items) if (tailMatch(d, bytesArg(item), start, end, atEnd)) return true;
      return false;
    }
    const sub = bytesLikeData(p);
    if (sub === undefined) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
    return tailMatch(d, sub, start, end, atEnd);
  };
}

function splitWhite(s: string, maxsplit: number, reverse: boolean): string[] {
  const out: string[] = [];
  const sp = (i: number): boolean => isSpaceByte(s.charCodeAt(i));
  if (!reverse) {
    let i = 0;
    const n = s.length;
    while (maxsplit-- > 0) {
      while (i < n && sp(i)) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !sp(i)) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && sp(i)) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  let i = s.length - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && sp(i)) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !sp(i)) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && sp(i)) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

function splitMethod(name: 'split' | 'rsplit'): Method {
  return (self, args, kwnames) => {
    const [sepA, maxA] = kwArgs(name, ['sep', 'maxsplit'], args, kwnames);
    const s = latin1String(data(self));
    let max = maxA === undefined ? -1 : ssizeArg(maxA);
    if (max < 0) max = Infinity;
    let parts: string[];
    if (sepA === undefined || sepA === None) parts = splitWhite(s, max, name === 'rsplit');
    else {
      const sep = latin1String(bytesArg(sepA));
      if (sep.length === 0) valueError('empty separator');
      parts = name === 'split' ? splitSep(s, sep, max) : rsplitSep(s, sep, max);
    }
    return new PyList(parts.map((p) => fromLatin1(self, p)));
  };
}

function partition(name: string, reverse: boolean): Method {
  return (self, args, kwnames) => {
    posArgs(`${kindName(self)}.${name}`, name, args, kwnames, 1, 1);
    const s = latin1String(data(self));
    const sepD = bytesArg(args[0]);
    if (sepD.length === 0) valueError('empty separator');
    const sep = latin1String(sepD);
    const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
    const mk = (x: string): PyObject => fromLatin1(self, x);
    // Not found: bytes packs self itself (a subclass instance stays one); bytearray copies.
    const whole = self instanceof PyByteArray ? mk(s) : self;
    if (i < 0) return new PyTuple(reverse ? [mk(''), mk(''), whole] : [whole, mk(''), mk('')]);
    // Found: bytes packs the separator argument itself (a bytearray or memoryview stays one).
    const mid = self instanceof PyByteArray ? mk(sep) : args[0];
    return new PyTuple([mk(s.slice(0, i)), mid, mk(s.slice(i + sep.length))]);
  };
}

function strip(name: string, left: boolean, right: boolean): Method {
  return (self, args, kwnames) => {
    posArgs(`${kindName(self)}.${name}`, name, args, kwnames, 0, 1);
    const d = data(self);
    let inSet: (c: number) => boolean = isSpaceByte;
    if (args.length > 0 && args[0] !== None) {
      const chars = bytesArg(args[0]);
      inSet = (c) => chars.includes(c);
    }
    let i = 0;
    let j = d.length;
    if (left) while (i < j && inSet(d[i])) i++;
    if (right) while (j > i && inSet(d[j - 1])) j--;
    return sameKind(self, d.slice(i, j));
  };
}

function justify(name: 'center' | 'ljust' | 'rjust'): Method {
  return (self, args, kwnames) => {
    posArgs(`${kindName(self)}.${name}`, name, args, kwnames, 1, 2);
    const width = ssizeArg(args[0]);
    let fill = 0x20;
    if (args.length > 1) {
      const f = args[1];
      const fd = f instanceof PyBytes || f instanceof PyByteArray ? f.data : undefined;
      if (fd === undefined || fd.length !== 1) {
        typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(f)}`);
      }
      fill = fd[0];
    }
    const d = data(self);
    const marg = width - d.length;
    if (marg <= 0) return sameKind(self, d.slice());
    if (width > MAX_STR_LEN * 4) memoryError();
    const left = name === 'ljust' ? 0 : name === 'rjust' ? marg : Math.floor(marg / 2) + (marg & width & 1);
    const out = new Uint8Array(width).fill(fill);
    out.set(d, left);
    return sameKind(self, out);
  };
}

function join(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  posArgs(`${kindName(self)}.join`, 'join', args, kwnames, 1, 1);
  const sep = data(self);
  const it = args[0];
  let items: PyObject[];
  if ((it instanceof PyList && it.cls === T.list) || (it instanceof PyTuple && it.cls === T.tuple)) items = it.items;
  else {
    if (!isIterableType(typeOf(it))) typeError('can only join an iterable');
    items = iterateToArrayHinted(fastIter(it));
  }
  const parts: Uint8Array[] = [];
  const total = collectBytesParts(parts, items, sep.length);
  if (total > MAX_STR_LEN * 4) memoryError();
  const out = allocBytes(total);
  joinBytesInto(out, parts, sep);
  return sameKind(self, out);
}

// The two loops of join are kernels (docs/native-loops.md).

/** Pushes each item's bytes to parts; returns the joined length (sepLength between items). */
function collectBytesParts(parts: Uint8Array[], items: PyObject[], sepLength: number): number {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const d = bytesLikeData(items[i]);
    if (d === undefined) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
    parts.push(d);
    total += d.length + (i > 0 ? sepLength : 0);
  }
  return total;
}

/** Writes parts into out with sep between them. */
function joinBytesInto(out: Uint8Array, parts: Uint8Array[], sep: Uint8Array): void {
  let w = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, w);
      w += sep.length;
    }
    out.set(parts[i], w);
    w += parts[i].length;
  }
}

function hex(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sepA, perA] = kwArgs('hex', ['sep', 'bytes_per_sep'], args, kwnames);
  const d = data(self);
  let sep = '';
  // _Py_strhex: bytes_per_sep is converted first, then len(sep) must be 1 (any sized object,
  // None included, is measured), then sep must be a str or bytes (a subclass too; not a
  // bytearray or another buffer).
  const per = perA === undefined ? 1 : cIntArg(perA);
  if (sepA !== undefined) {
    const s = strValue(sepA);
    const b = typeOf(sepA).isSubtype(T.bytes) ? bytesLikeData(sepA) : undefined;
    const text = s !== undefined ? s : b !== undefined ? latin1String(b) : undefined;
    if (text === undefined) {
      if (lenOf(sepA) !== 1) valueError('sep must be length 1.');
      typeError('sep must be str or bytes.');
    }
    if (text.length !== 1) valueError('sep must be length 1.');
    if (text.charCodeAt(0) > 0x7f) valueError('sep must be ASCII.');
    sep = text;
  }
  const n = d.length;
  const group = Math.abs(per);
  if (sep === '' || group === 0) {
    // Node's hex encoder over the same memory (short data: the pairs, no ArrayBuffer made).
    if (n > 64) return Buffer.from(d.buffer, d.byteOffset, n).toString('hex');
    let out = '';
    for (let i = 0; i < n; i++) out += HEX_PAIRS[d[i]];
    return out;
  }
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const boundary = per > 0 ? (n - i) % group === 0 : i % group === 0;
      if (boundary) out += sep;
    }
    out += HEX_PAIRS[d[i]];
  }
  return out;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, v) => v.toString(16).padStart(2, '0'));

/** The value of the hex digit with code unit c, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
}

/**
 * fromhex's digit pairs of s (ASCII whitespace between pairs skipped) as bytes in out (room for
 * s.length / 2 bytes): their count, or -1 - u for the first bad digit at code unit u (a unit
 * past the end when the last pair is incomplete).
 */
function hexPairsInto(out: Uint8Array, s: string): number {
  const n = s.length;
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceByte(c)) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) return -1 - i;
    const lo = i + 1 < n ? hexValue(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) return -2 - i;
    out[k++] = (hi << 4) | lo;
    i += 2;
  }
  return k;
}

function fromhex(cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = cls as PyType;
  posArgs(`${type.name}.fromhex`, 'fromhex', args, kwnames, 1, 1);
  const s = strValue(args[0]);
  if (s === undefined) typeError(`fromhex() argument must be str, not ${argTypeName(args[0])}`);
  const buf = new Uint8Array(s.length >> 1);
  const k = hexPairsInto(buf, s);
  if (k < 0) {
    // (CPython reports a position in code points: a surrogate pair before it is one.)
    const u = -1 - k;
    valueError(`non-hexadecimal number found in fromhex() arg at position ${u < s.length ? Array.from(s.slice(0, u)).length : Array.from(s).length}`);
  }
  const d = k === buf.length ? buf : buf.slice(0, k);
  if (type === T.bytearray) return new PyByteArray(d);
  if (type === T.bytes) return new PyBytes(d);
  // A subclass gets the result of calling it with the bytes (so its __new__/__init__ run).
  return call(type, [type.isSubtype(T.bytearray) ? new PyByteArray(d) : new PyBytes(d)]);
}

/** bytearray.__reduce_ex__: (cls, args rebuilding the contents, state), as CPython's. */
function bytearrayReduce(self: PyObject, proto: number): PyObject {
  const d = (self as PyByteArray).data;
  const args = proto < 3 ? new PyTuple([latin1String(d), 'latin-1']) : new PyTuple([new PyBytes(d.slice())]);
  const getstate = getAttrOrUndefined(self, '__getstate__');
  const state = getstate === undefined ? ((self as PyByteArray).dict ?? None) : call(getstate, []);
  return new PyTuple([typeOf(self), args, state]);
}

function translate(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) typeError(`translate() takes at least 1 positional argument (${npos} given)`);
  const [tableA, delA] = kwArgs('translate', ['table', 'delete'], args, kwnames);
  let table: Uint8Array | null = null;
  if (tableA !== None) {
    table = bytesArg(tableA!);
    if (table.length !== 256) valueError('translation table must be 256 characters long');
  }
  const del = delA === undefined ? new Uint8Array(0) : bytesArg(delA);
  const d = data(self);
  const out: number[] = [];
  for (const c of d) {
    if (del.includes(c)) continue;
    out.push(table === null ? c : table[c]);
  }
  return sameKind(self, Uint8Array.from(out));
}

function maketrans(args: PyObject[], kwnames: string[] | null, owner: string): PyObject {
  posArgs(`${owner}.maketrans`, 'maketrans', args, kwnames, 2, 2);
  const frm = bytesArg(args[0]);
  const to = bytesArg(args[1]);
  if (frm.length !== to.length) valueError('maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
  return newBytes(out);
}

function zfill(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  posArgs(`${kindName(self)}.zfill`, 'zfill', args, kwnames, 1, 1);
  const width = ssizeArg(args[0]);
  const d = data(self);
  if (d.length >= width) return sameKind(self, d.slice());
  if (width > MAX_STR_LEN * 4) memoryError();
  const fill = width - d.length;
  const out = new Uint8Array(width).fill(0x30);
  out.set(d, fill);
  if (d.length > 0 && (d[0] === 0x2b || d[0] === 0x2d)) {
    out[0] = d[0];
    out[fill] = 0x30;
  }
  return sameKind(self, out);
}

// ---- bytearray only ----

function ba(self: PyObject): PyByteArray {
  return self as PyByteArray;
}

function baExtend(target: PyByteArray, v: PyObject): void {
  const d = bytesLikeData(v);
  if (d !== undefined) {
    target.splice(target.len, target.len, d, v);
    return;
  }
  const t = typeOf(v);
  if (!isIterableType(t)) typeError(`can't extend bytearray with ${t.name}`);
  const vals: number[] = [];
  if ((v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple)) for (const x of v.items) vals.push(byteValue(x));
  else {
    const it = getIter(v);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) vals.push(byteValue(x));
  }
  target.splice(target.len, target.len, Uint8Array.from(vals));
}

export function installBytesMethods(bytesType: PyType, baType: PyType): void {
  const shared: Record<string, Method> = {
    capitalize: noArgs('capitalize', (self, d) => sameKind(self, mapBytes(d, (c, i) => (i === 0 ? upperB(c) : lowerB(c))))),
    lower: noArgs('lower', (self, d) => sameKind(self, mapBytes(d, lowerB))),
    upper: noArgs('upper', (self, d) => sameKind(self, mapBytes(d, upperB))),
    swapcase: noArgs('swapcase', (self, d) => sameKind(self, mapBytes(d, (c) => (isUpperByte(c) ? c + 32 : upperB(c))))),
    title: noArgs('title', (self, d) => sameKind(self, title(d))),
    isalnum: noArgs('isalnum', (_s, d) => all(d, (c) => isAlphaByte(c) || isDigitByte(c))),
    isalpha: noArgs('isalpha', (_s, d) => all(d, isAlphaByte)),
    isascii: noArgs('isascii', (_s, d) => d.every((c) => c < 0x80)),
    isdigit: noArgs('isdigit', (_s, d) => all(d, isDigitByte)),
    isspace: noArgs('isspace', (_s, d) => all(d, isSpaceByte)),
    islower: noArgs('islower', (_s, d) => !d.some(isUpperByte) && d.some(isLowerByte)),
    isupper: noArgs('isupper', (_s, d) => !d.some(isLowerByte) && d.some(isUpperByte)),
    istitle: noArgs('istitle', (_s, d) => isTitle(d)),
    find: findLike('find', false, false),
    rfind: findLike('rfind', true, false),
    index: findLike('index', false, true),
    rindex: findLike('rindex', true, true),
    count,
    startswith: startsEnds('startswith', false),
    endswith: startsEnds('endswith', true),
    split: splitMethod('split'),
    rsplit: splitMethod('rsplit'),
    splitlines: (self, args, kwnames) => {
      const [k] = kwArgs('splitlines', ['keepends'], args, kwnames);
      const keep = k === undefined ? false : cIntArg(k) !== 0;
      const lines = splitLines(latin1String(data(self)), keep, (c) => c === 0x0a || c === 0x0d);
      return new PyList(lines.map((l) => fromLatin1(self, l)));
    },
    partition: partition('partition', false),
    rpartition: partition('rpartition', true),
    join,
    replace: (self, args, kwnames) => {
      posArgs(`${kindName(self)}.replace`, 'replace', args, kwnames, 2, 3);
      const old = latin1String(bytesArg(args[0]));
      const rep = latin1String(bytesArg(args[1]));
      const n = args.length > 2 ? ssizeArg(args[2]) : -1;
      return fromLatin1(self, strReplace(latin1String(data(self)), old, rep, n));
    },
    removeprefix: (self, args, kwnames) => {
      posArgs(`${kindName(self)}.removeprefix`, 'removeprefix', args, kwnames, 1, 1);
      const d = data(self);
      const p = bytesArg(args[0]);
      const ok = p.length > 0 && p.length <= d.length && p.every((c, i) => d[i] === c);
      return sameKind(self, ok ? d.slice(p.length) : d.slice());
    },
    removesuffix: (self, args, kwnames) => {
      posArgs(`${kindName(self)}.removesuffix`, 'removesuffix', args, kwnames, 1, 1);
      const d = data(self);
      const p = bytesArg(args[0]);
      const off = d.length - p.length;
      const ok = p.length > 0 && off >= 0 && p.every((c, i) => d[off + i] === c);
      return sameKind(self, ok ? d.slice(0, off) : d.slice());
    },
    strip: strip('strip', true, true),
    lstrip: strip('lstrip', true, false),
    rstrip: strip('rstrip', false, true),
    center: justify('center'),
    ljust: justify('ljust'),
    rjust: justify('rjust'),
    zfill,
    expandtabs: (self, args, kwnames) => {
      const [ts] = kwArgs('expandtabs', ['tabsize'], args, kwnames);
      return fromLatin1(self, expandTabs(latin1String(data(self)), ts === undefined ? 8 : cIntArg(ts)));
    },
    translate,
    decode: (self, args, kwnames) => {
      const [encoding, errors] = encodingArgs('decode', args, kwnames);
      return decodeText(data(self), encoding, errors);
    },
    hex,
  };
  addMethods(bytesType, {
    ...shared,
    __getnewargs__: (self, args, kwnames) => {
      posArgs('bytes.__getnewargs__', '__getnewargs__', args, kwnames, 0, 0);
      return new PyTuple([new PyBytes(data(self).slice())]);
    },
    __bytes__: (self, args, kwnames) => {
      posArgs('bytes.__bytes__', '__bytes__', args, kwnames, 0, 0);
      return self instanceof PyBytes && self.cls === T.bytes ? self : new PyBytes(data(self).slice());
    },
  });
  addMethods(baType, {
    ...shared,
    append: (self, args, kwnames) => {
      posArgs('bytearray.append', 'append', args, kwnames, 1, 1);
      const b = ba(self);
      b.push(byteValue(args[0]));
      return None;
    },
    extend: (self, args, kwnames) => {
      posArgs('bytearray.extend', 'extend', args, kwnames, 1, 1);
      baExtend(ba(self), args[0]);
      return None;
    },
    insert: (self, args, kwnames) => {
      posArgs('bytearray.insert', 'insert', args, kwnames, 2, 2);
      const b = ba(self);
      let i = ssizeArg(args[0]);
      const v = byteValue(args[1]);
      if (i < 0) i = Math.max(0, i + b.len);
      if (i > b.len) i = b.len;
      b.splice(i, i, Uint8Array.of(v));
      return None;
    },
    pop: (self, args, kwnames) => {
      posArgs('bytearray.pop', 'pop', args, kwnames, 0, 1);
      const b = ba(self);
      let i = args.length > 0 ? ssizeArg(args[0]) : -1;
      if (b.len === 0) throw newError(E.IndexError, 'pop from empty bytearray');
      if (i < 0) i += b.len;
      if (i < 0 || i >= b.len) throw newError(E.IndexError, 'pop index out of range');
      const v = b.buf[i];
      b.splice(i, i + 1, NO_BYTES);
      return v;
    },
    remove: (self, args, kwnames) => {
      posArgs('bytearray.remove', 'remove', args, kwnames, 1, 1);
      const b = ba(self);
      const v = byteValue(args[0]);
      const i = b.data.indexOf(v);
      if (i < 0) valueError('value not found in bytearray');
      b.splice(i, i + 1, NO_BYTES);
      return None;
    },
    reverse: noArgs('reverse', (_self, d) => {
      d.reverse();
      return None;
    }),
    clear: noArgs('clear', (self) => {
      ba(self).set(new Uint8Array(0));
      return None;
    }),
    copy: noArgs('copy', (_self, d) => new PyByteArray(d)),
    __reduce__: noArgs('__reduce__', (self) => bytearrayReduce(self, 2)),
    __reduce_ex__: (self, args, kwnames) => {
      posArgs('bytearray.__reduce_ex__', '__reduce_ex__', args, kwnames, 1, 1);
      return bytearrayReduce(self, ssizeArg(args[0]));
    },
    __alloc__: noArgs('__alloc__', (self) => ba(self).buf.length + 1),
  });
  for (const t of [bytesType, baType]) {
    t.dict.setStr('fromhex', new PyNativeClassMethod(t, 'fromhex', fromhex));
    t.dict.setStr('maketrans', nativeStaticMethod(t, 'maketrans', (args, kwnames) => maketrans(args, kwnames, t.name)));
    markVarargs(t, ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']);
  }
}

