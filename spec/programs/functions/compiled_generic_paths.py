# Operations without a fast path inside hot loops and hot function bodies (which the VM
# compiles): polymorphic method calls, attribute access on types and modules, calls with
# keywords and with *args/**kwargs, subscripts and arithmetic on user classes, unpacking of
# other iterables, closures made in a loop, imports, deletes, displays, match. Each runs many
# times so that it happens in compiled code, and some raise there.
import sys
from collections import namedtuple


class Shape:
    def describe(self):
        return f"{type(self).__name__}:{self.area()}"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h // 2


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def area(self):
        return self.v


shapes = [Sq(2), Rect(2, 3), Tri(4, 5), Slotted(7)] * 5
total = 0
for s in shapes:
    total += s.area()
print("areas", total, [s.describe() for s in shapes[:3]])


def kw(a, b=2, *args, c=3, **rest):
    return a + b + c + len(args) + sum(rest.values())


P = namedtuple("P", "x y")


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return self.x * i

    def __setitem__(self, i, v):
        self.x = v

    def __repr__(self):
        return f"Vec({self.x})"


class D(dict):
    def __missing__(self, key):
        return -1


def work(n):
    acc = 0
    v = Vec(0)
    d = D(a=1)
    seen = set()
    funcs = []
    for i in range(n):
        acc += kw(i, c=1) + kw(i, 1, 2, 3, z=4) + kw(*(i, 5)) + kw(**{"a": i, "q": 1})
        p = P(i, -i)
        x, y = p
        acc += x + y + p[0] + p.y
        v = v + 1
        v[0] = v.x
        acc += v[2] + d[i % 2 and "a" or "zz"]
        seen.add(Vec(i % 3))
        a, *mid, b = range(i % 4 + 2)
        acc += len(mid) + b - a
        funcs.append(lambda k=i: k * 2)
        import math as m
        acc += m.floor(i / 3)
        t = {i: i, "k": [i, *mid]}
        acc += len(t) + len({*mid, i})
        match p:
            case P(x=0):
                acc += 100
            case (a1, b1) if a1 > 5:
                acc += a1 - b1
            case _:
                acc += 1
        obj = Sq(i)
        obj.extra = i
        del obj.extra
        acc += hasattr(obj, "extra")
        acc += -(~i) + (+i)
        acc ^= len(str(type(obj).__mro__[1].__name__))
    return acc, v, sorted(seen, key=lambda q: q.x), [f() for f in funcs[-3:]]


print(work(60))


def errors(n):
    out = []
    for i in range(n):
        try:
            if i % 4 == 0:
                Vec(1)[i + 4]
            elif i % 4 == 1:
                kw(i, nope=1, c="x")
            elif i % 4 == 2:
                Vec(1) + "s"
            else:
                a, b = Vec(2)
        except (IndexError, TypeError, ValueError) as e:
            out.append(type(e).__name__ + ":" + str(e)[:30])
    return out


print(errors(12))


def where():
    return sys._getframe(1).f_lineno


def lines(n):
    got = set()
    for i in range(n):
        got.add(where())
        got.add(kw(i, c=0) * 0 + where())
    return sorted(got)


print(lines(40))


def body_calls(i):
    # a function body (no loop) with calls through the protocol
    return kw(i, c=i) + len(P(i, i)) + sum(P(i, 1)) + Vec(i)[1]


print(sum(body_calls(i) for i in range(100)))


def fails(i):
    return kw(i, bad=lambda: 0)  # TypeError inside sum() of a lambda value


try:
    for i in range(50):
        fails(i)
except TypeError as e:
    print("TypeError", e)
