# __class__ assignment: which layouts CPython accepts (compatible_for_assignment) and module subclasses.
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class A: pass
class B: pass
class AS:
    __slots__ = ("x",)
class BS:
    __slots__ = ("x",)
class CS:
    __slots__ = ("y",)
a = A()
def ca(o, c):
    o.__class__ = c; return type(o).__name__
t(lambda: ca(a, B))
t(lambda: ca(a, AS))
t(lambda: ca(AS(), BS))
t(lambda: ca(AS(), CS))
t(lambda: ca(a, int))
t(lambda: ca(1, bool))
t(lambda: ca(5, B))
t(lambda: ca([], B))
class L(list): pass
class L2(list): pass
t(lambda: ca(L(), L2))
t(lambda: ca(L(), list))
t(lambda: ca([], L))
t(lambda: ca(a, 3))
t(lambda: ca(a, "x"))
class I(int): pass
class I2(int): pass
t(lambda: ca(I(3), I2))
import sys
t(lambda: ca(sys.modules[__name__], B))
import types
class MT(types.ModuleType): pass
t(lambda: ca(types.ModuleType("m"), MT))
t(lambda: ca(a, object))
def delc(): del a.__class__
t(delc)
class W:
    __slots__ = ("__dict__",)
t(lambda: ca(W(), A))
class WD:
    __slots__ = ("__weakref__",)
t(lambda: ca(WD(), A))
class X(Exception): pass
t(lambda: ca(ValueError(), X))
t(lambda: ca(X(), ValueError))
class Y(ValueError): pass
t(lambda: ca(ValueError(), Y))
class II(int):
    __slots__ = ()
t(lambda: ca(I(3), II))
class F(float): pass
class F2(float): pass
t(lambda: ca(F(1), F2))
class D(dict): pass
class D2(dict):
    def __missing__(self, k): return 0
d = D(); d.__class__ = D2; print(d["x"])
class T(tuple): pass
class T2(tuple): pass
t(lambda: ca(T((1,)), T2))
class TS(tuple): __slots__ = ()
t(lambda: ca(T((1,)), TS))
t(lambda: ca(type, type))
t(lambda: setattr(A, "__class__", type))
class Meta(type): pass
t(lambda: setattr(A, "__class__", Meta))
print(type(A))
t(lambda: ca(None, A))
t(lambda: ca(frozenset(), set))
import sys, types
class MT(types.ModuleType):
    def __setattr__(self, k, v):
        print("set", k); super().__setattr__(k, v)
    @property
    def answer(self): return 42
m = sys.modules[__name__]
m.__class__ = MT
print(type(m).__name__, m.answer)
x = 5
try:
    print(answer)
except NameError as e:
    print(type(e).__name__, e)
m.y = 3
print(y)
m.__class__ = types.ModuleType
print(type(m).__name__)
try: print(m.answer)
except AttributeError as e: print(e)
