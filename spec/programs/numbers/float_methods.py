# Float methods: is_integer, as_integer_ratio, hex, fromhex, and int/float mixing.
for v in (0.5, 0.1, 3.0, -2.75, 1e20):
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
print((3).as_integer_ratio(), (-7).as_integer_ratio())
print(1 + 2.0, type(1 + 2.0).__name__, 2 * 0.5, 7 / 7, type(7 / 7).__name__)
print(1 == 1.0, hash(1) == hash(1.0), 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e-10 + 1)
print(float.__name__, (2.5).real, (2.5).imag, (2.5).conjugate())
print(10 ** 16 + 1.0, int(1e16) + 1)
