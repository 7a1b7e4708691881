// `_dyad_hash`: the digests behind lib/hashlib.py, native (they were Python loops over ints:
// an md5 of 120 bytes took ~3 ms). digest(name, data) hashes a whole message: md5 (RFC 1321),
// sha1, sha224, sha256, sha384, sha512 (FIPS 180-4). 32-bit words are JS int32s (`| 0`,
// `>>> 0`); SHA-512's 64-bit words are pairs of them. Round constants are derived as the
// standards define them (integer roots of the first primes with BigInt, MD5's from sines),
// at first use.

import type { PyObject } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { nativeFunction } from '../objects/native.js';
import { PyModule } from '../runtime/module.js';

function primes(count: number): number[] {
  const found: number[] = [];
  for (let n = 2; found.length < count; n++) if (found.every((p) => p * p > n || n % p !== 0)) found.push(n);
  return found;
}

/** floor(n ** (1/k)) for n >= 1 (Newton's method from above). */
function iroot(n: bigint, k: number): bigint {
  const K = BigInt(k);
  let x = 1n << BigInt(Math.floor(n.toString(2).length / k) + 1);
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) return x;
    x = y;
  }
}

interface Tables {
  md5K: Int32Array;
  k256: Int32Array;
  h256: Int32Array;
  h224: Int32Array;
  /** 64-bit words as hi, lo pairs. */
  k512: Int32Array;
  h512: Int32Array;
  h384: Int32Array;
}

let tables: Tables | null = null;

function words64(vs: bigint[]): Int32Array {
  const out = new Int32Array(2 * vs.length);
  for (let i = 0; i < vs.length; i++) {
    out[2 * i] = Number((vs[i] >> 32n) & 0xffffffffn) | 0;
    out[2 * i + 1] = Number(vs[i] & 0xffffffffn) | 0;
  }
  return out;
}

function getTables(): Tables {
  if (tables !== null) return tables;
  const ps = primes(80).map(BigInt);
  const M32 = 0xffffffffn;
  const M64 = 0xffffffffffffffffn;
  const md5K = new Int32Array(64);
  for (let i = 0; i < 64; i++) md5K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  tables = {
    md5K,
    k256: Int32Array.from(ps.slice(0, 64), (p) => Number(iroot(p << 96n, 3) & M32) | 0),
    h256: Int32Array.from(ps.slice(0, 8), (p) => Number(iroot(p << 64n, 2) & M32) | 0),
    h224: Int32Array.from(ps.slice(8, 16), (p) => Number(iroot(p << 128n, 2) & M32) | 0),
    k512: words64(ps.map((p) => iroot(p << 192n, 3) & M64)),
    h512: words64(ps.slice(0, 8).map((p) => iroot(p << 128n, 2) & M64)),
    h384: words64(ps.slice(8, 16).map((p) => iroot(p << 128n, 2) & M64)),
  };
  return tables;
}

/** The message padded to whole blocks: 0x80, zeros, the bit length in `lenBytes` bytes. */
function pad(data: Uint8Array, block: number, lenBytes: number, little: boolean): Uint8Array {
  const n = data.length;
  let total = n + 1 + lenBytes;
  total += (block - (total % block)) % block;
  const msg = new Uint8Array(total);
  msg.set(data);
  msg[n] = 0x80;
  // The bit length n * 8 in the last 8 bytes (low byte first or last).
  const lo = (n * 8) >>> 0;
  const hi = Math.floor(n / 536870912);
  for (let k = 0; k < 8; k++) {
    const b = k < 4 ? (lo >>> (8 * k)) & 0xff : (hi >>> (8 * (k - 4))) & 0xff;
    msg[little ? total - 8 + k : total - 1 - k] = b;
  }
  return msg;
}

function be32(m: Uint8Array, i: number): number {
  return (m[i] << 24) | (m[i + 1] << 16) | (m[i + 2] << 8) | m[i + 3];
}

function out32(h: Int32Array, n: number, little: boolean): Uint8Array {
  const out = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) {
    const v = h[i];
    for (let k = 0; k < 4; k++) out[little ? 4 * i + k : 4 * i + 3 - k] = (v >>> (8 * k)) & 0xff;
  }
  return out;
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

function md5(data: Uint8Array): Uint8Array {
  const K = getTables().md5K;
  const msg = pad(data, 64, 8, true);
  const h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  const m = new Int32Array(16);
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      m[i] = msg[j] | (msg[j + 1] << 8) | (msg[j + 2] << 16) | (msg[j + 3] << 24);
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      f = (f + a + K[i] + m[g]) | 0;
      a = d;
      d = c;
      c = b;
      const s = MD5_S[((i >> 4) << 2) | (i & 3)];
      b = (b + ((f << s) | (f >>> (32 - s)))) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
  }
  return out32(h, 4, true);
}

function sha1(data: Uint8Array): Uint8Array {
  const msg = pad(data, 64, 8, false);
  const h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  const w = new Int32Array(80);
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = be32(msg, off + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  return out32(h, 5, false);
}

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

function sha256(data: Uint8Array, init: Int32Array, outWords: number): Uint8Array {
  const K = getTables().k256;
  const msg = pad(data, 64, 8, false);
  const h = init.slice();
  const w = new Int32Array(64);
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = be32(msg, off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const g0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const g1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = (w[i - 16] + g0 + w[i - 7] + g1) | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + hh) | 0;
  }
  return out32(h, outWords, false);
}

// SHA-512 on (hi, lo) int32 pairs. Sums carry from the low words through their unsigned values.

