# Bitwise int operators in compiled loops: int32 operands inline, the rest (big ints, shifts of
# 32 or more, negative shift counts) through int arithmetic, with CPython's results and errors.
def f(n):
    acc = 0
    vals = [0, 1, -1, 5, -7, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40 + 3, -(2**52), 2**60, 123456789]
    for i in range(n):
        for a in vals:
            for b in (0, 1, 3, -1, -5, 31, 32, 33, 2**31, 7):
                acc ^= (a & b) ^ (a | b) ^ (a ^ b)
                if 0 <= b < 70:
                    acc += (a >> b) + (a << b) % 1000003
                else:
                    try:
                        a << b if b < 0 else a >> b
                    except ValueError as e:
                        acc += len(str(e))
            acc &= (1 << 80) - 1
    return acc
print(f(30))
x = 0
for i in range(300):
    x = (x << 1 | (i & 1)) & 0xffffffffffff
    x ^= x >> 3
print(x, -5 >> 1, -5 << 3, 7 & -2, -1 | 8)
