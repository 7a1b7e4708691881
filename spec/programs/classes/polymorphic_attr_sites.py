# One attribute/method site seeing instances of several classes (a class, its subclasses, an
# unrelated class), with the lookups that must differ per class: a property on a subclass that
# shadows an instance attribute, __slots__, __getattr__ / __getattribute__ overrides, an
# instance attribute shadowing a method, and classes changed after the site has run.

class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def m(self):
        return ('Base.m', self.v)


class Sub(Base):
    def m(self):
        return ('Sub.m', self.v)


class Other:
    def __init__(self, v):
        self.w = -v
        self.v = v + 100

    def m(self):
        return ('Other.m', self.v)


class PropSub(Base):
    @property
    def v(self):
        return 'prop'

    @v.setter
    def v(self, x):
        self.__dict__['v'] = x  # stored, but the property still wins on load


class Slotted:
    __slots__ = ('v', 'w')

    def __init__(self, v):
        self.v = v
        self.w = 0

    def m(self):
        return ('Slotted.m', self.v)


class GetAttr(Base):
    def __getattribute__(self, name):
        if name == 'v':
            return 'intercepted'
        return object.__getattribute__(self, name)


def read(o):
    return o.v


def write(o, x):
    o.v = x
    return o.v


def call(o):
    return o.m()


objs = [Base(1), Sub(2), Other(3), PropSub(4), Slotted(5), GetAttr(6)]
for rnd in range(3):
    for _ in range(40):
        rs = [read(o) for o in objs]
        cs = [call(o) for o in objs]
    print(rnd, rs)
    print(rnd, cs)
    print(rnd, [write(o, i * 10 + rnd) for i, o in enumerate(objs)])
    # shadow the method on one instance only
    objs[1].m = lambda: 'instance m'
    print(rnd, [call(o) for o in objs])
    del objs[1].m

# sites that see exactly two classes, the second one needing a different lookup
def read2(o):
    return o.v


def write2(o, x):
    o.v = x
    return o.__dict__.get('v'), o.v


def call2(o):
    return o.m()


for pair in ([Base(1), PropSub(2)], [Base(1), GetAttr(2)], [Base(1), Slotted(2)]):
    for _ in range(80):
        r = [read2(o) for o in pair]
    print(r, [write2(o, 7) if not isinstance(o, Slotted) else None for o in pair])
s1, s2 = Sub(1), Sub(2)
s2.m = lambda: 'own m'
for _ in range(80):
    r = [call2(o) for o in (s1, s2)]
print(r)

# change classes after the sites have specialised
Base.m = lambda self: ('patched Base.m', self.v)
print([call(o) for o in objs])
Sub.v = property(lambda self: 'sub prop')
print([read(o) for o in objs])
del Sub.v
print([read(o) for o in objs])
del Sub.m
print([call(o) for o in objs])


# two functions of different classes through one call site, with arguments
class A:
    def f(self, x, y):
        return x + y


class B(A):
    def f(self, x, y):
        return x * y


class C:
    def f(self, x, y=5):
        return x - y


def go(o, n):
    t = 0
    for i in range(n):
        t += o.f(i, 3)
    return t


items = [A(), B(), C(), B(), A()]
print([go(o, 50) for o in items * 20][:10], sum(go(o, 50) for o in items * 20))


def gen_or_plain(k):
    # a call site that sees a plain function and a generator function
    def plain(a):
        return a
    def gen(a):
        yield a
    fs = [plain, gen]
    out = []
    for i in range(60):
        r = fs[i % 2 if i > 30 else 0](i)
        out.append(r if isinstance(r, int) else list(r))
    return out[-4:]


print(gen_or_plain(1))
