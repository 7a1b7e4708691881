# Decimal arithmetic under contexts: + - * / // % divmod ** unary, mixing with int
from decimal import (Decimal as D, getcontext, localcontext, Context, ROUND_HALF_EVEN,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP)
import operator


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


nums = [D(x) for x in ['0', '-0', '1', '-1', '2.5', '-0.75', '3.000', '1E+2', '7', '0.1',
                       '123456789.987654321', '1E-5', 'Infinity', '-Infinity', 'NaN']]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod)]
getcontext().traps[__import__('decimal').InvalidOperation] = False
getcontext().traps[__import__('decimal').DivisionByZero] = False
for a in nums:
    row = []
    for b in nums:
        for name, op in ops:
            try:
                row.append(str(op(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
    print(a, ' '.join(row))
getcontext().clear_flags()
ctx = getcontext()
ctx.traps[__import__('decimal').InvalidOperation] = True
ctx.traps[__import__('decimal').DivisionByZero] = True

for a, b in [('7', '2'), ('-7', '2'), ('7', '-2'), ('-7', '-2'), ('7.5', '2'), ('10', '0.3'),
             ('1E+3', '7'), ('0.5', '0.25'), ('-0', '5'), ('5', '-Infinity'), ('1', '3')]:
    a, b = D(a), D(b)
    print(a, b, divmod(a, b), a // b, a % b, a.remainder_near(b), ctx.divmod(a, b))

for a, b in [(1, 3), (2, 3), (1, 7), (22, 7), (10, 4), (1, 8), (100, '0.01'), ('1.00', '0.5'),
             ('1.2E+5', '4'), ('6', '2.0'), ('1', '1E+50'), ('1E-50', '3')]:
    print(a, b, D(a) / D(b))

for prec in [1, 3, 9, 28, 50]:
    with localcontext() as c:
        c.prec = prec
        print(prec, D(1) / D(7), D(2).sqrt(), D('123.456') * D('789.012'), D(10) ** 20 + 1,
              D('1E+10') + D('1E-10'), +D('3.14159265358979323846'), -D('2.71828182845904523536'))

for rounding in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
                 ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    c = Context(prec=3, rounding=rounding)
    print(rounding, [str(c.plus(D(x))) for x in ['1.234', '1.235', '1.245', '1.2451', '-1.235',
                                                  '-1.245', '1.201', '1.251', '1.301', '9.995',
                                                  '-9.995', '1.0049', '0.00012345']])
    print('  ', c.add(D('1E+5'), D('1E-5')), c.subtract(D(0), D('1E-10')), c.divide(2, 3),
          c.multiply(D('-1.11'), D('1.11')), c.add(D('-0'), D('0')), c.minus(D(0)),
          c.subtract(D('1.5'), D('1.5')))

# integers mixed in, both orders
x = D('2.5')
for y in [3, -3, 0, True, 10**30]:
    for name, op in ops + [('**', operator.pow)]:
        show('%s %s %r' % (x, name, y), lambda: op(x, y))
        show('%r %s %s' % (y, name, x), lambda: op(y, x))

# powers
for a, b in [('2', '10'), ('2', '-2'), ('2.0', '2'), ('2.0', '-2'), ('-2', '3'), ('-2', '-3'),
             ('10', '-5'), ('0.5', '2.0'), ('1.5', '3'), ('4', '0.5'), ('2', '0.5'), ('10', '0.5'),
             ('8', '1E-1'), ('1', 'Infinity'), ('0.5', 'Infinity'), ('2', '-Infinity'),
             ('0', '5'), ('0', '-5'), ('-0', '3'), ('-0', '-3'), ('Infinity', '2'),
             ('-Infinity', '3'), ('-Infinity', '-2'), ('7', '0'), ('1.1', '100'), ('3', '1.5'),
             ('2', '64'), ('1.0001', '10000'), ('12', '0.33'), ('2', '-0.5'), ('9.99', '-1'),
             ('-8', '0.5'), ('0', '0'), ('Infinity', '0'), ('NaN', '0'), ('1', '0.5'),
             ('0.1', '-3'), ('-1', '1E+20'), ('2', '100000')]:
    show('%s ** %s' % (a, b), lambda: D(a) ** D(b) if b != '100000' else str(D(a) ** D(b))[:40])
show('pow mod', lambda: pow(D(3), D(4), D(5)))
show('pow mod neg', lambda: pow(D(-3), 3, 7))
show('pow mod big', lambda: pow(D(12345), 6789, 1000007))
show('pow mod float', lambda: pow(D('3.5'), 4, 5))
show('ctx power', lambda: Context(prec=5).power(D(2), D('0.5')))
show('ctx power mod', lambda: Context().power(2, 10, 1000))

for v in ['1.5', '-1.5', '-0', '0', 'Infinity', '-Infinity', '1.23456789012345678901234567890123']:
    d = D(v)
    print(v, repr(-d), repr(+d), repr(abs(d)), repr(ctx.abs(d)), repr(ctx.minus(d)),
          repr(ctx.plus(d)))
with localcontext(rounding=ROUND_FLOOR):
    print(repr(-D(0)), repr(+D('-0')), repr(D('1') - D('1')), repr(D('-0') + D('0')))

show('fma', lambda: D(2).fma(3, 4))
show('fma prec', lambda: D('1.23456789').fma(D('9.87654321'), D('-12'), Context(prec=5)))
show('fma inf', lambda: D('Infinity').fma(0, 1))
show('ctx fma', lambda: ctx.fma(D(5), D(6), D(-30)))
show('scaleb', lambda: D('1.23').scaleb(5))
show('scaleb neg', lambda: D('1.23').scaleb(D(-7)))
show('scaleb frac', lambda: D('1.23').scaleb(D('1.5')))
show('logb', lambda: (D(1234).logb(), D('0.001').logb(), D('Infinity').logb()))
show('logb 0', lambda: D(0).logb())
for bad in ['a', 1.5, [1], None]:
    show('+ %r' % (bad,), lambda: D(1) + bad)
    show('%r *' % (bad,), lambda: bad * D(1))
show('ctx add float', lambda: ctx.add(1.5, D(1)))
show('ctx add str', lambda: ctx.add('1', D(1)))
show('sum', lambda: sum([D('0.1')] * 10))
show('sum start', lambda: sum([D('0.1'), D('0.2')], D(0)))
print(ctx.flags[__import__('decimal').Inexact], ctx.flags[__import__('decimal').Rounded])
