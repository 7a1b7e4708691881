/**
 * The encoding names PyUnicode_AsEncodedString / PyUnicode_Decode run directly (normalised as
 * CPython's _Py_normalize_encoding does: lower case, runs of other characters than letters,
 * digits and '.' as one '_'): utf-8, utf-16, utf-32, ascii, latin-1. Any other name goes
 * through the codec registry, which re-raises a codec's failure naming the codec (codecFailed).
 */
function isFastPathName(encoding: string): boolean {
  let norm = '';
  let punct = false;
  for (const ch of encoding) {
    if (/^[A-Za-z0-9.]$/.test(ch)) {
      if (punct && norm.length > 0) norm += '_';
      norm += ch.toLowerCase();
      punct = false;
    } else punct = true;
  }
  if (norm.startsWith('utf')) {
    const rest = norm[3] === '_' ? norm.slice(4) : norm.slice(3);
    return rest === '8' || rest === '16' || rest === '32';
  }
  return norm === 'ascii' || norm === 'us_ascii' || norm === 'latin1' || norm === 'latin_1' || norm === 'iso_8859_1' || norm === 'iso8859_1';
}

/** Exception types whose instances carry more than a message (never re-raised by codecFailed). */
const RICH_ERRORS = ['SyntaxError', 'ImportError', 'OSError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError',
  'StopIteration', 'SystemExit', 'AttributeError', 'NameError', 'BaseExceptionGroup'];

/**
 * CPython's _PyErr_TrySetFromCause after a registry codec failed: an exception of a builtin type
 * holding no more than one str argument (no attributes) is replaced by a new one of its type,
 * "encoding with 'cp1252' codec failed (LookupError: unknown error handler name 'x')", whose
 * __cause__ is the original; anything else propagates as it is.
 */
function codecFailed(e: unknown, verb: 'encoding' | 'decoding', encoding: string): unknown {
  if (!(e instanceof PyBaseException) || e.cls.isHeapType) return e;
  if (RICH_ERRORS.some((n) => e.cls.isSubtype(E[n]))) return e;
  const args = e.args.items;
  if (args.length > 1 || (args.length === 1 && typeof args[0] !== 'string')) return e;
  if ((e.dict !== null && e.dict.size > 0) || e.notes !== null) return e;
  const r = newError(e.cls, `${verb} with '${encoding}' codec failed (${e.cls.name}: ${pyStr(e)})`);
  r.cause = e;
  r.suppressContext = true;
  return r;
}

/** str.encode(), bytes(s, encoding), bytearray(s, encoding): encodeStr, with codecFailed. */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  if (isFastPathName(encoding)) return encodeStr(s, encoding, errors);
  return throughRegistry(encoding, 'encode', () => encodeStr(s, encoding, errors));
}

/** bytes.decode(), str(b, encoding): decodeBytes, with codecFailed. */
export function decodeText(b: Uint8Array, encoding: string, errors: string): string {
  if (b.length === 0 || isFastPathName(encoding)) return decodeBytes(b, encoding, errors);
  return throughRegistry(encoding, 'decode', () => decodeBytes(b, encoding, errors));
}

/**
 * `run` (the codec's work) for a codec CPython reaches through its registry: its failures
 * re-raised by codecFailed. (A name the lookup does not know: a codec registered with
 * codecs.register, which `run` itself finds.)
 */
function throughRegistry<T>(encoding: string, direction: 'encode' | 'decode', run: () => T): T {
  try {
    lookupCodec(encoding, direction);
  } catch (e) {
    if (isUnknownEncoding(e)) return run();
    throw e;
  }
  try {
    return run();
  } catch (e) {
    throw codecFailed(e, direction === 'encode' ? 'encoding' : 'decoding', encoding);
  }
}

// The text codecs str.encode / bytes.decode need: utf-8, utf-8-sig, utf-7, ascii, latin-1, utf-16, utf-32,
// the unicode_escape / raw_unicode_escape codecs, and the single-byte charmap codecs of
// charmap-tables.ts (cp1252, cp1251, cp037, iso8859-15, koi8-r ...)
// (utf-16/32 with and without byte-order marks), with CPython's error handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and its error ranges
// and messages ("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte").

import { allocBytes, copyBytes } from './byte-pool.js';
import { E, newError, newException, PyBaseException } from './exception.js';
import { registryEncode, registryDecode, customHandler, callEncodeHandler, callDecodeHandler } from './codec-registry.js';
import { PyBytes } from './bytes.js';
import { CHARMAPS, CHARMAP_ALIASES } from './charmap-tables.js';
import { unicodeNameOf, lookupUnicodeName } from '../../grammar/unicode-names.js';
import { str as pyStr } from './protocol.js';

