# getattr(o, name) with two arguments in hot loops: a missing attribute of an object with the
# generic lookup raises AttributeError without a JS throw (native.ts softRaise): its message,
# name and obj, a property that raises AttributeError itself, slots, __getattr__ classes,
# modules and classes (their own messages), a non-str name, and an uncaught one at the end
# (with the "Did you mean" hint).
import math


class A:
    cls_attr = 5

    def __init__(self):
        self.value = 1

    @property
    def broken(self):
        raise AttributeError("inner failure")


class S:
    __slots__ = ("a", "b")


class G:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return len(name)
        raise AttributeError(f"G has no {name}")


def run(n):
    a = A()
    s = S()
    s.a = 1
    g = G()
    msgs = set()
    acc = 0
    for i in range(n):
        for obj, name in ((a, "value"), (a, "cls_attr"), (a, "missing"), (a, "broken"), (s, "a"), (s, "b"),
                          (s, "c"), (g, "dynamo"), (g, "other"), (math, "pi"), (math, "nope"), (A, "cls_attr"),
                          (A, "nothing"), (5, "real"), (5, "imag2")):
            try:
                v = getattr(obj, name)
                acc += 1 if isinstance(v, float) else v
            except AttributeError as e:
                # (name and obj of a descriptor's own AttributeError: not checked here.)
                msgs.add((str(e),) if name in ("b", "broken") else (str(e), e.name, type(e.obj).__name__))
        try:
            getattr(a, i)
        except TypeError as e:
            msgs.add(str(e))
    return acc, sorted(msgs, key=repr)


print(run(2000))


def probe(o):
    total = 0
    for i in range(3000):
        total += getattr(o, "value")
    return total + getattr(o, "valeu")


probe(A())
