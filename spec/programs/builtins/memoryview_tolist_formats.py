# memoryview.tolist() and item reads for every cast format, over bytes and bytearray bases,
# strided and multi-dimensional views: signed bytes, chars, bools and the wider formats.
b = bytes(range(256)) * 2
ba = bytearray(b)
for src in (b, ba):
    m = memoryview(src)
    print(m.tolist()[:5], m[::-3].tolist()[:5], m[250:260].tolist(), len(m.tolist()))
    for fmt in ["b", "B", "c", "?", "h", "H", "i", "I", "l", "q", "Q", "f", "d"]:
        c = m.cast(fmt)
        t = c.tolist()
        print(fmt, len(t), t[:3], t[-2:], c[1], c[-1])
    print(m.cast("B", (16, 32)).tolist()[1][:4], m.cast("b", (2, 256))[1, 200])
    m2 = memoryview(ba)[::2]
    print(m2.tolist()[-3:], bytes(m2[:4]))