/** A codec: one of these, or a charmap codec's name (a key of CHARMAPS, e.g. 'cp1252'). */
type Codec = 'utf-8' | 'utf-8-sig' | 'utf-7' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be'
  | 'unicode-escape' | 'raw-unicode-escape' | Charmap;
type Charmap = string & { readonly __charmap?: never };

const ALIASES: Record<string, Codec> = {};
function alias(codec: Codec, names: string): void {
  for (const n of names.split(' ')) ALIASES[n] = codec;
}
alias('utf-8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001');
alias('ascii', 'ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us');
alias('latin-1', 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 csisolatin1 ibm819 iso_8859_1_1987 iso_ir_100');
alias('utf-16', 'utf_16 utf16 u16');
alias('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked');
alias('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked');
alias('utf-32', 'utf_32 utf32 u32');
alias('utf-32-le', 'utf_32_le utf_32le');
alias('utf-32-be', 'utf_32_be utf_32be');
alias('utf-8-sig', 'utf_8_sig');
alias('utf-7', 'utf_7 u7 utf7 unicode_1_1_utf_7 csunicode11utf7');
alias('unicode-escape', 'unicode_escape');
alias('raw-unicode-escape', 'raw_unicode_escape');

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The bytes-to-bytes and str-to-str codecs of the encodings package (codecs.encode handles them). */
const NOT_TEXT = new Set([
  'base64', 'base_64', 'base64_codec', 'bz2', 'bz2_codec', 'hex', 'hex_codec', 'quopri', 'quoted_printable',
  'quotedprintable', 'quopri_codec', 'rot13', 'rot_13', 'uu', 'uu_codec', 'zip', 'zlib', 'zlib_codec',
]);

const cache = new Map<string, Codec>();

/**
 * An encoding or errors argument as the "s" converter CPython's str.encode, bytes.decode, str()
 * and bytes() parse them with: a str holding a NUL is a ValueError (before any codec lookup).
 */
export function noNul(name: string): string {
  if (name.includes('\0')) throw newError(E.ValueError, 'embedded null character');
  return name;
}

/** The codec for an encoding name (Python's normalisation and aliases), or LookupError. */
export function lookupCodec(name: string, use?: 'encode' | 'decode'): Codec {
  const c = cache.get(name);
  if (c !== undefined) return c;
  let norm = '';
  let punct = false;
  for (const ch of name.toLowerCase()) {
    if (/^[\p{L}\p{N}.]$/u.test(ch)) {
      if (punct && norm.length > 0) norm += '_';
      if (ch < '\x80') norm += ch;
      punct = false;
    } else punct = true;
  }
  const codec = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')] ?? CHARMAP_ALIASES[norm] ?? CHARMAP_ALIASES[norm.replace(/\./g, '_')];
  if (codec === undefined) {
    // _PyCodec_LookupTextEncoding: str.encode / bytes.decode refuse the non-text codecs.
    if (use !== undefined && NOT_TEXT.has(norm)) {
      throw newError(E.LookupError, `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
    }
    throw newError(E.LookupError, `unknown encoding: ${name}`);
  }
  cache.set(name, codec);
  return codec;
}

/** Is e lookupCodec's "unknown encoding" LookupError (so a registered codec may know the name)? */
function isUnknownEncoding(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls === E.LookupError && String(e.args.items[0]).startsWith('unknown encoding');
}

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors) && customHandler(errors) === undefined) throw newError(E.LookupError, `unknown error handler name '${errors}'`);
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

function charEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** The canonical name of a codec (what codecs.lookup(name).name gives), or LookupError. */
export function codecName(name: string): string {
  const c = lookupCodec(name);
  return c === 'latin-1' ? 'iso8859-1' : c;
}

const isCharmap = (codec: Codec): boolean => CHARMAPS[codec] !== undefined;

/** A charmap codec's encoding table (code point -> byte), made at first use. */
const charmapEncoders = new Map<string, Map<number, number>>();

function charmapEncoder(codec: Codec): Map<number, number> {
  let m = charmapEncoders.get(codec);
  if (m === undefined) {
    m = new Map();
    const table = CHARMAPS[codec];
    // The first byte decoding to a character encodes it.
    for (let b = 255; b >= 0; b--) if (table.charCodeAt(b) !== 0xfffe) m.set(table.charCodeAt(b), b);
    charmapEncoders.set(codec, m);
  }
  return m;
}

// ---- encoding ----

function encodeError(codec: string, cps: number[], start: number, end: number, reason: string): never {
  let text = '';
  for (const cp of cps) text += String.fromCodePoint(cp);
  throw newException(E.UnicodeEncodeError, [codec, text, start, end, reason]);
}

/** A growable byte buffer. */
class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  result(): Uint8Array {
    return copyBytes(this.buf, 0, this.n);
  }
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const utf8Encoder = new TextEncoder();

/** The bytes of an all-ASCII string, or null when it has a character from U+0080 on. */
function asciiBytes(s: string): Uint8Array | null {
  const n = s.length;
  if (n > 1024) {
    // Long text: one native pass (UTF-8 of ASCII is the same bytes) instead of a unit at a time
    // (a 300 000-character str took 1.4 ms, CPython 0.006). A non-ASCII character takes two or
    // more bytes, so n units fill the n bytes exactly only when every one is ASCII.
    const big = allocBytes(n);
    const r = utf8Encoder.encodeInto(s, big);
    return r.read === n && r.written === n ? big : null;
  }
  const out = allocBytes(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    out[i] = c;
  }
  return out;
}

/**
 * ascii or latin-1 (`limit` 0x80 or 0x100) of s when every character is below the limit, or
 * with errors 'ignore' or 'replace' (a character at or past it dropped, or one '?'; a
 * surrogate pair is one character); else null (the general loop reports the error).
 */
function narrowBytes(s: string, limit: number, errors: string): Uint8Array | null {
  const n = s.length;
  const mode = errors === 'strict' ? 0 : errors === 'ignore' ? 1 : errors === 'replace' ? 2 : -1;
  if (mode < 0) return null;
  let size = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < limit) size++;
    else if (mode === 0) return null;
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      if (mode === 2) size++;
    }
  }
  const out = allocBytes(size);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < limit) out[j++] = c;
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      if (mode === 2) out[j++] = 0x3f;
    }
  }
  return out;
}

/** UTF-8 of a short string in JS, or null when it has a lone surrogate (the slow path reports it). */
function utf8Short(s: string): Uint8Array | null {
  const n = s.length;
  let size = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return null;
      size += 4;
      i++;
    } else size += 3;
  }
  const out = allocBytes(size);
  let j = 0;
  for (let i = 0; i < n; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 0x80) {
      out[j++] = cp;
      continue;
    }
    if (cp < 0x800) {
      out[j++] = 0xc0 | (cp >> 6);
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        out[j++] = 0xf0 | (cp >> 18);
        out[j++] = 0x80 | ((cp >> 12) & 0x3f);
      } else out[j++] = 0xe0 | (cp >> 12);
      out[j++] = 0x80 | ((cp >> 6) & 0x3f);
    }
    out[j++] = 0x80 | (cp & 0x3f);
  }
  return out;
}

/** str.encode(encoding, errors) */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  let codec: Codec;
  try {
    codec = lookupCodec(encoding, 'encode');
  } catch (e) {
    const r = isUnknownEncoding(e) ? registryEncode(s, encoding, errors) : undefined;
    if (r === undefined) throw e;
    return r;
  }
  if (codec === 'utf-8' || codec === 'ascii' || codec === 'latin-1') {
    // ASCII text is the same bytes in all three: copied here (TextEncoder.encode costs ~350 ns
    // a call however short the string; this loop ~20 ns for a word).
    const ascii = asciiBytes(s);
    if (ascii !== null) return ascii;
    if (codec !== 'utf-8') {
      const bytes = narrowBytes(s, codec === 'ascii' ? 0x80 : 0x100, errors);
      if (bytes !== null) return bytes;
    } else {
      const short = s.length <= 256 ? utf8Short(s) : null;
      if (short !== null) return short;
      if (!LONE_SURROGATE.test(s)) return utf8Encoder.encode(s);
    }
  }
  if (codec === 'unicode-escape' || codec === 'raw-unicode-escape') return encodeEscapes(s, codec === 'raw-unicode-escape');
  if (codec === 'utf-7') return encodeUtf7(s);
  if (codec === 'utf-8-sig') {
    // A byte-order mark, then UTF-8 (whose errors the encoder reports as 'utf-8').
    const body = encodeStr(s, 'utf-8', errors);
    const out = new Uint8Array(body.length + 3);
    out.set(UTF8_BOM);
    out.set(body, 3);
    return out;
  }
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  const sink = new ByteSink();
  let put: (cp: number) => void;
  let bad: (cp: number) => boolean;
  // The run of characters an error handler is replacing (for a charmap's failing replacement).
  let cur = 0;
  let curEnd = 0;
  let reason = 'surrogates not allowed';
  switch (codec) {
    case 'ascii':
    case 'latin-1': {
      const limit = codec === 'ascii' ? 0x80 : 0x100;
      reason = `ordinal not in range(${limit})`;
      put = (cp) => sink.push(cp);
      bad = (cp) => cp >= limit;
      break;
    }
    case 'utf-8':
      put = (cp) => putUtf8(sink, cp);
      bad = isSurrogate;
      break;
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      const be = codec === 'utf-16-be';
      const unit = (u: number): void => {
        if (be) {
          sink.push(u >> 8);
          sink.push(u & 0xff);
        } else {
          sink.push(u & 0xff);
          sink.push(u >> 8);
        }
      };
      put = (cp) => {
        if (cp >= 0x10000) {
          unit(0xd800 + ((cp - 0x10000) >> 10));
          unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
        } else unit(cp);
      };
      if (codec === 'utf-16') put(0xfeff);
      bad = isSurrogate;
      break;
    }
    default: {
      if (isCharmap(codec)) {
        const enc = charmapEncoder(codec);
        reason = 'character maps to <undefined>';
        // A replacement character with no byte fails again (as CPython's charmap encoder).
        put = (cp) => {
          const b = enc.get(cp);
          if (b === undefined) encodeError('charmap', cps, cur, curEnd, reason);
          sink.push(b);
        };
        bad = (cp) => !enc.has(cp);
        break;
      }
      const be = codec === 'utf-32-be';
      put = (cp) => {
        const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24];
        if (be) b.reverse();
        for (const x of b) sink.push(x);
      };
      if (codec === 'utf-32') put(0xfeff);
      bad = isSurrogate;
    }
  }
  const name = isCharmap(codec) ? 'charmap' : codec;
  const putStr = (r: string): void => {
    for (let k = 0; k < r.length; k++) put(r.charCodeAt(k));
  };
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      put(cp);
      continue;
    }
    // UTF-16 and UTF-32 report one character at a time; the others a run of bad characters.
    const wide = codec !== 'utf-8' && codec !== 'ascii' && codec !== 'latin-1' && name !== 'charmap';
    let end = i + 1;
    if (!wide) while (end < cps.length && bad(cps[end])) end++;
    cur = i;
    curEnd = end;
    checkHandler(errors);
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) put(0x3f);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) putStr(charEscape(cps[k]));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) putStr(`&#${cps[k]};`);
        break;
      case 'namereplace':
        for (let k = i; k < end; k++) {
          const n = unicodeNameOf(cps[k]);
          putStr(n === null ? charEscape(cps[k]) : `\\N{${n}}`);
        }
        break;
      case 'surrogateescape': {
        if (wide) encodeError(name, cps, i, end, reason);
        let k = i;
        for (; k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff; k++) sink.push(cps[k] - 0xdc00);
        if (k < end) encodeError(name, cps, k, end, reason);
        break;
      }
      case 'surrogatepass':
        if (codec === 'ascii' || codec === 'latin-1') encodeError(name, cps, i, end, reason);
        for (let k = i; k < end; k++) {
          if (codec === 'utf-8') putUtf8(sink, cps[k]);
          else put(cps[k]);
        }
        break;
      default: {
        const h = customHandler(errors);
        if (h === undefined) encodeError(name, cps, i, end, reason);
        const [rep, next] = callEncodeHandler(h, name, cps, i, end, reason);
        if (typeof rep === 'string') {
          // (the replacement is encoded strictly: a character the codec cannot take fails)
          for (const ch of rep) {
            const cp = ch.codePointAt(0)!;
            if (bad(cp)) encodeError(name, cps, i, end, reason);
            put(cp);
          }
        } else for (let k = 0; k < rep.length; k++) sink.push(rep[k]);
        i = next - 1;
        continue;
      }
    }
    i = end - 1;
  }
  return sink.result();
}

function putUtf8(sink: ByteSink, cp: number): void {
  if (cp < 0x80) sink.push(cp);
  else if (cp < 0x800) {
    sink.push(0xc0 | (cp >> 6));
    sink.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    sink.push(0xe0 | (cp >> 12));
    sink.push(0x80 | ((cp >> 6) & 0x3f));
    sink.push(0x80 | (cp & 0x3f));
  } else {
    sink.push(0xf0 | (cp >> 18));
    sink.push(0x80 | ((cp >> 12) & 0x3f));
    sink.push(0x80 | ((cp >> 6) & 0x3f));
    sink.push(0x80 | (cp & 0x3f));
  }
}

// ---- decoding ----

/** Bytes as a string of the same code units (latin-1). */
export function latin1String(b: Uint8Array): string {
  // Short: the units as arguments. Longer: Node's Latin-1 decoder over the same memory (~20x
  // faster than fromCharCode.apply over blocks; a typed array of over 64 bytes has its
  // ArrayBuffer already, so `b.buffer` costs nothing).
  if (b.length <= 64) return String.fromCharCode.apply(null, b as unknown as number[]);
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string): never {
  throw newException(E.UnicodeDecodeError, [codec, new PyBytes(b.slice()), start, end, reason]);
}

/**
 * Applies the error handler to the undecodable bytes b[start:end]; returns the text to insert
 * and the position to resume at.
 */
function decodeHandler(codec: string, errors: string, b: Uint8Array, start: number, end: number, reason: string): [string, number] {
  checkHandler(errors);
  switch (errors) {
    case 'ignore':
      return ['', end];
    case 'replace':
      return ['\ufffd', end];
    case 'backslashreplace': {
      let r = '';
      for (let k = start; k < end; k++) r += '\\x' + hex(b[k], 2);
      return [r, end];
    }
    case 'surrogateescape': {
      // As CPython: the leading run (at most 4) of bytes >= 0x80 is escaped and decoding
      // resumes after it (a following ASCII byte gets a fresh error); none is the error itself.
      let r = '';
      let k = start;
      while (k < end && k - start < 4 && b[k] >= 0x80) r += String.fromCharCode(0xdc00 + b[k++]);
      if (k === start) decodeError(codec, b, start, end, reason);
      return [r, k];
    }
    case 'surrogatepass': {
      // PyCodec_SurrogatePassErrors: one surrogate encoded as the codec encodes a code point,
      // read at start whatever the error's end (a high surrogate cut off at the end of the data
      // passes too); anything else is the error itself.
      const p = start;
      let ch = -1;
      let len = 0;
      if (codec === 'utf-8') {
        len = 3;
        if (b.length - p >= 3 && (b[p] & 0xf0) === 0xe0 && (b[p + 1] & 0xc0) === 0x80 && (b[p + 2] & 0xc0) === 0x80) {
          ch = ((b[p] & 0x0f) << 12) | ((b[p + 1] & 0x3f) << 6) | (b[p + 2] & 0x3f);
        }
      } else if (codec === 'utf-16-le' || codec === 'utf-16-be') {
        len = 2;
        if (b.length - p >= 2) ch = codec === 'utf-16-le' ? b[p] | (b[p + 1] << 8) : (b[p] << 8) | b[p + 1];
      } else if (codec === 'utf-32-le' || codec === 'utf-32-be') {
        len = 4;
        if (b.length - p >= 4) {
          ch = codec === 'utf-32-le'
            ? ((b[p + 3] << 24) | (b[p + 2] << 16) | (b[p + 1] << 8) | b[p]) >>> 0
            : ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
        }
      }
      if (ch >= 0xd800 && ch <= 0xdfff) return [String.fromCharCode(ch), start + len];
      decodeError(codec, b, start, end, reason);
    }
    // eslint-disable-next-line no-fallthrough
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw newError(E.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    default: {
      const h = customHandler(errors);
      if (h === undefined) decodeError(codec, b, start, end, reason);
      return callDecodeHandler(h, codec, b, start, end, reason);
    }
  }
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(b: Uint8Array, errors: string): string {
  try {
    return utf8Decoder.decode(b);
  } catch {
    // Some sequence is invalid: decode by hand to find it and apply the handler.
  }
  let out = '';
  const n = b.length;
  let i = 0;
  let runStart = 0;
  const flush = (to: number): void => {
    if (to > runStart) out += utf8Decoder.decode(b.subarray(runStart, to));
  };
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    let errEnd = -1;
    let reason = '';
    if (need === 0) {
      errEnd = i + 1;
      reason = 'invalid start byte';
    } else {
      for (let k = 1; k <= need; k++) {
        if (i + k >= n) {
          errEnd = n;
          reason = 'unexpected end of data';
          break;
        }
        const d = b[i + k];
        const ok = k === 1 ? d >= lo && d <= hi : d >= 0x80 && d <= 0xbf;
        if (!ok) {
          errEnd = i + k;
          reason = 'invalid continuation byte';
          break;
        }
      }
    }
    if (errEnd < 0) {
      i += need + 1;
      continue;
    }
    flush(i);
    const [rep, next] = decodeHandler('utf-8', errors, b, i, errEnd, reason);
    out += rep;
    i = runStart = next;
  }
  flush(n);
  return out;
}

function decodeAscii(b: Uint8Array, errors: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] < 0x80) continue;
    out += latin1String(b.subarray(runStart, i));
    const [rep, next] = decodeHandler('ascii', errors, b, i, i + 1, 'ordinal not in range(128)');
    out += rep;
    runStart = next;
    i = next - 1;
  }
  return out + latin1String(b.subarray(runStart));
}

