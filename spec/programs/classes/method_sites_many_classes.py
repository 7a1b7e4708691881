# obj.method(...) at one call site that sees many classes (more than the VM's two cache entries,
# so the site switches to its polymorphic form): methods found along each MRO, an instance
# attribute shadowing the method, methods replaced or deleted on a class later, classmethods,
# staticmethods, a custom __getattribute__, builtin objects and classes at the same site.
class Base:
    def describe(self, k):
        return f"{type(self).__name__}.describe({k})"


class A(Base):
    pass


class B(Base):
    def describe(self, k):
        return f"B<{k}>"


class C(B):
    pass


class D(Base):
    @classmethod
    def describe(cls, k):
        return f"classmethod {cls.__name__} {k}"


class E(Base):
    @staticmethod
    def describe(k):
        return f"staticmethod {k}"


class F(Base):
    def __getattribute__(self, name):
        if name == "describe":
            return lambda k: f"F.__getattribute__ {k}"
        return object.__getattribute__(self, name)


class G(Base):
    __slots__ = ()


def call_all(objs, k):
    return [o.describe(k) for o in objs]


objs = [A(), B(), C(), Base(), G()]
for k in range(60):
    out = call_all(objs, k)
print(out)

shadow = A()
shadow.describe = lambda k: f"instance attribute {k}"
objs2 = objs + [shadow, D(), E(), F()]
for k in range(3):
    print(call_all(objs2, k))

# Methods replaced on a class after the site went polymorphic.
B.describe = lambda self, k: f"replaced B {k}"
print(call_all(objs, 1))
del B.describe
print(call_all(objs, 2))
Base.describe = lambda self, k: f"new Base {k}"
print(call_all(objs, 3))


# Builtin objects and a class at a polymorphic site.
def sizes(xs):
    return [x.__len__() for x in xs]


seqs = [[1, 2, 1], (1, 1, 1), "a1b1", b"\x01\x01", {1: 2}, {3}, bytearray(b"\x01")]
for k in range(40):
    r = sizes(seqs if k % 2 else seqs[::-1])
print(r)
for bad in ([list], [[1], 5]):
    try:
        sizes(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
