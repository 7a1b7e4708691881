import sys
print(sys.version_info[:2], sys.version_info.major, type(sys.maxsize), sys.maxsize, sys.byteorder, sys.platform if False else "")
print(sys.argv[0].endswith("misc3.py"), type(sys.path).__name__, sys.getrecursionlimit())
print(type(sys.stdout).__name__ if False else "", sys.stdout.write("w\n"))
sys.stdout.write("no newline")
print()
print("a", "b", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print(end="")
print("x", file=sys.stdout, flush=True)
sys.stderr.write("err\n")
print(sys.intern("abc") if hasattr(sys, "intern") else "abc")
print(sys.exc_info() == (None, None, None))
def f():
    return sys._getframe().f_code.co_name if hasattr(sys, "_getframe") else "f"
print(f())
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isqrt(17), math.log(8, 2), math.log10(1000), math.log2(8), math.exp(0), math.fsum([0.1] * 10), math.prod([1, 2, 3]), math.copysign(1, -0.0), math.hypot(3, 4), math.dist([0, 0], [3, 4]))
print(math.floor(-0.5), math.ceil(0.5), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.degrees(math.pi), math.radians(180), math.fabs(-3), math.fmod(-7, 3), math.modf(2.5), math.frexp(8), math.ldexp(1, 3))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
import time
t0 = time.time()
print(type(t0).__name__, time.perf_counter() >= 0, type(time.monotonic()).__name__)
print(round(3.14159, 3), round(-1.5), round(2.5), round(1e20), round(0.125, 2), round(0.375, 2), round(5.5), round(6.5))
print(1 if True else 2, [1, 2][True], "abc"[-1], (lambda: (yield))().__class__.__name__)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, not x, x is x, [] is [], None is None)
print(3 and 0, 0 or [], "" or "d", None and 1, 1 and 2 and 3, 0 or 0.0 or "")
a = [1, 2]
b = a
b += [3]
print(a, a is b)
t = (1, 2)
u = t
u += (3,)
print(t, u)
s = "ab"
s *= 2
print(s)
n = 10
n //= 3; n **= 2; n %= 5; n <<= 2; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
print(1_0, 0x_f, 0b_1, 1e1_0 if False else "", 0o_7)
print("%5.1f|%-6d|%06.2f|%+d|% d|%x|%X|%#o|%e|%g|%G" % (3.14159, 42, 3.14159, 5, 5, 255, 255, 8, 1234.5, 0.00001, 1e20))
print("%s %s" % ("a", [1]), "%r" % "q", "%(x)s %(x)r" % {"x": "y"}, "%c" % 97, "%%d" % ())
print("%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"), "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print(f"{'nested {x}'}", f"{x!r:>4}", f"{x:{'>'}{4}}", f"{{x}}", f"{x}" f"{x}", rf"\n{x}", f"""{x
}""")
print(f"{3.0:.0%}", f"{1234567:_d}", f"{0.000012345:.3g}", f"{12345.6789:,.1f}", f"{-1:x}", f"{1e100:.2e}", f"{float('inf'):f}", f"{float('nan'):F}")
print(f"{'é':^5}|", f"{12:#b}", f"{12:#o}", f"{12:#X}", f"{0:e}", f"{100:g}", f"{1e6:g}", f"{1e16:g}", f"{123456789:e}")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}", f"{1/3:.20f}", f"{2**0.5:.15f}", f"{1e-7:f}", f"{0.1:.30f}")
