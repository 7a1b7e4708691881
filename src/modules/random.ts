// _random.Random: the Mersenne Twister core of the random module as a native type (CPython
// 3.11's Modules/_randommodule.c), so a seeded generator gives CPython's sequences. It has
// random(), getrandbits(), seed(), getstate() and setstate(); lib/random.py's Random subclasses
// it and adds the seeding conversions, the integer and sequence methods and the distributions.
// The Python core cost a Python method call and list reads per number, and a twist of 624
// words in Python arithmetic every 312 floats (random() was 140x CPython).

import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeError, hashOf } from '../objects/protocol.js';
import { addMethods } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { makeBuiltinType, withDict, argNone, argO } from '../objects/iterate.js';
import { asIntValue, indexOf } from '../objects/int-type.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { PyModule } from '../runtime/module.js';
import { newFloat } from '../objects/float.js';

const N = 624;
const M = 397;

class PyRandom extends PyObj {
  mt = new Uint32Array(N);
  index = N + 1;
}

function initGenrand(mt: Uint32Array, s: number): void {
  mt[0] = s;
  for (let i = 1; i < N; i++) {
    const p = mt[i - 1];
    mt[i] = Math.imul(1812433253, p ^ (p >>> 30)) + i;
  }
}

/** CPython's init_by_array over the 32-bit words of the seed. */
function initByArray(r: PyRandom, key: number[]): void {
  const mt = r.mt;
  initGenrand(mt, 19650218);
  let i = 1;
  let j = 0;
  const klen = key.length;
  for (let k = N > klen ? N : klen; k > 0; k--) {
    const p = mt[i - 1];
    mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= klen) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = mt[i - 1];
    mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
  r.index = N;
}

function twist(mt: Uint32Array): void {
  let kk = 0;
  let y: number;
  for (; kk < N - M; kk++) {
    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
  }
  for (; kk < N - 1; kk++) {
    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
  }
  y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
  mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
}

/** genrand_uint32 */
function next32(r: PyRandom): number {
  if (r.index >= N) {
    twist(r.mt);
    r.index = 0;
  }
  let y = r.mt[r.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function randomFloat(r: PyRandom): number {
  const a = next32(r) >>> 5;
  const b = next32(r) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

function getrandbits(r: PyRandom, k: number): number | bigint {
  if (k < 0) throw newError(E.ValueError, 'number of bits must be non-negative');
  if (k === 0) return 0;
  if (k <= 32) return next32(r) >>> (32 - k);
  // Words from the least significant up; the last one drops its low bits.
  let out = 0n;
  let shift = 0n;
  for (; k > 0; k -= 32, shift += 32n) {
    let w = next32(r);
    if (k < 32) w >>>= 32 - k;
    out |= BigInt(w) << shift;
  }
  return out <= 9007199254740991n ? Number(out) : out;
}

/** random_seed: None seeds from the clock, an int by its absolute value, anything else by its hash. */
function seed(r: PyRandom, arg: PyObject): void {
  let n: bigint;
  if (arg === None) n = BigInt(Date.now()) * 1000003n + BigInt(Math.floor(performance.now() * 1e6));
  else {
    const v = asIntValue(arg);
    if (v !== undefined) n = BigInt(v);
    else {
      // (size_t)hash
      n = BigInt(hashOf(arg));
      if (n < 0n) n += 1n << 64n;
    }
  }
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (key.length === 0) key.push(0);
  initByArray(r, key);
}

function self(v: PyObject): PyRandom {
  if (v instanceof PyRandom) return v;
  typeError("descriptor requires a '_random.Random' object");
}

let randomType: PyType | undefined;

function makeType(): PyType {
  const t = makeBuiltinType('_random.Random', true);
  const alloc = (cls: PyType): PyRandom => {
    const r = withDict(new PyRandom(cls, null));
    seed(r, None);
    return r;
  };
  t.alloc = alloc;
  defineNew(t, (cls, args, kwnames) => {
    const r = alloc(cls);
    if (cls === t && kwnames !== null && kwnames.length > 0) typeError('Random() takes no keyword arguments');
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (cls === t) {
      if (npos > 1) typeError('Random() requires 0 or 1 argument');
      if (npos === 1) seed(r, args[0]);
    }
    return r;
  });
  addMethods(t, {
    random: (v, args, kw) => {
      argNone('random', args, kw);
      return newFloat(randomFloat(self(v)));
    },
    getrandbits: (v, args, kw) => {
      const k = argO('getrandbits', args, kw);
      const n = indexOf(k);
      // _PyLong_AsInt: anything outside a C int overflows, whatever its sign
      if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw newError(E.OverflowError, 'Python int too large to convert to C int');
      return getrandbits(self(v), n);
    },
    seed: (v, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('seed() takes no keyword arguments');
      if (args.length > 1) typeError(`seed expected at most 1 argument, got ${args.length}`);
      seed(self(v), args.length === 0 ? None : args[0]);
      return None;
    },
    getstate: (v, args, kw) => {
      argNone('getstate', args, kw);
      const r = self(v);
      const items: PyObject[] = new Array(N + 1);
      for (let i = 0; i < N; i++) items[i] = r.mt[i];
      items[N] = r.index;
      return new PyTuple(items);
    },
    setstate: (v, args, kw) => {
      const state = argO('setstate', args, kw);
      const r = self(v);
      if (!(state instanceof PyTuple)) typeError('state vector must be a tuple');
      if (state.items.length !== N + 1) throw newError(E.ValueError, 'state vector is the wrong size');
      const words = new Uint32Array(N);
      for (let i = 0; i < N; i++) {
        const w = asIntValue(state.items[i]);
        // PyLong_AsUnsignedLong's messages
        if (w === undefined) typeError('an integer is required');
        const b = BigInt(w);
        if (b < 0n) throw newError(E.OverflowError, "can't convert negative value to unsigned int");
        if (b > 0xffffffffffffffffn) throw newError(E.OverflowError, 'Python int too large to convert to C unsigned long');
        words[i] = Number(b & 0xffffffffn);
      }
      // PyLong_AsLong over the index (an __index__ is honoured)
      const idx = indexOf(state.items[N]);
      if (typeof idx === 'bigint' && (idx > 0x7fffffffffffffffn || idx < -0x8000000000000000n)) throw newError(E.OverflowError, 'Python int too large to convert to C long');
      if (idx < 0 || idx > N) throw newError(E.ValueError, 'invalid state');
      r.mt = words;
      r.index = Number(idx);
      return None;
    },
  });
  exposeNativeSlots(t);
  return t;
}

export function makeRandomModule(): PyModule {
  if (randomType === undefined) randomType = makeType();
  const mod = new PyModule('_random');
  mod.dict.setStr('Random', randomType);
  return mod;
}
