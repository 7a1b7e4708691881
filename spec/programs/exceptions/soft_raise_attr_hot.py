# o.name of a missing attribute in hot loops (a plain miss of the generic lookup raises
# AttributeError without a JS throw, compiled code leaving to the interpreter): the message,
# name and obj, an attribute that comes and goes, __getattr__ classes, slots, modules, classes,
# a property raising AttributeError, methods called on a missing name, and an uncaught one.
import math


class A:
    kind = "a"

    def __init__(self):
        self.value = 1

    @property
    def broken(self):
        raise AttributeError("from property")


class G:
    def __getattr__(self, name):
        return "dyn-" + name


class S:
    __slots__ = ("x",)


def run(n):
    a = A()
    g = G()
    s = S()
    msgs = set()
    acc = 0
    for i in range(n):
        try:
            acc += a.missing
        except AttributeError as e:
            msgs.add((str(e), e.name, type(e.obj).__name__))
        if i % 3 == 0:
            a.extra = i
        elif i % 3 == 1:
            del a.extra
        try:
            acc += a.extra
        except AttributeError as e:
            acc -= 1
        try:
            acc += len(g.thing)
            acc += s.x
        except AttributeError as e:
            msgs.add(str(e))
        try:
            acc += a.broken
        except AttributeError as e:
            msgs.add(str(e))
        for o in (math, A, 7, "s"):
            try:
                o.nothing_here
            except AttributeError as e:
                msgs.add(str(e))
        try:
            a.nomethod(1)
        except AttributeError as e:
            msgs.add(str(e))
    return acc, sorted(msgs, key=repr)


print(run(3000))


def probe(o):
    t = 0
    for i in range(3000):
        t += o.value
    return t + o.valu


probe(A())
