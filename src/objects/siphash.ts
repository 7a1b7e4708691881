// CPython 3.11's str/bytes hash: SipHash-1-3 (Python/pyhash.c) with the all-zero key that
// PYTHONHASHSEED=0 selects, over the bytes of the string's internal representation (1, 2 or 4
// bytes per code point, little-endian, by the widest code point). So `hash('a')`, and the
// iteration order of sets of strings, are CPython's under PYTHONHASHSEED=0.
//
// The message is first packed into int32 words (two per 8-byte block, the low word first, each
// little-endian), the final block holding the 0-7 trailing bytes and the length byte; the
// compression then reads one word pair per block. Packing computes each word's value from the
// units or bytes (no typed-array view of bytes), so it does not depend on the host's byte order.
// Messages of WASM_MIN bytes or more are compressed by a WebAssembly function (below); the JS
// rounds keep the 64-bit lanes as (hi, lo) int32 pairs in locals, adding with the carry taken
// from an unsigned compare.
// The result is left in `sipHi`/`sipLo` (int32 halves, -1 already replaced by -2) for callers that
// mix halves (the tuple hash); `sipHashStr`/`sipHashBytes` return it as a Python int (a number
// when safe, else a bigint).

import { createRequire } from 'node:module';
import { type Hash, int64FromHalves } from './hash.js';

// ---- the compression in WebAssembly ----
// Where the host is little-endian (so an Int32Array over wasm memory lays the words out as
// wasm's i64.load reads them), the rounds run in a small WebAssembly function with native
// 64-bit adds and rotates, several times faster than the int32 pairs below (a 6 MB str: ~40 ms
// in JS). Its memory holds the result (bytes 0-7) and the message words (from byte 16).
// The module is assembled here, from its instructions (no toolchain, no binary blob).

const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const WORDS_AT = 16;

/** Signed LEB128 of a 64-bit value. */
function sleb(v: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** Unsigned LEB128 of a small length. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const b = n & 0x7f;
    n >>>= 7;
    out.push(n !== 0 ? b | 0x80 : b);
  } while (n !== 0);
  return out;
}

/**
 * The module: memory `m` (1 page, grown by the caller) and `h(nblocks)`: siphash13 of the
 * nblocks 8-byte words at WORDS_AT (the final block included), stored at byte 0 as an i64.
 */
function sipModuleBytes(): Uint8Array<ArrayBuffer> {
  // Locals: 0 nblocks (param), 1 p, 2 end (i32); 3-6 v0-v3, 7 m (i64).
  const P = 1, END = 2, V0 = 3, V1 = 4, V2 = 5, V3 = 6, M = 7;
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const add = (a: number, b: number) => [...get(a), ...get(b), 0x7c, ...set(a)]; // a += b
  const rotXor = (a: number, r: number, b: number) => [...get(a), 0x42, r, 0x89, ...get(b), 0x85, ...set(a)]; // a = rotl(a, r) ^ b
  const rot32 = (a: number) => [...get(a), 0x42, 32, 0x89, ...set(a)];
  const xorM = (a: number) => [...get(a), ...get(M), 0x85, ...set(a)];
  const round = [
    ...add(V0, V1), ...rotXor(V1, 13, V0), ...rot32(V0),
    ...add(V2, V3), ...rotXor(V3, 16, V2),
    ...add(V0, V3), ...rotXor(V3, 21, V0),
    ...add(V2, V1), ...rotXor(V1, 17, V2), ...rot32(V2),
  ];
  const init = (i: number, k: bigint) => [0x42, ...sleb(BigInt.asIntN(64, k)), ...set(i)];
  const code = [
    ...init(V0, 0x736f6d6570736575n), ...init(V1, 0x646f72616e646f6dn),
    ...init(V2, 0x6c7967656e657261n), ...init(V3, 0x7465646279746573n),
    0x41, WORDS_AT, ...set(P),
    ...get(0), 0x41, 3, 0x74, 0x41, WORDS_AT, 0x6a, ...set(END), // end = nblocks * 8 + WORDS_AT
    0x03, 0x40, // loop
    ...get(P), 0x29, 3, 0, ...set(M), // m = i64.load(p)
    ...xorM(V3), ...round, ...xorM(V0),
    ...get(P), 0x41, 8, 0x6a, ...set(P),
    ...get(P), ...get(END), 0x49, 0x0d, 0, // br_if loop (p < end, unsigned)
    0x0b,
    ...get(V2), 0x42, ...sleb(0xffn), 0x85, ...set(V2),
    ...round, ...round, ...round,
    0x41, 0, ...get(V0), ...get(V1), 0x85, ...get(V2), 0x85, ...get(V3), 0x85, 0x37, 3, 0, // i64.store(0, v0^v1^v2^v3)
    0x0b,
  ];
  const body = [2, 2, 0x7f, 5, 0x7e, ...code];
  const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, 0x7f, 0]), // type: (i32) -> ()
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(5, [1, 0, 1]), // memory: min 1 page
    ...section(7, [2, 1, 0x6d, 2, 0, 1, 0x68, 0, 0]), // exports "m" (memory 0), "h" (function 0)
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

// Messages this long (bytes) or longer use the wasm rounds; the module is only assembled at
// the first one (about a millisecond), so programs that hash only short strs never pay for it,
// and short messages stay in JS (where a call into wasm would save little).
const WASM_MIN = 256;