function decodeCharmap(b: Uint8Array, errors: string, table: string): string {
  let out = '';
  for (let i = 0; i < b.length; i++) {
    const c = table.charCodeAt(b[i]);
    if (c !== 0xfffe) out += String.fromCharCode(c);
    else {
      const [rep, next] = decodeHandler('charmap', errors, b, i, i + 1, 'character maps to <undefined>');
      out += rep;
      i = next - 1;
    }
  }
  return out;
}

function decodeUtf16(b: Uint8Array, errors: string, codec: Codec): string {
  let be = codec === 'utf-16-be';
  let name: string = codec;
  let i = 0;
  if (codec === 'utf-16') {
    name = 'utf-16-le';
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      i = 2;
      be = true;
      name = 'utf-16-be';
    }
  }
  const n = b.length;
  const unit = (k: number): number => (be ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8));
  let out = '';
  while (i < n) {
    if (n - i < 2) {
      const [rep, next] = decodeHandler(name, errors, b, i, n, 'truncated data');
      out += rep;
      i = next;
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
      continue;
    }
    let errEnd: number;
    let reason: string;
    if (u >= 0xdc00) {
      errEnd = i + 2;
      reason = 'illegal encoding';
    } else if (n - i < 4) {
      errEnd = n;
      reason = 'unexpected end of data';
    } else {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out += String.fromCharCode(u, v);
        i += 4;
        continue;
      }
      errEnd = i + 2;
      reason = 'illegal UTF-16 surrogate';
    }
    const [rep, next] = decodeHandler(name, errors, b, i, errEnd, reason);
    out += rep;
    i = next;
  }
  return out;
}

