# bytes.partition / rpartition return the separator argument itself when it is found (a
# bytearray or memoryview separator stays one); bytearray's methods make new bytearrays.
sep = bytearray(b"a")
r = b"xay".partition(sep)
print(r, r[1] is sep)
r = b"xayaz".rpartition(sep)
print(r, r[1] is sep)
mv = memoryview(b"y")
r = b"xay".rpartition(mv)
print(r[0], r[1] is mv, r[2])
print(b"xay".partition(bytearray(b"q")), b"xay".rpartition(bytearray(b"q")))
r = bytearray(b"xay").partition(b"a")
print(r, [type(p).__name__ for p in r])
r = bytearray(b"xay").partition(sep)
print(r, r[1] is sep)


class B(bytes):
    pass


r = b"xay".partition(B(b"a"))
print(r, type(r[1]).__name__)
r = B(b"xay").partition(b"a")
print(r, [type(p).__name__ for p in r])
r = B(b"xay").partition(b"q")
print(r, type(r[0]).__name__)
for bad in ("a", 97, None):
    try:
        b"xay".partition(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b"xay".partition(b"")
except ValueError as e:
    print(type(e).__name__, e)
