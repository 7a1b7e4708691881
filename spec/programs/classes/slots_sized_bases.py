# __slots__ on subclasses of variable-size builtins, and other slot corners
for base in (int, bytes, tuple):
    for slots in ((), ("a",), ("__dict__",), "__weakref__", ("a", "b")):
        try:
            C = type("C", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok", hasattr(C(), "__dict__"))
        except TypeError as e:
            print(base.__name__, slots, "TypeError:", e)
class MyInt(int):
    pass
try:
    class Sub(MyInt):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
p = Pt(1, 2)
print(p, p.x, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print(e)
class S1:
    __slots__ = "only"
s = S1()
s.only = 5
print(s.only, S1.__slots__, type(S1.only).__name__)
class Mixed(float):
    __slots__ = ("tag",)
m = Mixed(1.5)
m.tag = "t"
print(m, m.tag)
class L(list):
    __slots__ = ("extra",)
l = L([1, 2])
l.extra = 3
print(l, l.extra)
try:
    l.other = 1
except AttributeError as e:
    print(e)
