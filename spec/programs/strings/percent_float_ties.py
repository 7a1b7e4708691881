# %-formatting and format() of floats whose decimal expansion ends exactly on a tie at the
# digit after the precision (3.25 to 1 place, 0.5 to 0 places): ties go to even, as in CPython;
# also padding and flags around them.
vals = [0.5, 1.5, 2.5, 3.25, 3.35, 0.125, 0.375, 2.675, 1.0625, 1e-5, 123456.5, 0.0, -2.5, -0.125,
        1e22 + 0.5, 4503599627370497.5, 2**-30, 1 / 3, 7.5e-8]
for v in vals:
    print("%.0f %.1f %.2f %.3f %#.0f" % (v, v, v, v, v), "%8.1f|%-8.2f|%+.1f|%08.1f" % (v, v, v, v))
    print(format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), f"{v:10.3f}", f"{v:,.1f}", round(v, 1))
for p in range(0, 25, 4):
    print(p, "%.*f" % (p, 0.5 ** 20), "%.*f" % (p, 2.5))
print("%5s|%-5s|%.2s|%5.1s" % ("ab", "cd", "efg", "hij"), "%c%c" % (65, "\U0001F600"), "%-4s|" % "\U0001F600")
print("%d %5d %-5d| %05d %.3d %x %#x %o" % (42, 42, 42, -42, 7, 255, 255, 8))
