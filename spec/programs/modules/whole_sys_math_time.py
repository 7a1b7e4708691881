# sys, math and time module attributes: types, constants, and error messages.
import sys, math, time

print(type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix, fi.rounds)
print(fi.max_10_exp, fi.min_10_exp, type(fi).__name__, len(fi), fi[0] == fi.max)
print(sys.float_info.max * 2, -sys.float_info.max * 2, sys.float_info.min / 2 > 0)
try:
    fi.max = 1
except AttributeError as e:
    print('AttributeError', e)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1)
print(sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.version_info >= (3, 11), sys.version_info[0], sys.version_info.major, type(sys.version).__name__)
print(sys.byteorder in ('little', 'big'), sys.maxunicode, type(sys.argv).__name__, type(sys.path).__name__)
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.getrecursionlimit() >= 1000)
print(sys.stdout.write('direct\n'))
print('to stderr is not compared', file=sys.stderr)
print(callable(sys.exit), sys.flags.optimize, sys.getdefaultencoding(), sys.intern('x') == 'x')

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
for bad in [dict(rel_tol=-1), dict(abs_tol=-0.5)]:
    try:
        math.isclose(1, 2, **bad)
    except ValueError as e:
        print('ValueError', e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2), math.prod([[1]], start=1) if False else '-')
try:
    math.prod([1, 'a'])
except TypeError as e:
    print('TypeError', e)
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.factorial(10))
for f, args in [(math.comb, (-1, 2)), (math.comb, (1.5, 1)), (math.perm, (5, -1)), (math.factorial, (-3,)), (math.factorial, (2.0,)),
                (math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-2,)), (math.log, (8, 1)), (math.acos, (1.5,)), (math.exp, (1000,)),
                (math.pow, (10, 400)), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.isqrt, (-4,)), (math.gcd, (1.5, 2)),
                (math.ldexp, (1.0, 2000)), (math.cosh, (1000,)), (math.floor, (math.inf,)), (math.ceil, (math.nan,)),
                (math.trunc, ('x',)), (math.dist, ((1,), (1, 2))), (math.hypot, ('a',)), (math.copysign, (1,)), (math.lcm, (2.0,))]:
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(2.5)).__name__, math.floor(10**20 + 0.5) if False else '')
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(10**20), math.sqrt(2), math.hypot(3, 4), math.dist((1, 2), (4, 6)))
print(math.log(100, 10), math.log2(8), math.log10(1e-3), math.log1p(0), math.expm1(0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]))
print(math.copysign(3, -0.0), math.fabs(-2), math.modf(3.75), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(float('nan')), math.remainder(10, 3), math.fmod(-10, 3))
print(math.degrees(math.pi / 2), math.radians(90), round(math.sin(math.pi / 6), 10), math.atan2(-1, -1))
print(math.nextafter(0, 1), math.ulp(1.0), math.nextafter(1.0, math.inf) - 1.0 == math.ulp(1.0))
print(math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0))
try:
    math.gamma(0)
except ValueError as e:
    print('ValueError', e)

t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
print(type(time.perf_counter()).__name__, type(time.monotonic()).__name__, type(time.process_time()).__name__)
a = time.perf_counter(); b = time.perf_counter(); print(b >= a)
a = time.monotonic_ns(); b = time.monotonic_ns(); print(b >= a, type(a).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst, type(g).__name__, len(g), g[:3])
print(time.strftime('%Y-%m-%d %H:%M:%S', g), time.asctime(g), time.strftime('%j %a %b', time.gmtime(86400 * 40)))
print(time.gmtime(1e9), time.mktime(time.localtime(1000)) == 1000)
print(time.sleep(0), type(time.localtime()).__name__, time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mday)
for bad in [('x',), (-1,)]:
    try:
        time.sleep(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(1)
except TypeError as e:
    print('TypeError', e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print('TypeError', e)
