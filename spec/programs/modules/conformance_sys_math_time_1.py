import sys, math, time
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.maxsize, sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__, sys.byteorder, sys.platform in ('linux', 'darwin', 'win32'))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else '', sys.hash_info.width, sys.hash_info.modulus)
print(sys.getrecursionlimit(), type(sys.argv).__name__, sys.argv[0].endswith('.py'), sys.stdout.write('written\n'), sys.stderr is sys.__stderr__, sys.implementation.name != '')
t(sys.setrecursionlimit, 0); t(sys.setrecursionlimit, 'x'); t(sys.getsizeof, 1, 2, 3)
print(sys.get_int_max_str_digits(), sys.flags.optimize, sys.exc_info(), sys.path[0] != None, 'sys' in sys.modules, sys.float_repr_style)
t(sys.exit, 'msg') if False else None
try: sys.exit(4)
except SystemExit as e: print('exit code', e.code, e.args)
try: sys.exit()
except SystemExit as e: print('exit code', e.code)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
for name, args in [('sqrt', (2,)), ('sqrt', (-1,)), ('log', (0,)), ('log', (8, 2)), ('log', (-1,)), ('log10', (1000,)), ('log2', (1024,)), ('log1p', (-1,)), ('exp', (1000,)), ('exp', (1,)), ('expm1', (1e-10,)),
                   ('floor', (-2.5,)), ('ceil', (-2.5,)), ('trunc', (-2.5,)), ('floor', (float('inf'),)), ('ceil', (float('nan'),)), ('fabs', (-3,)), ('factorial', (20,)), ('factorial', (-1,)), ('factorial', (2.0,)),
                   ('gcd', (12, 18)), ('gcd', ()), ('gcd', (0, 0, 6)), ('lcm', (4, 6, 10)), ('lcm', ()), ('isqrt', (99,)), ('isqrt', (-1,)), ('comb', (10, 3)), ('comb', (3, 10)), ('comb', (-1, 2)), ('perm', (5, 2)), ('perm', (5,)),
                   ('fsum', ([0.1] * 10,)), ('prod', ([1, 2, 3],)), ('prod', ([], )), ('copysign', (3, -0.0)), ('fmod', (-7, 3)), ('fmod', (1, 0)), ('remainder', (7, 3)), ('modf', (-3.5,)), ('frexp', (8.0,)), ('ldexp', (0.5, 4)),
                   ('hypot', (3, 4)), ('hypot', (1, 2, 2)), ('dist', ((0, 0), (3, 4))), ('atan2', (1, 1)), ('degrees', (math.pi,)), ('radians', (180,)), ('sin', (0,)), ('cos', (0,)), ('tan', (0,)), ('asin', (2,)), ('acos', (1,)),
                   ('sinh', (0,)), ('cosh', (0,)), ('tanh', (1,)), ('asinh', (0,)), ('acosh', (0.5,)), ('atanh', (1,)), ('isclose', (1.0, 1.0 + 1e-10)), ('isfinite', (math.inf,)), ('isinf', (-math.inf,)), ('isnan', (math.nan,)),
                   ('erf', (0.5,)), ('erfc', (0.5,)), ('gamma', (5,)), ('lgamma', (10,)), ('gamma', (0,)), ('pow', (2, 0.5)), ('pow', (0, -1)), ('pow', (-8, 1/3)), ('nextafter', (1.0, 2.0)), ('ulp', (1.0,)), ('cbrt', (27,)) if hasattr(math, 'cbrt') else ('sqrt', (4,)),
                   ('exp2', (3,)) if hasattr(math, 'exp2') else ('sqrt', (9,)), ('sqrt', ('x',)), ('floor', ('x',)), ('sqrt', (10 ** 400,)), ('log', (10 ** 400,)), ('log2', (2 ** 1000,)), ('floor', (10 ** 30 + 0.5,)), ('isqrt', (10 ** 40,))]:
    t(getattr(math, name), *args)
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
t(math.isclose, 1, 1, rel_tol=-1)
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
t(math.trunc, 'x')
class FL:
    def __float__(self): return 2.25
print(math.sqrt(FL()), math.floor(FL()), float(FL()))
t0 = time.time(); print(type(t0).__name__, t0 > 1e9, type(time.perf_counter()).__name__, type(time.monotonic()).__name__, time.time_ns() > 0, type(time.process_time()).__name__)
time.sleep(0.001); t(time.sleep, -1); t(time.sleep, 'x')
g = time.gmtime(0); print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6], time.strftime('%Y-%m-%d %H:%M:%S', g))
print(time.asctime(g), time.mktime(time.localtime(100000)) == 100000.0, time.strftime('%a %b %j', time.gmtime(86400 * 40)))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1e300, -300), round(float('inf')) if False else '', round(5.55, 1))
t(round, float('inf')); t(round, float('nan')); t(round, 1.5, 'x'); t(round, 'x')
print(float('1_000.5'), float(' -inf '), float('NaN'), float('1e500'), float('-0'), float.fromhex('0x1p-2'), (0.1).hex(), (2.5).as_integer_ratio(), (3.0).is_integer(), float.__getformat__('double'))
t(float, '1__0'); t(float, ''); t(float, 'abc'); t(float, b'1.5'); t(float, '0x10'); t((1.5).__floordiv__, 0); t(lambda: 1.0 / 0); t(lambda: 1.0 % 0); t(divmod, 1.0, 0.0)
print(divmod(-7.5, 2), -7.5 // 2, -7.5 % 2, 7.5 % -2, (-0.0) % 5, 5 % -0.5 if False else '', 2.0 ** -1, (-8.0) ** 2, 0.0 ** 0)
t(lambda: 0.0 ** -1); t(lambda: (-8.0) ** 0.5); t(lambda: 10.0 ** 400); t(pow, -2.0, 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, float(2 ** 1023), int(1e300) % 1000)
t(float, 2 ** 1024); t(lambda: 2 ** 1024 * 1.0); t(lambda: 2 ** 1024 / 2); t(lambda: 1 / 2 ** 2000); t(lambda: (2 ** 1024) // 1.5)
print(3 / 2 ** 2000, 2 ** 2000 / 2 ** 1999, (10 ** 400) // 3.0 if False else '', 7 // 2.0, -7 // 2.0, 1e16 + 1, int(1e16 + 1))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float('inf')), hash(1e100) == hash(int(1e100)), hash(2.0 ** 70) == hash(2 ** 70))
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex('1+2j'), complex(' 3 '), (1j) ** 2, 1j.real, repr(complex(0, -0.0)), complex(1, 2) == 1 + 2j)
t(complex, '1 + 2j'); t(lambda: 1j < 2j); t(lambda: 1j // 2); t(lambda: (0j) ** -1); t(complex, 'x'); t(int, 1j)
