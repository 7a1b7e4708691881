import sys
def checksum(data: bytes) -> int:
    s = 0
    for i, b in enumerate(data):
        s = (s * 31 + b * (i + 1)) & 0xFFFFFFFF
    return s
class BitSet:
    def __init__(self, bits=0):
        self.bits = bits
    def add(self, i):
        self.bits |= 1 << i
        return self
    def discard(self, i):
        self.bits &= ~(1 << i)
        return self
    def __contains__(self, i):
        return self.bits >> i & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o): return BitSet(self.bits | o.bits)
    def __and__(self, o): return BitSet(self.bits & o.bits)
    def __xor__(self, o): return BitSet(self.bits ^ o.bits)
    def __invert__(self): return BitSet(~self.bits & ((1 << max(self.bits.bit_length(), 1)) - 1))
    def __repr__(self): return f"BitSet({list(self)})"
    def __int__(self): return self.bits
    def __index__(self): return self.bits
s = BitSet().add(1).add(5).add(64).add(100)
t = BitSet().add(5).add(7)
print(s, len(s), 64 in s, 63 in s, s | t, s & t, s ^ t, ~t, int(s), hex(s), bin(t), oct(t))
print(s.discard(64), [0, 1, 2][BitSet(2)], f"{s.bits:#x}", f"{t.bits:08b}", (2**100).bit_length())
print(checksum(b"hello world"), checksum(bytes(range(256))), checksum(b""))
n = 2**64 - 1
print(n, n + 1, -n, n * n, n // 3, n % 1000, n >> 60, n << 3, n & 0xFF, n ^ (n >> 1), ~n, -n >> 1, -(n + 1) >> 64)
print(pow(3, 200, 10**9 + 7), pow(2, 521) - 1 > 10**150, divmod(-n, 7), (-n) % 7, abs(-n) == n, 10**30 // -7, -10**30 % 7)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(1, "big", signed=True), int.from_bytes(bytes([255] * 9), "big"))
print(int("1" * 40), int("-0o777", 0), int("0b" + "1" * 70, 2 if False else 0), int("zz", 36), int("  -1_000_000  "))
print(format(n, ","), format(-n, "_x"), format(12345678901234567890, "e"), float(n), round(n, -5), round(-n, -19))
print(10**18 + 1 == 10**18 + 1.0, 2**53 + 1 == float(2**53 + 1), 2**63 > 9.2e18, (2**1000) > float("1e300"), 10**400 > float("inf"))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399, (10**400) ** 0.0 if False else 7 // 2, 1 / 3 * 3 == 1, 0.1 * 3, 10 / 4, 10 // 4.0, -0.0 == 0, 7 % -3.0)
b = bytearray(16)
for i in range(16):
    b[i] = (i * 37) % 256
print(b.hex(), bytes(b[:4]), b[-1], b.count(0), sum(b), max(b), bytes(reversed(b[:3])), b.find(74), b.rjust(18, b"!")[:3])
mv = memoryview(b)
print(mv[2], mv[1:3].tolist(), mv.nbytes, mv.readonly, len(mv), bytes(mv[::4]))
mv[0] = 255
print(b[0], mv.obj is b, mv.hex()[:6])
frame = b"\x02" + (3).to_bytes(2, "big") + b"abc" + b"\xff"
kind, length = frame[0], int.from_bytes(frame[1:3], "big")
payload = frame[3:3 + length]
print(kind, length, payload, payload.decode(), frame[-1] == 0xFF, frame.split(b"\xff"), frame.startswith(b"\x02\x00"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz"), b"b"), b"%x" % 255, b"a b".replace(b" ", b"_"))
print(sys.byteorder in ("little", "big"), sys.maxsize == 2**63 - 1, (True + True) * 3, True << 3, int(True), bool(-1), ~True, -False)
print(sorted([3, -1, 2**70, -2**70, 0.5]), sum([2**62, 2**62, 2**62]), max(2**64, 2.0**64), 2**64 == 2.0**64, hash(2**64) == hash(2.0**64))
