# One-argument math functions in hot code (called without an argument array): results for
# ints, big ints, floats and __float__/__index__ objects, and their errors.
import math


class F:
    def __float__(self):
        return 2.25


vals = [0, 1, 2.5, -3, 10**20, F(), True]
acc = []
for i in range(40):
    v = vals[i % len(vals)]
    r = []
    for name in ("sqrt", "exp", "sin", "cos", "atan", "fabs", "log1p", "tanh", "erf", "gamma", "lgamma"):
        try:
            r.append(round(getattr(math, name)(v), 9))
        except (ValueError, OverflowError, TypeError) as e:
            r.append(f"{type(e).__name__}: {e}")
    acc.append(r)
print(acc[0])
print(acc[3])
print(acc[4])
print(acc[5])
total = 0.0
for i in range(1, 200):
    total += math.sqrt(i) + math.sin(i) * math.cos(i) + math.exp(-i) + math.fabs(-i)
print(round(total, 6))
for bad in ("x", None, [1], -1):
    for fn in (math.sqrt, math.log1p, math.acos):
        try:
            fn(bad)
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
