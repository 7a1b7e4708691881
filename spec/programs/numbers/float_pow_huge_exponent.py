# float ** float with an exponent near the double range: +-1.0 to a huge even/odd integral
# power is +-1.0, a base below 1 in magnitude underflows to 0.0, above 1 overflows with
# CPython's OverflowError; math.pow agrees, with its own "math range error".
import math

bases = [-1.0, 1.0, 2.5, -2.5, 0.5, -0.5, 5e-324, 1e308, -1e308, 3, -3]
exps = [1e308, -1e308, 2.0 ** 60, -(2.0 ** 60), 1e20 + 1, 9007199254740993.0]
for a in bases:
    row = []
    for b in exps:
        for f in (lambda: a ** b, lambda: math.pow(a, b)):
            try:
                row.append(repr(f()))
            except (OverflowError, ValueError, ZeroDivisionError) as e:
                row.append(type(e).__name__ + ':' + str(e))
    print(repr(a), ' '.join(row))
print(1.0000001 ** 1e7, 0.9999999 ** 1e7, 2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023, (-2.0) ** 1023)
