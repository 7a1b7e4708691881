# math and time functions on huge ints/floats: conversions to float overflow, time's timestamp
# range checks (time.sleep(1e300) slept forever; now OverflowError as CPython).
import math, time, sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, float) or r != r or abs(r) < 1e300 else 'huge')
    except Exception as e:
        print(label, type(e).__name__, e)
for v in [2 ** 100, -2 ** 100, 1e300, float('inf'), float('nan'), -1]:
    t(f'gmtime {v}', lambda: time.gmtime(v)[:3])
    t(f'localtime {v}', lambda: time.localtime(v)[:1] if v in (-1,) else time.localtime(v)[:1])
    t(f'ctime {v}', lambda: len(time.ctime(v)))
    t(f'sleep {v}', lambda: time.sleep(v) if not (v == v and v > 0 and v < 1e9) else 'skip')
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'floor', 'ceil', 'trunc', 'factorial', 'isqrt', 'sin', 'gamma', 'lgamma', 'erf', 'fabs', 'degrees', 'frexp', 'modf', 'isfinite', 'log1p', 'expm1', 'atan', 'tanh']:
    for v in [2 ** 1000, -2 ** 1000, 10 ** 400, 2 ** 64]:
        t(f'{name} {v.bit_length()} {v > 0}', lambda: getattr(math, name)(v))
t('ldexp huge', lambda: math.ldexp(1.0, 2 ** 100)); t('ldexp neg huge', lambda: math.ldexp(1.0, -2 ** 100)); t('ldexp 0', lambda: math.ldexp(0.0, 2 ** 100))
t('comb huge', lambda: math.comb(2 ** 100, 2)); t('perm huge', lambda: math.perm(2 ** 10, 3)); t('comb k huge', lambda: math.comb(10, 2 ** 100))
t('pow huge', lambda: math.pow(2, 2 ** 100)); t('pow tiny', lambda: math.pow(2, -2 ** 100)); t('gcd huge', lambda: math.gcd(2 ** 200, 2 ** 150 * 3))
t('hypot huge', lambda: math.hypot(2 ** 1000, 2 ** 1000)); t('dist', lambda: math.dist([2 ** 1000], [0]))
t('int/int huge', lambda: 2 ** 2000 / 2 ** 1000); t('int/int over', lambda: 2 ** 2000 / 3); t('float(huge)', lambda: float(2 ** 1024)); t('int // float', lambda: 2 ** 1100 // 1.5)
t('huge % float', lambda: 2 ** 1100 % 1.5); t('cmp', lambda: 2 ** 1100 < float('inf')); t('eq', lambda: 2 ** 1100 == float('inf')); t('round', lambda: round(2 ** 1100, -300) > 0)
t('isclose huge', lambda: math.isclose(2 ** 1000, 2 ** 1000 + 1)); t('fsum huge', lambda: math.fsum([2 ** 1000, 2 ** 1000])); t('prod', lambda: math.prod([2 ** 1000, 0.5]))
