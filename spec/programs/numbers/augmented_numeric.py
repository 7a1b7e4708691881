# Augmented assignment on numbers produces new objects of the right type.
x = 7
x += 3
x -= 1
x *= 4
x //= 5
x **= 3
x %= 100
print(x)
y = 10
y /= 4
print(y, type(y).__name__)
z = 0b1111
z &= 0b1010
z |= 0b0100
z ^= 0b0001
z <<= 2
z >>= 1
print(z, bin(z))
f = 1.5
f **= 2
f //= 1
print(f)
c = 1 + 1j
c *= 1j
print(c)
b = True
b += 1
print(b, type(b).__name__)
