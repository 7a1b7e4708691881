def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")
for v in [5, -5, 127, -128]:
    print(v, bits(v), bits(~v), bits(v << 1), bits(v >> 1))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, flags ^ 0b111)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(9)], bin(2**70 | 1).count("1"))
print(-1 & 0xFFFFFFFF, (-2**100) >> 98, (2**100) >> 98, -(2**100) & 7, 1 << 100 >> 99)
print(format(255, "#x"), format(255, "08b"), f"{-42:+06d}", f"{1234567:,}", f"{1234567:_x}")
print(True + True, True & False, True | 2, ~True, -True)
