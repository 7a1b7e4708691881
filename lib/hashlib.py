"""Secure hashes in pure Python: md5 (RFC 1321), sha1, sha224, sha256, sha384, sha512 (FIPS 180-4),
with hashlib's interface (new, update/digest/hexdigest/copy, name/digest_size/block_size).

Round constants are derived as the standards define them (integer roots of primes; for MD5 the
sines). A hash object keeps its input and digests it in full on each digest() call.
"""

import math as _math
from _dyad_sha512 import _primes  # the first primes (the SHA-2 round constants' source)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'})
algorithms_available = algorithms_guaranteed

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _iroot(n, k):
    """floor(n ** (1/k)) for an int n >= 1 (Newton's method from above)."""
    x = 1 << (n.bit_length() // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


_tables = {}


def _table(name):
    t = _tables.get(name)
    if t is not None:
        return t
    primes = _primes(80)
    if name == 'k256':
        t = [_iroot(p << 96, 3) & _M32 for p in primes[:64]]
    elif name == 'h256':
        t = [_iroot(p << 64, 2) & _M32 for p in primes[:8]]
    elif name == 'h224':
        t = [_iroot(p << 128, 2) & _M32 for p in primes[8:16]]
    elif name == 'k512':
        t = [_iroot(p << 192, 3) & _M64 for p in primes]
    elif name == 'h512':
        t = [_iroot(p << 128, 2) & _M64 for p in primes[:8]]
    elif name == 'h384':
        t = [_iroot(p << 128, 2) & _M64 for p in primes[8:16]]
    elif name == 'md5':
        t = [int(abs(_math.sin(i + 1)) * 4294967296) & _M32 for i in range(64)]
    _tables[name] = t
    return t


def _pad(data, block, lenbytes, order):
    msg = bytearray(data)
    bitlen = len(msg) * 8
    msg.append(0x80)
    while (len(msg) + lenbytes) % block:
        msg.append(0)
    msg += bitlen.to_bytes(lenbytes, order)
    return msg


def _md5(data):
    k = _table('md5')
    shifts = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4
    h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
    msg = _pad(data, 64, 8, 'little')
    for off in range(0, len(msg), 64):
        m = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], 'little') for i in range(16)]
        a, b, c, d = h
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + k[i] + m[g]) & _M32
            a, d, c = d, c, b
            s = shifts[i]
            b = (b + ((f << s) | (f >> (32 - s)))) & _M32
        h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d))]
    return b''.join(x.to_bytes(4, 'little') for x in h)


def _sha1(data):
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    msg = _pad(data, 64, 8, 'big')
    for off in range(0, len(msg), 64):
        w = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], 'big') for i in range(16)]
        for i in range(16, 80):
            x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((x << 1) | (x >> 31)) & _M32)
        a, b, c, d, e = h
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            t = (((a << 5) | (a >> 27)) + (f & _M32) + e + k + w[i]) & _M32
            a, b, c, d, e = t, a, ((b << 30) | (b >> 2)) & _M32, c, d
        h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]
    return b''.join(x.to_bytes(4, 'big') for x in h)


def _sha2(data, bits, h, k, rounds, rot):
    """The SHA-2 compression over the padded message: 32-bit words (bits=32) or 64-bit words."""
    mask = (1 << bits) - 1
    size = bits // 8
    block = 16 * size
    msg = _pad(data, block, 2 * size, 'big')
    r1, r2, r3, r4, r5, r6, s0, s1, s2, s3, s4, s5 = rot

    def rotr(x, n):
        return ((x >> n) | (x << (bits - n))) & mask

    h = list(h)
    for off in range(0, len(msg), block):
        w = [int.from_bytes(msg[off + size * i:off + size * i + size], 'big') for i in range(16)]
        for i in range(16, rounds):
            x, y = w[i - 15], w[i - 2]
            g0 = rotr(x, s0) ^ rotr(x, s1) ^ (x >> s2)
            g1 = rotr(y, s3) ^ rotr(y, s4) ^ (y >> s5)
            w.append((w[i - 16] + g0 + w[i - 7] + g1) & mask)
        a, b, c, d, e, f, g, hh = h
        for i in range(rounds):
            t1 = (hh + (rotr(e, r4) ^ rotr(e, r5) ^ rotr(e, r6)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) & mask
            t2 = ((rotr(a, r1) ^ rotr(a, r2) ^ rotr(a, r3)) + ((a & b) ^ (a & c) ^ (b & c))) & mask
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(size, 'big') for x in h)


_ROT256 = (2, 13, 22, 6, 11, 25, 7, 18, 3, 17, 19, 10)
_ROT512 = (28, 34, 39, 14, 18, 41, 1, 8, 7, 19, 61, 6)


def _sha256(data):
    return _sha2(data, 32, _table('h256'), _table('k256'), 64, _ROT256)


def _sha224(data):
    return _sha2(data, 32, _table('h224'), _table('k256'), 64, _ROT256)[:28]


def _sha512(data):
    return _sha2(data, 64, _table('h512'), _table('k512'), 80, _ROT512)


def _sha384(data):
    return _sha2(data, 64, _table('h384'), _table('k512'), 80, _ROT512)[:48]


_ALGORITHMS = {
    'md5': (_md5, 16, 64), 'sha1': (_sha1, 20, 64), 'sha224': (_sha224, 28, 64),
    'sha256': (_sha256, 32, 64), 'sha384': (_sha384, 48, 128), 'sha512': (_sha512, 64, 128),
}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"object supporting the buffer API required") from None


class _Hash:
    def __init__(self, name, data=b''):
        self._name = name
        self._fn, self._digest_size, self._block_size = _ALGORITHMS[name]
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, data, /):
        self._data += _as_bytes(data)

    def digest(self):
        return self._fn(bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self._name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f"<{self._name} _hashlib.HASH object @ {hex(id(self))}>"


_Hash.__name__ = _Hash.__qualname__ = 'HASH'
_Hash.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    key = name.lower() if isinstance(name, str) else name
    if key not in _ALGORITHMS:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)
    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
