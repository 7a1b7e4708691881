class S:
    def __str__(self): return "S!"
print(format(S()), f"{S()}", "{}".format(S()), "{:}".format(S()))
try:
    f"{S():>5}"
except TypeError as e:
    print("TypeError:", e)
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
print(f"{MyInt(5):03d}", f"{MyFloat(2.5):.2f}", f"{MyStr('ab'):>4}", format(MyInt(255), "x"), f"{MyInt(7)!r}")
class IntRepr(int):
    def __repr__(self): return "IR"
    def __str__(self): return "IS"
print(IntRepr(3), repr(IntRepr(3)), f"{IntRepr(3)}", f"{IntRepr(3):d}", "%d %s %r" % (IntRepr(3), IntRepr(3), IntRepr(3)), [IntRepr(1)])
class FS(float):
    def __repr__(self): return "FR"
print(FS(1.5), str(FS(1.5)), [FS(1.5)], f"{FS(1.5)}", "%s" % FS(1.5), "%.1f" % FS(1.5))
print(str(True), f"{True}", f"{True:d}", f"{True:>6}", format(False, "^7"), "%s %d" % (True, False))
print(f"{None!s:>6}|", f"{[1, 2]!r:>10}", f"{'a'!a}", f"{(1, 2)}", f"{ {'k': 1} }", f"{3:{'>'}{5}}")
print("{0:{1}}".format(3.14159, ".3"), "{:{}{}}".format("x", ">", 4), "{a.real}".format(a=3), "{0[1][0]}".format([0, [9]]))
print("{:%Y}".format(S()) if False else "", format(1234.5678, "_.2f"), format(10**6, "_"), format(0.000001234, ".2e"), format(123, "+08,d"))
print(f"{1.0:.0e}", f"{0.5:.0f}", f"{1.5:.0f}", f"{-1.5:.0f}", f"{2.675:.2f}", f"{1e-10:.3g}", f"{123456:.2g}", f"{0.1:#.0f}", f"{5:#x}")
print(f"{12345678.9:,.2f}", f"{-0.0:+.1f}", f"{float('nan'):+}", f"{float('inf'):08.2f}", f"{1e300*1e10:e}", f"{3:%}", f"{0.123456:.2%}")
print(f"{'x':=^9}", f"{-5:=+6}", f"{5:_>+6}", f"{5: }", f"{-5: }", f"{12:b}", f"{12:#o}", f"{255:#X}", f"{1000000:,}", f"{-1234.5:,}")
