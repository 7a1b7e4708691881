# math.cbrt is glibc's cbrt, which is not correctly rounded: the exact digits of its results
# (cbrt(27) is 3.0000000000000004) over a spread of magnitudes and signs.
import math

values = [27, 8, 2, 3, -27, 0.001, 1e300, 1e-300, 5e-324, 123.456, -0.5, 64, 1000, 0.125, 7,
          1e-10, 2.5, 99999, 1e100, 3.3e-200, 1.7976931348623157e308, 2.2250738585072014e-308,
          -1e-320, 0.1, 0.2, 0.3, 10, 100, 343, -343, 1 / 3, 2 ** 60, 2 ** -60, 12345678.9]
for v in values:
    print(repr(v), repr(math.cbrt(v)))
for v in [0.0, -0.0, float('inf'), float('-inf')]:
    print(repr(math.cbrt(v)))
print(math.isnan(math.cbrt(float('nan'))))
for i in range(1, 40):
    x = i * 0.37
    print(i, repr(math.cbrt(x)), repr(math.cbrt(-x * 1e7)))
