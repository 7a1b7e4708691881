# bytearray growth and shrinking in place (append, insert, pop, remove, slice assignment,
# deletion, extend, +=) and bytes.hex with and without separators, on long and short data.
for b in [b"", b"\x00", b"\xff\x10ab", bytes(range(256)) * 40, bytearray(b"xyz")]:
    h = b.hex()
    print(len(h), h[:20], h[-10:], b.hex(":")[:14], b.hex("-", 2)[:14], b.hex(" ", -3)[:16], bytes.fromhex(h) == b)
ba = bytearray()
for i in range(1000):
    ba.append(i % 256)
    if i % 7 == 0: ba.insert(0, 7)
    if i % 11 == 0 and len(ba) > 3: ba.pop(3)
    if i % 13 == 0: ba.remove(7)
ba[5:9] = b"abcdefgh"; ba[100:300] = b"z"; del ba[0:3]; ba[2:2] = ba[10:20]; ba += ba[:5]; ba.extend(range(10))
print(len(ba), ba[:40], ba[-30:], sum(ba))
