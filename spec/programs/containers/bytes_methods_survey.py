b = b"Hello, World"
print(b.ljust(15, b"."), b.rjust(15), b.lstrip(b"H"), b.rstrip(b"d"), b.strip(b"Hd"), b.swapcase(), b.capitalize())
print(b.rsplit(b", "), b.splitlines(), b"a\nb\r\nc".splitlines(True), b.rpartition(b"o"), b.rindex(b"o"), b.index(b"W"))
print(b.isupper(), b.islower(), b"ABC".isupper(), b"  ".isspace(), b"Title Case".istitle(), b"123".isdigit(), b"\xff".isalpha())
print(b.endswith((b"x", b"ld")), b.startswith(b"Hello", 0), b.find(72), b.count(b"l", 0, 5), b.replace(b"l", b"", 2))
print(b.removeprefix(b"Hello"), b.removesuffix(b"World"), b.expandtabs(), b"ab\tc".expandtabs(4))
print(bytes.fromhex("00ff10"), bytearray.fromhex("41 42"), b"\x00\x01".hex("-", 1), b"abcdef".hex(":", 2))
ba = bytearray(b"abc")
ba.extend([100, 101])
ba[0:1] = [65, 66]
print(ba, ba * 2, 2 * ba, ba + b"!", ba[::-1], ba[-1], ba.count(b"b"), ba.find(b"c"), b"c" in ba, 100 in ba)
ba2 = bytearray(b"xyz")
ba2 *= 2
print(ba2, len(ba2), ba2 == b"xyzxyz", ba2 < b"y", bytearray() == bytes())
ba2[::2] = b"123"
print(ba2)
try:
    ba2[::2] = b"12"
except ValueError as e:
    print("ValueError:", e)
try:
    ba2[0] = b"a"
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    b"%d" % "x"
except TypeError as e:
    print("TypeError:", e)
print(b"%s %r %5d %-3x|" % (b"bs", b"br", 42, 255), b"%c%c" % (65, b"B"), b"%b" % b"bb", b"%%")
print(repr(bytearray(b"a'b\"c")), repr(b"a'b\"c"), str(bytearray(b"\x80")), bytes(bytearray(b"q")))
print(list(b"abc"), [x for x in bytearray(b"ab")], bytes(x + 1 for x in b"abc"), b"".join([b"a", b"b"]))
print(b"abc".decode("ascii"), b"caf\xc3\xa9".decode(), "café".encode("utf-16-le") if False else "", "é".encode("utf-8").hex())
print(b"A".lower(), ord(b"a"), bytes([ord("z")]), chr(b"a"[0]), b"abc"[1:].upper())
print(b"x" * 3 == b"xxx", b"a" < b"b" < b"ba", max(b"abc"), min(b"abc"), sum(b"\x01\x02"), sorted(b"cba"))
print(bytes.maketrans(b"a", b"b")[97], b"hello".translate(None, b"l"), bytearray(b"xyz").translate(bytes.maketrans(b"x", b"X")))
print(b"abc".zfill(6), b"-5".zfill(4), b"a,b,,c".split(b","), b"  a  b ".split(), b"abc".split(b"b", 1), b"a b c".rsplit(None, 1))
ba3 = bytearray(b"hello")
del ba3[1:3]
print(ba3, ba3.upper(), type(ba3.upper()).__name__, ba3.startswith(b"h"), ba3.isalpha())
ba3.reverse(); print(ba3)
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (1).to_bytes(1, "little"), (65535).to_bytes(2, byteorder="big"), int.from_bytes(bytearray(b"\x01\x02"), "big"))
print((0).to_bytes(0, "big"), (5).to_bytes(), int.from_bytes(b"", "big"), (-5).to_bytes(1, "big", signed=True))
try:
    (-5).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(b"\\x", len(b"\\x"), b"\101\x42", rb"\n", len(rb"\n"))
