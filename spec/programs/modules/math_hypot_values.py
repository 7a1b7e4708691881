# math.hypot and math.dist over many values (correctly rounded as CPython's vector_norm: the
# sums of squares written out without pair arrays): exact reprs, scaled extremes, subnormals,
# zeros, infinities and NaN, several dimensions.
import math

vals = []
x = 0.37
for i in range(400):
    x = (x * 3.7 + 0.123) % 10.0
    vals.append(x * 10.0 ** ((i % 13) - 6))
acc = []
for i in range(0, len(vals) - 2):
    a, b, c = vals[i], vals[i + 1], vals[i + 2]
    acc.append(math.hypot(a, b))
    acc.append(math.hypot(a, -b, c))
    acc.append(math.dist((a, b), (c, 0.5)))
print(len(acc), sum(acc))
print([repr(v) for v in acc[:12]])
print([repr(v) for v in acc[-12:]])
print(hash(tuple(acc)))
for args in [(3, 4), (1e308, 1e308), (5e-324, 5e-324), (1e-310, 3e-310), (2.2250738585072014e-308, 1e-320),
             (0.0, 0.0), (-0.0, 0.0), (math.inf, math.nan), (math.nan, 1.0), (1.0,), (), (1e200, 1e-200, 3.0),
             (0.1, 0.2, 0.3, 0.4, 0.5), (1 << 60, 3), (True, 2)]:
    print(args, repr(math.hypot(*args)))
