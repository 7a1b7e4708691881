print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (7).bit_count(), (-7).bit_count())
print(int("ff", 16), int("0x1f", 0), int("0b101", 0), int("0o17", 0), int(" 42 "), int("1_000"), int("-z", 36))
for bad in ["", "abc", "1.5", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), -7.5 // 2, 7.5 % -2)
print(2 ** 100, 2 ** -1, (-2) ** 3, pow(2, 10, 1000), pow(3, -1, 7), 0 ** 0, (-8) ** (1/3) if False else "skip")
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(1 << 70, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -(2**64) >> 1, 12345678901234567890 * 98765432109876543210)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (10).as_integer_ratio())
print(abs(-3), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), True + True, True * 3, -True)
print(int(True), int("  -0  "), int(3.99), int(-3.99), int("٣"), 10**20 // 3, -(10**20) // 7, (10**20) % -7)
print(isinstance(True, int), bool(0), bool(-1), 3 == 3.0, hash(3) == hash(3.0), 1 < 2 < 3, 2 ** 0.5)
print(hex(-255), oct(-8), bin(-5), hex(2**64), 0xFF, 0o17, 0b11, 1_000_000)
print((3).__add__(4), (3).__radd__(4), (3).__add__(4.0), (3).__truediv__(2), int.__add__(1, 2))
print(float(10**20), 10**20 / 10**10, 2**1000 / 2**999, 7 / 2, -7 / 2, 1e0 == 1)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes([1, 2, 3], "big"), (1024).to_bytes(4, "little"), (-129).to_bytes(2, "big", signed=True))
print(round(7, -1), round(15, -1), round(25, -1), round(-15, -1), sum(range(101)), max(3, 7, 2), min([5, 1, 9]))
print(int('10', base=2), int(x='7') if False else 0, complex(1, 2) if False else 0)
print(str(-0), 0 == -0, (-5) // 1, 5 .__floordiv__(2), (-5).__mod__(3), (5).__rmod__(17), (2).__pow__(3, 5))
print(f"{2**64:x}", f"{-42:08d}", f"{255:#010x}", f"{10**30:e}")