function sha512(data: Uint8Array, init: Int32Array, outBytes: number): Uint8Array {
  const K = getTables().k512;
  const msg = pad(data, 128, 16, false);
  const h = init.slice();
  const wh = new Int32Array(80);
  const wl = new Int32Array(80);
  // Right rotation / shift of (hi, lo) by n, the high or the low word of the result.
  const rh = (hi: number, lo: number, n: number): number => (n < 32 ? (hi >>> n) | (lo << (32 - n)) : (lo >>> (n - 32)) | (hi << (64 - n)));
  const rl = (hi: number, lo: number, n: number): number => (n < 32 ? (lo >>> n) | (hi << (32 - n)) : (hi >>> (n - 32)) | (lo << (64 - n)));
  const v = new Int32Array(16);
  for (let off = 0; off < msg.length; off += 128) {
    for (let i = 0; i < 16; i++) {
      wh[i] = be32(msg, off + 8 * i);
      wl[i] = be32(msg, off + 8 * i + 4);
    }
    for (let i = 16; i < 80; i++) {
      const xh = wh[i - 15];
      const xl = wl[i - 15];
      const yh = wh[i - 2];
      const yl = wl[i - 2];
      // g0 = rotr1 ^ rotr8 ^ shr7; g1 = rotr19 ^ rotr61 ^ shr6
      const g0h = rh(xh, xl, 1) ^ rh(xh, xl, 8) ^ (xh >>> 7);
      const g0l = rl(xh, xl, 1) ^ rl(xh, xl, 8) ^ ((xl >>> 7) | (xh << 25));
      const g1h = rh(yh, yl, 19) ^ rh(yh, yl, 61) ^ (yh >>> 6);
      const g1l = rl(yh, yl, 19) ^ rl(yh, yl, 61) ^ ((yl >>> 6) | (yh << 26));
      const lo = (wl[i - 16] >>> 0) + (g0l >>> 0) + (wl[i - 7] >>> 0) + (g1l >>> 0);
      wl[i] = lo | 0;
      wh[i] = (wh[i - 16] + g0h + wh[i - 7] + g1h + Math.floor(lo / 4294967296)) | 0;
    }
    for (let i = 0; i < 16; i++) v[i] = h[i];
    for (let i = 0; i < 80; i++) {
      const ah = v[0], al = v[1], bh = v[2], bl = v[3], ch = v[4], cl = v[5], dh = v[6], dl = v[7];
      const eh = v[8], el = v[9], fh = v[10], fl = v[11], gh = v[12], gl = v[13], hh = v[14], hl = v[15];
      // S1 = rotr14 ^ rotr18 ^ rotr41 of e; ch = (e & f) ^ (~e & g)
      const s1h = rh(eh, el, 14) ^ rh(eh, el, 18) ^ rh(eh, el, 41);
      const s1l = rl(eh, el, 14) ^ rl(eh, el, 18) ^ rl(eh, el, 41);
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (s1l >>> 0) + (chl >>> 0) + (K[2 * i + 1] >>> 0) + (wl[i] >>> 0);
      const t1h = (hh + s1h + chh + K[2 * i] + wh[i] + Math.floor(t1l / 4294967296)) | 0;
      // S0 = rotr28 ^ rotr34 ^ rotr39 of a; maj = (a & b) ^ (a & c) ^ (b & c)
      const s0h = rh(ah, al, 28) ^ rh(ah, al, 34) ^ rh(ah, al, 39);
      const s0l = rl(ah, al, 28) ^ rl(ah, al, 34) ^ rl(ah, al, 39);
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (s0l >>> 0) + (mjl >>> 0);
      const t2h = (s0h + mjh + Math.floor(t2l / 4294967296)) | 0;
      v[14] = gh;
      v[15] = gl;
      v[12] = fh;
      v[13] = fl;
      v[10] = eh;
      v[11] = el;
      const el2 = (dl >>> 0) + ((t1l >>> 0) % 4294967296);
      v[8] = (dh + t1h + Math.floor(el2 / 4294967296)) | 0;
      v[9] = el2 | 0;
      v[6] = ch;
      v[7] = cl;
      v[4] = bh;
      v[5] = bl;
      v[2] = ah;
      v[3] = al;
      const al2 = ((t1l >>> 0) % 4294967296) + (t2l >>> 0) % 4294967296;
      v[0] = (t1h + t2h + Math.floor(al2 / 4294967296)) | 0;
      v[1] = al2 | 0;
    }
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] >>> 0) + (v[i + 1] >>> 0);
      h[i + 1] = lo | 0;
      h[i] = (h[i] + v[i] + Math.floor(lo / 4294967296)) | 0;
    }
  }
  return out32(h, 16, false).subarray(0, outBytes).slice();
}

export function hashDigest(name: string, data: Uint8Array): Uint8Array | undefined {
  switch (name) {
    case 'md5': return md5(data);
    case 'sha1': return sha1(data);
    case 'sha224': return sha256(data, getTables().h224, 7);
    case 'sha256': return sha256(data, getTables().h256, 8);
    case 'sha384': return sha512(data, getTables().h384, 48);
    case 'sha512': return sha512(data, getTables().h512, 64);
  }
  return undefined;
}

export function makeHashModule(): PyModule {
  const mod = new PyModule('_dyad_hash');
  mod.dict.setStr('digest', nativeFunction('digest', (args: PyObject[]) => new PyBytes(hashDigest(args[0] as string, (args[1] as PyBytes).data)!)));
  return mod;
}
