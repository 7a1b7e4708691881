# super objects: __thisclass__, __self__, __self_class__, and super() in odd places
class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "cA:" + cls.__name__
class B(A):
    def who(self): return "B" + super().who()
    @classmethod
    def cwho(cls): return "cB" + super().cwho()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
d = D()
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, s.who())
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
sc = super(B, D)
print(sc.__self__ is D, sc.__self_class__ is D, sc.cwho(), D.cwho())
print(D().who(), [k.__name__ for k in D.__mro__], super(C, d).who())
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    s.__thisclass__ = int
except AttributeError as e:
    print("AttributeError")
print(repr(s).startswith("<super: <class 'B'>, <D object>"), repr(u))
class E(A):
    def who(self):
        helper = lambda: super(E, self).who()
        return "E" + helper()
print(E().who())
