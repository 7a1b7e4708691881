# IntEnum / StrEnum / IntFlag format with their data type's __format__: an empty spec gives
# str(self) (a custom __str__ included), a non-empty one formats the value; mixins without
# ReprEnum format str(self)
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    def __str__(self):
        return self.name.title()


print(Status.OK, f"{Status.OK}", "%s %d" % (Status.OK, Status.OK), repr(Status.NOT_FOUND))
print(repr(format(Status.OK, ">5")), repr(format(Status.OK, "")), format(Status.OK, "x"), format(Status.OK, "d"))


class S2(StrEnum):
    A = "a"

    def __str__(self):
        return "custom"


print(repr(format(S2.A, "")), repr(format(S2.A, ">4")), f"{S2.A}|{S2.A:>3}")


class M(int, Enum):
    A = 1

    def __str__(self):
        return "cust"


print(repr(format(M.A, "")), repr(format(M.A, ">5")))


class F(IntFlag):
    A = 1
    B = 2

    def __str__(self):
        return "fl"


print(repr(format(F.A, "")), repr(format(F.A, ">5")), f"{F.A | F.B:04b}")


class Plain(IntEnum):
    X = 7


class P(Flag):
    A = auto()
    B = auto()


print(f"{Plain.X}|{Plain.X:>3}|{Plain.X:x}", str(Plain.X), format(P.A | P.B), f"{P.A:>8}|")
