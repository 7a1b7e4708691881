import math, sys
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.1, 0.2+0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 2.0**53, 2.0**53+1, -0.0, 100.0, 1e22, 1e23, 0.30000000000000004, 9007199254740993.0, 1.1e-310]:
    print(repr(v), str(v), float(repr(v)) == v)
for v, n in [(2.5, None), (3.5, None), (-2.5, None), (0.5, None), (1.5, None), (2.675, 2), (2.665, 2), (1234.5, -1), (1250.0, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (0.125, 2), (0.375, 2), (1e300, -300), (1.5, 0), (2.5, 0), (-0.5, 0), (1e-300, 300), (5.5, 400), (5.5, -400), (123, 1), (123, -5), (float('inf'), 2), (float('nan'), 0), (True, 2)]:
    t(round, v, n) if n is not None else t(round, v)
t(round, float('inf')); t(round, float('nan')); t(round, 1.5, 1.5); t(round, 'a'); t(round, 2.5, None); t(round, 1e300); t(round, -float('inf'))
t(int, float('inf')); t(int, float('nan')); t(int, -float('inf')); t(int, 1e20); t(int, -2.9); t(float, 10**400); t(float, 'inf'); t(float, '-Infinity'); t(float, 'nan'); t(float, ' 1e5 '); t(float, '1_000.5'); t(float, '1__0'); t(float, ''); t(float, 'x'); t(float, '0x10'); t(float, '.5'); t(float, '5.'); t(float, '+.5e-3'); t(float, ' \n-iNf\t'); t(float, b'1.5'); t(float, '1e500'); t(float, '١٫٥'); t(float, '١.٥'); t(float, None); t(float, [1])
t(math.floor, float('inf')); t(math.ceil, float('nan')); t(math.trunc, float('inf')); t(float('inf').__floor__); t(float.__trunc__, float('nan'))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.5), (-0.0, 1), (1e300, 1e-300), (0.0, -3), (3, float('inf')), (-3, float('inf')), (float('inf'), 3), (1, float('nan')), (-1e-300, 1e300)]:
    for op in [lambda a, b: a % b, lambda a, b: a // b, divmod, math.fmod, math.remainder]:
        t(op, a, b)
t(lambda: 1.0 // 0); t(lambda: 1.0 % 0); t(lambda: divmod(1.0, 0)); t(lambda: 1 / 0.0); t(lambda: 0.0 ** -1); t(lambda: 0 ** -1); t(lambda: 0.0 ** -1.5); t(lambda: (-8) ** (1/3)); t(lambda: (-8.0) ** 0.5); t(lambda: pow(-8, 1/3)); t(lambda: math.pow(-8, 1/3)); t(lambda: 10.0 ** 400); t(lambda: 2 ** 0.5); t(lambda: (-2.0) ** 2); t(lambda: (-2) ** -2); t(lambda: 1e308 * 10); t(lambda: float('inf') - float('inf')); t(lambda: 0.0 ** 0); t(lambda: (-0.0) ** 3); t(lambda: pow(2.0, 3, 5))
nan = float('nan'); inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan], math.isnan(nan), inf == inf, inf > 1e308, -inf < -1e308, 1 == 1.0, hash(1.0) == hash(1), hash(-0.0), hash(inf), hash(0.5), 2**53 == 2.0**53, 2**53+1 == 2.0**53, 2**53+1 > 2.0**53, 10**400 > inf, -10**400 < -inf)
print(3.0.is_integer(), 3.5.is_integer(), inf.is_integer(), nan.is_integer(), (-0.0).is_integer())
t(float.as_integer_ratio, 0.75); t(float.as_integer_ratio, -0.1); t(float.as_integer_ratio, 0.0); t(float.as_integer_ratio, inf); t(float.as_integer_ratio, nan); t(float.as_integer_ratio, 1e300)
for v in [1.0, 0.1, -2.5, 0.0, -0.0, inf, -inf, nan, 5e-324, 1.7976931348623157e308, 1/3, 1024.0]:
    t(float.hex, v)
for s in ['0x1.8p1', '0x1p-1074', '-0X1.FFFFFFFFFFFFFP+1023', '0x.8', '0x10', '1', 'inf', '-nan', '0x1p1024', ' 0x1.0p0 ', '0x1.g', '', '0x1.00000000000008p0', '0x1.00000000000018p0']:
    t(float.fromhex, s)
t(math.fsum, [0.1] * 10); t(sum, [0.1] * 10); t(math.fsum, [1e100, 1.0, -1e100, 1e-100]); t(math.fsum, [inf, -inf]); t(math.fsum, [inf, 1]); t(math.fsum, [1e308, 1e308]); t(math.fsum, []); t(math.fsum, ['a'])
t(math.isclose, 1.0, 1.0 + 1e-10); t(math.isclose, 1.0, 1.1, rel_tol=0.1); t(math.isclose, 0.0, 1e-10); t(math.isclose, 0.0, 1e-10, abs_tol=1e-9); t(math.isclose, inf, inf); t(math.isclose, nan, nan); t(math.isclose, 1, 1, rel_tol=-1); t(math.isclose, 1, 2, 3)
t(math.floor, 2.5); t(math.floor, -2.5); t(math.ceil, -2.5); t(math.trunc, -2.5); t(math.floor, 10**30); t(math.ceil, 1e30); t(math.floor, 'a'); t(math.trunc, 'a'); t(math.floor, True)
class Fl:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __float__(self): return 2.5
print(math.floor(Fl()), math.ceil(Fl()), math.sqrt(Fl()), float(Fl()))
class BadF:
    def __float__(self): return 1
t(float, BadF()); t(math.sqrt, BadF())
class Idx:
    def __index__(self): return 7
print(float(Idx()) if sys.version_info >= (3, 8) else '', math.sqrt(Idx()), 2.5 .__round__(), (2.5).__round__(0), 1.5e0.real, 1.5.imag, 1.5.conjugate(), float.fromhex('0x1p4'), (1.5).__int__(), float.__new__(float, '2'), type(1.0 // 1))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_repr_style)
print(1e16 + 1, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e-7 * 3, 4.35 * 100, 1/7, 2/3, -1/3, 10/3, 1e23/10, float(2**63), float(-2**63 - 1), 2**63 / 1, 10**20 / 3, (10**40) / (10**20), 7 // 2.0, -7 // 2.0, 7 % -2.0)
t(lambda: 10**400 / 1); t(lambda: 1 / 10**400); t(lambda: 10**400 / 10**399); t(lambda: float(10**309)); t(lambda: 10**400 * 1.0); t(lambda: 10**400 // 1.0); t(lambda: (10**400) < 1e308); t(lambda: 1.5 < 10**400)
