# Stepped slices of long strs (Latin-1 text, wider text, text with astral characters), the
# byte-level methods on long bytes (replace, split, decode and re-encode through latin-1), and
# bytes.fromhex / bytearray.fromhex with whitespace, both letter cases and every error form.
texts = {
    "latin": "".join(chr(32 + i % 200) for i in range(1000)),
    "wide": "".join(chr(0x400 + i % 300) for i in range(700)),
    "astral": "ab\U0001F600cd" * 40,
    "edge 64": "x" * 63 + "y",
    "edge 65": "z" * 64 + "w",
}
for name, s in texts.items():
    for sl in [slice(None, None, -1), slice(None, None, 2), slice(None, None, -3), slice(5, 600, 7), slice(-1, 0, -1), slice(500, 3, -2), slice(1000, None, -5), slice(None, None, 97)]:
        r = s[sl]
        print(name, sl.start, sl.stop, sl.step, len(r), ascii(r[:6]), ascii(r[-3:]), r == "".join(list(s)[sl]))
    print(name, "reversed twice is itself:", s[::-1][::-1] == s, s[::-1] == "".join(reversed(s)))

data = bytes(range(256)) * 5
print(len(data.replace(b"\x01", b"xx")), data.replace(b"\xff\x00", b"!")[250:260], data.replace(b"\x10", b"", 2)[:20])
parts = data.split(b"\x00")
print(len(parts), [len(p) for p in parts], data.split(b"\x7f", 2)[2][:4])
print(data.decode("latin-1")[:5], ascii(data.decode("latin-1")[250:258]), data.decode("latin-1").encode("latin-1") == data)
ba = bytearray(data)
ba.extend(data)
print(len(ba), ba[-3:], (data + data)[1279:1283], data[::-1][:4], data[1000::-97][:5])

for s in ["", "ab", "AB cd\tEF\n0a", " 01 02 ", "0", "abc", "zz", "a z", "\U0001F600ab", "ab\U0001F600", "ab c", "ab\u00a0cd", "ab\x0bcd\x0c", "12 3", "1 23", "ff" * 600, "éa", "a\u0660", "Ab " * 400 + "g"]:
    for t in (bytes, bytearray):
        try:
            r = t.fromhex(s)
            print(t.__name__, len(r), r[:8], r[-2:])
        except ValueError as e:
            print(t.__name__, type(e).__name__, e)


class B(bytes):
    pass


print(type(B.fromhex("0102")).__name__, B.fromhex("0102"), bytes.fromhex("0a0B0c").hex())
for bad in [b"00", None, 3]:
    try:
        bytes.fromhex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
