# An encoding or errors argument holding a NUL is "ValueError: embedded null character" (before
# any codec lookup) for str.encode, bytes.decode, str() and bytes()/bytearray(); and
# float.fromhex takes a str subclass's value.


class S(str):
    pass


cases = [
    lambda: 'ab'.encode('x\x00y'),
    lambda: 'ab'.encode('utf-8', 'x\x00'),
    lambda: 'ab'.encode(errors='\x00'),
    lambda: 'a'.encode(1, 'x\x00'),
    lambda: 'a'.encode('x\x00', 1),
    lambda: S('ab').encode(S('x\x00y')),
    lambda: b'ab'.decode('x\x00y'),
    lambda: bytearray(b'ab').decode('ascii', '\x00'),
    lambda: str(b'a', 'x\x00'),
    lambda: str(b'a', 'utf-8', 'x\x00'),
    lambda: str(b'a', encoding='x\x00'),
    lambda: bytes('a', 'x\x00'),
    lambda: bytes('a', 'utf-8', 'x\x00'),
    lambda: bytearray('a', 'x\x00'),
    lambda: 'ab'.encode('no-such-codec'),
    lambda: 'ab'.encode(S('utf-8'), S('strict')),
    lambda: float.fromhex(S('0x1p1')),
    lambda: float.fromhex(S(' -0x1.8p-1 ')),
    lambda: float.fromhex(S('zz')),
    lambda: float.fromhex(b'0x1p1'),
    lambda: float.fromhex(5),
    lambda: type(float.fromhex(S('0x1p0'))),
    lambda: bytes.fromhex(S('0a 0b')),
    lambda: int(S(' 12 ')),
    lambda: complex(S('1j')),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