function decodeUtf32(b: Uint8Array, errors: string, codec: Codec): string {
  let be = codec === 'utf-32-be';
  let name: string = codec;
  let i = 0;
  if (codec === 'utf-32') {
    name = 'utf-32-le';
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      i = 4;
      be = true;
      name = 'utf-32-be';
    }
  }
  const n = b.length;
  let out = '';
  while (i < n) {
    let errEnd = -1;
    let reason = '';
    if (n - i < 4) {
      errEnd = n;
      reason = 'truncated data';
    } else {
      const cp = be
        ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0
        : ((b[i + 3] << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i]) >>> 0;
      if (cp > 0x10ffff) {
        errEnd = i + 4;
        reason = 'code point not in range(0x110000)';
      } else if (isSurrogate(cp)) {
        errEnd = i + 4;
        reason = 'code point in surrogate code point range(0xd800, 0xe000)';
      } else {
        out += String.fromCodePoint(cp);
        i += 4;
        continue;
      }
    }
    const [rep, next] = decodeHandler(name, errors, b, i, errEnd, reason);
    out += rep;
    i = next;
  }
  return out;
}

/** Are all of b's bytes below 0x80? (a loop kernel: docs/native-loops.md) */
function allAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** bytes.decode(encoding, errors) */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  // PyUnicode_Decode: no bytes, no codec lookup (b''.decode('anything') is '').
  if (b.length === 0) return '';
  let codec: Codec;
  try {
    codec = lookupCodec(encoding, 'decode');
  } catch (e) {
    const r = isUnknownEncoding(e) ? registryDecode(b, encoding, errors) : undefined;
    if (r === undefined) throw e;
    return r;
  }
  switch (codec) {
    case 'utf-8':
      return allAscii(b) ? latin1String(b) : decodeUtf8(b, errors);
    case 'utf-7':
      return decodeUtf7(b, errors);
    case 'utf-8-sig':
      // An optional byte-order mark, then UTF-8.
      if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
      return decodeBytes(b, 'utf-8', errors);
    case 'ascii':
      return decodeAscii(b, errors);
    case 'latin-1':
      return latin1String(b);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be':
      return decodeUtf16(b, errors, codec);
    case 'unicode-escape':
      return decodeUnicodeEscape(b, errors);
    case 'raw-unicode-escape':
      return decodeRawUnicodeEscape(b, errors);
    default:
      return isCharmap(codec) ? decodeCharmap(b, errors, CHARMAPS[codec]) : decodeUtf32(b, errors, codec);
  }
}

