# An exact bytes object is reused where CPython returns it unchanged: bytes(b), a full forward
# slice b[:] / b[0:len(b)], and b * 1. Copies are made for subclasses, bytearrays, other slices.
b = b'abc'
print(bytes(b) is b, b[:] is b, b[0:3] is b, b[::1] is b, b * 1 is b, 1 * b is b)
print(b[1:] is b, b[::-1] is b, b * 2 is b, b[:] == b)


class B(bytes):
    pass


s = B(b'xyz')
print(bytes(s) is s, type(bytes(s)).__name__, s[:] is s, type(s[:]).__name__, s * 1 is s, type(s * 1).__name__)
ba = bytearray(b'abc')
print(ba[:] is ba, ba * 1 is ba, bytes(ba) == b, type(bytes(ba)).__name__)
print(B(b) is b, type(B(b)).__name__, bytes(memoryview(b)) is b)
