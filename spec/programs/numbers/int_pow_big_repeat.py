# Powers of small ints past 2**53, repeated and alternated (the last one is remembered).
acc = 0
for i in range(300):
    acc = (acc + 7 * i) % (2 ** 80)
    acc ^= 3 ** (40 + i % 3)
    acc += (-3) ** (35 + i % 2) + (-2) ** 61 + 2 ** 53 + 10 ** 16
print(acc, 2 ** 64, 2 ** 64 - 1, (-2) ** 63, 3 ** 40, 3 ** 40 == 3 ** 40, type(2 ** 80).__name__)
vals = [2 ** 80, 2 ** 80, 2 ** 81, 2 ** 80]
print(vals, [v.bit_length() for v in vals], 9007199254740993 ** 1, 94906267 ** 2, 2 ** 53 - 1, 2 ** 52 * 2)
x = 2 ** 100
y = 2 ** 100
x += 1
print(x, y, x - y, pow(2, 100), pow(2, 100, 1000), 2 ** -2, 0 ** 0, (-1) ** 99)