/**
 * The unicode_escape encoding (raw: raw_unicode_escape): characters past U+00FF as \uXXXX or
 * \UXXXXXXXX; the plain codec also escapes the backslash, \t \n \r, other controls and
 * 0x7f-0xff as \xXX. It never fails (lone surrogates are escaped too).
 */
function encodeEscapes(s: string, raw: boolean): Uint8Array {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x10000) out += '\\U' + hex(cp, 8);
    else if (cp >= 0x100) out += '\\u' + hex(cp, 4);
    else if (raw) out += ch;
    else if (cp === 0x5c) out += '\\\\';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp >= 0x7f) out += '\\x' + hex(cp, 2);
    else out += ch;
  }
  const b = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) b[i] = out.charCodeAt(i);
  return b;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x0a: '', 0x5c: '\\', 0x27: "'", 0x22: '"', 0x62: '\b', 0x66: '\f', 0x74: '\t', 0x6e: '\n', 0x72: '\r', 0x76: '\v', 0x61: '\x07',
};

const isHexByte = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/**
 * Reads `count` hex digits at b[i]: the code point, or the position just past the digits that
 * were there (a negative number -1 - end) when fewer are present.
 */
function readHexDigits(b: Uint8Array, i: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    if (i + k >= b.length || !isHexByte(b[i + k])) return -1 - (i + k);
    v = v * 16 + parseInt(String.fromCharCode(b[i + k]), 16);
  }
  return v;
}

