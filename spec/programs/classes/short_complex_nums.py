z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z ** 2, (1 + 2j) / (3 - 4j))
print(complex("1+2j"), 2j * 2j, repr(-0j), repr(1 - 0j), 1j ** 2 == -1, complex(1.5), -(1 + 1j))
try:
    z < z
except TypeError as e:
    print(e)
print(hash(1 + 0j) == hash(1), (1 + 0j) == 1, divmod(7.5, 2), 7.5 // 2, -7.5 % 2)
print((0.1).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), float("-inf"))
print(1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 100.0, 1e22, 1.5e-10, float("1_0.5"))
