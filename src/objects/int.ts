// int (and bool's arithmetic): JS numbers in the safe range, bigints beyond (object.ts).
// Floor division and modulo round toward negative infinity; true division is correctly
// rounded; comparisons with floats are exact (2**53 + 1 > 2.0**53), as in CPython.

import { normInt, type PyObject } from './object.js';
import { PyFloat, newFloat } from './float.js';
import { NotImplemented } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { floatPow } from './float-type.js';

/** The int value of an int or bool operand; undefined for anything else. */
export function asInt(v: PyObject): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  return undefined;
}

const big = (v: number | bigint): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** int's ZeroDivisionError messages (CPython's long_div / long_mod / long_true_divide). */
export const INT_FLOORDIV_ZERO = 'integer division or modulo by zero';
export const INT_MOD_ZERO = 'integer modulo by zero';
export const INT_TRUEDIV_ZERO = 'division by zero';

export function zeroDivision(msg: string): never {
  throw newError(E.ZeroDivisionError, msg);
}

export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b));
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(a) - BigInt(b));
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
    // Just past 2**53 (LCGs, hash mixing): the exact product from 16-bit limbs, one bigint.
    if (r < 4611686018427387904 && r > -4611686018427387904) return mulSmall64(a, b);
    return BigInt(a) * BigInt(b);
  }
  return normInt(big(a) * big(b));
}

// A 64-bit scratch word as two uint32 halves and as one int64 (int64 <-> halves without bigint
// shifts or masks).
const words = new Uint32Array(2);
const int64 = new BigInt64Array(words.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** a * b for safe integers whose product's magnitude is below 2**62, as a bigint. */
function mulSmall64(a: number, b: number): bigint {
  const neg = (a < 0) !== (b < 0);
  const x = Math.abs(a);
  const y = Math.abs(b);
  // x = xh * 2**32 + xl; x * y < 2**62 means xh * yh = 0, so the product is
  // xl * yl + (xh * yl + xl * yh) * 2**32, each part computed exactly in 16-bit pieces.
  const xl = x >>> 0, xh = Math.floor(x / 4294967296);
  const yl = y >>> 0, yh = Math.floor(y / 4294967296);
  const x0 = xl & 0xffff, x1 = xl >>> 16;
  const y0 = yl & 0xffff, y1 = yl >>> 16;
  const mid = x0 * y1 + x1 * y0; // < 2**33
  const low = x0 * y0 + (mid % 65536) * 65536; // < 2**33
  let lo = low >>> 0;
  // The high word: carries of the low product plus the cross terms (all below 2**31 here).
  let hi = x1 * y1 + Math.floor(mid / 65536) + Math.floor(low / 4294967296) + xh * yl + xl * yh;
  if (neg) {
    lo = (~lo + 1) >>> 0;
    hi = ~hi + (lo === 0 ? 1 : 0);
  }
  words[HI] = hi;
  words[LO] = lo;
  return int64[0];
}

/**
 * (x * y + c) % m (Python's floor modulo) for safe ints x, y, c and an int 0 < m <= 2**32,
 * exactly in doubles (no bigint product): the operands reduced mod m, y split in 16-bit halves
 * so no intermediate passes 2**53. (Compiled code's fused `x * y % m`, jit.ts fusedMulMod.)
 */
export function mulAddMod(x: number, y: number, c: number, m: number): number {
  let a = x % m;
  if (a < 0) a += m;
  let b = y % m;
  if (b < 0) b += m;
  const bh = Math.floor(b / 65536);
  const bl = b - bh * 65536;
  let r = (((a * bh) % m) * 65536) % m;
  r = (r + ((a * bl) % m)) % m;
  let d = c % m;
  if (d < 0) d += m;
  r = (r + d) % m;
  return r + 0;
}

/** x % m for a bigint x in the int64 range and a number 0 < |m| <= 2**21, without bigints. */
function modSmall(x: bigint, m: number): number {
  int64[0] = x;
  const am = m < 0 ? -m : m;
  let r = ((words[HI] % am) * 4294967296 + words[LO]) % am;
  if (x < 0n) {
    // The halves hold x + 2**64: subtract 2**64 mod am.
    const t = 4294967296 % am;
    r = (r - ((t * t) % am)) % am;
    if (r < 0) r += am;
  }
  return m < 0 && r !== 0 ? r - am : r;
}

export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision(INT_FLOORDIV_ZERO);
    return safeFloorDiv(a, b);
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDivision(INT_FLOORDIV_ZERO);
  let q = x / y;
  // Truncation differs from flooring only when the signs differ and the division is inexact
  // (test the signs first: a second big division is as costly as the first).
  if ((x < 0n) !== (y < 0n) && q * y !== x) q -= 1n;
  return normInt(q);
}

