class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] or ".1f") + "C"
        return format(str(self), spec)
    def __str__(self):
        return f"{self.c}°"
    def __repr__(self):
        return f"Temp({self.c!r})"

t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:.3C}", f"{t:>10}", f"{t!r:>12}", f"{t!s:*^9}")
print("{0:F} {0:C} {1!r}".format(t, t), format(t, "<8"), "%s|%r" % (t, t))
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'x':{'^'}{width}}|{12345:,}|{12345.678:_.2f}")
print(f"{t=}", f"{1+1=}", f"{width = }", f"{t=!s}", f"{3.5=:>6}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-255:+x} {255:X} {1e10:e} {1234.5:g} {0.00001234:g}")
print(f"{1/3:.2%} {1000000:e} {12:c} {ord('A'):c} {3:=+5} {-3:=5} {3.0:n} {'s':<3}|")
print(format(1234567.891, ",.2f"), format(-0.0, ".1f"), format(float("inf"), ">6"), format(float("nan"), "+"))
print(format(10**20, ","), format(-12, "06"), format(12, "+06"), format(True, ""), format(True, "d"))
print("%5.2f|%-6d|%+d|%x|%#X|%o|%e|%g|%c|%r|%a|%%" % (3.14159, 42, 7, 255, 255, 8, 12345.678, 0.0001, 65, "q", "é"))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%s" % (1,), "%s" % [1, 2], "%d%%" % 50, "%i" % 3.9, "%.3s" % "abcdef", "%5s|%-5s|" % ("a", "b"))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f"{t:Q}" if False else format(3, "Q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print("{} {} {}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"), "{a[0]}{b.real}".format(a=[9], b=3))
print("{:>{w}}|{:^{w}.{p}}".format("r", "centered", w=7, p=3), "{!r:^10}".format("q"))
print("{0[k]} {0[1]}".format({"k": "v", 1: "int-key"}) if False else "{0[k]}".format({"k": "v"}))
print("{0.__class__.__name__}".format(t), "{:%}".format(0.25), "{:,d}".format(-1234567))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError:", e)
try:
    "{0}".format()
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError:", e)
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Default(a=1)))
print(repr(t), str(t), [t], (t,), {t.c: t}, {"k": [t, (t,)]})
class R:
    def __repr__(self): return "R()"
print(str(R()), f"{R()}", [R()], "%s" % R(), format(R()), ascii([R(), "ü"]))
class S:
    def __str__(self): return "S-str"
print(str(S()).startswith("S-"), f"{S()}", [S()][0].__str__(), repr(S()).startswith("<__main__.S object"))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print([BadRepr()])
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec):
        return 5
try:
    f"{Fmt()}"
except TypeError as e:
    print("TypeError:", e)
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\t\n\x00\x7f\u200b"), repr("é𝄞"), ascii("é𝄞"))
print(repr(b"a'\x00\xff"), repr(bytearray(b"x\"y'")), str(b"abc"), f"{b'x'}", f"{b'x'!s}")
print(repr(1.0), repr(1e16), repr(1e-5), repr(0.1 + 0.2), str(1e300 * 1e10), repr(-0.0), 1e22, 1e15, 123456789012345678.0)
print(repr(complex(1, -0.0)), complex(0, 1), complex(-1.5, 2), 1j * 1j, repr(complex("1+2j")))
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(2.675, 2), round(1234, -2), round(-0.5))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1e-7:.3g} {123456789:.3e}")
