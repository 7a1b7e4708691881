# super().name(...) run many times at one call site: the site keeps working when the class
# hierarchy changes, when `super` is rebound, when `self` is a cell, reassigned or deleted, in a
# classmethod, with a builtin base method, and along a diamond MRO.
class A:
    def step(self, k):
        return k + 1

    def where(self):
        return "A"


class B(A):
    def step(self, k):
        return super().step(k) * 2

    def where(self):
        return "B>" + super().where()


class C(B):
    def where(self):
        return "C>" + super().where()


def run(obj, n=4):
    return [obj.step(i) for i in range(n)], obj.where()


print(run(B()))
print(run(C()))

# The base method is replaced, then added back on another class of the MRO.
A.step = lambda self, k: k - 100
print(run(B()))
del A.step
A.__bases__  # unchanged
class Mixin:
    def step(self, k):
        return k * 10
try:
    print(run(B()))
except AttributeError as e:
    print("AttributeError:", e)
A.step = Mixin.step
print(run(C()))


# A diamond: each super() goes to the next class of type(self)'s MRO, not the base.
class Top:
    def tag(self):
        return ["Top"]


class Left(Top):
    def tag(self):
        return ["Left"] + super().tag()


class Right(Top):
    def tag(self):
        return ["Right"] + super().tag()


class Bottom(Left, Right):
    def tag(self):
        return ["Bottom"] + super().tag()


for obj in [Bottom(), Left(), Bottom(), Right(), Bottom()]:
    print(obj.tag())


# A builtin base method (method descriptors and slot wrappers).
class MyList(list):
    def append(self, x):
        super().append(x * 2)

    def __init__(self, items):
        super().__init__(items)


m = MyList([1])
for i in range(5):
    m.append(i)
print(m)


class Plain:
    def __init__(self, v):
        super().__init__()
        self.v = v

    def __repr__(self):
        return "Plain(" + super().__repr__()[:7] + ")"


print([Plain(i).v for i in range(4)], [repr(Plain(i)) for i in range(3)])


# `self` captured by a closure (a cell), reassigned, deleted.
class Cells(A):
    def step(self, k):
        get = lambda: self
        return super().step(k) + (get() is self)

    def swap(self, other):
        self = other
        return super().where()

    def gone(self):
        del self
        return super().where()


c = Cells()
print([c.step(i) for i in range(4)])
for other in [Cells(), c, 5, A()]:
    try:
        print(c.swap(other))
    except TypeError as e:
        print("TypeError:", e)
for _ in range(3):
    try:
        c.gone()
    except RuntimeError as e:
        print("RuntimeError:", e)


# super() in a classmethod and a staticmethod-like first argument.
class K(A):
    @classmethod
    def build(cls):
        return super().where

    def where(self):
        return "K>" + super().where()


for _ in range(3):
    print(K.build()(K()), K().where())


# The name `super` rebound between calls at the same site.
class R(A):
    def where(self):
        return "R>" + super().where()


r = R()
print([r.where() for _ in range(3)])


class FakeSuper:
    def where(self):
        return "fake"


super = FakeSuper
print([r.where() for _ in range(3)])
del super
print([r.where() for _ in range(3)])


# An instance attribute of the same name does not hide the class's method from super().
class D(A):
    def where(self):
        self.where_attr = 1
        return "D>" + super().where()


d = D()
d.__dict__["where"] = "instance"
print([D.where(d) for _ in range(3)])

# Errors raised in the method called through super() carry their traceback line.
class E1(A):
    def where(self):
        return super().missing()


for _ in range(3):
    try:
        E1().where()
    except AttributeError as e:
        print("AttributeError:", e)
