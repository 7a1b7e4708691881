# Arbitrary-precision integers.
a = 2 ** 100
print(a, len(str(a)))
print(a * a)
print(a // 3, a % 7, -a // 3, -a % 7)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000003)
print(int('9' * 40) + 1)
print(123456789 ** 5)
print((10 ** 30 + 1) * (10 ** 30 - 1))
print(abs(-10 ** 25), -10 ** 25 < -10 ** 24, hash(10 ** 25) == hash(10 ** 25))
print(divmod(10 ** 20, 7), divmod(-10 ** 20, 7))
