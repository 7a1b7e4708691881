# Calling a class: __new__ then __init__, with the class's call path cached between calls and
# re-derived when the class (or a base) changes.
from abc import ABC, abstractmethod


class Weird(str):
    def __init__(self, *args):
        print("Weird.__init__", args)


for _ in range(2):
    r = Weird("w")
    print(type(r).__name__, r, type(str(r)).__name__)
print(str(5), int("12"), float("2.5"), tuple([1, 2]), type(str(3)).__name__)


class Plain:
    pass


print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print(e)
try:
    Plain(x=1)
except TypeError as e:
    print(e)


class P:
    def __init__(self, a):
        self.a = a


print(P(1).a)


def init2(self, a, b=10):
    self.a = a + b


P.__init__ = init2
print(P(1).a)
del P.__init__
try:
    P(1)
except TypeError as e:
    print(e)
print(type(P()).__name__)


class Base:
    def __init__(self):
        self.tag = "base"


class Child(Base):
    pass


print(Child().tag)
Base.__init__ = lambda self: setattr(self, "tag", "patched")
print(Child().tag)


class N:
    def __new__(cls, *args):
        print("N.__new__", args)
        return 42

    def __init__(self, *args):
        print("never")


print(N(1, 2))
N.__new__ = lambda cls, *a: object.__new__(cls)
print(type(N(3)).__name__)


class Other:
    def __init__(self, *a):
        print("Other.__init__", a)


class M:
    def __new__(cls, *a):
        return Other.__new__(Other)

    def __init__(self, *a):
        print("M.__init__")


print(type(M(1)).__name__)


class Abs(ABC):
    @abstractmethod
    def f(self): ...


for _ in range(2):
    try:
        Abs()
    except TypeError as e:
        print(e)


class Conc(Abs):
    def f(self):
        return 1


print(Conc().f())
Abs.__abstractmethods__ = frozenset()
print(type(Abs()).__name__)


class E(ValueError):
    def __init__(self, x):
        super().__init__(x * 2)


for _ in range(2):
    print(repr(E(3)), repr(ValueError("v")), E(1).args)


class I(int):
    def __init__(self, v):
        print("I.__init__", v)


print(I(7) + 1, I("8"))


class L(list):
    pass


print(L([1, 2]), list((3,)), dict(a=1), set([1]))


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(9).v)
try:
    int.__init__ = None
except TypeError as e:
    print(e)
for _ in range(3):
    x = object()
print(type(x).__name__, type(3).__name__, type("a", (), {}).__name__)
