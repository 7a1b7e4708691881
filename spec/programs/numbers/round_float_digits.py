# round() of floats with and without ndigits: exact half-even on the binary value, signed
# zeros, ties that are exact (0.125, 2.5) and ones that only look like ties (2.675).
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, -2.675,
        1.005, 0.125, 0.375, -0.125, 1e-5, -1e-5, 123456.789, 4503599627370495.5,
        4503599627370497.0, 9007199254740993.0, 1e16, 1e20 + 0.5, 1e21, 1e22, -1e22,
        0.1, 0.2, 0.3, 1 / 3, -2 / 3, 5e-324, 1.7976931348623157e308, 0.045, 0.055, 1.25,
        -1.25, 12.5, 13.5, 1e-300, 2.0 ** -30, 3 * 2.0 ** -20]
for v in vals:
    r0 = round(v)
    print(repr(v), r0, type(r0).__name__, end=" |")
    for nd in (None, 0, 1, 2, 3, 5, 10, 17, 20, 40, 100, 101, 320, -1, -2, -5, -20, -400):
        try:
            print(" " + repr(round(v, nd)), end="")
        except OverflowError as e:
            print(" OverflowError:", e, end="")
    print()
seed = 12345
out = []
for i in range(3000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    x = (seed / 2147483648 - 0.5) * 10 ** (seed % 9 - 3)
    out.append((round(x), round(x, 1), round(x, 2), round(x, 3), round(x, 6), round(x, -1)))
print(hash(tuple(out)) == hash(tuple(out)), out[:8])
print(sum(1 for t in out for y in t[1:] if isinstance(y, float)))
import math
print(sum(t[0] for t in out), math.fsum(t[2] for t in out), math.fsum(t[4] for t in out))
for nd in range(0, 8):
    print(nd, [round(k / 8, nd) for k in range(-20, 21)])
for bad in (float("nan"), float("inf"), float("-inf")):
    for f in (lambda: round(bad), lambda: round(bad, 2)):
        try:
            print(f())
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
