# fractions: construction (strings incl. unicode digits and underscores, floats, Rationals,
# pairs), arithmetic with int/float/complex/foreign Rationals, zero-division messages, powers,
# rounding, hashing, comparisons, limit_denominator ties, and sweeps checked against CPython.
from fractions import Fraction as F
import numbers, math
class R(numbers.Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda s: s.n)
    denominator = property(lambda s: s.d)
    def __repr__(self): return 'R(%d,%d)' % (self.n, self.d)
    for name in ['__abs__','__add__','__ceil__','__eq__','__floor__','__floordiv__','__le__','__lt__','__mod__','__mul__','__neg__','__pos__','__pow__','__radd__','__rfloordiv__','__rmod__','__rmul__','__round__','__rpow__','__rtruediv__','__truediv__','__trunc__']:
        locals()[name] = lambda self, *a, _n=name: NotImplemented
    del name
r = R(1, 3)
for expr in ['F(1,2) + r', 'r + F(1,2)', 'F(1,2) < r', 'F(1,2) == r', 'r ** F(2)', 'F(1,2) ** r', 'divmod(r, F(1,5))', 'F(r)', 'F(r, r)', 'F(1,2) + True', 'F(7,2) % -2', 'F(-7,2) // 2', 'divmod(F(-7,2), F(3,4))', 'divmod(2.5, F(3,4))', 'divmod(F(3,4), 2.5)', '1.5 ** F(1,2)', '(-8) ** F(1,3)', 'F(-8) ** F(1,3)', '2 ** F(-2)', 'F(2,3) ** -3', 'F(-2,3) ** -3', 'F(0) ** 0', 'F(1,2) ** 1j', '1j ** F(1,2)', 'F(1,2) ** 2.0', 'F(0)/0', 'F(0)/F(0)', '0 / F(0)', '5 / F(0)', 'F(-3) / 0.0', 'F(-5,3)/F(0,7)', 'round(F(-5,2), 0)', 'round(F(25,2), -1)', 'round(F(35,2), -1)', 'round(F(1,8), 2)', 'F(3,4).__round__(None)', 'F("  \\t3/4\\n")', 'F("١/٣")', 'F("1_0.0_1e1_0")', 'F("+.5E+2")', 'F("-0")', 'F(-0.0)', 'F(2**70, 2**35)', 'F(1e300)', 'F(5e-324)', 'int(F(-7,3))', 'F(10**30+1, 7).__trunc__()', 'hash(F(-1,2))', 'hash(F(2**61-1))', 'hash(F(1, 2**61-1))', 'hash(F(-1, 2**61-1))', 'hash(F(7,-3))', 'F(3) == 3.0', 'F(1,3) == 1/3', 'F(1,2) > 1j', 'F(1,2) >= 0.5', 'F(1,2) <= float("-inf")', 'F(1,2) != 0.5', 'F(1,2).real', 'F(1,2).imag', 'F(1,2).conjugate()', 'complex(F(1,2))', 'F(0).limit_denominator(1)', 'F(-7,10).limit_denominator(3)', 'F(1,2).limit_denominator(1)', 'F(3,2).limit_denominator(1)', 'F(5,2).limit_denominator(1)', 'F(-5,2).limit_denominator(1)', 'F(10**20+1,10**20).limit_denominator(10**10)', 'F(12,5).from_float(0.5)', 'F.from_decimal(3)', 'F.from_decimal(1.5)', 'F(1, 2.0)', 'F(1, r)', 'F(2, 4, _normalize=False)', 'F(1,2).__reduce__()', 'F(1,3) + 1.0', 'F(1,3) * 1j', '1j - F(1,3)', 'F(1,2) - r', 'pow(F(1,2), 2, 5)']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
for s in ['1', '-1', '+1', '01', '1.', '.1', '1.1', '1e1', '1E+1', '1e-1', '1_1', '1_1.1_1', '1.1e1_1', '1/1', '1_0/1_0', '0/5',
          '1_', '1._1', '1e_1', '1e1_', '1/_1', '1.e1', '.e1', '-.5', '- 1', '1 ', '\u20031/3\u2003', '0x10', '1/2/3', '1.2.3', '1/2.', '0.0', '00/00']:
    try:
        print(repr(s), repr(F(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
seed = 12345
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % k
for _ in range(60):
    x = F(rnd(10**6) - 5 * 10**5, rnd(10**5) + 1)
    y = F(rnd(1000) - 500, rnd(50) + 1)
    lim = rnd(200) + 1
    row = [x.limit_denominator(lim), x + y, x - y, x * y, round(x, 3), round(x, -1), x.__floor__(), x.__ceil__(), hash(x), x < y, x >= y]
    if y:
        row += [x / y, x // y, x % y, divmod(x, y)]
    row.append(y ** (rnd(7) - 3) if y else None)
    print(row)
for v in [0.1, -2.5, 1e-7, 123456.789, 2.0**-1074, 1.5e300]:
    f = F(v)
    print(f == v, hash(f) == hash(v), f.limit_denominator(10**6), float(f) == v, F.from_float(v) == f)
class Sub(F):
    pass
s = Sub('3/9')
print(repr(s), repr(+s), repr(-s), repr(abs(s)), type(s * 2).__name__, type(round(s, 1)).__name__, repr(s.limit_denominator(1)), repr(Sub(F(1, 2))), repr(Sub.from_float(0.25)))
import copy
print(repr(copy.copy(s)), copy.copy(s) is s, repr(copy.deepcopy(s)), repr(s.__reduce__()[1]))
print([type(x).__name__ for x in (F(1) + 1, F(1) + 1.0, F(1) + 1j, 1 + F(1), 1.0 + F(1), F(3) // 2, F(3) // 2.0, divmod(F(3), 2)[1])])
