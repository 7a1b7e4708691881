# Comparisons of random Decimals with random Fractions (seeded): far apart, nearly equal (quotients
# at random precisions) and equal, in both operand orders
from decimal import Decimal as D
from fractions import Fraction as F
import random
random.seed(4)
out = []
for i in range(3000):
    d = D('%dE%d' % (random.randint(-10**6, 10**6), random.randint(-12, 12)))
    f = F(random.randint(-10**random.randint(1, 15), 10**random.randint(1, 15)), random.randint(1, 10**random.randint(1, 12)))
    out.append((d < f, d == f, d > f, f < d, d <= f))
print(sum(1 for o in out if o[0]), sum(1 for o in out if o[1]), sum(1 for o in out if o[2]), hash(tuple(out)))
print(D('1e999999') > F(1, 3), D('-1e999999') < F(1, 3), D('1e-999999') < F(1, 3), D('1e-999999') > F(-1, 3), D('5e-1') == F(1, 2), D('0.5') <= F(1, 2))
from decimal import localcontext
out = []
for i in range(2000):
    f = F(random.randint(-10**random.randint(1, 15), 10**random.randint(1, 15)), random.randint(1, 10**random.randint(1, 12)))
    with localcontext(prec=random.randint(1, 30)):
        d = D(f.numerator) / D(f.denominator)
    d2 = D(f.numerator * 10**5).scaleb(-5)
    out.append((d < f, d == f, d > f, f >= d, d2 == f * 1, d2 < f))
print(sum(1 for o in out if o[0]), sum(1 for o in out if o[1]), sum(1 for o in out if o[2]), hash(tuple(out)))
