# A slice of a bytearray (or bytes) is a new object with its own copy of the bytes: changing
# the slice, or the original, or growing either, leaves the other alone; every slice length
# (short, middle, over a kilobyte) and step, negative steps included.
src = bytearray(range(256)) * 6
for sl in [slice(0, 10), slice(10, 900), slice(None), slice(100, 1400), slice(None, None, 2), slice(None, None, -1), slice(1500, 20, -7), slice(5, 5)]:
    piece = src[sl]
    before = bytes(piece)
    print(type(piece).__name__, len(piece), piece[:4], piece[-2:])
    if len(piece):
        piece[0] = 255 - piece[0]
        piece.extend(b"tail")
        piece[1:3] = b""
    print("  original intact:", src[sl] == before, len(src))
    src[sl.start or 0] = (src[sl.start or 0] + 1) % 256
    print("  slice kept its bytes:", piece[-4:], piece[:2] != before[:2] or len(before) < 3)
    src[sl.start or 0] = (src[sl.start or 0] - 1) % 256

b = bytes(range(256)) * 5
for sl in [slice(3, 700), slice(None, None, -3), slice(1000, 1100)]:
    p = b[sl]
    print(type(p).__name__, len(p), p[:3], bytearray(p)[-3:], p == bytes(bytearray(b)[sl]))

class BA(bytearray):
    pass

s = BA(b"hello world" * 100)[2:600]
print(type(s).__name__, len(s), s[:5])
s += b"!"
print(len(s), s[-3:], BA(b"abc")[::-1], bytearray(b"xyz" * 400)[::400])
