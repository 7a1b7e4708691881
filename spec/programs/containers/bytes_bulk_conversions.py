data = bytes(range(256)) * 3
for n in (0, 1, 63, 64, 65, 100, 700):
    b = data[:n]
    print(n, b.hex()[-20:], len(b.hex()), bytearray(b).hex() == b.hex(), memoryview(data)[5:5 + n].hex() == data[5:5 + n].hex())
ba = bytearray(data)
del ba[:7]
ba.extend(b"xyz" * 30)
print(ba.hex()[:30], ba.hex()[-30:], len(ba.hex()))
print(memoryview(ba)[100:300].hex()[:40])
print(data[100:300].hex(":", 4)[:50], data[:70].hex("-")[:20])
big = bytes((i * 37) % 256 for i in range(5000))
print(big.split(b"\x00")[:3], len(big.split(b"\x00")), big.split(b"\x25\x4a")[:2], len(big.rsplit(b"\x00", 5)))
print(big.decode("latin-1")[-10:] == "".join(chr(c) for c in big[-10:]), len(big.decode("latin-1")))
print(bytearray(big).split()[:2], bytes(200).split(b"\x00", 3)[-1][:5], big.partition(b"\xff")[0][-3:])
print(memoryview(big)[10:300].tobytes().split(b"\x25")[1][:8])

# Short splices into a bytearray, some of them from the bytearray itself.
ba = bytearray(b"abcdef")
for i in range(300):
    ba.append(i & 0xFF)
    ba += bytes([i % 7])
print(len(ba), ba[:12], ba[-6:])
ba = bytearray(b"0123456789")
try:
    ba += ba
except BufferError as e:
    print("BufferError:", e)
ba.extend(ba)
print(ba)
ba[2:4] = ba
print(ba)
ba[5:5] = ba[:3]
print(ba)
ba[1:3] = ba[-2:]
print(ba)
ba.extend(ba[:4])
ba.insert(0, 65)
print(ba)
b2 = bytearray(b"x" * 100)
b2[10:20] = b2[50:90]
b2 += b2[:70]
print(len(b2), b2.count(b"x"))
ba += b"more"
print(ba[-8:])
