# int() with strings, bases, underscores and whitespace.
print(int('42'), int('  -17  '), int('+5'), int('0'), int('000123'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('10', 2), int('777', 8), int('1_000_000'), int('0x_ff', 16))
print(int(3.9), int(-3.9), int(True), int(10 ** 20 + 0.0))
for bad in ('', ' ', '1.5', '1_', '_1', '0x', '12abc', '1 2', '010'):
    try:
        print(int(bad, 0) if bad == '010' else int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for args in (('9', 8), ('g', 16), ('12', 37)):
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int('١٢٣'))
