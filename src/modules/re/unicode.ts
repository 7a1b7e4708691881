// Per-code-point character predicates and simple case mappings for the regex engine, as
// CPython's sre answers them for str patterns (Modules/_sre/sre.c): \d is Py_UNICODE_ISDECIMAL,
// \w is Py_UNICODE_ISALNUM or '_', \s is Py_UNICODE_ISSPACE, IGNORECASE uses the simple
// (one code point) lower/upper mappings. ASCII code points are answered from tables; the
// others go through the str predicates (CPython's Unicode 14 database) and are cached.

import { isAlnumStr, isDecimalStr, isSpaceCode, lowerChar, upperChar } from '../../objects/str-unicode.js';

const ASCII_WORD = new Uint8Array(128);
const ASCII_DIGIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const isDigit = c >= 0x30 && c <= 0x39;
  const isAlpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  ASCII_DIGIT[c] = isDigit ? 1 : 0;
  ASCII_WORD[c] = isDigit || isAlpha || c === 0x5f ? 1 : 0;
}

// Cache of non-ASCII answers: bit 0 = known, bit 1 = word, bit 2 = digit.
const cache = new Map<number, number>();

function props(cp: number): number {
  let v = cache.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    v = 1 | (isAlnumStr(ch) ? 2 : 0) | (isDecimalStr(ch) ? 4 : 0);
    cache.set(cp, v);
  }
  return v;
}

export function isWord(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  return (props(cp) & 2) !== 0;
}
export function isDigit(cp: number): boolean {
  if (cp < 128) return ASCII_DIGIT[cp] === 1;
  return (props(cp) & 4) !== 0;
}
export function isSpace(cp: number): boolean {
  return isSpaceCode(cp);
}
export function isAsciiWord(cp: number): boolean {
  return cp < 128 && ASCII_WORD[cp] === 1;
}
export function isAsciiDigit(cp: number): boolean {
  return cp < 128 && ASCII_DIGIT[cp] === 1;
}
export function isAsciiSpace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
}

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** Simple lowercase mapping (one code point). */
export function lower(cp: number): number {
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  let v = lowerCache.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    const l = lowerChar(ch, cp);
    const first = l.codePointAt(0)!;
    // Only U+0130 has a longer full lowercase ('i' + U+0307); its simple mapping is 'i'.
    v = l.length === (first > 0xffff ? 2 : 1) || cp === 0x130 ? first : cp;
    lowerCache.set(cp, v);
  }
  return v;
}

/** Simple uppercase mapping (one code point; a character whose full mapping is longer keeps itself). */
export function upper(cp: number): number {
  if (cp < 128) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  let v = upperCache.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    const u = upperChar(ch, cp);
    const first = u.codePointAt(0)!;
    v = u.length === (first > 0xffff ? 2 : 1) ? first : cp;
    upperCache.set(cp, v);
  }
  return v;
}

export function asciiLower(cp: number): number {
  return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
}
export function asciiUpper(cp: number): number {
  return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
}
