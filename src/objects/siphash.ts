// CPython 3.11's str/bytes hash: SipHash-1-3 (Python/pyhash.c) with the all-zero key that
// PYTHONHASHSEED=0 selects, over the bytes of the string's internal representation (1, 2 or 4
// bytes per code point, little-endian, by the widest code point). So `hash('a')`, and the
// iteration order of sets of strings, are CPython's under PYTHONHASHSEED=0.
//
// The message is first packed into int32 words (two per 8-byte block, the low word first, each
// little-endian), the final block holding the 0-7 trailing bytes and the length byte; the
// compression then reads one word pair per block. Packing computes each word's value from the
// units or bytes (no typed-array view of bytes), so it does not depend on the host's byte order.
// 64-bit lanes are (hi, lo) int32 pairs in locals: int32 adds with the carry taken from an
// unsigned compare, so the optimiser keeps every lane in a register (no uint32 doubles).
// The result is left in `sipHi`/`sipLo` (int32 halves, -1 already replaced by -2) for callers that
// mix halves (the tuple hash); `sipHashStr`/`sipHashBytes` return it as a Python int (a number
// when safe, else a bigint).

import { type Hash, int64FromHalves } from './hash.js';

// Message words, reused between calls (grown on demand).
let words = new Int32Array(64);

/** The halves of the last hash computed (int32), -1 already replaced by -2. */
export let sipHi = 0;
export let sipLo = 0;

/** The words for a message of n bytes: 2 per 8-byte block, the final (partial) block included. */
function wordsFor(n: number): Int32Array {
  const need = ((n >>> 3) + 1) * 2;
  if (words.length < need) words = new Int32Array(Math.max(need, words.length * 2));
  return words;
}

/**
 * siphash13 of a message of n > 0 bytes packed in w (see the header; the final block's words
 * already hold the trailing bytes and the length byte) into sipHi/sipLo.
 */
function sipWords(w: Int32Array, n: number): void {
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let h = 0, l = 0;
  const end = ((n >>> 3) + 1) * 2;
  for (let k = 0; k < end; k += 2) {
    const ml = w[k];
    const mh = w[k + 1];
    v3h ^= mh;
    v3l ^= ml;
    // One SipRound (c = 1).
    l = (v0l + v1l) | 0; v0h = (v0h + v1h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = l;
    l = (v2l + v3l) | 0; v2h = (v2h + v3h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = l;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19); v1h = h ^ v0h; v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16); v3h = h ^ v2h; v3l = l ^ v2l;
    h = v0h; v0h = v0l; v0l = h;
    l = (v2l + v1l) | 0; v2h = (v2h + v1h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = l;
    l = (v0l + v3l) | 0; v0h = (v0h + v3h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = l;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15); v1h = h ^ v2h; v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11); v3h = h ^ v0h; v3l = l ^ v0l;
    h = v2h; v2h = v2l; v2l = h;
    v0h ^= mh;
    v0l ^= ml;
  }
  // Finalisation: v2 ^= 0xff, then d = 3 rounds.
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    l = (v0l + v1l) | 0; v0h = (v0h + v1h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = l;
    l = (v2l + v3l) | 0; v2h = (v2h + v3h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = l;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19); v1h = h ^ v0h; v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16); v3h = h ^ v2h; v3l = l ^ v2l;
    h = v0h; v0h = v0l; v0l = h;
    l = (v2l + v1l) | 0; v2h = (v2h + v1h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = l;
    l = (v0l + v3l) | 0; v0h = (v0h + v3h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = l;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15); v1h = h ^ v2h; v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11); v3h = h ^ v0h; v3l = l ^ v0l;
    h = v2h; v2h = v2l; v2l = h;
  }
  h = v0h ^ v1h ^ v2h ^ v3h;
  l = v0l ^ v1l ^ v2l ^ v3l;
  if (h === -1 && l === -1) l = -2; // the hash -1 is reserved (an error in C): -2
  sipHi = h;
  sipLo = l;
}

/** The Python int of the halves sipHi/sipLo. */
function lastHash(): Hash {
  const hi = sipHi;
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + (sipLo >>> 0);
  return int64FromHalves(hi, sipLo);
}

/** siphash13(k0 = 0, k1 = 0, b[0..n)) as a signed 64-bit Python int; 0 for n = 0, -1 -> -2. */
export function sipHashBytes(b: Uint8Array, n: number): Hash {
  if (n === 0) {
    sipHi = sipLo = 0;
    return 0;
  }
  const w = wordsFor(n);
  const full = n & ~3;
  let k = 0;
  for (let i = 0; i < full; i += 4) w[k++] = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  let t = 0;
  for (let i = full; i < n; i++) t |= b[i] << (8 * (i - full));
  finishWords(w, k, n, t);
  sipWords(w, n);
  return lastHash();
}

/**
 * Completes the packing of n bytes whose whole words are in words [0, k): `t`, the word of
 * the trailing n % 4 bytes (if any), zero words to the end of the final block, the length byte.
 */
function finishWords(w: Int32Array, k: number, n: number, t: number): void {
  const end = ((n >>> 3) + 1) * 2;
  if ((n & 3) !== 0) w[k++] = t;
  while (k < end) w[k++] = 0;
  w[end - 1] |= (n & 0xff) << 24;
}

/** hash(str) as CPython computes it (see the header). */
export function sipHashStr(s: string): Hash {
  sipStrHalves(s);
  return lastHash();
}

/** hash(str) into sipHi/sipLo only (no bigint). */
export function sipStrHalves(s: string): void {
  const n = s.length;
  if (n === 0) {
    sipHi = sipLo = 0;
    return;
  }
  // Most strs are one byte per code point: pack them in the pass that checks it.
  const w = wordsFor(n);
  const full = n & ~3;
  let k = 0;
  for (let i = 0; i < full; i += 4) {
    const c0 = s.charCodeAt(i);
    const c1 = s.charCodeAt(i + 1);
    const c2 = s.charCodeAt(i + 2);
    const c3 = s.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 0xff) return sipWide(s);
    w[k++] = c0 | (c1 << 8) | (c2 << 16) | (c3 << 24);
  }
  let t = 0;
  for (let i = full; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return sipWide(s);
    t |= c << (8 * (i - full));
  }
  finishWords(w, k, n, t);
  sipWords(w, n);
}

/** sipStrHalves of a str with a code point above U+00FF: 2 or 4 bytes per code point. */
function sipWide(s: string): void {
  const n = s.length;
  let astral = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        astral++;
        i++;
      }
    }
  }
  // Some unit is above U+00FF, so the width is 2, or 4 with an astral code point.
  const cps = n - astral;
  const len = astral > 0 ? cps * 4 : cps * 2;
  const w = wordsFor(len);
  let k = 0;
  if (astral === 0) {
    // Two units per word; an odd last unit is the low half of the final block's last word.
    let i = 0;
    for (; i + 2 <= n; i += 2) w[k++] = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    finishWords(w, k, len, i < n ? s.charCodeAt(i) : 0);
  } else {
    // One code point per word: the final block holds 0 or 1 of them.
    for (let i = 0; i < n; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w[k++] = cp;
    }
    finishWords(w, k, len, 0);
  }
  sipWords(w, len);
}
