class Base:
    def __init__(self, **kw):
        print(f"Base.__init__ rest={kw}")
    def hello(self):
        return ["Base"]
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Left(Base):
    def __init__(self, left=None, **kw):
        print(f"Left.__init__ left={left}")
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()
    @classmethod
    def create(cls):
        return "Left>" + super().create()
class Right(Base):
    def __init__(self, right=None, **kw):
        print(f"Right.__init__ right={right}")
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def __init__(self, **kw):
        print("Child.__init__")
        super().__init__(**kw)
    def hello(self):
        return ["Child"] + super().hello()
    def via_lambda(self):
        return (lambda: super().hello())()
    def via_comprehension(self):
        return [super().hello() for _ in range(1)][0]
    def via_nested(self):
        def inner():
            return __class__
        return inner()
print([c.__name__ for c in Child.__mro__])
c = Child(left=1, right=2, extra=3)
print(c.hello(), Child.create(), c.via_nested())
try:
    c.via_comprehension()
except TypeError as e:
    print("TypeError:", e)
print(super(Left, c).hello(), super(Child, Child).create(), super(Right, c).hello.__self__ is c)
try:
    class Bad(Left, Base, Right):
        pass
    print([k.__name__ for k in Bad.__mro__])
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)
def no_class():
    try:
        super()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
print(no_class())
class NoArgs:
    def m():
        return super()
try:
    NoArgs.m()
except RuntimeError as e:
    print("RuntimeError:", e)
class Stat:
    @staticmethod
    def s():
        try:
            return super()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
print(Stat.s())
class ReplaceSelf(Base):
    def hello(self):
        self = 5
        try:
            return super().hello()
        except TypeError as e:
            return f"TypeError: {e}"
print(ReplaceSelf().hello())
class Proxy:
    def __mro_entries__(self, bases):
        return (Base,)
class FromProxy(Proxy()):
    pass
print(FromProxy.__bases__, FromProxy.__orig_bases__[0].__class__.__name__, FromProxy().hello())
class Meta(type):
    @property
    def registry_size(cls):
        return len(cls.__dict__)
    def describe(cls):
        return f"class {cls.__name__}"
class WithMeta(metaclass=Meta):
    a = 1
print(WithMeta.registry_size > 0, WithMeta.describe(), hasattr(WithMeta(), "describe"), type(WithMeta).describe(WithMeta))
class Attr:
    x = "class"
    def __init__(self):
        self.x = "instance"
    @classmethod
    def cm(cls):
        return cls.x
    def im(self):
        return self.x, type(self).x, Attr.x
print(Attr().cm(), Attr().im())
Attr.x = "changed"
a = Attr()
del a.x
print(a.x, a.im())
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.total += 100
print(Counter().total, Counter.total, Counter().total, Counter.total)
class Outer:
    value = 1
    class Inner:
        try:
            got = value
        except NameError as e:
            got = str(e)
    def method(self):
        try:
            return value
        except NameError as e:
            return str(e)
print(Outer.Inner.got, Outer().method())
print(c.via_lambda())
