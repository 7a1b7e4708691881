# format(), f-strings, str.format and % on subclasses of int/float/str/complex whose __str__ or
# __format__ is overridden (an empty spec formats as str(self)).
class B(int):
    def __str__(self): return "B!"
    def __repr__(self): return "Brepr"
b = B(5)
print(format(b), f"{b}", "{}".format(b), format(b, "d"), f"{b:>4}", str(b), repr(b), "%s %d %r" % (b, b, b), [b])
class F(float):
    def __str__(self): return "F!"
f = F(1.5)
print(format(f), f"{f}", format(f, ".1f"), f"{f:>5}", str(f), repr(f), "%s %f" % (f, f))
class S(str):
    def __str__(self): return "S!"
    def __format__(self, spec): return "fmt:" + spec
s = S("x")
print(format(s), f"{s}", f"{s:>3}", str(s), "%s" % s, "{}".format(s), "{!s}".format(s), "{!r}".format(s))
class S2(str):
    def __str__(self): return "S2!"
s2 = S2("y")
print(format(s2), f"{s2}", f"{s2:>3}", str(s2), "%s" % s2, "" + s2, s2.upper(), print(s2))
class C(complex):
    def __str__(self): return "C!"
print(format(C(1, 2)), f"{C(1)}", str(C(1)))
class BL(int):
    pass
print(format(True), f"{True:>6}", format(True, "d"), f"{False!r}", "%s" % True, "%d" % True)
class E(Exception):
    def __str__(self): return "E!"
print(f"{E()}", format(E()), "%s" % E())
