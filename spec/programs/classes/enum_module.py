import enum
from enum import Enum, IntEnum, StrEnum, auto, unique
class C(Enum):
    R = 1
    G = 2
print(repr(C.R), str(C.R), C(1), C['G'], list(C), len(C), C.R.name, C.R.value, C.R in C, format(C.R), f'{C.R}', C.R is C(1))
try:
    C(5)
except ValueError as e:
    print("ValueError:", e)
try:
    C['X']
except KeyError as e:
    print("KeyError:", repr(e))
class I(IntEnum):
    A = 1
    B = auto()
print(repr(I.B), str(I.B), f'{I.A}', I.A + 1, I.A == 1, format(I.A, '>3'), list(I), I(2), isinstance(I.A, int), sorted([I.B, I.A]))
class S(str, Enum):
    X = 'x'
print(repr(S.X), str(S.X), f'{S.X}', S.X == 'x', S('x'))
class SE(StrEnum):
    LOW = auto()
    HIGH = "hi"
print(repr(SE.LOW), str(SE.LOW), f"{SE.HIGH}", SE.LOW == "low", SE("hi"))
class A(Enum):
    a = auto()
    b = auto()
print(list(A), A.a.value, hash(C.R) == hash(C.R), C.__members__)
try:
    C.R = 5
except AttributeError as e:
    print("AttributeError:", e)
class D(Enum):
    X = 1
    Y = 1
print(D.Y, D.Y is D.X, list(D), D.__members__)
try:
    class Bad(Enum):
        X = 1
        X = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class U(Enum):
        P = 1
        Q = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    MERCURY = (3.3e23, 2.4e6)
    EARTH = (5.9e24, 6.3e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.density > 0)
class Color(Enum):
    RED = "r"
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.RED
print(Color.RED.describe(), Color.default(), type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED == "r")
for m in reversed(C):
    print(m.name, end=" ")
print()
d = {C.R: "red"}
print(d[C.R], C.R < C.G if False else "", C.R != C.G)
match C.G:
    case C.R:
        print("red")
    case C.G:
        print("green")
