# math module functions whose results are exact (or correctly rounded) everywhere.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(24, 36, 60), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([0.5, 4]))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.modf(3.25), math.modf(-3.25))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -0.0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(math.inf))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.log2(1024), math.log10(1000), math.log(1), math.exp(0))
print(math.sin(0), math.cos(0), math.atan2(0, 1), math.floor(1e300) == 10 ** 300 or 'big')
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.floor(math.inf)):
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
