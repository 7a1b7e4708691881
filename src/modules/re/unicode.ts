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

/** Lowercase as sre has it (_PyUnicode_ToLowercase): the first code point of the full mapping. */
export function lower(cp: number): number {
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  let v = lowerCache.get(cp);
  if (v === undefined) {
    v = lowerChar(String.fromCodePoint(cp), cp).codePointAt(0)!;
    lowerCache.set(cp, v);
  }
  return v;
}

/** Uppercase as sre has it (_PyUnicode_ToUppercase): the first code point of the full mapping. */
export function upper(cp: number): number {
  if (cp < 128) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  let v = upperCache.get(cp);
  if (v === undefined) {
    v = upperChar(String.fromCodePoint(cp), cp).codePointAt(0)!;
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

// Lowercase letters that differ but are the same letter ignoring case (sre's _EXTRA_CASES,
// from CPython's Unicode database): each group matches its members under IGNORECASE.
const EXTRA_GROUPS: readonly number[][] = [
  [0x69, 0x131], [0x73, 0x17f], [0xb5, 0x3bc], [0x345, 0x3b9, 0x1fbe], [0x390, 0x1fd3], [0x3b0, 0x1fe3],
  [0x3b2, 0x3d0], [0x3b5, 0x3f5], [0x3b8, 0x3d1], [0x3ba, 0x3f0], [0x3c0, 0x3d6], [0x3c1, 0x3f1],
  [0x3c2, 0x3c3], [0x3c6, 0x3d5], [0x432, 0x1c80], [0x434, 0x1c81], [0x43e, 0x1c82], [0x441, 0x1c83],
  [0x442, 0x1c84, 0x1c85], [0x44a, 0x1c86], [0x463, 0x1c87], [0x1c88, 0xa64b], [0x1e61, 0x1e9b], [0xfb05, 0xfb06],
];
const EXTRA = new Map<number, number[]>();
for (const g of EXTRA_GROUPS) for (const c of g) EXTRA.set(c, g.filter((x) => x !== c));

/** The other lowercase letters equal to lowercase letter `lc` ignoring case (often none). */
export function extraCases(lc: number): number[] | undefined {
  return EXTRA.get(lc);
}

// Characters whose lowercase is not reached back by uppercasing it (titlecase digraphs, Kelvin
// sign, ...): lowercase -> those characters.
const LOWER_OF: readonly number[] = [
  0x130, 0x69, 0x1c5, 0x1c6, 0x1c8, 0x1c9, 0x1cb, 0x1cc, 0x1f2, 0x1f3, 0x3f4, 0x3b8, 0x1e9e, 0xdf, 0x1f88, 0x1f80,
  0x1f89, 0x1f81, 0x1f8a, 0x1f82, 0x1f8b, 0x1f83, 0x1f8c, 0x1f84, 0x1f8d, 0x1f85, 0x1f8e, 0x1f86, 0x1f8f, 0x1f87,
  0x1f98, 0x1f90, 0x1f99, 0x1f91, 0x1f9a, 0x1f92, 0x1f9b, 0x1f93, 0x1f9c, 0x1f94, 0x1f9d, 0x1f95, 0x1f9e, 0x1f96,
  0x1f9f, 0x1f97, 0x1fa8, 0x1fa0, 0x1fa9, 0x1fa1, 0x1faa, 0x1fa2, 0x1fab, 0x1fa3, 0x1fac, 0x1fa4, 0x1fad, 0x1fa5,
  0x1fae, 0x1fa6, 0x1faf, 0x1fa7, 0x1fbc, 0x1fb3, 0x1fcc, 0x1fc3, 0x1ffc, 0x1ff3, 0x2126, 0x3c9, 0x212a, 0x6b,
  0x212b, 0xe5,
];
const PREIMAGE_EXTRA = new Map<number, number[]>();
for (let i = 0; i < LOWER_OF.length; i += 2) {
  const list = PREIMAGE_EXTRA.get(LOWER_OF[i + 1]) ?? [];
  list.push(LOWER_OF[i]);
  PREIMAGE_EXTRA.set(LOWER_OF[i + 1], list);
}

/** Code points whose lowercase is `t` (t itself when it is lowercase). */
export function lowerPreimages(t: number, ascii: boolean): number[] {
  if (ascii) {
    const u = asciiUpper(t);
    return asciiLower(t) === t ? (u !== t ? [t, u] : [t]) : [];
  }
  const out: number[] = [];
  if (lower(t) === t) out.push(t);
  const u = upper(t);
  if (u !== t && lower(u) === t) out.push(u);
  const more = PREIMAGE_EXTRA.get(t);
  if (more !== undefined) out.push(...more);
  return out;
}
