# math.gamma and math.lgamma give CPython's values to the last bit: CPython evaluates Lanczos'
# approximation itself (not libm), so its results are not always correctly rounded.
import math

points = [0.1, 0.5, 0.9, 1.5, 2.5, 3.3, 7.7, 10.0, 10.5, 25.5, 33.3, 100.3, 139.9, 140.5,
          171.5, -0.5, -1.5, -2.7, -10.3, -140.5, -170.2, 1e-5, 0.25, 0.75, 4.0, 12.0, 1e-25]
for x in points:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
for k in range(1, 80):
    x = k / 7 - 5
    if x == int(x):
        continue
    print(k, repr(math.gamma(x)), repr(math.lgamma(x)))
for bad in [0.0, -0.0, -1.0, -2.0, 172.0, 1e300, -math.inf, math.inf, math.nan]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, bad, f(bad))
        except (ValueError, OverflowError) as e:
            print(f.__name__, bad, type(e).__name__, e)
