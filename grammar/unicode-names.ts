// Unicode character names for "\N{NAME}" escapes, exactly as CPython 3.11 resolves them
// (unicodedata's _getcode without named sequences): the names of Unicode 14.0 and their
// formal aliases, matched ASCII-case-insensitively, plus the two algorithmic families
// "HANGUL SYLLABLE <jamo>" and "CJK UNIFIED IDEOGRAPH-<4 or 5 uppercase hex digits>", whose
// prefixes CPython matches case-sensitively.
//
// The table (grammar/unicode-names.txt, made by tools/gen-unicode-names.py, format described
// there) is read the first time a name is looked up, so start-up never pays for it.

import { readFileSync } from 'node:fs';
import { packagePath } from '../src/paths.js';

let table: Map<string, number> | null = null;
/** Code point -> name, for the names proper (not the aliases): made with `table`. */
let names: Map<number, string> | null = null;
let cjkRanges: number[] = [];

function dataText(): string {
  // Compiled code runs from dist/ (or the start-up bundle); the data file stays in the source tree.
  return readFileSync(packagePath('grammar', 'unicode-names.txt'), 'utf8');
}

function load(): Map<string, number> {
  const text = dataText();
  const map = new Map<string, number>();
  const byCp = new Map<number, string>();
  let pos = 0;
  let inNames = false;
  let prev = '';
  let cp = -1;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.length === 0) continue;
    if (inNames) {
      const k = line.charCodeAt(0) - 40;
      const semi = line.indexOf(';', 1);
      let name: string;
      if (semi < 0) {
        name = prev.slice(0, k) + line.slice(1);
        cp += 1;
      } else {
        name = prev.slice(0, k) + line.slice(1, semi);
        cp += parseInt(line.slice(semi + 1), 16);
      }
      map.set(name, cp);
      byCp.set(cp, name);
      prev = name;
    } else if (line.startsWith('@alias ')) {
      const sp = line.indexOf(' ', 7);
      map.set(line.slice(sp + 1), parseInt(line.slice(7, sp), 16));
    } else if (line.startsWith('@cjk ')) {
      cjkRanges = [];
      for (const r of line.slice(5).split(' ')) {
        const [lo, hi] = r.split('-');
        cjkRanges.push(parseInt(lo, 16), parseInt(hi, 16));
      }
    } else if (line === '@names') {
      inNames = true;
    }
  }
  names = byCp;
  return map;
}

// Jamo short names (Unicode chapter 3.12), in the order of the L, V and T indexes.
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** Longest jamo of `list` at `pos` of `s` (as CPython's find_syllable): [index, length]; index -1 if none. */
function findJamo(s: string, pos: number, list: string[]): [number, number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < list.length; i++) {
    const j = list[i];
    if (j.length <= len) continue;
    if (s.startsWith(j, pos)) {
      len = j.length;
      best = i;
    }
  }
  return [best, len < 0 ? 0 : len];
}

function hangul(s: string): number {
  let pos = 16;
  const [l, ll] = findJamo(s, pos, JAMO_L);
  pos += ll;
  const [v, vl] = findJamo(s, pos, JAMO_V);
  pos += vl;
  const [t, tl] = findJamo(s, pos, JAMO_T);
  pos += tl;
  if (l >= 0 && v >= 0 && t >= 0 && pos === s.length) return 0xac00 + (l * 21 + v) * 28 + t;
  return -1;
}

/**
 * The code point named `name` as "\N{name}" in a CPython 3.11 string literal, or -1 if CPython
 * rejects the name.
 */
export function lookupUnicodeName(name: string): number {
  if (table === null) table = load();
  if (name.startsWith('HANGUL SYLLABLE ')) return hangul(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const v = parseInt(hex, 16);
    for (let i = 0; i < cjkRanges.length; i += 2) if (v >= cjkRanges[i] && v <= cjkRanges[i + 1]) return v;
    return -1;
  }
  // Py_TOUPPER: ASCII letters only.
  let upper = name;
  if (/[a-z]/.test(name)) upper = name.replace(/[a-z]+/g, (m) => m.toUpperCase());
  const cp = table.get(upper);
  return cp === undefined ? -1 : cp;
}

/**
 * The name unicodedata.name() gives code point `cp`, or null if it has none (the algorithmic
 * HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names included).
 */
export function unicodeNameOf(cp: number): string | null {
  if (table === null) table = load();
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    const t = s % 28;
    const v = Math.floor(s / 28) % 21;
    const l = Math.floor(s / (28 * 21));
    return `HANGUL SYLLABLE ${JAMO_L[l]}${JAMO_V[v]}${JAMO_T[t]}`;
  }
  for (let i = 0; i < cjkRanges.length; i += 2) {
    if (cp >= cjkRanges[i] && cp <= cjkRanges[i + 1]) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  }
  return names!.get(cp) ?? null;
}
