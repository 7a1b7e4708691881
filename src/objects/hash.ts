// CPython's numeric hash (Python/pyhash.c, Objects/longobject.c, floatobject.c): ints and floats
// that compare equal hash equal, reduced modulo the Mersenne prime 2**61 - 1; -1 becomes -2.
// A hash is a Python int: a JS number when safe, else a bigint (normInt), exactly CPython's value.

import { normInt } from './object.js';

export type Hash = number | bigint;

const MODULUS = (1n << 61n) - 1n;
const INF_HASH = 314159;

export function hashBigInt(v: bigint): Hash {
  const neg = v < 0n;
  let r = (neg ? -v : v) % MODULUS;
  if (neg) r = -r;
  return r === -1n ? -2 : normInt(r);
}

export function hashInt(v: number): Hash {
  // |v| < 2**53 < 2**61 - 1: the hash is v itself (except -1).
  return v === -1 ? -2 : v;
}

export function hashFloat(x: number): Hash {
  if (x !== x) return 0; // CPython 3.11 hashes nan by identity; dicts send nan to the slow path
  if (x === Infinity) return INF_HASH;
  if (x === -Infinity) return -INF_HASH;
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? hashInt(x) : hashBigInt(BigInt(x));
  // x = m * 2**e with m an integer; 2**e mod P is a rotation of the 61-bit value.
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  const mb = BigInt(m);
  const neg = mb < 0n;
  let r = (neg ? -mb : mb) % MODULUS;
  const shift = BigInt(((e % 61) + 61) % 61);
  r = ((r << shift) & MODULUS) | (r >> (61n - shift));
  if (neg) r = -r;
  return r === -1n ? -2 : normInt(r);
}

// A 64-bit scratch word seen as two uint32 halves and as one int64: converting between a bigint
// hash and its halves allocates at most the one bigint (no shifts or masks of bigints).
const words = new Uint32Array(2);
const int64 = new BigInt64Array(words.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The signed 64-bit value whose halves are hi and lo (uint32 or int32), as a bigint. */
export function int64FromHalves(hi: number, lo: number): bigint {
  words[HI] = hi;
  words[LO] = lo;
  return int64[0];
}

/** The high uint32 half of a hash (a Python int in the signed 64-bit range). */
export function hashHigh(h: Hash): number {
  if (typeof h === 'number') return Math.floor(h / 4294967296) >>> 0;
  int64[0] = h;
  return words[HI];
}

/** The low uint32 half of a hash. */
export function hashLow(h: Hash): number {
  if (typeof h === 'number') return h >>> 0;
  int64[0] = h;
  return words[LO];
}

/** The largest folded hash: folded hashes are small integers (V8 Smis, even with pointer compression). */
const FOLD_MAX = 0x3fffffff;

/**
 * A hash folded to a small non-negative integer that depends only on the hash's value: the
 * hash itself when it is one already (the common small-int case), else its two 32-bit halves
 * mixed down to 30 bits. Tables that only need equal hashes to give equal keys (the dict's
 * hashed index) use it as a Map key. (It was the hash's low 53 bits until session 15: a key
 * above the Smi range is a heap number, and V8's Map hashes those in a runtime call; lookups
 * of tuple keys took ~2.5 us each.)
 */
export function foldHash(h: Hash): number {
  if (typeof h === 'number' && h >= 0 && h <= FOLD_MAX) return h;
  return foldHalves(hashHigh(h), hashLow(h));
}

/** foldHash of the 64-bit value with these (uint32 or int32) halves. */
export function foldHalves(hi: number, lo: number): number {
  if ((hi | 0) === 0 && lo >>> 0 <= FOLD_MAX) return lo >>> 0;
  return (Math.imul(hi, 0x9e3779b1) ^ lo) & FOLD_MAX;
}
