class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
try:
    class C(Base, unknown=1, tag=2): pass
except TypeError as e:
    print("TypeError:", e)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G[1, 2], list[int], dict[str, int], type(list[int]), list[int].__origin__, list[int].__args__)
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("deleting")
class H:
    x = Desc()
h = H()
print(h.x, type(H.x).__name__)
h.x = 5
print(h.x, h.__dict__)
del h.x
class NonData:
    def __get__(self, obj, t):
        return "nondata"
class K:
    y = NonData()
k = K()
print(k.y)
k.y = "inst"
print(k.y)
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("neg")
        self._v = val
    @v.deleter
    def v(self):
        print("del v")
p = P()
p.v = 3
print(p.v, P.v.__doc__, type(P.v))
del p.v
try:
    p.v = -1
except ValueError as e:
    print(e)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().r
except AttributeError as e:
    print("AttributeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 99
class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x
m = M(4)
print(m.x, M.added, repr(M), len(M), type(M), isinstance(M, Meta))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class SlotChild(Slotted):
    pass
sc = SlotChild()
sc.c = 5
print(sc.c, sc.__dict__)
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, WithEq) and self.v == o.v
print(WithEq.__hash__, WithEq(1) == WithEq(1), WithEq(1) != WithEq(2))
try:
    hash(WithEq(1))
except TypeError as e:
    print("TypeError:", e)
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), Ordered(1) > Ordered(0), max(Ordered(1), Ordered(5)))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __iadd__(self, o):
        self.v += 100
        return self
    def __neg__(self): return Num(-self.v)
    def __repr__(self): return f"Num({self.v})"
    def __bool__(self): return self.v != 0
    def __index__(self): return self.v
n = Num(1)
print(n + 1, 1 + n, sum([Num(1), Num(2)]), -n, bool(Num(0)), [10, 20, 30][Num(1)], hex(Num(255)))
n += 1
print(n)
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
print(type("Dyn", (object,), {"z": 1})().z, type("Dyn", (), {}).__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__, repr(Outer.Inner)[:26])
class WithStr:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(WithStr(), [WithStr()], f"{WithStr()!r}", str([WithStr()]), "%s %r" % (WithStr(), WithStr()))
print(object.__name__, type.__name__, type(type), type(object), object.__bases__, type.__bases__, int.__mro__)
class Cmp:
    def __eq__(self, o): return "eq-result"
print(Cmp() == 1, Cmp() != 1, 1 == Cmp())