/** bytes.decode('unicode_escape'): the bytes are Latin-1 text with Python's string escapes. */
function decodeUnicodeEscape(b: Uint8Array, errors: string): string {
  const codec = 'unicodeescape';
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= b.length) {
      const [r, next] = decodeHandler(codec, errors, b, start, b.length, '\\ at end of string');
      out += r;
      i = next;
      continue;
    }
    const e = b[i + 1];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      let j = i + 2;
      while (j < i + 4 && j < b.length && b[j] >= 0x30 && b[j] <= 0x37) v = v * 8 + (b[j++] - 0x30);
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    const width = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
    if (width > 0) {
      const v = readHexDigits(b, i + 2, width);
      const kind = e === 0x78 ? '\\xXX' : e === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
      if (v < 0) {
        const [r, next] = decodeHandler(codec, errors, b, start, -1 - v, `truncated ${kind} escape`);
        out += r;
        i = next;
      } else if (v > 0x10ffff) {
        const [r, next] = decodeHandler(codec, errors, b, start, i + 2 + width, 'illegal Unicode character');
        out += r;
        i = next;
      } else {
        out += String.fromCodePoint(v);
        i += 2 + width;
      }
      continue;
    }
    if (e === 0x4e) {
      // \N{name}, looked up as a string literal's (aliases too); the error's end as CPython's.
      let k = i + 2;
      let message = 'malformed \\N character escape';
      let end = k;
      if (k >= b.length) end = b.length;
      else if (b[k] === 0x7b) {
        const first = ++k;
        while (k < b.length && b[k] !== 0x7d) k++;
        end = k;
        if (k < b.length && k > first) {
          const cp = lookupUnicodeName(latin1String(b.subarray(first, k)));
          if (cp >= 0) {
            out += String.fromCodePoint(cp);
            i = k + 1;
            continue;
          }
          message = 'unknown Unicode character name';
          end = k + 1;
        }
      }
      const [r, next] = decodeHandler(codec, errors, b, start, end, message);
      out += r;
      i = next;
      continue;
    }
    // An unknown escape is kept as it is.
    out += '\\';
    i++;
  }
  return out;
}

