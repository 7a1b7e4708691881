# Enum class bodies: a custom __new__ makes the members, _ignore_, _order_, reserved _sunder_
# names, invalid member names; member attributes name/value cannot be set; dir() of enums.
import enum
from enum import Enum, IntEnum


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY.label, Coordinate(1).name, Coordinate.PX.value, bytes(Coordinate.PY))
print(type(Coordinate.__dict__['__new__']).__name__, Coordinate.__new_member__.__name__)


class Ordered(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    A = 'a'
    B = 'b'


print(Ordered.A.value, Ordered.B.value, Ordered(2), list(Ordered))


class Numbered(IntEnum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj

    ONE = 1, 'first'
    TWO = 2, 'second'


print(Numbered.TWO, Numbered.TWO.doc, Numbered(1), Numbered.ONE + 1, repr(Numbered.ONE))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
print(dir(Planet), dir(Planet.EARTH))

bodies = [
    "_order_ = 'A B'\n    A = 1\n    B = 2",
    "_order_ = 'B A'\n    A = 1\n    B = 2",
    "_order_ = ['A', 'B']\n    A = 1\n    B = 2",
    "_ignore_ = 'x y'\n    x = 1\n    A = 2",
    "_ignore_ = ['x']\n    x = 1\n    A = 2\n    y = 3",
    "_value_ = 1",
    "_x_ = 1",
    "_missing_ = 1\n    A = 1",
    "__x__ = 1\n    A = 1",
    "mro = 1\n    x = 2",
    "A = 1\n    A = 2",
]
for body in bodies:
    ns = {'enum': enum}
    try:
        exec(f"class E(enum.Enum):\n    {body}\n", ns)
        E = ns['E']
        print(repr(body), list(E), [k for k in E.__dict__ if k in ('x', 'y', '_order_', '_ignore_')])
    except (TypeError, ValueError) as e:
        print(repr(body), type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


attempts = [
    lambda: setattr(Color.RED, 'name', 'x'), lambda: delattr(Color.RED, 'name'),
    lambda: setattr(Color.RED, 'value', 3), lambda: delattr(Color.RED, 'value'),
    lambda: delattr(Color, 'RED'), lambda: setattr(Color, 'RED', 3),
    lambda: Color.name, lambda: Color.value,
]
for f in attempts:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
print(type(Enum.__dict__['name']).__name__, type(Enum.__dict__['name']).__module__)
print(dir(Color))
print(dir(Color.RED))
Color.RED.extra = 1
print(dir(Color.RED))
print(dir(Enum))


class Perm(enum.Flag):
    R = 4
    W = 2


print(dir(Perm), dir(Perm.R), dir(Perm.R | Perm.W))
