# int methods and attributes.
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((-5).__abs__(), (5).__neg__(), (7).__floordiv__(2), (7).__rtruediv__(14))
print((10).__add__(5), (10).__add__(5.0), int.__add__(1, 2))
print(int.__name__, type(n) is int, isinstance(n, (float, int)))
print((1024).bit_length(), (12).to_bytes(1, 'big'))
print(sorted([3, -1, 2, -5], key=abs), sorted([3, -1, 2, -5]))
print(int.__mro__, (5).__class__.__name__)
print(hash(5), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.5), hash(-0.5), hash(2.0))
