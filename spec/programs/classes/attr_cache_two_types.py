# One attribute site seeing two (or more) receiver classes in turn: the tree-walker keeps a
# second cache entry, which must still be invalidated by class changes, instance shadowing and
# a third class, for loads, stores, augmented stores and method calls.
class Base:
    kind = 'base'

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def bump(self):
        self.v += 1
        return self.v


class Sub(Base):
    kind = 'sub'

    def __init__(self, v):
        super().__init__(v)
        self.extra = -v


class Other:
    kind = 'other'

    def __init__(self, v):
        self.extra = 0
        self.v = v * 10

    def get(self):
        return ('other', self.v)

    def bump(self):
        self.v -= 1
        return self.v


def show(objs, rounds):
    out = []
    for r in range(rounds):
        for o in objs:
            out.append((o.kind, o.v, o.get(), o.bump()))
            o.v = o.v + r
    return out


objs = [Base(1), Sub(2), Base(3), Sub(4)]
print(show(objs, 3))
# A third class at the same sites.
objs.append(Other(5))
print(show(objs, 2))
# Changing a class invalidates its entry (whichever slot it is in).
Sub.get = lambda self: ('patched', self.v)
Base.kind = 'BASE'
print(show(objs, 2))
# An instance attribute shadowing a method and a class attribute.
objs[1].get = lambda: 'shadowed'
objs[0].kind = 'own kind'
print(show(objs, 2))
del objs[1].get
del objs[0].kind
print(show(objs, 1))


# A property on one class, a plain attribute on the other, at one site.
class P:
    @property
    def v(self):
        return 'prop'

    @v.setter
    def v(self, x):
        print('setter', x)


class Q:
    def __init__(self):
        self.v = 'plain'


for o in [P(), Q(), P(), Q(), Q(), P()]:
    print(o.v)
    o.v = 'set'
    print(o.v)
