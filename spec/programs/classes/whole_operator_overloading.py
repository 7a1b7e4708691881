import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__", o)
        return self + o
    def __sub__(self, o):
        return self + (-o) if isinstance(o, Vec) else NotImplemented
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))
    def __eq__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

class MVec(Vec):
    __slots__ = ()
    def __iadd__(self, o):
        print("  __iadd__")
        self.x += o.x; self.y += o.y
        return self
    def __radd__(self, o):
        print("  MVec.__radd__")
        return MVec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, -a, +a, abs(b), a * 2, 3 * a, a * b, a @ b, b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5))
print(5 + a, sum([a, b]), sum([a, b], Vec()))
print(a == Vec(1, 2), a != Vec(1, 2), a == (1, 2), a != 1, Vec() or "empty", bool(a))
print(sorted([b, a, Vec(0, 1)]), max(a, b), min([a, b]), a < b, b > a, a <= a if hasattr(Vec, "__le__") and Vec.__le__ is not object.__le__ else "no le")
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
print(list(a), tuple(b), dict(zip("xy", a)), a[1], a[-1], [*a, *b], round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
x, y = b
print(x, y, {a: "a", Vec(1, 2): "again"}, len({a, Vec(1, 2), b}), f"{b:.2f}", f"{a:>3}")
m = MVec(1, 1)
m0 = m
m += Vec(1, 1)
print(m, m is m0)
v = Vec(1, 1)
v0 = v
v += Vec(2, 2)
print(v, v is v0)
print(Vec(1, 1) + MVec(5, 5))
print(type(Vec(1, 1) + MVec(5, 5)).__name__)

class Celsius:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        print("  Celsius.__eq__")
        return isinstance(o, Celsius) and self.d == o.d
    def __lt__(self, o):
        print("  Celsius.__lt__")
        return self.d < o.d
class Sub(Celsius):
    def __eq__(self, o):
        print("  Sub.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print("  Sub.__gt__")
        return NotImplemented
print(Celsius(1) == Sub(1))
print(Celsius(1) < Sub(2))
print(Sub(1) == Sub(1))
print(Celsius(1) != Celsius(2))
class NoEq:
    pass
n1 = NoEq()
print(n1 == n1, n1 == NoEq(), n1 != NoEq(), [n1].count(n1), n1 in [NoEq()])
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1, [1, 2].index(AlwaysEq()) if False else [AlwaysEq()].index(3), AlwaysEq.__hash__)
class Weird:
    def __eq__(self, o): return "truthy"
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()] if True else 0, Weird() in [1])
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx():], bin(Idx()), range(Idx()), (5).__pow__(Idx()), [0] * Idx(), hex(Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
print(int(Num()), float(Num()), complex(Num()))
try:
    [1][Num()]
except TypeError as e:
    print("TypeError:", e)
class Trunc:
    def __trunc__(self): return 3
try:
    print(int(Trunc()))
except TypeError as e:
    print("TypeError:", e)
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(Vec(1, 1) * Vec(1, 1)))
class Contain:
    def __contains__(self, x): return x == 3
    def __len__(self): return 0
print(3 in Contain(), 4 not in Contain(), bool(Contain()), len(Contain()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class CallMe:
    def __call__(self, *a, **k):
        return a, k
print(CallMe()(1, z=2), callable(CallMe()))
