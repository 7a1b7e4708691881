# sqrt, exp, ln, log10 and non-integral powers: correctly rounded results at several
# precisions and rounding modes, special values and exact cases
from decimal import (Decimal as D, Context, localcontext, getcontext, Inexact, Rounded,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP, ROUND_HALF_DOWN, InvalidOperation)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


values = ['2', '3', '10', '0.5', '0.01', '1.1', '0.999', '123.456', '1E+10', '7.389056098930650227',
          '1E-10', '99999', '0.3333333333333333', '2.718281828459045235360287471352662497757',
          '1.000000001', '0.9999999999', '31415.9265358979', '4', '0.25', '1E+2', '6.25E-4']
for prec in [5, 16, 28, 40]:
    c = Context(prec=prec, traps=[])
    print('prec', prec)
    for v in values:
        d = D(v)
        print(' ', v, c.sqrt(d), c.exp(d), c.ln(d), c.log10(d), c.exp(-d), c.power(d, D('0.5')),
              c.power(d, D('1.5')), c.power(d, D('-2.25')))

for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
             ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    c = Context(prec=7, rounding=mode)
    print(mode, [str(f(D(v))) for v in ['2', '0.7', '13.5', '1E+5', '0.000123']
                 for f in (c.sqrt, c.exp, c.ln, c.log10)])

# exact and special cases
for v in ['0', '-0', '1', '100', '1E-6', '0.0100', '1.00', 'Infinity', '-Infinity', 'NaN', '-1',
          '1E+100', '10', '1000', '0.001', '16E+2', '2.25', '1E+1000']:
    d = D(v)
    ctx = getcontext()
    ctx.clear_flags()
    ctx.traps[InvalidOperation] = False
    print(v, repr(d.sqrt()), repr(d.exp(Context(traps=[]))), repr(d.ln()), repr(d.log10()), ctx.flags[Inexact],
          ctx.flags[InvalidOperation])
    ctx.traps[InvalidOperation] = True
show('sqrt(-2)', lambda: D(-2).sqrt())
show('ln(-2)', lambda: D(-2).ln())
show('exp overflow', lambda: D(2400000).exp())
show('exp underflow', lambda: D(-2400000).exp(Context(traps=[])))
show('exp tiny', lambda: (D('1E-40').exp(), D('-1E-40').exp()))
show('exp tiny down', lambda: D('-1E-40').exp(Context(rounding=ROUND_DOWN)))
show('exp big', lambda: D(1000).exp())
show('exp 230', lambda: D('230.2585').exp())
show('ln tiny', lambda: D('1E-999999').ln())
show('ln near 1', lambda: D('1.0000000000000000000000000001').ln())
show('log10 near 1', lambda: D('0.99999999999999999999').log10())
show('sqrt big', lambda: D('1E+999999').sqrt())
show('sqrt subnormal', lambda: D('1E-1000000').sqrt(Context(traps=[])))
show('sqrt prec', lambda: D(2).sqrt(Context(prec=100)))
show('exp prec', lambda: D(1).exp(Context(prec=60)))
show('ln prec', lambda: D(10).ln(Context(prec=60)))
show('pow 2**0.5 60', lambda: Context(prec=60).power(D(2), D('0.5')))
show('pow neg base', lambda: D(-8) ** D('0.5'))
show('pow 1**x', lambda: (D(1) ** D('0.5'), D(1) ** D('12.5'), D('1.0') ** D(3)))
show('pow 10**x', lambda: (D(10) ** D('0.3'), D(10) ** D('-1.5'), D('0.1') ** D('2.5')))
show('pow overflow', lambda: D(10) ** D('1000000.5'))
show('pow underflow', lambda: D(10) ** D('-1000000.5'))
show('pow mixed', lambda: (D('1.5') ** D('2.5'), 2 ** D('0.5'), D('2.5') ** 2))
getcontext().clear_flags()
print(D('1.21').sqrt(), getcontext().flags[Inexact], getcontext().flags[Rounded])
getcontext().clear_flags()
print(D('1.2').sqrt(), getcontext().flags[Inexact], getcontext().flags[Rounded])
for m in [ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING]:
    c = Context(prec=7, rounding=m, traps=[])
    print(m, c.power(D(2), D('0.5')), c.power(D(3), D('1.5')), c.power(D(7), D(-1)),
          c.power(D(3), 40), c.exp(D(100000000)), c.power(D(10), D('1000000.5')),
          c.power(D('-1.5'), D(-3)), c.power(D('0.3'), D('-0.7')))
