print("%*d|%-*s|" % (5, 42, 4, "ab"), "%.*f" % (2, 3.14159), "%+.1e" % 12345.678, "%#x %#o" % (255, 8))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{fill}{align}{w}}".format("x", fill="*", align="^", w=7))
print("{p[0]} {p[1]} {d[key]} {o.real}".format(p=[1, 2], d={"key": "v"}, o=3))
class Pt:
    x = 1
print("{0.x} {0.__class__.__name__}".format(Pt()), "{!r:>6}".format("a"), "{:<5}|".format(True))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:,.2f}".format(1234567.891), "{:e}".format(0), "{:g}".format(1e-10))
print("%s %r %a" % ("é", "é", "é"), "%5.2s|" % "abc", "%%", "%c%c" % ("x", 121))
print("{:>10}".format("日本"), "{:^8}".format("é"), len("{:5}".format("日本")))
print("{:08.3f}".format(-3.14159), "{:+}".format(0), "{: d}".format(5), "{:=+8d}".format(42), "{:x<4d}".format(7))
print(format(1234.5678, ".2e"), format(0.00001234, ".3g"), format(123456789, ".3g"), format(100, "g"), format(1e100, "g"))
print(format(12, "c"), format(65, "c"), "{:#b}".format(5), "{:#X}".format(255), "{:o}".format(-8))
print("{}".format(None), "{}".format([1, "a"]), "{:10}|".format(None) if False else "{!s:10}|".format(None))
print("a{{b}}c".format(), "{:s}".format("s"), "{0}{0}".format("re"), "{k}".format_map({"k": "mapped"}))
for bad in ["{", "}", "{0!x}", "{:,s}", "{0:invalid}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(f"{'x':>{3}}", f"{3.0:.{1}f}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}")
print(f"{1_000_000:_}", f"{255:#010b}", f"{-5:05}", f"{'s'!a}", f"{3+4j}", f"{1e20:.0f}", f"{2**64:,}")
