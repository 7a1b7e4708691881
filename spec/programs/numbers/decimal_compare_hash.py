# Decimal comparisons and hashing with int, float, Fraction, complex; float()/complex();
# compare/compare_total/max/min methods; Decimals in sets, dicts and sorting
import math
from fractions import Fraction
from decimal import (Decimal as D, getcontext, localcontext, InvalidOperation, FloatOperation,
                     Context)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


ctx = getcontext()
pairs = [(D('1.0'), 1), (D('1.5'), 1.5), (D('0.1'), 0.1), (D('0.1'), Fraction(1, 10)),
         (D('0.5'), Fraction(1, 2)), (D('-0'), 0), (D('-0'), 0.0), (D('1E+30'), 10 ** 30),
         (D('2.5'), 2), (D('2.5'), 3), (D('Infinity'), float('inf')), (D('-Infinity'), 10 ** 400),
         (D('1.25'), 1.25 + 0j), (D('1'), 1 + 1j), (D('3.333'), Fraction(10, 3)),
         (D('-7'), Fraction(-7)), (D('1E-400'), 0.0), (D('Infinity'), Fraction(1, 3))]
for a, b in pairs:
    out = []
    for op in ['==', '!=', '<', '<=', '>', '>=']:
        try:
            out.append(str(eval('a %s b' % op)))
        except Exception as e:
            out.append(type(e).__name__)
    rev = []
    for op in ['==', '<', '>=']:
        try:
            rev.append(str(eval('b %s a' % op)))
        except Exception as e:
            rev.append(type(e).__name__)
    print(repr(a), repr(b), out, rev)
print(ctx.flags[FloatOperation])
ctx.clear_flags()

for a in [D('1'), D('NaN'), D('sNaN')]:
    for b in [D('NaN'), 1, 1.5]:
        for op in ['==', '!=', '<', '>=']:
            show('%r %s %r' % (a, op, b), lambda: eval('a %s b' % op))
ctx.clear_flags()
show('D < str', lambda: D(1) < '1')
show('D == str', lambda: D(1) == '1')
show('D < None', lambda: D(1) < None)
show('D == None', lambda: D(1) == None)
show('D < complex', lambda: D(1) < 1j)

# hashes agree with equal ints, floats and Fractions
for v in ['0', '-0', '1', '-1', '1.0', '1.000', '0.5', '-2.5', '0.1', '1E+30', '1E+400', '1E-400',
          '123.456', '-0.000001', '100', 'Infinity', '-Infinity', '7E+1', '12345678901234567890.5']:
    d = D(v)
    h = hash(d)
    checks = []
    if d.is_finite():
        checks.append(h == hash(Fraction(d)))
        if d == int(d):
            checks.append(h == hash(int(d)))
        f = float(d)
        if D(f) == d:
            checks.append(h == hash(f))
    else:
        checks.append(h == hash(float(d)))
    print(v, h, checks)
show('hash snan', lambda: hash(D('sNaN')))
n = D('NaN')
print(hash(n) == hash(n), {n: 1}[n], len({D('1.0'), D('1'), 1, 1.0, D('1.00')}))
print({D('0.5'): 'a', 0.5: 'b', Fraction(1, 2): 'c'})
print(sorted([D('2'), 1.5, D('-1'), 3, D('0.25'), Fraction(1, 3)]))
print(max(D('1'), D('1.0')), min(D('1.0'), D('1')), max([D('3'), D('10'), D('2.5')]))

for v in ['1.5', '-0', '0.1', '1E+400', '-1E-400', '123456789012345678901234567890', 'Infinity',
          '-Infinity', 'NaN', '-NaN']:
    d = D(v)
    print(v, float(d), complex(d), math.isnan(float(d)))
show('float snan', lambda: float(D('sNaN')))
show('as_integer_ratio', lambda: [D(v).as_integer_ratio() for v in ['1.5', '-0.125', '100', '0', '1E+3', '3.14']])
show('ratio nan', lambda: D('NaN').as_integer_ratio())
show('ratio inf', lambda: D('-Infinity').as_integer_ratio())
show('Fraction(D)', lambda: (Fraction(D('1.25')), Fraction.from_decimal(D('-0.5'))))
show('Fraction(D nan)', lambda: Fraction(D('NaN')))

vals = [D(v) for v in ['1', '1.0', '-1', '2', '-0', '0', 'NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity', 'NaN5']]
for a in vals[:7]:
    for b in vals[:7]:
        show('compare %s %s' % (a, b), lambda: (a.compare(b), a.compare_total(b), a.compare_total_mag(b)))
for a in vals:
    print(repr(a), [str(a.compare_total(b)) for b in vals])
ctx.traps[InvalidOperation] = False
show('compare_signal nan', lambda: D(1).compare_signal(D('NaN')))
ctx.traps[InvalidOperation] = True
show('compare_signal nan trapped', lambda: D(1).compare_signal(D('NaN')))
show('compare snan', lambda: D(1).compare(D('sNaN')))
for a, b in [('1', '2'), ('1.0', '1'), ('-1', '1'), ('NaN', '5'), ('5', 'NaN'), ('-0', '0'),
             ('Infinity', '1E+999'), ('-3', '2'), ('1.00', '1.0')]:
    a, b = D(a), D(b)
    print(a, b, a.max(b), a.min(b), a.max_mag(b), a.min_mag(b), ctx.max(a, b), ctx.min_mag(a, b))
show('max snan', lambda: D(1).max(D('sNaN')))
show('max prec', lambda: D('1.23456').max(D(1), Context(prec=3)))