let wasmState = 0; // 0: not tried yet; 1: ready; 2: unavailable
let wasmMemory: WebAssembly.Memory | null = null;
let wasmHash: ((nblocks: number) => void) | null = null;
// Views of the wasm memory (replaced when it grows, which detaches them): the result, the
// message words and the same as bytes.
let wasmResult = new Int32Array(2);
let wasmWords = new Int32Array(0);
let wasmBytes = new Uint8Array(0);
// Copies an ASCII str into the wasm memory (packAscii).
let encoder: TextEncoder | null = null;

/**
 * The module compiled by V8's optimising wasm compiler from the start. Its one function runs
 * once per long message, so V8's dynamic tiering (baseline code first, optimised after enough
 * calls) ran the first hash of a 7 MB str in the baseline code: 22 ms, against 6 ms optimised.
 * Dynamic tiering is switched off for this compile only (V8's flags, through node:v8).
 */
function optimizedModule(bytes: Uint8Array): WebAssembly.Module {
  let v8: { setFlagsFromString(flags: string): void } | null = null;
  try {
    v8 = createRequire(import.meta.url)('node:v8');
  } catch {
    // (not on Node: the default compile)
  }
  v8?.setFlagsFromString('--no-wasm-dynamic-tiering --no-wasm-lazy-compilation');
  try {
    return new WebAssembly.Module(bytes as BufferSource);
  } finally {
    v8?.setFlagsFromString('--wasm-dynamic-tiering --wasm-lazy-compilation');
  }
}

/** Whether the wasm rounds can be used (assembling the module on the first call). */
function wasmReady(): boolean {
  if (wasmState === 0) {
    wasmState = 2;
    if (LITTLE && typeof WebAssembly === 'object') {
      try {
        const instance = new WebAssembly.Instance(optimizedModule(sipModuleBytes()), {});
        wasmMemory = instance.exports.m as WebAssembly.Memory;
        wasmHash = instance.exports.h as (nblocks: number) => void;
        encoder = new TextEncoder();
        wasmViews(wasmMemory);
        wasmState = 1;
      } catch {
        // (no WebAssembly here: the JS rounds)
      }
    }
  }
  return wasmState === 1;
}

function wasmViews(mem: WebAssembly.Memory): void {
  wasmResult = new Int32Array(mem.buffer, 0, 2);
  wasmWords = new Int32Array(mem.buffer, WORDS_AT);
  wasmBytes = new Uint8Array(mem.buffer, WORDS_AT);
}

// Message words of the JS rounds, reused between calls (grown on demand).
let jsWords = new Int32Array(64);

/** The halves of the last hash computed (int32), -1 already replaced by -2. */
export let sipHi = 0;
export let sipLo = 0;

/**
 * The words for a message of n bytes (2 per 8-byte block, the final block included): the wasm
 * memory's for a long message when wasm is available, else the JS array. sipWords tells them
 * apart.
 */
function wordsFor(n: number): Int32Array {
  const need = ((n >>> 3) + 1) * 2;
  if (n >= WASM_MIN && wasmReady()) {
    if (wasmWords.length < need) {
      const mem = wasmMemory!;
      mem.grow(Math.ceil((WORDS_AT + need * 4 - mem.buffer.byteLength) / 65536));
      wasmViews(mem);
    }
    return wasmWords;
  }
  if (jsWords.length < need) jsWords = new Int32Array(Math.max(need, jsWords.length * 2));
  return jsWords;
}

/**
 * Packs a str of n >= WASM_MIN units into the wasm memory when it is all ASCII (its UTF-8 is
 * then its 1-byte form): TextEncoder.encodeInto copies it much faster than a unit loop. False
 * when it is not (or there is no wasm).
 */
function packAscii(s: string, n: number): boolean {
  if (wordsFor(n) !== wasmWords) return false;
  const b = wasmBytes;
  const r = encoder!.encodeInto(s, b.subarray(0, n));
  if (r.read !== n || r.written !== n) return false;
  const end = ((n >>> 3) + 1) * 8;
  for (let i = n; i < end; i++) b[i] = 0;
  b[end - 1] = n & 0xff;
  return true;
}

/**
 * siphash13 of a message of n > 0 bytes packed in w (see the header; the final block's words
 * already hold the trailing bytes and the length byte) into sipHi/sipLo.
 */
function sipWords(w: Int32Array, n: number): void {
  if (w === wasmWords) {
    wasmHash!((n >>> 3) + 1);
    const r = wasmResult;
    const h = r[1];
    const l = r[0];
    sipHi = h;
    sipLo = h === -1 && l === -1 ? -2 : l;
    return;
  }
  sipWordsJs(w, n);
}

/** sipWords in JS: 64-bit lanes as int32 pairs. */
function sipWordsJs(w: Int32Array, n: number): void {
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let h = 0, l = 0;
  const end = ((n >>> 3) + 1) * 2;
  // The message blocks, then the finalisation (v2 ^= 0xff, d = 3 rounds) as three more rounds
  // of a zero block, whose xors into v3 and v0 change nothing: one copy of the SipRound.
  for (let k = 0; k < end + 6; k += 2) {
    let ml = 0;
    let mh = 0;
    if (k < end) {
      ml = w[k];
      mh = w[k + 1];
    } else if (k === end) v2l ^= 0xff;
    v3h ^= mh;
    v3l ^= ml;
    // One SipRound.
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
  if (n >= WASM_MIN && packAscii(s, n)) {
    sipWords(wasmWords, n);
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
