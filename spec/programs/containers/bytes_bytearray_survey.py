b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], list(b[:3]))
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"x"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"" in b"abc")
print(repr(b"\n\t\r\\'\""), repr(b"'"), repr(b"\"'"), b"\x7f\x80")
print(b"abc".decode(), "é".encode(), "é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"))
ba.insert(0, 65)
ba.remove(ord("X"))
print(ba, ba.index(b"Y"), ba.reverse(), ba)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.remove(0)
except ValueError as e:
    print("ValueError:", e)
print(b"a,b".split(b","), b" x ".strip(), b"abc".startswith(b"a"), b"%d-%s" % (5, b"x"))
print(bytes(ba) == ba, ba == b"", hash(b"abc") == hash(b"abc"), b"abc" < b"abd")
print(b"abc".center(9, b"*"), b"12".zfill(5), b"AbC".lower(), b"abc".isalpha(), b"a1".isalnum())
print(b"x".join([b"a", b"b", bytearray(b"c")]), bytearray(b"x").join([b"1", b"2"]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(list(iter(b"ab")), sorted(b"cab"), b"abc"[1:2] == b"b", type(b"abc"[0]), type(ba[0:1]))
print(bytearray(b"abc").decode(), ba.copy(), ba.clear(), ba)
print(b"a b c".split(None, 1), b"abc".partition(b"b"), b"aaa".rfind(b"a"), b"\t".expandtabs())
print(bytes.maketrans(b"abc", b"xyz"), b"abcabc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
