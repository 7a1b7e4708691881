# Decimal's int <-> digits conversions are not subject to the int/str digit limit, even when
# sys.set_int_max_str_digits lowers it to its minimum (640): Decimal(int), int(Decimal),
# str(Decimal) and arithmetic on 800-digit values all work; str(int) itself still raises.
import sys
from decimal import Decimal, getcontext

sys.set_int_max_str_digits(640)
getcontext().prec = 1000
big = 10 ** 800 + 12345
d = Decimal(big)
print(str(d)[:8], str(d)[-8:], len(str(d)))
print(int(d) == big, int(Decimal('1' * 800)) % 1000, d.adjusted(), len(d.as_tuple().digits))
print(str(d * 3)[-6:], str(d + 1)[-6:], str(d // 7)[:10], str(d.sqrt())[:12])
print(Decimal(-big).to_integral_value() == -d, hash(d) == hash(big), d == big, d > big - 1)
print(str(Decimal.from_float(2.0 ** 1000))[:10], f'{d:.5e}')
try:
    str(big)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(len(str(big)))
