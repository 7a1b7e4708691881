# Calling builtin types and their subclasses: the native __new__ called directly by type.__call__,
# __new__ replaced or added after instances were made, str() with one and more arguments.
print(str(12), str(1.5), str(None), str(b"ab"), str(b"ab", "ascii"), str(object=7), repr(str()))
print(int("12"), int("ff", 16), float("1.25"), tuple("ab"), list(range(3)), bytes(2), complex(1, 2))


class S(str):
    pass


class I(int):
    def __init__(self, v):
        self.extra = v * 2


s = S(5)
i = I(21)
print(type(s).__name__, s, type(i).__name__, i, i.extra)


class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())


print(Up("abc"), type(Up("x")).__name__)


class Late(str):
    pass


print(Late("a"), type(Late("a")).__name__)
Late.__new__ = lambda cls, v: "replaced:" + v
print(Late("b"), type(Late("b")).__name__)
del Late.__new__
print(Late("c"), type(Late("c")).__name__)


class E1(Exception):
    pass


e = E1(1, 2)
print(e.args, repr(e))
E1.__new__ = staticmethod(lambda cls, *a: ValueError("swapped"))
print(repr(E1(3)))


class NotStr:
    pass


try:
    str.__new__(NotStr)
except TypeError as x:
    print("TypeError", x)
try:
    int.__new__(S, 3)
except TypeError as x:
    print("TypeError", x)
try:
    str("x", encoding=1, bogus=2)
except TypeError as x:
    print("TypeError", x)
try:
    str(1, 2, 3, 4)
except TypeError as x:
    print("TypeError", x)
