# Less common Decimal/Context methods (logical, rotate/shift, next_*, number_class, ...),
# pickling/copying, json/statistics interplay, subclasses and method argument errors
import copy
import json
import statistics
from fractions import Fraction
from decimal import (Decimal as D, Context, getcontext, localcontext, ExtendedContext,
                     InvalidOperation, ROUND_HALF_UP, DecimalTuple)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


c = Context(prec=9, traps=[])
for a, b in [('1100', '1010'), ('0', '1'), ('111111111', '10'), ('1101', '-1'), ('12', '11'),
             ('1.0', '1'), ('1E+1', '1'), ('11111111111', '1')]:
    a, b = D(a), D(b)
    print(a, b, c.logical_and(a, b), c.logical_or(a, b), c.logical_xor(a, b),
          c.logical_invert(a), c.flags[InvalidOperation])
    c.clear_flags()
for a, n in [('123456789', 2), ('123456789', -2), ('123456789', 9), ('123', 3), ('-12', 1),
             ('Infinity', 2), ('12', '1.5'), ('12', 10), ('NaN', 1), ('1.23E+5', -1)]:
    a, n = D(a), D(n)
    print(a, n, c.rotate(a, n), c.shift(a, n), a.rotate(n, c), a.shift(n, context=c))
    c.clear_flags()
for v in ['0', '-0', '1E-999999', '1E-1000000', '-1E-1000005', '123', '-Infinity', 'NaN', 'sNaN',
          '9.99E+999999']:
    d = D(v)
    print(v, d.number_class(), c.number_class(d), d.is_normal(), d.is_subnormal(),
          c.is_normal(d), c.is_subnormal(d), d.next_plus(c), d.next_minus(c), d.logb(c))
    c.clear_flags()
print(ExtendedContext.next_toward(D(1), D(2)), ExtendedContext.next_toward(D('-0'), D(-1)))
for name in ['abs', 'minus', 'plus', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize',
             'to_integral_value', 'to_integral_exact', 'to_sci_string', 'to_eng_string',
             'copy_abs', 'copy_negate', 'is_zero', 'is_signed', 'is_nan', 'is_qnan', 'is_snan',
             'is_finite', 'is_infinite', 'is_canonical', 'canonical', 'copy_decimal',
             'number_class', 'next_plus', 'next_minus', 'logical_invert']:
    show('ctx.%s(-12.50)' % name, lambda: getattr(c, name)(D('-12.50')))
    show('ctx.%s(7)' % name, lambda: getattr(c, name)(7))
    show('ctx.%s(1.5)' % name, lambda: getattr(c, name)(1.5))
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
             'remainder_near', 'divmod', 'power', 'compare', 'compare_signal', 'compare_total',
             'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'same_quantum',
             'copy_sign', 'scaleb', 'next_toward']:
    show('ctx.%s(7, -2)' % name, lambda: getattr(c, name)(7, D(-2)))
    show('ctx.%s(7, "2")' % name, lambda: getattr(c, name)(D(7), '2'))
show('D.add?', lambda: D(1).quantize('1'))
show('D.compare float', lambda: D(1).compare(1.0))
show('D.max None', lambda: D(1).max(None))
show('D.fma str', lambda: D(1).fma('2', 3))
show('ctx.fma', lambda: c.fma(2, 3, 4))
show('ctx.power 3 args', lambda: c.power(3, 4, 5))
show('ctx.radix', lambda: (c.radix(), D(1).radix()))
show('ctx.Etiny', lambda: (c.Etiny(), c.Etop()))
show('ctx.create_decimal()', lambda: c.create_decimal())
show('Decimal()', lambda: D())

# __reduce__ (what pickle uses) and copying keep value and type
for v in ['1.50', '-0', 'NaN12', '-Infinity', 'sNaN']:
    d = D(v)
    f, args = d.__reduce__()
    p = f(*args)
    print(repr(p), repr(copy.copy(d)), repr(copy.deepcopy(d)), p.as_tuple() == d.as_tuple())
ctx = Context(prec=12, rounding=ROUND_HALF_UP, traps=[InvalidOperation])
f, args = ctx.__reduce__()[:2]
print(f(*args))

# json and statistics
print(json.loads('{"price": 19.99, "qty": 3, "rate": 1e-3}', parse_float=D))
show('json dumps', lambda: json.dumps(D('1.5')))
data = [D('1.5'), D('2.25'), D('3.125'), D('0.5')]
print(statistics.mean(data), statistics.median(data), statistics.fmean(data),
      statistics.mean([D(1), D(2)]))
print(sum(data), max(data), min(data), sorted(data, reverse=True))

# subclasses


class Money(D):
    def __repr__(self):
        return 'Money(%s)' % self

    def __add__(self, other):
        return Money(D.__add__(self, other))


m = Money('10.50')
print(m, repr(m), repr(m + 1), repr(1 + m), type(m * 2).__name__, isinstance(m, D))
print(Money.from_float(0.25), type(Money.from_float(0.25)).__name__)

# f-strings and %-formatting
x = D('1234.5678')
print(f'{x}', f'{x!r}', f'{x:.2f}', f'{x:>15,.1f}', '%s|%r' % (x, x), '{:e}'.format(x))
print('%.2f %d %5.1f' % (x, x, x))
print(int(D('42')), float(D('0.1')) == 0.1, bool(D('0.0')), bool(D('NaN')), -D('0.0'))
print(D(10) ** -3, D(2) ** D(64), D('1.5') ** 2, pow(D(2), 10))
print(Fraction(D('0.75')) + 1, Fraction('1.25') == D('1.25'), D('1.25') == Fraction(5, 4))
print(DecimalTuple(0, (1,), -2), D((0, (3, 1, 4), -2)))
with localcontext() as outer:
    outer.prec = 10
    with localcontext(prec=3) as inner:
        print(D(2).sqrt(), inner.prec)
    print(D(2).sqrt(), getcontext().prec)
print(D(2).sqrt(), getcontext().prec)
manager = localcontext()
print(type(manager), type(manager).__name__, type(getcontext().flags).__name__)
