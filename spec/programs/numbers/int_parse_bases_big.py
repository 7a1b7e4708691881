# int(str, base) of long strs in bases 2, 8, 10 and 16 (parsed by BigInt) and others, with
# signs, prefixes, underscores and Unicode digits; floor division of bigs with mixed signs.
big = 7 ** 3000
for s in [str(big), "-" + str(big), "+" + str(big)[:4000], hex(big), "-" + hex(big), oct(big), bin(big)[:3000], "1_" * 1500 + "1", "٣" * 40, "12345678901234567890", "1" * 4301]:
    for base in (10, 0, 16, 8, 2, 36, 7):
        try:
            v = int(s, base)
            print(base, len(s), v % 1000003, v.bit_length(), v < 0)
        except ValueError as e:
            print(base, len(s), "ValueError", str(e)[:70])
print(int("  -0x_ff  ", 16), int("0b1_01", 0), int("0o17", 8), int("ZZ", 36), int("-0", 16), int(" 0_0 ", 0))
for s in ["0x", "0x_", "1__0", "0xg", "12 3", "", "-", "+0b", "0b2"]:
    for base in (0, 16, 2):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError", e)
x = int("9" * 4000)
print(x % 97, len(str(x)), int(str(x)[::-1] + "1") % 101)
for a in [7 ** 200, -(7 ** 200), 7 ** 200 + 1, -(7 ** 200) - 1, 0]:
    for b in [3, -3, 7 ** 100, -(7 ** 100), 2 ** 64 + 1, -(2 ** 64) - 1]:
        q, r = a // b, a % b
        print(q % 1000003, r % 1000003, q * b + r == a, divmod(a, b) == (q, r))
