// CPython's numeric hash (Python/pyhash.c, Objects/longobject.c, floatobject.c): ints and floats
// that compare equal hash equal, reduced modulo the Mersenne prime 2**61 - 1; -1 becomes -2.
// A hash is a Python int: a JS number when safe, else a bigint (normInt), exactly CPython's value.
import { normInt } from './object.js';
const MODULUS = (1n << 61n) - 1n;
const INF_HASH = 314159;
export function hashBigInt(v) {
    const neg = v < 0n;
    let r = (neg ? -v : v) % MODULUS;
    if (neg)
        r = -r;
    return r === -1n ? -2 : normInt(r);
}
export function hashInt(v) {
    // |v| < 2**53 < 2**61 - 1: the hash is v itself (except -1).
    return v === -1 ? -2 : v;
}
export function hashFloat(x) {
    if (x !== x)
        return 0; // CPython 3.11 hashes nan by identity; dicts send nan to the slow path
    if (x === Infinity)
        return INF_HASH;
    if (x === -Infinity)
        return -INF_HASH;
    if (Number.isInteger(x))
        return Number.isSafeInteger(x) ? hashInt(x) : hashBigInt(BigInt(x));
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
    if (neg)
        r = -r;
    return r === -1n ? -2 : normInt(r);
}
/** The high uint32 half of a hash (a Python int in the signed 64-bit range). */
export function hashHigh(h) {
    if (typeof h === 'number')
        return Math.floor(h / 4294967296) >>> 0;
    return Number(BigInt.asUintN(64, h) >> 32n);
}
/** The low uint32 half of a hash. */
export function hashLow(h) {
    if (typeof h === 'number')
        return h >>> 0;
    return Number(BigInt.asUintN(32, h));
}
//# sourceMappingURL=hash.js.map