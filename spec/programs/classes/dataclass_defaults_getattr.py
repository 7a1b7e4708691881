# a dataclass field's default is what getattr(cls, name) gives: a descriptor's __get__(None, cls)
# result, or an attribute inherited from a plain base; and the options' error order
from dataclasses import dataclass, field, fields, MISSING


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, typ=None):
        if obj is None:
            return 42
        return getattr(obj, self.name, 42)

    def __set__(self, obj, val):
        setattr(obj, self.name, val * 10)


@dataclass
class UD:
    d: int = Desc()


print(UD().d, UD(2).d, fields(UD)[0].default)


class Strict:
    def __get__(self, obj, typ=None):
        if obj is None:
            raise AttributeError("no class value")
        return 1

    def __set__(self, obj, v):
        obj.__dict__["seen"] = v


@dataclass
class D:
    d: int = Strict()


try:
    D()
except TypeError as e:
    print(type(e).__name__, e)
print(D(3).seen, fields(D)[0].default is MISSING)


class NB:
    x = 5
    y = field(default=3)


@dataclass
class C(NB):
    x: int
    y: int


print(C(), fields(C)[1].default, C.x)


@dataclass
class BN:
    self: int
    object: int = 0


print(BN(1, 2))
for bad in (5, "s"):
    try:
        dataclass(bad)
    except Exception as e:
        print(type(e).__name__, e)
