# bytes: literals, indexing gives ints, methods, and decoding.
b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b'o', b'0'), b.find(b'wor'), b.count(b'l'))
print(b'abc' + b'def', b'ab' * 3, b'a' in b'abc', 98 in b'abc', list(b'abc'))
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(range(5)))
print(b'caf\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
print(b'\x00\x7f\x80\xff', b"'", b'"', b'\'"', b'\t\n\r\\')
print(b.hex(), bytes.fromhex('68 69'), b'abc'.hex('-'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' == 'a', bytes(b'x') is not None)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
