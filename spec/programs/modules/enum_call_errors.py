# calling an enum class: lookups on a class without members, the functional API on a class
# that has members, bad names arguments, assigning and deleting class attributes
from enum import Enum, IntEnum, Flag


def tryit(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class C(Enum):
    A = 1


class Empty(Enum):
    pass


class EmptyFlag(Flag):
    pass


tryit(lambda: C())
tryit(lambda: C(1, 2))
tryit(lambda: C("X", "P Q"))
tryit(lambda: Enum())
tryit(lambda: Enum(1))
tryit(lambda: Enum("X"))
tryit(lambda: Empty(1))
tryit(lambda: EmptyFlag(0))
tryit(lambda: IntEnum(3))
tryit(lambda: Enum("X", 5))
tryit(lambda: list(Enum("X", "")))
tryit(lambda: list(Enum("X", [])))
tryit(lambda: list(Empty("Sub", "a b")))
tryit(lambda: C["a"])
tryit(lambda: C[1])
tryit(lambda: setattr(C, "B", 2))
print(C.B, list(C))
tryit(lambda: delattr(C, "A"))
tryit(lambda: delattr(C.A, "name"))
C.A.extra = 5
print(C.A.extra)
