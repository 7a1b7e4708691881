# Operators, comparisons, hashes, conversions and math methods on random Decimals (seeded) against
# ints, floats, Fractions and Decimals, at random precisions and rounding modes, with the flags
import random, math
from fractions import Fraction
from decimal import *
random.seed(5)
def rnd():
    r = random.random()
    if r < 0.05: return random.choice(['Inf', '-Inf', 'NaN', '0', '-0', '0E+5', '-0E-9', '0.000'])
    m = random.randint(0, 10 ** random.randint(0, 30))
    e = random.randint(-30, 20)
    return ('-' if random.random() < 0.3 else '') + '%dE%d' % (m, e)
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for i in range(800):
    a = Decimal(rnd())
    o = random.choice(['dec', 'int', 'float', 'frac'])
    if o == 'dec': b = Decimal(rnd())
    elif o == 'int': b = random.randint(-10**12, 10**12)
    elif o == 'float': b = random.choice([0.1, 1.5, -2.25, 1e20, 3.0, float('inf'), 1/3, 0.0])
    else: b = Fraction(random.randint(-1000, 1000), random.randint(1, 1000))
    prec = random.randint(1, 40)
    with localcontext(prec=prec, rounding=random.choice(modes), traps=[]) as c:
        out = []
        for op in ['a == b', 'a < b', 'a >= b', 'a + b', 'a * b', 'a / b', 'a // b', 'a % b', 'b - a', 'a ** 2', 'hash(a) == hash(b) if a == b else None', 'round(a, 3)', 'int(a)', 'math.floor(a)', 'float(a)', 'a.sqrt()', 'a.ln()', 'a.exp()', 'a.log10()', 'abs(a) ** Decimal("0.5")', 'a.as_integer_ratio()', 'round(a)', '-a', 'a.normalize()']:
            try:
                out.append(str(eval(op)))
            except Exception as e:
                out.append(type(e).__name__)
        print(i, a, repr(b), prec, c.rounding, ' '.join(out), c.flags)
