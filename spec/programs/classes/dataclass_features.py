import dataclasses as dc
from dataclasses import dataclass, field, InitVar, KW_ONLY
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
p = P(1, 2)
print(p, p < P(1, 3), p == P(1, 2, ["t"]), hash(p) == hash(P(1, 2)), sorted([P(2), P(1, 5)]))
try:
    p.x = 5
except dc.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.x
except dc.FrozenInstanceError as e:
    print(e)
@dataclass
class Q:
    a: int
    b: InitVar[int] = 10
    c: int = field(init=False)
    _: KW_ONLY
    d: str = "d"
    def __post_init__(self, b):
        self.c = self.a + b
q = Q(1, 5, d="x")
print(q, dc.fields(q)[0].name, [f.name for f in dc.fields(Q)], dc.asdict(q), dc.astuple(q), dc.replace(q, a=7, b=1))
try:
    Q(1, 2, 3)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass(slots=True)
class S:
    v: int
print(S.__slots__, S(3), hasattr(S(1), "__dict__"))
N = dc.make_dataclass("N", [("a", int), ("b", str, field(default="z"))], bases=(), namespace={"m": lambda self: self.a * 2})
print(N(3), N(3).m(), dc.is_dataclass(N), dc.is_dataclass(N(1)), dc.is_dataclass(int))
@dataclass
class Nested:
    p: P
    items: list
print(dc.asdict(Nested(P(1), [P(2), {"k": P(3)}])))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)), H.__match_args__)
@dataclass
class Inh(P.__mro__[0] if False else Q):
    e: float = 1.5
print(Inh(1, d="q"), [f.name for f in dc.fields(Inh)])
print(repr(field(default=1))[:6], type(dc.MISSING).__name__, Q.__dataclass_fields__["c"].init, Q.__dataclass_params__.frozen if hasattr(Q, "__dataclass_params__") else "")
@dataclass
class Rec:
    child: "Rec" = None
r = Rec(); r.child = r
print(repr(r))
