# super().method(...) calls: plain methods along the MRO, classmethods/staticmethods/properties
# found through super, a shadowed or rebound `super`, super in a classmethod, errors.
class Base:
    def greet(self, x):
        return f"Base.greet({x}) on {type(self).__name__}"

    @classmethod
    def make(cls, x):
        return f"Base.make({cls.__name__}, {x})"

    @staticmethod
    def st(x):
        return f"Base.st({x})"

    @property
    def prop(self):
        return "Base.prop"


class Mid(Base):
    def greet(self, x):
        return "Mid>" + super().greet(x)


class Leaf(Mid):
    def greet(self, x):
        return "Leaf>" + super().greet(x)

    def others(self):
        return super().make(1), super().st(2), super().prop

    @classmethod
    def make(cls, x):
        return "Leaf>" + super().make(x)

    def missing(self):
        return super().nothing()

    def dunder(self):
        return super().__class__, super().__repr__()[:13]


obj = Leaf()
for _ in range(3):
    print(obj.greet(1), Mid().greet(2))
print(obj.others(), Leaf.make(3))
try:
    obj.missing()
except AttributeError as e:
    print("AttributeError", e)
print(obj.dunder())

# The method on a base replaced after the site is warm.
Base.greet = lambda self, x: f"new Base.greet({x})"
print(obj.greet(4))
del Base.greet
try:
    obj.greet(5)
except AttributeError as e:
    print("AttributeError", e)
Base.greet = lambda self, x: f"restored Base.greet({x})"


# A local or global `super` that is not the builtin.
class Shadow(Base):
    def st2(self):
        super = lambda: Base
        return super().st(6)


print(Shadow().st2())


def fake_super():
    class Fake:
        def greet(self, x):
            return "fake"
    return Fake()


class G(Base):
    def greet(self, x):
        return super().greet(x)


g = G()
print(g.greet(7))
import builtins
real = builtins.super
builtins.super = fake_super
try:
    print(g.greet(8))
finally:
    builtins.super = real
print(g.greet(9))


# Instance attribute named like the method does not matter to super().
class H(Mid):
    def greet(self, x):
        self.greet_shadow = True
        return "H>" + super().greet(x)


print(H().greet(10))


# Errors: super() with the first argument deleted / not an instance.
class E(Base):
    def bad(self):
        del self
        return super().greet(1)

    def rebound(self):
        self = 5
        return super().greet(1)


for m in ("bad", "rebound"):
    try:
        getattr(E(), m)()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


# Keyword arguments and defaults through super().
class K(Base):
    def kw(self, a, b=2, *, c=3):
        return a, b, c


class K2(K):
    def kw(self, a, b=20, *, c=30):
        return super().kw(a, c=c), super().kw(a, b)


print(K2().kw(1))


# super() reaching builtin methods (method descriptors) of builtin bases.
class MyList(list):
    def append(self, x):
        super().append(x * 2)

    def __init__(self, items):
        super().__init__(items)


class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class MyDict(dict):
    def get(self, k, default=None):
        return ("mine", super().get(k, default))

    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)


ml = MyList([1])
ml.append(5)
print(ml, MyErr(3).args, MyErr(4).code, str(MyErr(5)))
md = MyDict()
md["a"] = 1
print(md, md.get("a"), md.get("b", 0))


class BadArgs(list):
    def append(self, *a):
        return super().append(*a)

    def pop2(self):
        return super().pop(0, 1)


try:
    BadArgs().pop2()
except TypeError as e:
    print("TypeError", e)