// ---- UTF-7 (RFC 2152, as CPython's PyUnicode_EncodeUTF7 / DecodeUTF7Stateful) ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const isBase64 = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
const fromBase64 = (c: number): number => B64.indexOf(String.fromCharCode(c));

/** Encoded as themselves: ASCII but NUL, '+', '\\', '~' and the controls other than \t \n \r. */
function utf7Direct(c: number): boolean {
  if (c <= 0 || c >= 128) return false;
  if (c === 9 || c === 10 || c === 13) return true;
  return c >= 32 && c !== 43 && c !== 92 && c !== 126 && c !== 127;
}

function encodeUtf7(s: string): Uint8Array {
  let out = '';
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  const put16 = (u: number): void => {
    bits += 16;
    buffer = buffer * 65536 + u;
    while (bits >= 6) {
      out += B64[Math.floor(buffer / 2 ** (bits - 6)) & 0x3f];
      bits -= 6;
    }
    // (Only the bits not yet written are kept: the buffer stays below 2**6.)
    buffer %= 2 ** bits;
  };
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (inShift && utf7Direct(c)) {
      if (bits) {
        out += B64[(buffer * 2 ** (6 - bits)) & 0x3f];
        buffer = 0;
        bits = 0;
      }
      inShift = false;
      // A base64 character (or '-') after a shift needs the explicit '-'.
      if (isBase64(c) || c === 45) out += '-';
      out += ch;
      continue;
    }
    if (!inShift) {
      if (c === 43) {
        out += '+-';
        continue;
      }
      if (utf7Direct(c)) {
        out += ch;
        continue;
      }
      out += '+';
      inShift = true;
    }
    if (c >= 0x10000) {
      put16(0xd800 + ((c - 0x10000) >> 10));
      put16(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else put16(c);
  }
  if (bits) out += B64[(buffer * 2 ** (6 - bits)) & 0x3f];
  if (inShift) out += '-';
  const r = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) r[i] = out.charCodeAt(i);
  return r;
}

