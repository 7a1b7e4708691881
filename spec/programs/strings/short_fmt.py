items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10, 1)]
print(f"{'item':<10}|{'price':>8}|{'qty':^5}|")
for name, price, qty in items:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|")
print(f"{'total':=^25}")
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>{w}}".format("r", w=4))
print("%5.1f%%" % 12.345, "%-6s|" % "ab", "%03d" % 7, "%x %X %o" % (255, 255, 8), "%r" % "q", "%c" % 65)
print("%(a)s and %(b)d" % {"a": "x", "b": 2})
print(f"{3.14159:.3}", f"{1e-7:g}", f"{123456789:e}", f"{0.5:%}", f"{12:#o}", f"{-0.0}", f"{1/3!r}")
print(f"{'abc'!r:>8}", f"{10:+}", f"{10: }", f"{3:*<4}", f"{1234.5:,.1f}", format(5, "b"))
x = 7
print(f"{x=}", f"{x * 2 = }", f"{x!s:>3}", f"{{literal}}", f"{'nested' + f'{x}'}")
print("{:,}".format(10**9), "{:_}".format(10**6), "{:.2e}".format(0.000123))
print(format(float('inf'), '>6'), format(float('nan'), 'f'), f"{2.5:.0f}", f"{3.5:.0f}", round(2.675, 2))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    f"{x:d}" if False else format("s", "d")
except ValueError as e:
    print(e)
try:
    "%d" % "s"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
