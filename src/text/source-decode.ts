// Source bytes to text as CPython's tokenizer decodes them (PEP 263): a UTF-8 BOM is dropped,
// and a coding cookie (`# -*- coding: latin-1 -*-`) on line 1, or on line 2 after a blank or
// comment-only line 1, names the codec; otherwise the bytes are UTF-8.

import { decodeBytes } from '../objects/str-codecs.js';
import { E, newError, PyBaseException } from '../objects/exception.js';

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?$/;
const utf8 = new TextDecoder('utf-8');

/** The first `n` lines of `b` (at most), read as latin-1. */
function firstLines(b: Uint8Array, n: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < n && i < b.length) {
    let j = i;
    while (j < b.length && b[j] !== 10 && b[j] !== 13) j++;
    let s = '';
    for (let k = i; k < j; k++) s += String.fromCharCode(b[k]);
    out.push(s);
    i = b[j] === 13 && b[j + 1] === 10 ? j + 2 : j + 1;
  }
  return out;
}

/** The encoding a coding cookie declares, else null. */
export function sourceEncoding(b: Uint8Array): string | null {
  const lines = firstLines(b, 2);
  for (let k = 0; k < lines.length; k++) {
    const m = COOKIE.exec(lines[k]);
    if (m !== null) return m[1];
    if (!BLANK_OR_COMMENT.test(lines[k])) break;
  }
  return null;
}

function isUtf8(name: string): boolean {
  const n = name.toLowerCase().replace(/_/g, '-');
  return n === 'utf-8' || n === 'utf8' || n.startsWith('utf-8-');
}

/** Source text from bytes: BOM, coding cookie, else UTF-8. An unknown codec is a SyntaxError. */
export function decodeSource(b: Uint8Array): string {
  const body = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  const enc = sourceEncoding(body);
  if (enc === null || isUtf8(enc)) return utf8.decode(body);
  try {
    return decodeBytes(body, enc, 'strict');
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === E.LookupError) throw newError(E.SyntaxError, `unknown encoding: ${enc}`);
    throw e;
  }
}

/** The tokenizer's name for a cookie's codec (CPython's get_normal_name): UTF-8 and Latin-1 spellings. */
function normalName(enc: string): string {
  const s = enc.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (s === 'utf-8' || s.startsWith('utf-8-')) return 'utf-8';
  for (const p of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (s === p || s.startsWith(p + '-')) return 'iso-8859-1';
  return enc;
}

/**
 * A script's text as CPython's file tokenizer reads it, or the reason it refuses it: its
 * message is the text after 'SyntaxError: ' ('encoding problem: NAME'), for a coding cookie
 * naming an unknown codec or one that is not ASCII-compatible, bytes the codec cannot decode,
 * or a cookie other than UTF-8 after a UTF-8 BOM ('NAME with BOM').
 */
export function decodeScript(b: Uint8Array): { text: string } | { problem: string } {
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  const body = bom ? b.subarray(3) : b;
  const enc = sourceEncoding(body);
  if (enc === null || isUtf8(enc)) return { text: utf8.decode(body) };
  const name = normalName(enc);
  if (bom) return { problem: `encoding problem: ${name} with BOM` };
  try {
    if (decodeBytes(new Uint8Array([0x23, 0x0a]), enc, 'strict') !== '#\n') return { problem: `encoding problem: ${name}` };
    return { text: decodeBytes(body, enc, 'strict') };
  } catch (e) {
    if (e instanceof PyBaseException) return { problem: `encoding problem: ${name}` };
    throw e;
  }
}
