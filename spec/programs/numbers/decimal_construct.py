# Decimal construction, str/repr/to_eng_string, as_tuple, predicates and sign helpers
from decimal import Decimal, getcontext, Context, DecimalTuple, InvalidOperation
import decimal


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


strings = ['0', '-0', '1', '-1', '1.10', '+3.14', '  7.5  ', '1e3', '1E+3', '1.23e-7', '123.456e2',
           '.5', '5.', '-.0', '0.000', '00012.3400', '1_000_000', '1_0.0_1', 'Inf', '-Infinity',
           'infinity', 'NaN', '-nan', 'NaN123', 'sNaN', '-sNaN42', 'nan0012', '0E-7', '1E-6',
           '1E-7', '123E-10', '0.0000001', '0.000001', '12345678901234567890123456789012345',
           '1E+999999999', '-1.5E-999999999', '\u0661\u0662.\u0663', '1e+00', '1e-00',
           '9.999999999999999999999999999999999E+5']
for s in strings:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())

bad = ['', ' ', 'abc', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '1e1.5', '--1', '+-1', 'In',
       'nan.5', 'sNaNx', '1 2', '0x10', '1e+-3', '.', '-.e1', 'Infinit']
for s in bad:
    show(repr(s), lambda: Decimal(s))

for i in [0, 1, -1, 10**30, -(10**40), True, False]:
    d = Decimal(i)
    print(i, repr(d), d.as_tuple(), d.adjusted())

for f in [0.0, -0.0, 0.1, 1.5, -2.75, 1e100, 5e-324, 1 / 3, float('inf'), float('-inf'), float('nan')]:
    print(repr(f), repr(Decimal.from_float(f)), repr(Decimal(f)))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (), 5), (0, (0, 0, 1), 2), (1, (4, 2), 'F'),
          (0, (1, 2), 'n'), (1, (), 'N'), [0, [9, 9], -1], (0, (1,), 10)]:
    show(repr(t), lambda: Decimal(t))

for t in [(0, (1,)), (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 'ab', 0),
          (0, (1.0,), 0), (-1, (1,), 0)]:
    show(repr(t), lambda: Decimal(t))

for v in [None, 1j, [1, 2], object, b'1', 1.5j]:
    show('Decimal(%r)' % (v,), lambda: Decimal(v))

show('from_float str', lambda: Decimal.from_float('1.5'))
show('from_float int', lambda: Decimal.from_float(7))
show('copy', lambda: Decimal(Decimal('-1.50')))
show('context arg', lambda: Decimal('1.23456789', Context(prec=3)))
show('context bad', lambda: Decimal('1', 5))

print(DecimalTuple(1, (2, 5), -1), Decimal(DecimalTuple(1, (2, 5), -1)))
t = Decimal('-12.5').as_tuple()
print(t.sign, t.digits, t.exponent, t._fields, type(t).__name__)

vals = [Decimal(x) for x in ['0', '-0', '1.5', '-1.5', 'Inf', '-Inf', 'NaN', '-sNaN', '1E-999999',
                             '1E-1000000', '9E+999999', '0E-1000010']]
for d in vals:
    print(repr(d), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.number_class(),
          d.is_canonical(), d.adjusted(), bool(d))
    print('  ', repr(d.copy_abs()), repr(d.copy_negate()), repr(d.copy_sign(Decimal('-1'))),
          repr(d.copy_sign(1)), repr(d.canonical()))

print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), Decimal(3).radix())
print(Decimal('1.0').same_quantum(Decimal('2.0')), Decimal('1.0').same_quantum(Decimal('2')),
      Decimal('nan').same_quantum(Decimal('snan')), Decimal('inf').same_quantum(Decimal('-inf')))
print(type(Decimal(1)), Decimal.__module__, Decimal.__name__, Decimal.__qualname__)
print(isinstance(Decimal(1), __import__('numbers').Number),
      isinstance(Decimal(1), __import__('numbers').Real))


class MyDec(Decimal):
    pass


m = MyDec('1.25')
print(type(m).__name__, repr(m), type(MyDec.from_float(0.5)).__name__, MyDec.from_float(0.5))
print(type(m + 1).__name__, type(Decimal(m)).__name__, type(MyDec(m)).__name__)

# capitals in str()
ctx = getcontext()
ctx.capitals = 0
print(str(Decimal('1E+10')), repr(Decimal('-1.5E-20')), Decimal('1E+10').to_eng_string())
ctx.capitals = 1
print(Context(capitals=0).to_sci_string(Decimal('123E+10')),
      Context().to_eng_string(Decimal('123E+10')))
print(Decimal('123456789012345678901234567890.12345'), Decimal(2 ** 100))

# exponent limits of a string, and coefficients past the int/str digit limit
for s in ['1e999999999999999999', '1e1000000000000000000', '12e999999999999999999',
          '12e999999999999999998', '0.1e1000000000000000000', '1e-1999999999999999997',
          '1e-1999999999999999998', '1.2e-1999999999999999997', '0e1000000000000000000',
          '0e-1999999999999999998', '0.01e1000000000000000001']:
    show(s, lambda: Decimal(s))
    show('create ' + s, lambda: Context().create_decimal(s))
d = Decimal(10 ** 5000 + 7)
t = str(d)
print(len(t), t[:10], t[-5:], d.adjusted(), len(d.as_tuple().digits))
print(hash(d) == hash(10 ** 5000 + 7), int(d) == 10 ** 5000 + 7)
e = Decimal('1' * 6000)
print(len(str(e)), str(+e)[:40], e.adjusted(), Decimal('1e5000').__int__() == 10 ** 5000)
