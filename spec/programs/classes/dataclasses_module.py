from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p.x, fields(p)[0].name, [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=9), Point.__doc__ if False else "", Point.__hash__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), max(v1, v2), hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    label: str = field(default="inv", compare=False)
a, b = Inventory(), Inventory()
a.items.append(1)
print(a, b, a == b, Inventory(label="x") == Inventory(label="y"))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4))
@dataclass
class Base:
    x: int
@dataclass
class Derived(Base):
    y: str = "d"
print(Derived(1), Derived(1, "z").y, [f.name for f in fields(Derived)])
@dataclass
class Nested:
    p: Point
    pts: list
n = Nested(Point(1, 2), [Point(3, 4)])
print(asdict(n), astuple(n))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class UH:
    v: int
print(hash(UH(5)) == hash((5,)))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(Point), Point.__match_args__)
match p:
    case Point(x, y):
        print("matched", x, y)
