# Every binary operator with a big-int operand (past 2**53), in both orders and with small
# ints, in-place forms, int subclasses with their own dunders, bool operands, and the errors
# (zero divisors, negative shift counts, unsupported operand types).
import operator

BIG = [2**53 + 1, -(2**61) - 3, 10**30 + 7, -(10**25), 2**64]
SMALL = [0, 1, -1, 7, -10009, 2**31, 2**52]
OPS = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("//", operator.floordiv),
       ("%", operator.mod), ("/", operator.truediv), ("&", operator.and_), ("|", operator.or_),
       ("^", operator.xor), ("<<", operator.lshift), (">>", operator.rshift)]


def show(label, f, a, b):
    try:
        r = f(a, b)
        print(label, type(r).__name__, r if not isinstance(r, float) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for sym, f in OPS:
    for a in BIG:
        for b in SMALL + BIG:
            if sym in ("<<",) and isinstance(b, int) and b > 100:
                continue
            show(f"{a} {sym} {b}", f, a, b)
            show(f"{b} {sym} {a}", f, b, a) if sym not in ("<<",) or a < 100 else None

# in-place forms keep the value semantics
x = 2**60
x += 2**60
x *= 3
x //= 7
x %= 10**15
x -= 2**70
x <<= 3
x >>= 2
x &= (2**80 - 1)
x |= 1
x ^= 2**65
print("inplace", x)
y = 9007199254740991
y += 1
y += 1
print(y, type(y).__name__, y * y, y * -y)
print(3037000500 * 3037000500, -3037000500 * 3037000500, (2**53) * 0, 0 * 2**70)


class MyInt(int):
    def __add__(self, other):
        return ("MyInt.add", int(self), other)

    def __radd__(self, other):
        return ("MyInt.radd", other, int(self))

    def __mod__(self, other):
        return "MyInt.mod"

    def __rmod__(self, other):
        return "MyInt.rmod"


m = MyInt(2**70)
print(m + 2**70, 2**70 + m, m + 5, 5 + m)
print(m % 2**70, 2**70 % m, m - 1, 2**70 - m, m * 2**60)
print(True + 2**60, 2**60 + True, 2**60 * False, 2**60 & True, 2**60 | True)
print(2**60 + 1.5, 1.5 + 2**60, 2**70 * 0.5, 2**70 / 2**69, (2**70) // 3.0, 2**70 % 7.5)

for a, b in [(2**70, 0), (-(2**70), 0), (5, 0)]:
    for sym, f in OPS[3:6]:
        show(f"{a} {sym} {b}", f, a, b)
for a, b in [(2**70, -1), (5, -(2**70)), (2**70, -(2**70))]:
    show(f"{a} << {b}", operator.lshift, a, b)
    show(f"{a} >> {b}", operator.rshift, a, b)
for other in ["s", [1], None, 1j]:
    for sym, f in OPS:
        show(f"big {sym} {other!r}", f, 2**70, other)
print(divmod(2**70, 12345), divmod(-(2**70), 12345), divmod(12345, -(2**70)), pow(2**70, 2, 10**9 + 7))
print((2**1000) >> 990, (1 << 200) // (1 << 190), -(2**100) // 3, (-(2**100)) % 3, 2**100 % -3)
