import sys
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(x)), sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else "")
print(2 ** 64 - 1, -(2 ** 63), (2 ** 64) // 3, (2 ** 100) % 7, divmod(2 ** 70, -3), (-2 ** 70) // 3, 10 ** 30 / 7)
print(int(1e30), float(2 ** 1023), 2 ** 0.5, 1 / 3, 2 / 3, 10 / 4, 1e308 * 10, -1e308 * 10, 1e-320)
print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1, 100 * 1.1, round(2.675, 2), 1.0 % 0.1, -5 % 3.0, 5.5 // 2, -5.5 // 2)
print(float("1e400"), float("-1e400"), float("0x1p3") if False else "", 1e23, 1.7976931348623157e308, 2.2250738585072014e-308)
print(7 .__truediv__(0) if False else "", (1).__truediv__(2), (-7).__floordiv__(2), 7 .__rfloordiv__(2))
print(abs(-2 ** 63), -(-2 ** 63), ~(2 ** 64), (2 ** 64) >> 63, 1 << 64, (2 ** 64) & (2 ** 64 - 1), (2 ** 64) | 1, (2 ** 64) ^ (2 ** 63))
print(pow(2, 100, 10 ** 9 + 7), pow(3, 200, 1000), pow(-3, 3, 7), pow(5, -2, 13), pow(2, 0, 1))
print(int.bit_length(2 ** 100), (2 ** 100).bit_count(), (-(2 ** 100)).bit_length(), (12345678901234567890).to_bytes(9, "big"))
print(hash(2 ** 100), hash(-(2 ** 100)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1e100), hash(-1.5), hash(float("inf")))
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(sorted([2 ** 70, 1.5, -3, 2 ** 64, 1e19]), max(2 ** 64, 1.8e19), min(-2 ** 64, -1.8e19))
print(str(10 ** 20), repr(-10 ** 20), f"{10 ** 20:,}", f"{2 ** 64:e}", f"{2 ** 64:.3g}", format(2 ** 70, "x"), format(-2 ** 70, "o"))
print(round(10 ** 20 + 5, -1), round(-15, -1), round(25, -1), round(35, -1), round(2 ** 70, -20))
print(int("1" * 30), int("-0x" + "f" * 20, 16), int("z" * 10, 36), int(" 1_0 "), int("0_0"), int("00"), int("+5"))
try:
    int("0_")
except ValueError as e:
    print("ValueError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
print(float("1_0.5"), float(".5"), float("5."), float("  -inf  "), float("NaN"), float("iNfInItY"), float("1e-1_0") if False else "")
try:
    float("1__0")
except ValueError as e:
    print("ValueError:", e)
print(1e16, 1e15, 123456789012345678, 0.1 + 0.7, 1/7, 1e-5, 1e-4, 0.0001234, 123e-10, -0.0, 5e-324 / 2)
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), float.as_integer_ratio(-0.75), (1e20).is_integer(), 3.7 // 1, -3.7 // 1, 3.7 % 1)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    (2.0 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print((-8) ** (1 / 3), (-1) ** 0.5, 0.0 ** 0, 0 ** 0.0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(complex(1, 2), 1j * 1j, (1 + 2j).real, abs(3 + 4j), (1 + 2j) * (3 - 1j), complex("1+2j"), 2j ** 2, (1+1j) / 2)
