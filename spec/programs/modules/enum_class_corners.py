# enum corners: inherited methods, functional API options, auto after a plain value, a late
# _generate_next_value_, _missing_ on IntEnum, mixins' str/format, a Flag's aliases
import enum
from enum import *
def tryit(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class Base(Enum):
    def describe(self):
        return self.name.lower()
class Child(Base):
    A = 1
    B = 2
print(Child.A.describe(), list(Child))
class IE(IntEnum):
    A = auto()
    B = auto()
print(IE.A, IE.B.value, repr(IE.B))
X = Enum('X', 'a b', start=0)
print(list(X), X.__module__, X.__qualname__)
Y = Enum('Y', 'a b', type=int)
print(repr(Y.a), Y.a + 1, Y.__mro__)
Z = Enum('Z', 'p q', qualname='Outer.Z', module='mymod')
print(Z.__qualname__, Z.__module__, repr(Z.p))
class NameVal(Enum):
    name = 1
    value = 2
tryit(lambda: (NameVal.name, NameVal.value))
tryit(lambda: list(NameVal))
class Auto2(Enum):
    A = auto()
    B = 5
    C = auto()
    D = "x"
tryit(lambda: [m.value for m in Auto2])
def late_gen():
    class L(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 5
tryit(late_gen)
class TV(Enum):
    A = (1, 2)
    B = [1, 2]
print(TV.A.value, TV.B.value, TV((1, 2)), TV([1, 2]))
class Val(Enum):
    A = 1
    B = 2
d = {Val.A: "a", Val.B: "b"}
print(d[Val(1)], Val.A is Val(1), Val.A is Val["A"], getattr(Val, "B"))
print(Val.A.__class__.__mro__, type(Val).__mro__)
print(Val.__len__ if False else '', Val.A._name_, Val.A._value_, Val._member_names_, list(Val._member_map_))
tryit(lambda: Val.A.B)
print(Val.A == Val.A, Val.A != Val.B, Val.A < Val.B if False else '', Val.A.__hash__() == hash(Val.A))
print(str(Val), repr(Val), Val.__name__)
print(sorted(Val, key=lambda m: -m.value))
print(max(IE), min(IE), sum(IE), sorted([IE.B, IE.A]))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
print(Shape("circle"), Shape(2))
tryit(lambda: Shape("tri"))
class Ordinal(Enum):
    FIRST = 1
    SECOND = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordinal.SECOND, Ordinal.FIRST]), Ordinal.FIRST < Ordinal.SECOND)
tryit(lambda: Ordinal.FIRST <= Ordinal.SECOND)
class StrMix(str, Enum):
    A = "alpha"
    def __str__(self):
        return self.value
print(StrMix.A, f"{StrMix.A}", "%s" % StrMix.A, format(StrMix.A, ">7"))
print("{}".format(Val.A), "%s" % Val.A, "%r" % Val.A, f"{IE.A:5}|{IE.A!s}|{IE.A!r}")
class Cnt(Enum):
    A = 1
    B = 2
print(len(Cnt), Cnt.A in Cnt, list(reversed(Cnt)), bool(Cnt.A))
class Falsy(Enum):
    Z = 0
print(bool(Falsy.Z))
class CustomBool(Enum):
    Z = 0
    def __bool__(self):
        return bool(self.value)
print(bool(CustomBool.Z))
print(IntEnum("A", "x y").x == 1, StrEnum("S", "ab cd").ab)
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WEEKDAYS = MON | TUE | WED | THU | FRI
print(Weekday.WEEKEND, list(Weekday.WEEKDAYS), len(Weekday), Weekday.MON in Weekday.WEEKDAYS, ~Weekday.WEEKEND)
print(Weekday(3), repr(Weekday(96)), Weekday.WEEKEND.value, Weekday['SUN'])
for m in Weekday:
    print(m.name, end=" ")
print()
print(list(Weekday.__members__))
