# Data descriptors of a type read in hot loops and bodies (LOAD_ATTR_SLOT_GETSET, compiled):
# obj.__class__ (also after the object's class is reassigned mid-loop), an exception's args,
# a function's __name__, a getset that raises, and a dataclass-style __eq__ called many times.
class A:
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self.v == other.v
        return NotImplemented

    def __init__(self, v):
        self.v = v


class B(A):
    pass


def count_same(objs, probe):
    n = 0
    for o in objs:
        if o == probe:
            n += 1
    return n


objs = [A(i % 3) for i in range(300)] + [B(i % 3) for i in range(100)]
print(count_same(objs, A(1)), count_same(objs, B(2)))


def classes(objs):
    names = []
    for i, o in enumerate(objs):
        if i == 150:
            objs[200].__class__ = B
        names.append(o.__class__.__name__)
    return names


seen = classes([A(0) for _ in range(300)])
print(seen.count("A"), seen.count("B"), seen[199], seen[200], seen[201])


def arg_sum(n):
    total = 0
    for i in range(n):
        e = ValueError(i, i + 1)
        total += e.args[1] - e.args[0]
    return total


print(arg_sum(2000))


def names(fs):
    out = []
    for _ in range(200):
        for f in fs:
            out.append(f.__name__)
    return len(out), out[:3]


print(names([arg_sum, classes, count_same]))


class Slotted:
    __slots__ = ("a",)


def read_dicts(n):
    got = 0
    for i in range(n):
        o = Slotted() if i == n - 1 else A(i)
        try:
            got += len(o.__dict__)
        except AttributeError as exc:
            print("AttributeError:", exc, "at", i)
    return got


print(read_dicts(500))


def last_class(n):
    o = A(1)
    for i in range(n):
        c = o.__class__
    return c.__name__


print(last_class(5000))
o = A(0)
for i in range(100):
    k = o.__class__
print(k is A)
