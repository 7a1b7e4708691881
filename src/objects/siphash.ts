// CPython 3.11's str/bytes hash: SipHash-1-3 (Python/pyhash.c) with the all-zero key that
// PYTHONHASHSEED=0 selects, over the bytes of the string's internal representation (1, 2 or 4
// bytes per code point, little-endian, by the widest code point). So `hash('a')`, and the
// iteration order of sets of strings, are CPython's under PYTHONHASHSEED=0.
// 64-bit lanes are kept as (hi, lo) 32-bit pairs in locals; the result is a Python int (a number
// when safe, else a bigint).

import { type Hash, int64FromHalves } from './hash.js';

// Message bytes, reused between calls (grown on demand).
let buf = new Uint8Array(256);

/** siphash13(k0 = 0, k1 = 0, b[0..n)) as a signed 64-bit Python int; 0 for n = 0, -1 -> -2. */
export function sipHashBytes(b: Uint8Array, n: number): Hash {
  if (n === 0) return 0;
  // 64-bit lanes as (hi, lo) int32 pairs (compared as uint32 where carries matter).
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let h = 0, l = 0;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
    const mh = (b[i + 4] | (b[i + 5] << 8) | (b[i + 6] << 16) | (b[i + 7] << 24)) >>> 0;
    v3h ^= mh;
    v3l = (v3l ^ ml) >>> 0;
    l = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (l < v0l ? 1 : 0)) | 0; v0l = l;
    l = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (l < v2l ? 1 : 0)) | 0; v2l = l;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19); v1h = h ^ v0h; v1l = (l ^ v0l) >>> 0;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16); v3h = h ^ v2h; v3l = (l ^ v2l) >>> 0;
    h = v0h; v0h = v0l; v0l = h >>> 0;
    l = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (l < v2l ? 1 : 0)) | 0; v2l = l;
    l = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (l < v0l ? 1 : 0)) | 0; v0l = l;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15); v1h = h ^ v2h; v1l = (l ^ v2l) >>> 0;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11); v3h = h ^ v0h; v3l = (l ^ v0l) >>> 0;
    h = v2h; v2h = v2l; v2l = h >>> 0;
    v0h ^= mh;
    v0l = (v0l ^ ml) >>> 0;
  }
  // Last block: the remaining bytes, the length in the top byte.
  let tl = 0;
  let th = (n & 0xff) << 24;
  const rest = n - i;
  for (let j = 0; j < rest; j++) {
    if (j < 4) tl |= b[i + j] << (8 * j);
    else th |= b[i + j] << (8 * (j - 4));
  }
  tl >>>= 0;
  v3h ^= th;
  v3l = (v3l ^ tl) >>> 0;
  for (let r = 0; r < 4; r++) {
    if (r === 1) {
      v0h ^= th;
      v0l = (v0l ^ tl) >>> 0;
      v2l = (v2l ^ 0xff) >>> 0;
    }
    l = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (l < v0l ? 1 : 0)) | 0; v0l = l;
    l = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (l < v2l ? 1 : 0)) | 0; v2l = l;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19); v1h = h ^ v0h; v1l = (l ^ v0l) >>> 0;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16); v3h = h ^ v2h; v3l = (l ^ v2l) >>> 0;
    h = v0h; v0h = v0l; v0l = h >>> 0;
    l = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (l < v2l ? 1 : 0)) | 0; v2l = l;
    l = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (l < v0l ? 1 : 0)) | 0; v0l = l;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15); v1h = h ^ v2h; v1l = (l ^ v2l) >>> 0;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11); v3h = h ^ v0h; v3l = (l ^ v0l) >>> 0;
    h = v2h; v2h = v2l; v2l = h >>> 0;
  }
  const hi = v0h ^ v1h ^ v2h ^ v3h;
  const lo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  if (hi >= -0x200000 && hi < 0x200000) {
    const r = hi * 4294967296 + lo;
    return r === -1 ? -2 : r;
  }
  return int64FromHalves(hi, lo);
}

/** hash(str) as CPython computes it (see the header). */
export function sipHashStr(s: string): Hash {
  const n = s.length;
  if (n === 0) return 0;
  if (buf.length < n) buf = new Uint8Array(Math.max(n, buf.length * 2));
  // Most strs are one byte per code point: copy them in the pass that checks it.
  const b = buf;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return sipHashWide(s);
    b[i] = c;
  }
  return sipHashBytes(b, n);
}

/** sipHashStr of a str with a code point above U+00FF: 2 or 4 bytes per code point. */
function sipHashWide(s: string): Hash {
  const n = s.length;
  let max = 0;
  let astral = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        astral++;
        i++;
      }
    }
  }
  const width = astral > 0 ? 4 : max < 0x100 ? 1 : 2;
  const len = (n - astral) * width;
  if (buf.length < len) buf = new Uint8Array(Math.max(len, buf.length * 2));
  const b = buf;
  if (width === 1) {
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  } else if (width === 2) {
    for (let i = 0, o = 0; i < n; i++, o += 2) {
      const c = s.charCodeAt(i);
      b[o] = c & 0xff;
      b[o + 1] = c >>> 8;
    }
  } else {
    let o = 0;
    for (let i = 0; i < n; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      b[o] = cp & 0xff;
      b[o + 1] = (cp >>> 8) & 0xff;
      b[o + 2] = cp >>> 16;
      b[o + 3] = 0;
      o += 4;
    }
  }
  return sipHashBytes(b, len);
}
