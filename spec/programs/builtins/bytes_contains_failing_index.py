# `x in b` looks for x as a bytes-like object when x's __index__ fails (any error), as
# CPython's _Py_bytes_contains does; a valid index must be a byte value.
class C2(bytearray):
    def __index__(self):
        return 'x'

v = C2(b'ab')
print(v in v, v in b'xaby', v in bytearray(b'zz'))

class KeyIndex:
    def __index__(self):
        raise KeyError('k')

class GoodIndex:
    def __index__(self):
        return 98

class BytesIdx(bytes):
    def __index__(self):
        return 99

for x in [KeyIndex(), GoodIndex(), BytesIdx(b'ab'), 300, -1, 2**70, 97, b'a', bytearray(b'bc'), 'a', None, memoryview(b'c')]:
    for hay in (b'abc', bytearray(b'abc')):
        try:
            print(type(x).__name__, x in hay)
        except Exception as e:
            print(type(x).__name__, type(e).__name__, e)
