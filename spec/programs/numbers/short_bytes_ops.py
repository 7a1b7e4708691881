b = b"Hello, World"
print(b.lower(), b.split(b", "), b.find(b"o"), b.count(b"l"), b[0], b[-1:], b[::-2])
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":", 4), bytes.fromhex("ff00").hex("-"))
print(b.startswith((b"He", b"x")), b.replace(b"l", b"L", 2), b.center(16, b"*"))
print(list(b"abc"), bytes([65, 66]), bytes(3), bytes("é", "utf-8"), "é".encode("latin-1"))
print(b"%s=%d" % (b"x", 5), b"a" * 3, b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
ba = bytearray(b"abcdef")
ba[0] = 90
ba[1:3] = b"XYZ"
del ba[-1]
ba.append(33)
ba.extend(b"!!")
print(ba, len(ba), ba.pop(), ba.decode())
ba[::2] = b"...."
print(ba)
mv = memoryview(ba)
mv[0] = 65
print(ba[:3], mv[1], bytes(mv[:2]))
print(b"  x ".strip(), b"a-b-c".partition(b"-"), b"abc".translate(None, b"b"))
print(b"\x00\xff".decode("latin-1"), b"caf\xc3\xa9".decode(), repr(b"\n\t\x7f'\""))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(b"abc" < b"abd", b"ab" in b"xaby", 98 in b"abc", bytes(b"x") is not None)
print(b"a,b,,c".split(b","), b"1 2  3".split(), b"".join([b"x", bytearray(b"y")]))
print(bytearray(b"hi").upper(), bytearray(3), bytearray([1, 2]) == b"\x01\x02")
print(b"abc".isalpha(), b"12".isdigit(), b"Ab".swapcase(), b"hello world".title())
