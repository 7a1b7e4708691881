print(bytes(range(0, 256, 15)))
ba = bytearray(b"hello world")
view = memoryview(ba)
sub = view[6:]
sub[0] = ord("W")
print(ba, bytes(sub), sub.tobytes(), sub.tolist()[:3], len(sub), sub.nbytes, view.readonly)
ba2 = bytearray(b"0123456789")
ba2[2:5] = b""
print(ba2)
ba2[2:2] = b"abc"
print(ba2)
ba2[::3] = bytes(len(ba2[::3]))
print(ba2)
ba2 *= 2
print(ba2, ba2.count(0), ba2.find(b"a"), ba2.find(97), ba2.rfind(b"a"), ba2.index(ba2[1:2]))
del ba2[::2]
print(ba2, ba2.hex(" "))
print(b"abc" + bytes([1]), bytearray(b"ab") * 2, b"x" in bytearray(b"xyz"), bytearray(b"abc")[1], bytearray(b"abc")[1:])
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), bytearray(b"cab").translate(t))
print(b"Hello".ljust(8, b"."), b"7".zfill(3), b"a\tb".expandtabs(4), b"x,y".split(b","), b" a b ".split())
print(b"%b %s %x" % (b"raw", b"s", 255), b"%5d|" % 3, repr(b"'"), repr(b'"\''), b"\\x".decode())
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "little"), int.from_bytes(bytearray([255]), "big", signed=True))
x = bytearray()
for i in range(5):
    x.append(i * 50)
print(x, list(x), sum(x), max(x), bytes(x).hex(), x.decode("latin-1"))
x.reverse(); x.insert(0, 1); x.remove(0)
print(x, x.pop(0), x)
try:
    x.remove(99)
except ValueError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    x.append(-1)
except ValueError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
print(b"abc".isupper(), b"ABC".isupper(), b"a1".isalnum(), b"".isalpha(), b"  \t".isspace(), b"Ab".istitle())
print(bytes(b"abc") == bytearray(b"abc"), hash(b"abc") == hash(b"abc"), b"a" < b"b", sorted([b"b", b"a", b"ab"]))
m = memoryview(b"abcdef")
print(m[1], m[-1], bytes(m[::2]), m.tobytes() == b"abcdef", m[1:3] == b"bc")
try:
    m[0] = 1
except TypeError as e:
    print(e)
