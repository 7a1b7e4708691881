from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict, make_dataclass, is_dataclass
import dataclasses
@dataclass
class A:
    x: int
    scale: InitVar[float] = 2.0
    y: float = field(init=False, default=0.0)
    def __post_init__(self, scale):
        self.y = self.x * scale
a = A(3)
print(a, A(3, 0.5), [f.name for f in fields(A)], asdict(a), A.__dataclass_fields__["scale"]._field_type, InitVar[int], InitVar[list[int]], A.scale)
print(replace(a, x=10), replace(a, x=1, scale=10))
@dataclass
class B:
    a: int
    tmp: InitVar[str]
    def __post_init__(self, tmp):
        print("post_init got", tmp)
b = B(1, "t")
try:
    replace(b, a=2)
except ValueError as e:
    print(e)
print(replace(b, a=2, tmp="u"))
try:
    B(1)
except TypeError as e:
    print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = "c"
print(K(1, b=2), K(1, c="z"), K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class AllKw:
    p: int
    q: int = 1
print(AllKw(p=5), AllKw.__match_args__)
try:
    AllKw(5)
except TypeError as e:
    print(e)
@dataclass
class Mixed:
    a: int = field(kw_only=True, default=0)
    b: int = 1
    c: int = field(kw_only=True, default=2)
print(Mixed(5), Mixed(5, a=1, c=3))
try:
    @dataclass
    class TwoKw:
        _: KW_ONLY
        x: int = 0
        __: KW_ONLY
except TypeError as e:
    print(e)
@dataclass(slots=True, frozen=True)
class SF:
    u: int
    v: str = "v"
sf = SF(1)
print(sf, SF.__slots__, hasattr(sf, "__dict__"), sf == SF(1), hash(sf) == hash(SF(1)))
try:
    sf.u = 2
except dataclasses.FrozenInstanceError as e:
    print(e)
try:
    sf.w = 2
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
@dataclass(slots=True)
class SBase:
    a: int
@dataclass(slots=True)
class SChild(SBase):
    b: int
print(SChild(1, 2), SChild.__slots__, SBase.__slots__)
try:
    dataclass(weakref_slot=True)(type("W", (), {"__annotations__": {}}))
except TypeError as e:
    print(e)
C = make_dataclass("C", ["a", ("b", int), ("c", list, field(default_factory=list))], frozen=True)
print(C(1, 2), C.__annotations__, is_dataclass(C))
for bad in [["a", "a"], [("x", int, 1, 2)], ["class"], ["1x"]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print(e)
try:
    @dataclass
    class IVF:
        x: InitVar[int] = field(default_factory=int)
except TypeError as e:
    print(e)