export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision(INT_MOD_ZERO);
    return safeMod(a, b);
  }
  if (typeof b === 'number' && b !== 0 && b <= 2097152 && b >= -2097152 && typeof a === 'bigint' && a >= INT64_MIN && a <= INT64_MAX) {
    return modSmall(a, b);
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDivision(INT_MOD_ZERO);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

/** int / int: correctly rounded, OverflowError when the result does not fit a float. */
export function intTrueDiv(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision(INT_TRUEDIV_ZERO);
    return a / b;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDivision(INT_TRUEDIV_ZERO);
  return bigTrueDiv(x, y);
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/** Correctly rounded x / y for big operands (scaled integer division, round-half-even). */
function bigTrueDiv(x: bigint, y: bigint): number {
  const neg = (x < 0n) !== (y < 0n);
  let n = x < 0n ? -x : x;
  let d = y < 0n ? -y : y;
  if (n === 0n) return neg ? -0 : 0;
  // Scale so the quotient has 55+ significant bits, then round once.
  const shift = bitLength(d) - bitLength(n) + 55;
  if (shift > 1074) {
    // The result is subnormal (or 0): round the quotient to a multiple of 2**-1074 directly
    // (half-even), which Number() and the scaling then keep exact. Scaling 55 bits and
    // rounding twice would flush it to zero or round it wrongly.
    const sn = n << 1074n;
    let q = sn / d;
    const twice = (sn % d) * 2n;
    if (twice > d || (twice === d && (q & 1n) === 1n)) q += 1n;
    const tiny = Number(q) * 5e-324;
    return neg ? -tiny : tiny;
  }
  if (shift > 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  let q = n / d;
  const rem = n % d;
  if (rem !== 0n) q |= 1n; // sticky bit
  const result = Number(q) * Math.pow(2, -shift);
  // Number(q) rounds q (≤ 57 bits) to 53 bits half-even with the sticky bit: correct unless the
  // scaling by 2**-shift underflows or overflows.
  if (!isFinite(result)) throw newError(E.OverflowError, 'integer division result too large for a float');
  return neg ? -result : result;
}

export function intPow(a: number | bigint, b: number | bigint): PyObject {
  if (typeof b === 'number' ? b < 0 : b < 0n) {
    // As CPython's long_pow: float(a) ** float(b), with float's pow (libm's, not V8's Math.pow).
    const fa = Number(a);
    const fb = Number(b);
    if (!isFinite(fa) || !isFinite(fb)) throw newError(E.OverflowError, 'int too large to convert to float');
    return floatPow(fa, fb);
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
    // The last big power of two small ints is kept: `x % 2**64` in a loop (the compiler does
    // not fold it, as CPython's does) makes the same bigint each time.
    if (a === lastPowA && b === lastPowB) return lastPowR;
    const p = normInt(BigInt(a) ** BigInt(b));
    lastPowA = a;
    lastPowB = b;
    lastPowR = p;
    return p;
  }
  return normInt(big(a) ** big(b));
}

let lastPowA = 0;
let lastPowB = 0;
let lastPowR: number | bigint = 1;

export function intPowMod(a: number | bigint, b: number | bigint, m: number | bigint): number | bigint {
  let x = big(a);
  let e = big(b);
  let mod = big(m);
  if (mod === 0n) throw newError(E.ValueError, 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  if (e < 0n) {
    x = modInverse(((x % mod) + mod) % mod, mod);
    e = -e;
  }
  x = ((x % mod) + mod) % mod;
  let result: bigint;
  if (mod === 1n) result = 0n;
  else if (e === 0n) result = 1n;
  else if (mod <= SMALL_MOD) result = BigInt(modPowSmall(Number(x), e.toString(2), Number(mod)));
  else result = modPowBig(x, e.toString(2), mod);
  if (negMod && result !== 0n) result -= mod;
  return normInt(result);
}

// Moduli up to this keep every product of two residues below 2**53 (exact in a double).
const SMALL_MOD = 94906265n;

/** x**e % mod in doubles, left to right over e's bits (binary string, leading 1). */
function modPowSmall(x: number, bits: string, mod: number): number {
  let r = x;
  for (let i = 1; i < bits.length; i++) {
    r = (r * r) % mod;
    if (bits.charCodeAt(i) === 49) r = (r * x) % mod;
  }
  return r;
}

/**
 * x**e % mod for big operands: left-to-right sliding windows of up to k bits over e's binary
 * digits (odd powers of x precomputed), so about bits/(k+1) multiplications besides the squarings,
 * and no bigint shifts of the exponent.
 */
function modPowBig(x: bigint, bits: string, mod: bigint): bigint {
  const n = bits.length;
  const k = n <= 24 ? 1 : n <= 80 ? 3 : n <= 240 ? 4 : n <= 672 ? 5 : 6;
  const table: bigint[] = [x];
  if (k > 1) {
    const x2 = (x * x) % mod;
    for (let j = 1; j < 1 << (k - 1); j++) table.push((table[j - 1] * x2) % mod);
  }
  let r = 1n;
  let started = false;
  let i = 0;
  while (i < n) {
    if (bits.charCodeAt(i) === 48) {
      r = (r * r) % mod;
      i++;
      continue;
    }
    // The longest window bits[i..j] of at most k bits that ends in a 1.
    let j = Math.min(i + k, n) - 1;
    while (bits.charCodeAt(j) === 48) j--;
    let w = 0;
    for (let t = i; t <= j; t++) w = w * 2 + (bits.charCodeAt(t) - 48);
    if (started) {
      // The window's last squaring and its multiplication share one reduction (one bigint
      // division fewer per window: a division costs about three multiplications here).
      for (let t = i; t < j; t++) r = (r * r) % mod;
      r = (r * r * table[(w - 1) >> 1]) % mod;
    } else {
      r = table[(w - 1) >> 1];
      started = true;
    }
    i = j + 1;
  }
  return r;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw newError(E.ValueError, 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

const MAX_SAFE_INT = Number.MAX_SAFE_INTEGER;

export function intLshift(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof b === 'number' ? b < 0 : b < 0n) throw newError(E.ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = safeLshift(a, b);
    if (r !== undefined) return r;
  }
  if (a === 0 || a === 0n) return 0;
  // CPython's divmod_shift: a count beyond a ssize_t whose 30-bit digit count reaches
  // PY_SSIZE_T_MAX / sizeof(digit) is OverflowError; a smaller one past V8's BigInt limit is
  // out of memory.
  const n = big(b);
  if (n > 0x7fffffffffffffffn && n / 30n >= 0x7fffffffffffffffn / 4n) throw newError(E.OverflowError, 'too many digits in integer');
  if (n > 0x40000000n) throw newError(E.MemoryError);
  return normInt(big(a) << n);
}

export function intRshift(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof b === 'number' ? b < 0 : b < 0n) throw newError(E.ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') return safeRshift(a, b);
  return normInt(big(a) >> big(b));
}

/** a % b for two safe ints, b !== 0, with Python's sign rule (the result takes b's sign). */
export function safeMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
}

/** a // b for two safe ints, b !== 0 (floor division; exact: no float rounding involved). */
export function safeFloorDiv(a: number, b: number): number {
  const r = a % b;
  const q = (a - r) / b;
  return (r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q) + 0;
}

// Safe ints beyond int32 (e.g. the uint32 words of hashes and PRNGs) are split into a signed
// high part (|hi| < 2**21, sign-extending like Python's infinite two's complement) and an
// unsigned low 32-bit word; each half is combined with 32-bit JS operators, and the result
// (|hi| < 2**21 again) is a safe int. Both backends' int fast paths use these too.
const TWO32 = 2 ** 32;

/** a & b for two safe ints. */
export function safeAnd(a: number, b: number): number | bigint {
  if ((a | 0) === a && (b | 0) === b) return a & b;
  const r = (Math.floor(a / TWO32) & Math.floor(b / TWO32)) * TWO32 + ((a & b) >>> 0);
  return r >= -MAX_SAFE_INT && Number.isSafeInteger(a) && Number.isSafeInteger(b) ? r : normInt(BigInt(a) & BigInt(b));
}
/** a | b for two safe ints. */
export function safeOr(a: number, b: number): number | bigint {
  if ((a | 0) === a && (b | 0) === b) return a | b;
  const r = (Math.floor(a / TWO32) | Math.floor(b / TWO32)) * TWO32 + ((a | b) >>> 0);
  return r >= -MAX_SAFE_INT && Number.isSafeInteger(a) && Number.isSafeInteger(b) ? r : normInt(BigInt(a) | BigInt(b));
}
/**
 * a ^ b for two safe ints. (&, | and ^ of two safe ints stay safe but for one result, -2**53:
 * (-(2**53 - 1)) & -2, (-(2**53 - 1)) ^ 1. As a JS number it would be an int outside the
 * number form's range, which repr prints in JS's float style once later operations move it
 * further, -36028797018963970 for -2**55: a bigint then. Operands outside the range, which
 * no int should be, go through BigInt too.)
 */
export function safeXor(a: number, b: number): number | bigint {
  if ((a | 0) === a && (b | 0) === b) return a ^ b;
  const r = (Math.floor(a / TWO32) ^ Math.floor(b / TWO32)) * TWO32 + ((a ^ b) >>> 0);
  return r >= -MAX_SAFE_INT && Number.isSafeInteger(a) && Number.isSafeInteger(b) ? r : normInt(BigInt(a) ^ BigInt(b));
}
/** a >> b for a safe int and a count b >= 0 (exact: the division only moves the exponent). */
export function safeRshift(a: number, b: number): number {
  if (b >= 53) return a < 0 ? -1 : 0;
  return (a | 0) === a && b < 32 ? a >> b : Math.floor(a / 2 ** b);
}
/** a << b for a safe int and a count b >= 0 when the result is a safe int, else undefined. */
export function safeLshift(a: number, b: number): number | undefined {
  if (b >= 53) return a === 0 ? 0 : undefined;
  const r = a * 2 ** b;
  return r >= -MAX_SAFE_INT && r <= MAX_SAFE_INT ? r + 0 : undefined;
}

export function intAnd(a: number | bigint, b: number | bigint): number | bigint {
  return typeof a === 'number' && typeof b === 'number' ? safeAnd(a, b) : normInt(big(a) & big(b));
}
export function intOr(a: number | bigint, b: number | bigint): number | bigint {
  return typeof a === 'number' && typeof b === 'number' ? safeOr(a, b) : normInt(big(a) | big(b));
}
export function intXor(a: number | bigint, b: number | bigint): number | bigint {
  return typeof a === 'number' && typeof b === 'number' ? safeXor(a, b) : normInt(big(a) ^ big(b));
}

/** Exact comparison of an int with a float (CPython's float_richcompare). */
export function compareIntFloat(i: number | bigint, f: number): number {
  if (f !== f) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fi = Math.trunc(f);
  const bf = BigInt(fi);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fi < f ? -1 : fi > f ? 1 : 0;
}

export function cmpResult(c: number, op: CmpOp): boolean {
  if (c !== c) return op === CmpOp.NE;
  switch (op) {
    case CmpOp.LT: return c < 0;
    case CmpOp.LE: return c <= 0;
    case CmpOp.EQ: return c === 0;
    case CmpOp.NE: return c !== 0;
    case CmpOp.GT: return c > 0;
    case CmpOp.GE: return c >= 0;
  }
}

export function intCompare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


