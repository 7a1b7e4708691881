# Shortest round-tripping float repr and str.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1.5e-7,
          1e22, 1e23, 5e-324, 1.7976931348623157e308, 100.0, -0.0, 3.0, 2.5e-10, 12345678901234567.0]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(float('1e500'), float('-1e500'), 1e308 * 10)
print(float(10 ** 20), float(2 ** 53 + 1), 9007199254740993)
print(float('  1.5  '), float('-.5'), float('1_000.5'), float('1E3'))
