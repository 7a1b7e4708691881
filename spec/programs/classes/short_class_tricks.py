Point = type("Point", (object,), {"x": 0, "show": lambda self: f"P({self.x})"})
p = Point()
p.x = 5
print(p.show(), Point.__name__, type(Point).__name__)
print(list[int], dict[str, list[int]], type(list[int]).__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
b = B()
b.a = 1; b.b = 2
print(b.a, b.b, hasattr(b, "__dict__"))
class C(A):
    pass
c = C(); c.zz = 3
print(c.zz)
class X: pass
class Y: pass
x = X()
x.__class__ = Y
print(type(x).__name__, isinstance(x, Y))
class Base:
    def __repr__(self):
        return f"<{type(self).__name__}>"
class Child(Base): pass
print(Child(), [Child(), Base()])
print(Base.__subclasses__())
print(object.__repr__ is Base.__repr__, Child.__repr__ is Base.__repr__)
class Priv:
    __secret = 1
    def get(self):
        return self.__secret
print(Priv().get(), Priv._Priv__secret, hasattr(Priv, "__secret"))
