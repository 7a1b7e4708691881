# Complex number arithmetic and repr.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z * 1j, z / (1 - 1j), z ** 2, -z)
print(repr(1j), repr(0j), repr(-1j), repr(1 + 0j), repr(complex(0, -0.0)), complex(1, 2))
print(complex('1+2j'), complex(' 3j '), complex(2), complex(1.5, -2))
print(1j * 1j, (1j) ** 2, (1j) ** 2 == -1)
print(z == 3 + 4j, z == complex(3, 4), (1 + 0j) == 1)
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1+')
except ValueError as e:
    print(type(e).__name__, e)
print(type(z).__name__, hash(1 + 0j) == hash(1))
