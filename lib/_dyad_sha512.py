"""SHA-512 (FIPS 180-4) in pure Python, for random.seed() of str/bytes seeds (version 2).

The round constants and initial hash values are derived as the standard defines them (the
first 64 bits of the fractional parts of the cube roots of the first 80 primes and of the
square roots of the first 8 primes), computed with integer roots at first use.
"""

_MASK64 = 0xFFFFFFFFFFFFFFFF
_K = None
_H0 = None


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _icbrt(n):
    """floor(n ** (1/3)) for an int n >= 1 (Newton's method from above)."""
    x = 1 << ((n.bit_length() + 2) // 3 + 1)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2 + 1)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _constants():
    global _K, _H0
    if _K is None:
        primes = _primes(80)
        _K = [_icbrt(p << 192) & _MASK64 for p in primes]
        _H0 = [_isqrt(p << 128) & _MASK64 for p in primes[:8]]
    return _K, _H0


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK64


def sha512_digest(data):
    """The 64-byte SHA-512 digest of the bytes data."""
    k, h0 = _constants()
    msg = bytearray(data)
    bitlen = len(msg) * 8
    msg.append(0x80)
    while len(msg) % 128 != 112:
        msg.append(0)
    msg += bitlen.to_bytes(16, 'big')
    h = list(h0)
    for start in range(0, len(msg), 128):
        w = [int.from_bytes(msg[start + 8 * i:start + 8 * i + 8], 'big') for i in range(16)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            x = w[t - 2]
            s1 = _rotr(x, 19) ^ _rotr(x, 61) ^ (x >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + s1 + ch + k[t] + w[t]) & _MASK64
            s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _MASK64
            hh = g
            g = f
            f = e
            e = (d + t1) & _MASK64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _MASK64
        h = [(x + y) & _MASK64 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)
