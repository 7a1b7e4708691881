# ascii/latin-1 encoding with strict, ignore and replace in one pass; bytes and bytearray
# contents of every size around the 64-byte and 1024-byte limits of the byte pool (slices,
# concatenation, repetition, join, copies, growth) stay separate objects.
for enc in ("ascii", "latin-1", "iso-8859-1", "utf-8"):
    for s in ("plain", "caf\xe9", "\xff\u0100x", "a\U0001f600b", "lone\ud800x", "\udc00", "end\ud83d", "\u20ac" * 3, "é" * 70, "x" * 70 + "\u0101"):
        for errors in ("strict", "ignore", "replace", "backslashreplace", "bogus"):
            try:
                r = s.encode(enc, errors)
            except UnicodeEncodeError as e:
                r = "UnicodeEncodeError %s %d %d %s" % (e.encoding, e.start, e.end, e.reason)
            except LookupError as e:
                r = "LookupError %s" % e
            print(enc, ascii(s)[:20], errors, r if not isinstance(r, bytes) or len(r) < 40 else (len(r), r[:8], r[-8:]))
print("abc".encode("ascii", "bogus"), "x\xe9".encode("latin-1", "bogus"), "x".encode(errors="ignore"))

sizes = [0, 1, 63, 64, 65, 100, 1023, 1024, 1025, 3000]
blocks = [bytes(range(n % 256)) * (n // 256) + bytes(range(n % 256)) for n in sizes]
total = 0
kept = []
for b in blocks:
    n = len(b)
    parts = [b[:n // 2], b[n // 2:], b[::2], b[::-1], b + b, b * 3, bytes(bytearray(b)), b"-".join([b, b]), b.upper()]
    kept.append(parts)
    for p in parts:
        total += len(p) + sum(p[:5]) + sum(p[-5:])
    ba = bytearray()
    for i in range(n):
        ba.append(i & 0xff)
    c = bytes(ba)
    ba[0:1] = b"\xaa" if n else b""
    ba += b
    kept.append([ba, c])
    total += len(ba) + len(c) + (c == b) + (ba[:n] == b)
print(total)
# The slices and copies above are still intact after all that allocation.
for parts in kept[::2]:
    print([len(p) for p in parts], [p[:3].hex() for p in parts][:4], parts[0] + parts[1] == blocks[kept.index(parts) // 2])
s = "payload-" * 20
encs = [s.encode() for _ in range(50)]
encs[3] = encs[3].replace(b"p", b"P")
print(sum(e == encs[0] for e in encs), encs[3][:10], encs[4][:10], len(set(encs)))
