# Attribute loads in hot loops (compiled by the VM from the interpreter's specialised forms):
# class attributes read through the class and through instances, then shadowed by an instance
# attribute or replaced on the class mid-loop; methods shadowed by an instance attribute;
# __slots__ members set and deleted; module attributes; properties and descriptors.


class C:
    k = 1
    __slots__ = ()


class D:
    dims = 2

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def class_attr(n):
    t = 0
    for i in range(n):
        t += C.k
        if i == 20:
            C.k = 10
    return t


print(class_attr(40))


def through_instance(objs):
    t = 0
    for i, o in enumerate(objs):
        t += o.dims
        if i == 15:
            objs[20].dims = 100
        if i == 25:
            D.dims = 7
    return t


print(through_instance([D(i) for i in range(30)]))


def methods(objs):
    out = []
    for i, o in enumerate(objs):
        out.append(o.get())
        if i == 10:
            objs[12].get = lambda: "instance"
    return out[9:14]


print(methods([D(i) for i in range(20)]))


def slots(objs):
    t = 0
    for o in objs:
        t += o.a
    return t


ss = [S(i) for i in range(30)]
print(slots(ss))
del ss[29].a
try:
    slots(ss)
except AttributeError as e:
    print("AttributeError", e)


class P:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x * 2


def props(objs):
    return sum(o.x for o in objs)


print(props([P(i) for i in range(50)]))


def mixed(objs):
    out = []
    for o in objs:
        out.append(o.a if isinstance(o, S) else o.v)
    return out[-4:]


print(mixed([S(1), D(2)] * 15))
