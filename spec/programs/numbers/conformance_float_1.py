def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.1, 1/3, 2/3, 1e-310, 5e-324, 1.7976931348623157e308, 123456789.0, 1234567890123456789.0, 0.000123, 1e-4, 9.999999999999999e22, 1e23, 2.5e-8, 100.0, 1e16, 12345678901234567.0]:
    print(repr(v), str(v), '%s' % v, '%r' % v, '{}'.format(v), f'{v!s}', format(v, ''), format(v, 'g'), format(v, '.17g'), format(v, 'e'))
for x in [0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 2.675, 1.005, 1e300, -1e-300, 123.456, float('inf'), float('nan')]:
    print(x, [t2 for t2 in [round(x) if x == x and abs(x) != float('inf') else None, round(x, 1), round(x, 2), round(x, -1), round(x, 300), round(x, -400)]])
print(int(1e300) == 10 ** 300, int(2.5), int(-2.5), int(1e20), int(-0.9), float(2 ** 53 + 1), float(-(2 ** 63)), 2 ** 53 + 1.0 == 2 ** 53)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e308 + 1e308, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(float('nan') == float('nan'), float('inf') == float('inf'), float('inf') > 1e308, -float('inf') < -1e308, float('nan') < 1, float('nan') > 1)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'), (2 ** 1000) == 2.0 ** 1000, 3 < 3.5 < 4)
print(hash(1.5), hash(-1.5), hash(1e-10), hash(2 ** 0.5), hash(float('-inf')), hash(0.1))
print((0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e300).is_integer(), (0.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x0p0'), (1.0).hex(), (5e-324).hex())
t(lambda: float('inf').as_integer_ratio()); t(lambda: float('nan').as_integer_ratio()); t(lambda: float.fromhex('zz')); t(lambda: float.fromhex('0x1p99999'))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7 // -2.0, 7 % -2.0, divmod(7, 2.5), divmod(-7, 2.5), 5.5 % float('inf'), -5.5 % float('inf'), 5.5 // float('inf'), -5.5 // float('inf'))
print(2.0 ** 0.5, 4 ** 0.5, (-4) ** 0.5, 8 ** (1 / 3), 0.0 ** 0.0, 1.0 ** float('nan'), float('nan') ** 0, 2 ** -1074 if False else '', (-1.0) ** float('inf'), 0.5 ** float('inf'), 2.0 ** float('-inf'))
t(lambda: (-8.0) ** (1 / 3)); t(lambda: 0.0 ** -1.0); t(lambda: 2.0 ** 10000); t(lambda: (-2.0) ** 10001.0); t(lambda: 10 ** -400)
print(float('1e-400'), float('-1e-400'), float('1_0.0_1'), float('.5'), float('5.'), float('+.5e+2'), float('infinity'), float('-Infinity'), float('nAn'))
t(lambda: float('1e')); t(lambda: float('.')); t(lambda: float('e5')); t(lambda: float('1.5.')); t(lambda: float('_1')); t(lambda: float('1_')); t(lambda: float('in f')); t(lambda: float('0x1p3'))
print(round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__, round(-0.0), round(-0.4), round(0.5 + 1e-16), round(1234.5678, -2), round(-1234.5678, -2))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1, 1.0, True]), sum([1e100, 1.0, -1e100]), sum([0.1] * 3), abs(-0.0), -(0.0))
import math
print(math.fsum([1e100, 1.0, -1e100]), math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.copysign(1, -0.0), math.isfinite(1e308 * 10), math.floor(1e300) == 10 ** 300 or 'x')
print(f'{1234567.891:,.2f}', f'{0.000001:.2e}', f'{123.456:10.1f}|', f'{-1.5:+08.2f}', f'{1e100:.3g}', f'{float("nan"):>6}', f'{float("-inf"):08.1f}', f'{2.5:.0f}', f'{3.5:.0f}', f'{1.25:.1f}', f'{1.35:.1f}')
print('%.0f %.0f %.1f %.2f %10.4e %-10.2g| %G' % (0.5, 1.5, 0.05, 1.005, 123456, 0.000012345, 1e-10))
