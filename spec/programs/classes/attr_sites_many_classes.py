# obj.attr at one site that sees instances of many classes (more than the VM's two cache
# entries): instance-dict values, class attributes, properties, slots, __getattr__ and
# __getattribute__ classes, an instance attribute shadowing a method, missing attributes, and
# a data descriptor added to a class after the site went polymorphic.
class Base:
    kind = "class attribute"

    def __init__(self, v):
        self.v = v


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        self.other = 0
        self.v = v * 10


class C:
    def __init__(self, v):
        self.v = v + 0.5


class P:
    @property
    def v(self):
        return "property"


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = -v


class G:
    def __getattr__(self, name):
        return f"__getattr__({name})"


class GA(Base):
    def __getattribute__(self, name):
        return "__getattribute__"


class M(Base):
    def v(self):
        return "method"


def read(objs):
    out = []
    for o in objs:
        try:
            out.append(o.v)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


many = [A(1), B(2), C(3), Base(4), A(5)]
for k in range(80):
    r = read(many)
print(r)
mixed = many + [P(), S(6), G(), GA(7), M(8)]
for k in range(3):
    print(read(mixed))
shadow = M(9)
shadow.__dict__["v"] = "instance shadows method"
print(read([shadow, A(1), B(1), C(1)]))
gone = A(1)
del gone.v
print(read([gone, Base(2), B(3)]))


def kinds(objs):
    return [o.kind for o in objs]


for k in range(60):
    r = kinds(many[:2] + [Base(1), B(2), A(3)])
print(r)
b = B(5)
b.kind = "instance value"
print(kinds([b, A(1), Base(2)]))

# A data descriptor on a class takes precedence over the instance dict, even after the site
# has gone polymorphic.
class Desc:
    def __get__(self, obj, owner):
        return "data descriptor"

    def __set__(self, obj, value):
        pass


a = A(1)
a.__dict__["v"] = "in the instance dict"
print(read([a, B(1), C(1), Base(1)]))
A.v = Desc()
print(read([a, B(1), C(1), Base(1)]))
del A.v
print(read([a, B(1), C(1), Base(1)]))
