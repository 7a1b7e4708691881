"""The Mersenne Twister MT19937 core for lib/random.py: CPython's seeding (init_genrand,
init_by_array over the 32-bit words of the seed), the twist of the 624-word state and the
tempering of its outputs. Products are formed from 16-bit halves of the constants where a
full product would exceed 2**53, so every value stays a plain (fast) int.
"""

_N = 624
_M = 397
_MASK = 0xffffffff


def _init_genrand(s):
    mt = [0] * _N
    mt[0] = s & _MASK
    prev = mt[0]
    for i in range(1, _N):
        # 1812433253 * m mod 2**32 by 16-bit halves of the constant (no product above 2**53).
        m = prev ^ (prev >> 30)
        prev = ((((m * 0x6C07) & 0xffff) << 16) + m * 0x8965 + i) & _MASK
        mt[i] = prev
    return mt


def _init_by_array(key):
    mt = _init_genrand(19650218)
    klen = len(key)
    i = 1
    j = 0
    for _ in range(_N if _N > klen else klen):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & _MASK
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= klen:
            j = 0
    for _ in range(_N - 1):
        p = mt[i - 1]
        m = p ^ (p >> 30)
        m = ((((m * 0x5D58) & 0xffff) << 16) + m * 0x8B65) & _MASK   # m * 1566083941
        mt[i] = ((mt[i] ^ m) - i) & _MASK
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = 0x80000000
    return mt


def _temper(y):
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    return y ^ (y >> 18)


def _twist(mt):
    """Advances the state in place by one block of 624 words; returns their tempered
    outputs."""
    out = [0] * _N
    for kk in range(_N):
        k1 = kk + 1
        if k1 == _N:
            k1 = 0
        km = kk + _M
        if km >= _N:
            km -= _N
        y = (mt[kk] & 0x80000000) | (mt[k1] & 0x7fffffff)
        v = mt[km] ^ (y >> 1) ^ ((y & 1) * 0x9908b0df)
        mt[kk] = v
        v ^= v >> 11
        v ^= (v << 7) & 0x9d2c5680
        v ^= (v << 15) & 0xefc60000
        out[kk] = v ^ (v >> 18)
    return out
