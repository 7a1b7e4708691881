// math.erf and math.erfc as CPython 3.11 computes them on Linux: it calls glibc's erf/erfc,
// which are not correctly rounded (about 1 in 4 results of erfc differ from the nearest double
// in the last digit), so reproducing CPython's output means reproducing glibc's method step
// for step. That method is fdlibm's (Sun Microsystems, 1993, freely distributable): a rational
// approximation per interval of |x| (below 0.84375: x + x*P/Q in x^2; up to 1.25: a constant
// plus P/Q in |x|-1; up to 28: exp(-x*x - 0.5625 + R/S in 1/x^2) / x, with -x*x split exactly
// through a copy of x with its low 32 bits cleared). glibc evaluates each polynomial as pairs
// of terms combined by powers of the argument (for pipelining), and the order of those
// operations decides the rounding, so the same grouping is used here. The coefficients are
// given by their IEEE bit patterns (high word, low word).

import { libm } from './math.js';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LE ? 1 : 0;
const LO = LE ? 0 : 1;

function bits(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI] | 0;
}

function clearLowWord(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0];
}

/** The coefficients, each from its [high, low] bit pattern. */
function table(words: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i += 2) out.push(bits(words[i], words[i + 1]));
  return out;
}

/** (float)0.84506291151: erf(1) to single precision. */
const ERX = bits(0x3feb0ac1, 0x60000000);
/** 2/sqrt(pi) - 1. */
const EFX = bits(0x3fc06eba, 0x8214db69);
// erf on [0, 0.84375]: numerator in x^2 (degree 4), denominator (degree 5, constant term 1).
const PP = table([0x3fc06eba, 0x8214db68, 0xbfd4cd7d, 0x691cb913, 0xbf9d2a51, 0xdbd7194f,
  0xbf77a291, 0x236668e4, 0xbef8ead6, 0x120016ac]);
const QQ = [0, ...table([0x3fd97779, 0xcddadc09, 0x3fb0a54c, 0x5536ceba, 0x3f74d022, 0xc4d36b0f,
  0x3f215dc9, 0x221c1a10, 0xbed09c43, 0x42a26120])];
// erf on [0.84375, 1.25]: in s = |x| - 1.
const PA = table([0xbf6359b8, 0xbef77538, 0x3fda8d00, 0xad92b34d, 0xbfd7d240, 0xfbb8c3f1,
  0x3fd45fca, 0x805120e4, 0xbfbc6398, 0x3d3e28ec, 0x3fa22a36, 0x599795eb, 0xbf61bf38, 0x0a96073f]);
const QA = [0, ...table([0x3fbb3e66, 0x18eee323, 0x3fe14af0, 0x92eb6f33, 0x3fb2635c, 0xd99fe9a7,
  0x3fc02660, 0xe763351f, 0x3f8bedc2, 0x6b51dd1c, 0x3f888b54, 0x5735151d])];
// erfc on [1.25, 1/0.35]: in s = 1/x^2.
const RA = table([0xbf843412, 0x600d6435, 0xbfe63416, 0xe4ba7360, 0xc0251e04, 0x41b0e726,
  0xc04f300a, 0xe4cba38d, 0xc0644cb1, 0x84282266, 0xc067135c, 0xebccabb2, 0xc0545265, 0x57e4d2f2,
  0xc023a0ef, 0xc69ac25c]);
const SA = [0, ...table([0x4033a6b9, 0xbd707687, 0x4061350c, 0x526ae721, 0x407b290d, 0xd58a1a71,
  0x40842b19, 0x21ec2868, 0x407ad021, 0x57700314, 0x405b28a3, 0xee48ae2c, 0x401a47ef, 0x8e484a93,
  0xbfaeeff2, 0xee749a62])];
// erfc on [1/0.35, 28]: in s = 1/x^2.
const RB = table([0xbf843412, 0x39e86f4a, 0xbfe993ba, 0x70c285de, 0xc031c209, 0x555f995a,
  0xc064145d, 0x43c5ed98, 0xc083ec88, 0x1375f228, 0xc0900461, 0x6a2e5992, 0xc07e384e, 0x9bdc383f]);
const SB = [0, ...table([0x403e568b, 0x261d5190, 0x40745cae, 0x221b9f0a, 0x409802eb, 0x189d5118,
  0x40a8ffb7, 0x688c246a, 0x40a3f219, 0xcedf3be6, 0x407da874, 0xe79fe763, 0xc03670e2, 0x42712d62])];

/** P/Q for |x| < 0.84375, z = x*x. */
function smallRatio(z: number): number {
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = (1 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}

/** P/Q for 0.84375 <= |x| < 1.25, s = |x| - 1. */
function nearOneRatio(s: number): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  const p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const q = (1 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return p / q;
}

/** exp(-x*x - 0.5625 + R/S) / x for 1.25 <= x < 28; `nearTail` picks RA/SA (x < 1/0.35). */
function tail(x: number, nearTail: boolean): number {
  const s = 1 / (x * x);
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  let r: number;
  let q: number;
  if (nearTail) {
    const s8 = s4 * s4;
    r = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    q = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) +
      s8 * SA[8];
  } else {
    r = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    q = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  const z = clearLowWord(x);
  return libm.exp(-z * z - 0.5625) * libm.exp((z - x) * (z + x) + r / q) / x;
}

export function erf(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      // |x| < 2**-28; the scaling keeps a subnormal's product exact.
      if (ix < 0x00800000) return 0.0625 * (16 * x + (16 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = nearOneRatio(Math.abs(x) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1;
  // The boundary 1/0.35 is 0x4006DB6E here and 0x4006DB6D in erfc, as in fdlibm.
  const r = tail(Math.abs(x), ix < 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

/** erfc(x); an underflow to 0 (glibc's ERANGE) is no error to CPython, the result being below 1.5. */
export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const pq = nearOneRatio(Math.abs(x) - 1);
    return hx >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2;
    const r = tail(Math.abs(x), ix < 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? 0 : 2;
}
