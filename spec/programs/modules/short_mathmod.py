import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1), math.log1p(0))
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float("nan")))
print(math.factorial(10), math.gcd(12, 18, 24), math.lcm(4, 6), math.comb(5, 2), math.isqrt(17), math.prod(range(1, 6)))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4))
print(math.floor(3), type(math.floor(3.5)).__name__, math.ceil(2**60 + 0.0), math.pow(2, 10), 2 ** 0.5)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.erf(0), math.gamma(5), math.lgamma(1))
print(math.nextafter(1, 2) > 1, math.ulp(1.0), math.floor(-0.0), math.inf > 10**400)
