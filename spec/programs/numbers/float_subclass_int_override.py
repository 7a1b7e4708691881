# int() and %d of a float subclass call its own __int__; other conversions keep the value.
import math


class GF(float):
    def __float__(self):
        return 9.0

    def __int__(self):
        return 7


g = GF(3.5)
print(int(g), "%d" % g, "%i" % g, "%f" % g, float(g), round(g), math.floor(g), math.trunc(g))
print(g + 1, repr(g), str(g), format(g, ".1f"), g.is_integer(), type(g + 1).__name__)


class Plain(float):
    pass


p = Plain(-2.75)
print(int(p), "%d" % p, "%u" % p, float(p), type(float(p)).__name__)


class II(int):
    def __int__(self):
        return 42

    def __index__(self):
        return 5


i = II(3)
print(int(i), "%d" % i, "%x" % i, format(i, "x"), hex(i), [10, 11, 12, 13][i], i + 0)
try:
    "%x" % GF(1.0)
except TypeError as e:
    print(type(e).__name__, e)
