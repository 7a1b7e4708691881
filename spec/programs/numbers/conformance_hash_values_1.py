# hash() values CPython fixes for numbers, tuples, frozensets, ranges (no str/bytes: those are seeded; no None).
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 10**30, 1.5, -1.5, 0.1, 1e300, float('inf'), -float('inf'), 1e-300, 2.0**-1074, 1j, 1+2j, -3.5j, complex(1.5, -2), (), (1,), (1, 2), ((1, 2), 3), (1.5, 'x' * 0), frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset([(1, 2)]), True, False, range(3), range(1, 10, 2), (None,) * 0, ((),), (0, 0, 0)]:
    print(repr(v), hash(v))
import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits)
class H:
    def __hash__(self): return 2**64 + 5
print(hash(H()), hash(slice(1, 2)) if sys.version_info >= (3, 12) else 'slice unhashable')
