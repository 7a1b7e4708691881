# enum.verify (UNIQUE, CONTINUOUS, NAMED_FLAGS), member()/nonmember(), global_enum, StrEnum
# value checks, `in` on an enum class and __members__
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
from enum import member, nonmember, EnumCheck, global_enum


def tryit(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


def unique_check():
    @verify(UNIQUE)
    class C(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
        E = 1


def continuous_flag():
    @verify(CONTINUOUS)
    class C(Flag):
        A = 1
        D = 8


def continuous_int():
    @verify(CONTINUOUS)
    class C(IntEnum):
        A = 1
        D = 3
        E = 7


def continuous_ok():
    @verify(UNIQUE, CONTINUOUS)
    class C(IntEnum):
        B = 2
        A = 1
    return list(C)


def named_flags_two():
    @verify(NAMED_FLAGS)
    class C(Flag):
        A = 1
        B = 2
        ALL = 15
        BIG = 48


def named_flags_one():
    @verify(NAMED_FLAGS)
    class C(Flag):
        A = 1
        X = 5


def named_flags_enum():
    @verify(NAMED_FLAGS)
    class C(Enum):
        A = 1
        X = 5
    return list(C)


for f in (unique_check, continuous_flag, continuous_int, continuous_ok, named_flags_two,
          named_flags_one, named_flags_enum):
    tryit(f)
print(list(EnumCheck), EnumCheck.UNIQUE.name, str(UNIQUE), repr(UNIQUE))


class M(Enum):
    A = 1
    B = nonmember(2)
    D = member(3)
    E = nonmember([1])

    @member
    def f(x):
        return x + 1

    def g(self):
        return "g" + self.name


print(list(M.__members__), M.B, M.E, M.D.value, M.f.value(3), M.A.g(), type(M.__members__).__name__)


class Nested(Enum):
    A = 1

    class Inner:
        pass


print(list(Nested.__members__), isinstance(Nested.Inner, Nested))


@global_enum
class GE(Enum):
    PA = 1


@global_enum
class GI(IntFlag):
    IA = 1
    IB = 2


print(repr(PA), str(PA), format(PA), repr(IA | IB), str(IA | IB), repr(GI(4)), repr(GI(5)), repr(IA))
print(GE, PA is GE.PA)

for v in [("a",), (1,), ("a", 1), ("a", "utf-8", 2), ("a", "b", "c", "d"), (b"a", "ascii"), (1, 2), ()]:
    tryit(lambda: list(StrEnum("X", {"A": v})))


class Color(Enum):
    RED = 1
    CRIMSON = 1


class Perm(Flag):
    R = 4
    W = 2


for x in (Color.RED, Color.CRIMSON, 1, "RED", Perm.R, Color, Perm(6), Perm(0)):
    try:
        print(repr(x), x in Color, x in Perm)
    except TypeError as e:
        print(type(e).__name__, e)
mp = Color.__members__
print(type(mp).__name__, list(mp), mp["CRIMSON"])
tryit(lambda: mp.__setitem__("X", 1))
