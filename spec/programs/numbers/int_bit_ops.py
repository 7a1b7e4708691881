# Bitwise operations on positive, negative and big integers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 0xFF, -12 | 3, -12 ^ 5, -12 >> 1, -1 >> 100, 1 << 100)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, ~(2 ** 70))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 1
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print((5).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True))
