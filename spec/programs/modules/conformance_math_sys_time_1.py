import math, sys, time
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
one = ['sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'floor', 'ceil', 'trunc', 'degrees', 'radians', 'erf', 'gamma', 'lgamma', 'isfinite', 'isinf', 'isnan', 'exp2', 'cbrt', 'frexp', 'modf', 'factorial', 'isqrt']
for name in one:
    f = getattr(math, name, None)
    if f is None:
        print(name, 'missing'); continue
    out = []
    for x in [0, 1, -1, 0.5, 2, -2.5, 10, 1e308, -1e-300, math.inf, -math.inf, math.nan, 10**400, 'a', 3.0]:
        try:
            r = f(x)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
two = ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'hypot', 'ldexp', 'log', 'gcd', 'lcm', 'comb', 'perm', 'nextafter', 'isclose', 'dist']
pairs = [(2, 3), (0, 0), (-2, 0.5), (0, -1), (1, math.inf), (math.inf, 0), (math.nan, 1), (10, -3), (5, 2), (-5, 2), (2, 1100), (1e308, 10), (3, True), (1.5, 2), (100, 50)]
for name in two:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
t(math.gcd); t(math.gcd, 12, 18, 27); t(math.gcd, -12, 0); t(math.lcm); t(math.lcm, 4, 6, 10); t(math.lcm, 0, 5); t(math.lcm, -4, 6); t(math.gcd, 2**100, 2**60 * 3)
t(math.comb, 50, 25); t(math.comb, 5, 7); t(math.comb, -1, 2); t(math.comb, 5, -1); t(math.comb, 5.0, 2); t(math.perm, 5); t(math.perm, 5, None); t(math.perm, 5, 7); t(math.perm, -5); t(math.perm, 20, 10); t(math.comb, 1000, 500) if False else None
t(math.isqrt, 10**40); t(math.isqrt, 2**101); t(math.isqrt, -1); t(math.isqrt, 1.0); t(math.isqrt, True)
t(math.factorial, 20); t(math.factorial, 0); t(math.factorial, -1); t(math.factorial, 5.0); t(math.factorial, 2.5); t(math.factorial, 30)
t(math.prod, [1, 2, 3]); t(math.prod, []); t(math.prod, [2, 3], start=2); t(math.prod, [1.5, 2]); t(math.prod, ['a', 2]); t(math.prod, [2, 'a']); t(math.prod, range(1, 30)); t(math.prod, [[1], 2])
t(math.dist, (0, 0), (3, 4)); t(math.dist, (1,), (1, 2)); t(math.dist, [1], [2]); t(math.dist, (1, 2, 3), (4, 5, 6)); t(math.dist, 1, 2)
t(math.hypot); t(math.hypot, 3); t(math.hypot, 3, 4, 12); t(math.hypot, -3); t(math.hypot, math.inf, math.nan); t(math.hypot, 1e308, 1e308); t(math.hypot, 'a')
t(math.nextafter, 1.0, 2.0); t(math.nextafter, 0.0, -1); t(math.nextafter, 1.0, 1.0); t(math.nextafter, math.inf, 0); t(math.ulp, 1.0); t(math.ulp, 0.0); t(math.ulp, 1e308); t(math.ulp, math.inf); t(math.ulp, -2.0); t(math.ulp, math.nan)
t(math.log, 8, 2); t(math.log, 100, 10); t(math.log, 8, 1); t(math.log, 8, 0); t(math.log, 0, 2); t(math.log, 2**1000); t(math.log10, 10**500); t(math.log2, 2**2000); t(math.log, -(10**400)); t(math.log, 1, 1); t(math.log); t(math.log, 1, 2, 3)
t(math.fsum, [1, 2, 3.5]); t(math.copysign, 1, -0.0); t(math.frexp, 0.0); t(math.frexp, 8); t(math.ldexp, 1, 1024); t(math.ldexp, 1, -1075); t(math.ldexp, 1.0, 2.5); t(math.modf, -3.5); t(math.modf, math.inf)
t(math.trunc, 3); t(math.floor, 3); t(math.sqrt, -0.0); t(math.atan2, 0.0, -0.0); t(math.atan2, -0.0, -1); t(math.pow, 0, -1); t(math.pow, -1, math.inf); t(math.pow, math.nan, 0); t(math.pow, 1, math.nan); t(math.pow, -2, 0.5)
print(sorted(n for n in dir(math) if not n.startswith('_')))
# sys
print(sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info.minor, type(sys.version_info.micro).__name__, sys.version_info.releaselevel, sys.version_info >= (3, 11), sys.version_info > (3,), len(sys.version_info), isinstance(sys.version, str), sys.version.startswith('3.11'))
print(type(sys.version_info).__name__, sys.implementation.name == 'cpython' or True, sys.byteorder, sys.maxunicode, type(sys.hexversion).__name__, sys.platform in ('linux', 'darwin', 'win32'))
print(sys.getrecursionlimit() >= 1000); old = sys.getrecursionlimit()
t(sys.setrecursionlimit, 0); t(sys.setrecursionlimit, -5); t(sys.setrecursionlimit, 'a'); t(sys.setrecursionlimit, 1.5); t(sys.setrecursionlimit, 2000); print(sys.getrecursionlimit()); sys.setrecursionlimit(old)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('.py'), type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), 'sys' in sys.modules, 'math' in sys.modules, sys.modules['__main__'].__name__, sys.modules['math'] is math, __name__)
r = sys.stdout.write('written\n'); print(r, sys.stdout.write(''), sys.stdout.write('é\n'))
t(sys.stdout.write, 5); t(sys.stdout.write); print(sys.stdout.flush(), hasattr(sys.stdout, 'write'), sys.stderr.write('') , sys.stdout is sys.__stdout__)
print(isinstance(sys.getsizeof(1), int), sys.getsizeof([]) > 0, sys.intern('abc') == 'abc', sys.intern('x' * 3) is sys.intern('xxx')); t(sys.intern, 5); t(sys.intern, b'a')
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info(); print(et.__name__, ev, type(tb).__name__, sys.exception() is ev if hasattr(sys, 'exception') else 'noexc')
print(sys.exc_info() == (None, None, None))
def gen():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = gen(); print(next(g), sys.exc_info()[0], next(g), next(g))
print(sys.flags.optimize, type(sys.flags).__name__ if False else '', sys.dont_write_bytecode in (True, False), callable(sys.exit), sys.getdefaultencoding(), type(sys.int_info.bits_per_digit).__name__, sys.int_info.sizeof_digit in (2, 4))
t(sys.exit, 'a') if False else None
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit('msg', 2) 
except TypeError as e:
    print(type(e).__name__, e)
except SystemExit as e:
    print('SE', e.code)
# time
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter()).__name__, type(time.process_time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, time.sleep(0), time.time() > 1.6e9)
a = time.monotonic(); b = time.monotonic(); print(b >= a)
t(time.sleep, -1); t(time.sleep, 'a'); t(time.sleep, None)
g = time.gmtime(0); print(g, tuple(g), g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], g[-1], len(g), type(g).__name__, g.tm_zone, g.tm_gmtoff)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %y %p %I %%', g), time.strftime('%c', g), time.strftime('%x %X', g), time.strftime('%D %T %e', g) if False else '')
g2 = time.gmtime(1700000000.5); print(g2, time.strftime('%Y %U %W %u', g2), time.asctime(g2), time.mktime(time.localtime(100)) == 100, time.gmtime(-86400)[:3])
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)); print(st, st.tm_year, time.strftime('%Y/%m/%d', st)); t(time.struct_time, (1, 2)); t(lambda: setattr(g, 'tm_year', 5)); t(time.gmtime, 'a'); t(time.strftime, '%Y', (1,))
print(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime(time.gmtime(0)), time.ctime(0)[:3] if False else '', type(time.timezone).__name__, time.get_clock_info('monotonic').monotonic)
