print("{} {} {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:+d} {:+d} {: d} {:05d} {:,} {:_}".format(5, -5, 5, 42, 1234567, 1234567))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b}".format(255, 255, 255, 8, 8, 5, 5, 5))
print("{:.3f} {:10.2f} {:e} {:.2E} {:g} {:g} {:%} {:.1%}".format(3.14159, 2.5, 12345.678, 0.000123, 1e20, 0.0001, 0.25, 0.125))
print("{:,.2f}".format(1234567.891), "{:>+10.3f}".format(3.14159))
print(f"{'abc':.2}", f"{3.0:g}", f"{10:c}", f"{65:c}", f"{1e-5:g}", f"{123456789.0:g}")
print("{0!r} {0!s} {0!a}".format("é"), "{!r:>8}".format("x"))
print("{[0]} {[k]}".format([1, 2], {"k": "v"}), "{0.real}".format(3))
print("{{}} {{{}}}".format(5))
x = 12.5
w = 10
print(f"{x:{w}.3f}|", f"{x!r}", f"{x=}", f"{w = }", f"{'a' 'b'}")
print(format(1234.5, ","), format(0.1, ".20f"), format(1/3, ".15g"), format(-0.0, "f"), format(2**70, ","))
print(format(True, "d"), format(True), format(None), format(3, "f"), format(3, "e"))
print(repr(1e16), repr(1.5e-7), repr(123456789012345678.0), str(0.1+0.2), 1e300*1e10, -1e300*1e10)
print(float("nan"), float("inf"), float("-inf"), repr(float("nan")))
print("{:10}|{:<5}|{:>5}|".format(3, 4, "s"), "{:=+8}".format(-3), "{:08.3f}".format(-3.5))
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:s}".format(3)
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(format(P(), "abc"), f"{P():xyz}", "{:q}".format(P()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print("{:n}".format(1234), "{:.0f}".format(2.5), "{:.0f}".format(3.5), round(2.5), round(3.5), round(-0.5))
print(round(1.2345, 2), round(1234, -2), round(1250, -2), round(1350, -2), type(round(1.5)), round(1.5, None))