function decodeUtf7(b: Uint8Array, errors: string): string {
  const codec = 'utf7';
  let out = '';
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  let start = 0;
  let i = 0;
  const fail = (reason: string): void => {
    const [r, next] = decodeHandler(codec, errors, b, start, i, reason);
    out += r;
    i = next;
  };
  while (i < b.length) {
    const c = b[i];
    if (inShift) {
      if (isBase64(c)) {
        buffer = buffer * 64 + fromBase64(c);
        bits += 6;
        i++;
        if (bits >= 16) {
          const u = Math.floor(buffer / 2 ** (bits - 16)) & 0xffff;
          bits -= 16;
          buffer %= 2 ** bits;
          if (surrogate) {
            if (u >= 0xdc00 && u <= 0xdfff) {
              out += String.fromCharCode(surrogate, u);
              surrogate = 0;
              continue;
            }
            out += String.fromCharCode(surrogate);
            surrogate = 0;
          }
          if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
          else out += String.fromCharCode(u);
        }
        continue;
      }
      inShift = false;
      if (bits > 0) {
        if (bits >= 6) {
          i++;
          fail('partial character in shift sequence');
          continue;
        }
        if (buffer !== 0) {
          i++;
          fail('non-zero padding bits in shift sequence');
          continue;
        }
      }
      if (surrogate && c <= 127 && c !== 43) out += String.fromCharCode(surrogate);
      surrogate = 0;
      // '-' is absorbed; another character ending the shift is kept.
      if (c === 45) i++;
      continue;
    }
    if (c === 43) {
      start = i;
      i++;
      if (i < b.length && b[i] === 45) {
        i++;
        out += '+';
      } else if (i < b.length && !isBase64(b[i])) {
        i++;
        fail('ill-formed sequence');
      } else {
        inShift = true;
        surrogate = 0;
        bits = 0;
        buffer = 0;
      }
      continue;
    }
    if (c <= 127) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    start = i;
    i++;
    fail('unexpected special character');
  }
  if (inShift && (surrogate || bits >= 6 || (bits > 0 && buffer !== 0))) {
    i = b.length;
    fail('unterminated shift sequence');
    // (A handler that goes back would restart decoding there; the built-in ones never do.)
  }
  return out;
}

/** bytes.decode('raw_unicode_escape'): Latin-1 text where only \uXXXX and \UXXXXXXXX escape. */
function decodeRawUnicodeEscape(b: Uint8Array, errors: string): string {
  const codec = 'rawunicodeescape';
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    // A run of backslashes: only one left odd escapes a following u or U.
    let j = i;
    while (j < b.length && b[j] === 0x5c) j++;
    const run = j - i;
    const e = j < b.length ? b[j] : -1;
    if (run % 2 === 0 || (e !== 0x75 && e !== 0x55)) {
      out += '\\'.repeat(run);
      i = j;
      continue;
    }
    out += '\\'.repeat(run - 1);
    const start = j - 1;
    const width = e === 0x75 ? 4 : 8;
    const v = readHexDigits(b, j + 1, width);
    if (v < 0) {
      const [r, next] = decodeHandler(codec, errors, b, start, -1 - v, `truncated ${e === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX'} escape`);
      out += r;
      i = next;
    } else if (v > 0x10ffff) {
      const [r, next] = decodeHandler(codec, errors, b, start, j + 1 + width, '\\Uxxxxxxxx out of range');
      out += r;
      i = next;
    } else {
      out += String.fromCodePoint(v);
      i = j + 1 + width;
    }
  }
  return out;
}
