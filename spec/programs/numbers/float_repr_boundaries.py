# repr/str of floats around the switch between fixed and scientific notation (1e-4 and
# 1e16), integral values, negative values, shortest round-trip digits, and complex parts.
vals = [1e-4, 9.999999999999999e-05, 0.00010000000000000002, 1e-5, 0.001, 0.1 + 0.2, 1 / 3,
        2 / 3, 1.0, 2.0 ** 52, 2.0 ** 53, 9999999999999998.0, 1e16, 1e15, 123456789012345.6,
        1234567890123456.8, 5e-324, 1.7976931348623157e308, 100.0, 1e21, 1e22, 12345.678,
        0.5, 1.5e-7, 3.14159, 2.5e15, 7e-4]
for v in vals:
    print(repr(v), str(-v), repr(complex(v, -v)), repr(complex(0, v)), f"{v}", [v])
print([i / 8 for i in range(-9, 9)], [10.0 ** k for k in range(-6, 18, 3)])
print(sum(len(repr(i * 0.37)) for i in range(20000)))
