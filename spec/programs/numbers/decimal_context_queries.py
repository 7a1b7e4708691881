# Context one-operand queries (copy_abs ... number_class): conversion of ints, refusal of
# floats, context-dependent answers (is_normal/is_subnormal/number_class with Emin=-10).
import decimal
c = decimal.Context(prec=5, Emin=-10)
for n in ['copy_abs', 'copy_negate', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero', 'is_normal', 'is_subnormal', 'number_class']:
    print(n, [getattr(c, n)(x) for x in (decimal.Decimal('-1.5'), 3, decimal.Decimal('sNaN'), decimal.Decimal('1e-12'))], getattr(c, n).__name__)
try:
    c.is_zero(1.5)
except TypeError as e:
    print(e)
