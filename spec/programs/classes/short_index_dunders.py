class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
print(l[Idx(3)], l[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), "ab" * Idx(2), range(Idx(3)))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded {n}"
    def __trunc__(self):
        return 9
    def __format__(self, spec):
        return f"<{spec}>"
n = Num()
print(int(n), float(n), round(n), round(n, 2), f"{n:xyz}", format(n, ""), "{:q}".format(n))
import math
print(math.trunc(n))
try:
    l[Num()]
except TypeError as e:
    print(e)
class Len:
    def __len__(self):
        return -1
try:
    len(Len())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self):
        return "x"
try:
    len(BigLen())
except TypeError as e:
    print(e)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None))
class B:
    def __len__(self):
        return 0
print(bool(B()), not B())
