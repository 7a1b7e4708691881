# Errors from constructing classes: excess arguments to object.__new__/__init__, type() arity and
# argument types, __slots__ conflicts, missing and unexpected arguments.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A: pass
t(lambda: A(1))
t(lambda: A(x=1))
class B:
    def __init__(self): pass
t(lambda: B(1))
class C:
    def __new__(cls): return super().__new__(cls)
t(lambda: C(1))
class D:
    def __init__(self, a): super().__init__(a)
t(lambda: D(1))
class E:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: E(1))
t(lambda: object.__init__(A(), 1))
t(lambda: type("T", (), {}, 1))
t(lambda: type())
t(lambda: type("a", "b", {}))
t(lambda: type("a", (), []))
class S:
    __slots__ = ("a",)
    def __init__(self): self.b = 1
t(lambda: S())
class S2:
    __slots__ = ("a", "a")
class S3:
    __slots__ = ["x"]
    x = 5
class F:
    def m(self): pass
t(lambda: F.m())
t(lambda: F().m(1))
t(lambda: F.m(1, 2))
class G:
    @staticmethod
    def s(): pass
t(lambda: G().s(1))
class H:
    @classmethod
    def c(cls): pass
t(lambda: H.c(1))
class I:
    def __init__(self, a, b=2, *, c): pass
t(lambda: I())
t(lambda: I(1))
t(lambda: I(1, 2, 3, c=4))
t(lambda: I(1, c=3, d=4))
t(lambda: I(1, a=1, c=2))
class Base1: pass
class Base2: pass
t(lambda: type("M", (Base1, Base1), {}))
class Final(bool): pass
