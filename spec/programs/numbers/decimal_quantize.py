# quantize with every rounding mode, to_integral*, round(), int/floor/ceil/trunc, normalize
import math
from decimal import (Decimal as D, Context, getcontext, localcontext, InvalidOperation,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, Inexact, Rounded)

MODES = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_05UP]


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


values = ['2.675', '-2.675', '2.665', '0.125', '-0.125', '1.005', '2.5', '3.5', '-2.5', '0.05',
          '0.15', '1.0501', '7.999', '-0.001', '0', '-0', '123.456', '1.5E+3', '0.0000005']
for mode in MODES:
    print(mode)
    for q in ['0.01', '1', '1E+1', '0.1']:
        print('  ', q, ' '.join(str(D(v).quantize(D(q), rounding=mode)) for v in values))

for v in values:
    d = D(v)
    print(v, repr(d.to_integral_value()), repr(d.to_integral()), repr(d.to_integral_exact()),
          repr(d.to_integral_value(ROUND_FLOOR)), repr(d.to_integral_exact(rounding=ROUND_UP)),
          round(d), repr(round(d, 1)), repr(round(d, 2)), repr(round(d, -1)), repr(round(d, 0)),
          int(d), math.floor(d), math.ceil(d), math.trunc(d))

ctx = getcontext()
ctx.clear_flags()
print(repr(D('2.5').to_integral_exact()), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(repr(D('2.5').to_integral_value()), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(repr(D('1.2300').quantize(D('0.01'))), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(repr(D('1.2345').quantize(D('0.01'))), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()

show('quantize too many digits', lambda: D('123456789').quantize(D('0.01'), context=Context(prec=5)))
show('quantize inf', lambda: D('Infinity').quantize(D('1')))
show('quantize by inf', lambda: D('1').quantize(D('Infinity')))
show('inf by inf', lambda: D('-Infinity').quantize(D('Infinity')))
show('quantize nan', lambda: D('NaN').quantize(D('1')))
show('quantize snan', lambda: D('1').quantize(D('sNaN')))
show('quantize int', lambda: D('1.23456').quantize(1))
show('quantize bad rounding', lambda: D('1.5').quantize(D(1), rounding='UP'))
show('quantize huge exp', lambda: D('1.5').quantize(D('1E+1000000')))
show('quantize tiny exp', lambda: D('1.5').quantize(D('1E-1000030')))
show('ctx quantize', lambda: Context(rounding=ROUND_UP).quantize(D('1.21'), D('0.1')))
show('money', lambda: (D('19.99') * 3 * D('1.0825')).quantize(D('0.01'), ROUND_HALF_UP))
show('round nan', lambda: round(D('NaN')))
show('round snan', lambda: round(D('sNaN')))
show('round inf', lambda: round(D('-Infinity')))
show('round nan 2', lambda: round(D('NaN'), 2))
show('round inf 2', lambda: round(D('Infinity'), 2))
show('round float nd', lambda: round(D('1.5'), 1.0))
show('round big', lambda: round(D('1.5'), 30))
show('int nan', lambda: int(D('NaN')))
show('int inf', lambda: int(D('Infinity')))
show('floor nan', lambda: math.floor(D('-NaN')))
show('ceil inf', lambda: math.ceil(D('-Infinity')))
show('int big', lambda: int(D('1.5E+40')))
show('int small', lambda: int(D('-9.99E-40')))

for v in ['1.2000', '-0.00', '120.00', '1E+2', '0E+5', '1234567890123456789012345678901',
          'Infinity', 'NaN', '-sNaN', '100E-2', '0.000E-10']:
    show('normalize %s' % v, lambda: D(v).normalize())
show('normalize prec', lambda: D('123.456').normalize(Context(prec=2)))
show('normalize clamp', lambda: D('1E+10').normalize(Context(Emax=12, prec=5, clamp=1)))

for mode in MODES:
    c = Context(prec=4, rounding=mode)
    print(mode, c.create_decimal('1.23456'), c.create_decimal('-1.23456'),
          c.create_decimal('9999.5'), c.create_decimal('0.000123449'), c.create_decimal(123455),
          c.create_decimal_from_float(0.1), c.create_decimal(D('-5.55550')))
show('create_decimal bad', lambda: Context().create_decimal('x1'))
show('create_decimal float', lambda: Context(prec=3).create_decimal(1.1))
show('create_decimal nan payload', lambda: Context(prec=3).create_decimal('NaN12345'))
show('create_decimal str', lambda: Context().create_decimal(' 1_2 '))
show('create_decimal bad type', lambda: Context().create_decimal(None))
show('from_float ctx', lambda: Context(prec=5).create_decimal_from_float(3.141592653589793))
show('next_plus', lambda: (D(1).next_plus(), D(1).next_minus(), D('-0').next_plus(),
                           D('Infinity').next_minus(), D('-Infinity').next_plus()))
show('next_toward', lambda: (D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1),
                             D('-1').next_toward(D('-0'))))
show('next prec', lambda: Context(prec=3).next_plus(D('9.99')))
