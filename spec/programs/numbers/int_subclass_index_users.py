# operator.index and the other __index__ users on an int subclass whose __index__/__int__/__float__
# lie: CPython takes the int value itself (operator.index returns a plain int).
import operator, math
class BadInt(int):
    def __index__(self): return 99
    def __int__(self): return 77
    def __float__(self): return 55.5
b2 = BadInt(2)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: operator.index(b2), lambda: type(operator.index(b2)).__name__, lambda: bin(b2), lambda: oct(b2), lambda: [0, 1, 2, 3][b2], lambda: [0, 1, 2, 3][b2:], lambda: 'ab' * b2, lambda: [1] * b2, lambda: bytes(b2), lambda: bytearray(b2),
          lambda: chr(BadInt(65)), lambda: '%x %d %i %o %s %r %f' % (b2, b2, b2, b2, b2, b2, b2), lambda: format(b2, 'x'), lambda: f'{b2:d}', lambda: (1).to_bytes(b2, 'big'), lambda: round(1.2345, b2), lambda: round(b2),
          lambda: math.factorial(b2), lambda: math.sqrt(b2), lambda: math.floor(b2), lambda: float(b2), lambda: int(b2), lambda: complex(b2), lambda: range(10)[b2], lambda: range(b2, 5), lambda: slice(b2).indices(10),
          lambda: 2 ** b2, lambda: b2 + 1, lambda: -b2, lambda: abs(BadInt(-3)), lambda: divmod(b2, 1), lambda: pow(3, b2, 5), lambda: b2 << 1, lambda: str(b2), lambda: repr(b2), lambda: hash(b2), lambda: b2.bit_length(),
          lambda: (10).__round__(b2), lambda: 'abc'.center(BadInt(7)), lambda: [1, 2, 3].pop(BadInt(0)), lambda: list(range(5)).index(3, b2), lambda: math.comb(5, b2), lambda: math.isqrt(b2), lambda: hex(b2), lambda: int(b2) + 0,
          lambda: int.__index__(b2), lambda: type(int.__index__(b2)).__name__, lambda: b2.__index__(), lambda: math.gcd(b2, 4), lambda: sum([b2, b2]), lambda: max(b2, 1), lambda: b2 == 2, lambda: {2: 'x'}[b2], lambda: b2 in {2}]:
    t(f)
class Ix:
    def __index__(self): return BadInt(3)
t(lambda: operator.index(Ix())); t(lambda: type(operator.index(Ix())).__name__); t(lambda: [0, 1, 2, 3, 4][Ix()]); t(lambda: bin(Ix())); t(lambda: range(Ix()))
