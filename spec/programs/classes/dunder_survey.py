class R:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"R({self.items!r})"
l = [1]
l.append(l)
print(l, repr(l))
d = {}
d[1] = d
print(d)
class Cont:
    def __contains__(self, x): return x == 3
print(3 in Cont(), 4 not in Cont())
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():>10}", format(Fmt()), "{0:abc}".format(Fmt()))
class G:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
g = G()
print(g.xa, getattr(g, "xb"), hasattr(g, "y"))
try:
    g.y
except AttributeError as e:
    print(e)
class SA:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        super().__setattr__(k, v.upper() if isinstance(v, str) else v)
    def __delattr__(self, k):
        print("delattr", k)
        super().__delattr__(k)
s = SA()
s.a = "x"
print(s.a)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == getattr(o, "v", o)
    __hash__ = object.__hash__
print(Eq(1) in [Eq(2), Eq(1)], [Eq(1)].index(1) if True else "", [Eq(1)].count(Eq(1)))
class Order:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt-reflected"
print(Order() < Order())
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(IntLike()), float(IntLike()))
class Trunc:
    def __trunc__(self): return 9
try:
    print(int(Trunc()))
except TypeError as e:
    print("TypeError:", e)
class Rnd:
    def __round__(self, n=None): return ("round", n)
print(round(Rnd()), round(Rnd(), 2))
import math
class Fl:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(math.floor(Fl()), math.ceil(Fl()), math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7))
class Abs:
    def __abs__(self): return "abs!"
    def __pos__(self): return "pos!"
    def __invert__(self): return "inv!"
print(abs(Abs()), +Abs(), ~Abs())
class MatMul:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
print(MatMul() @ 1, 1 @ MatMul())
class Pow:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 2, 5))
class InPlace:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __ilshift__(self, o): return "ilshift"
ip = InPlace()
ip += 1
ip += 2
print(ip.v)
ip <<= 1
print(ip)
class GI:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
gi = GI()
gi[1:2] = 5
del gi[::2]
gi["a", "b"] = 1
print(gi[1, 2:3, ...])
class Hashy:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Hashy) and self.v == o.v
print(len({Hashy(1), Hashy(1), Hashy(2)}), {Hashy(1): "a"}[Hashy(1)])
class Dirr:
    def __dir__(self): return ["z", "a"]
print(dir(Dirr()))
class Sized:
    def __len__(self): return 0
print(bool(Sized()), "yes" if Sized() else "no")
class Init:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
Init(1, 2)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NewOther())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class Cls:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(x): return x
class Sub(Cls): pass
print(Sub.make(), Sub().make(), Sub.st(3), Cls.__dict__["make"].__class__.__name__, type(Cls.st).__name__)
print(Cls.make.__self__, Sub.make.__func__ is Cls.make.__func__)
m = Cls().make
print(m.__name__, m.__self__)
class Sup(Cls):
    def go(self): return super().make(), super(Sup, self).st(1)
print(Sup().go())
print(super(Sup, Sup()).__class__, repr(super(Sup, Sup()))[:20])
