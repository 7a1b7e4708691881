import math
f = math.factorial(30)
print(f, len(str(f)), f.bit_length())
print(2 ** 100, -(2 ** 100) // 3, -(2 ** 100) % 7, divmod(-2**70, 12345))
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(10, 20) // 7)
print((1 << 64) - 1, hex((1 << 64) - 1), bin(255), oct(-8))
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, divmod(-17, 5))
print(~0, ~5, -5 & 0xFF, -1 >> 10, -256 >> 4, 5 ^ -3, -6 | 3)
print(int("ff", 16), int("0b101", 0), int("  -42 "), int("1_000"), int("z", 36))
print(math.gcd(2**40, 6**20), math.isqrt(10**30 + 5), math.comb(50, 25), math.perm(10, 3))
print(abs(-2**65), round(123456, -2), round(-2.5), round(3.5), round(1.25, 1))
x = 123456789 ** 5
print(x, x % 1000, str(x)[:10])
print((10**20).to_bytes(9, 'big').hex(), int.from_bytes(b'\xff\xfe', 'little', signed=True))
print(int.from_bytes(b'\x80\x00', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 10**18 / 3)
print(int(1e20), int(-3.9), int(True), 7 / 2, 7 // 2.0, 2 ** -2)
print((255).bit_count() if hasattr(int, 'bit_count') else 8, (-7).bit_length())
print(sum(range(10**6)), max(2**64, 2**63 * 2 + 1))
