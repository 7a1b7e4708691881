# Flag boundaries (STRICT, CONFORM, EJECT, KEEP): out-of-range and negative values, ~, and
# the ValueError a strict flag gives
import enum
from enum import Flag, IntFlag


def show(cls, v):
    try:
        r = cls(v)
        print(cls.__name__, v, repr(r), type(r).__name__)
    except ValueError as e:
        print(cls.__name__, v, type(e).__name__, e)


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


class BK(Flag, boundary=enum.KEEP):
    A = 1
    B = 2


class BE(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


class BC(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class S(Flag):
    A = 1
    C = 4


for cls in (IP, BK, BE, BC, S):
    for v in (-1, -3, -4, -5, -8, -9, -16, -17, -100, 0, 5, 8, 9, 16, 100):
        show(cls, v)
for m in (IP.R, IP(8), IP(9), IP(0), IP(15), BK(5), BK(8), BK(0), BE.A, BC.A, S.A, S(5), S(0)):
    print(repr(m), repr(~m), str(~m))
print(S._boundary_, IP._boundary_, BC._boundary_, Flag._boundary_, IntFlag._boundary_)
print(enum.FlagBoundary, list(enum.FlagBoundary), str(enum.STRICT), enum.KEEP == "keep")


class IS(IntFlag, boundary=enum.STRICT):
    A = 1
    B = 2


class IE(IntFlag, boundary=enum.EJECT):
    A = 1
    B = 2


for expr in (lambda: IS.A | 4, lambda: IS(3), lambda: IE(4), lambda: IE.A | 4, lambda: ~IE.A):
    try:
        print(repr(expr()))
    except ValueError as e:
        print(type(e).__name__, e)
show(S, 2 ** 70)
show(S, "a")
show(S, 1.0)
F = Flag("F", "X Y Z", boundary=enum.CONFORM)
print(repr(F(15)), F._boundary_)
print(enum.show_flag_values(0b1011), enum.show_flag_values(0))
