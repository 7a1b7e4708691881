class A:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x})"
class B(A):
    def __init__(self):
        super().__init__()
        self.y = 2
print(B(), vars(B()), B.__bases__, B.__base__, A.__subclasses__(), B.__mro__)
class Mixin:
    def hello(self): return "mixin:" + super().hello()
class Base:
    def hello(self): return "base"
class C(Mixin, Base): pass
print(C().hello(), [k.__name__ for k in C.mro()])
class D1: pass
class D2(D1): pass
try:
    class Bad(D1, D2): pass
except TypeError as e:
    print("TypeError:", e)
class P:
    __private = 1
    def get(self): return self.__private
print(P().get(), P._P__private, hasattr(P, "__private"))
class Q:
    count = 0
    def __init__(self):
        Q.count += 1
        self.count = 100
q = Q(); Q()
print(Q.count, q.count, type(q).count)
class AttrErr:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"fallback {name}"
print(AttrErr().bad)
class ClassAttr:
    items = []
    def add(self, x): self.items.append(x)
a1, a2 = ClassAttr(), ClassAttr()
a1.add(1); a2.add(2)
print(ClassAttr.items)
print(isinstance(a1, (int, ClassAttr)), issubclass(ClassAttr, object), type(a1) is ClassAttr)
class WithDoc:
    """Docstring here."""
print(WithDoc.__doc__, WithDoc().__doc__, A.__doc__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
    def __init__(cls, name, bases, ns):
        print("meta init", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    a = 1
print(WithMeta.injected)
class Sub(WithMeta):
    b = 2
print(type(Sub).__name__)
class Kw:
    def __init_subclass__(cls, /, flag=False, **kwargs):
        cls.flag = flag
class K2(Kw, flag=True): pass
print(K2.flag, Kw.__dict__.get("flag"))
print(type(A.__dict__).__name__, "x" in A.__dict__, "__init__" in A.__dict__, A.__dict__["__module__"])
class Setter:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    s1 = Setter()
    s2 = Setter()
class Frozen:
    __slots__ = ()
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class SlotsDict:
    __slots__ = ("a", "__dict__")
sd = SlotsDict()
sd.a = 1; sd.b = 2
print(sd.a, sd.__dict__)
print(SlotsDict.a, type(SlotsDict.a).__name__)
class Empty: pass
e = Empty()
e.__dict__["z"] = 5
print(e.z, Empty.__name__, Empty.__qualname__, Empty.__module__)
e.__class__ = A
print(type(e).__name__)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self): 
        self.n += 1
        return self.n
cnt = Counter()
cnt(); cnt()
print(cnt.n)
class StaticCounter:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls
print(StaticCounter().s(), StaticCounter.c().__name__)
class Prop:
    x = property(lambda self: 42)
print(Prop().x, Prop.x.fget(None), Prop.x.fset)
class Overridden:
    def __eq__(self, other): return True
    def __ne__(self, other): return True
print(Overridden() == 1, Overridden() != 1)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(hasattr(NoHash(), "__hash__"), NoHash.__hash__)
class Boolish:
    def __len__(self): return 3
print(bool(Boolish()))
class IterCls:
    def __iter__(self): return iter([3, 1, 2])
print(sorted(IterCls()), list(IterCls()), set(IterCls()) == {1, 2, 3}, *IterCls())
print(object.__repr__(A()).startswith("<__main__.A object at 0x"), str(object()).startswith("<object object at"))
