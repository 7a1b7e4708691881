# Property getters run from attribute loads in hot loops: values, closures, the class changing
# under the loop, subclasses, __getattr__ fallback on AttributeError, errors and tracebacks,
# recursion, the getter's frame, __code__ replaced, and getters that are not plain functions.
import sys
import traceback


def make(scale):
    class P:
        def __init__(self, v):
            self.v = v

        @property
        def doubled(self):
            return self.v * 2 * scale

        @property
        def caller(self):
            return sys._getframe().f_back.f_code.co_name

    return P


P = make(1)
ps = [P(i) for i in range(5)]


def total(objs):
    t = 0
    for _ in range(50):
        for o in objs:
            t += o.doubled
    return t


print("values", total(ps))
print("closure", total([make(3)(i) for i in range(5)]))
print("caller", ps[0].caller, [o.caller for o in ps[:1]])

# the class changes under a hot site: a new getter, then a plain attribute
def reads(o, n):
    return [o.doubled for _ in range(n)]

print("before", reads(ps[1], 3))
P.doubled = property(lambda self: -self.v)
print("replaced", reads(ps[1], 3))
P.doubled = 42
print("plain", reads(ps[1], 3))
del P.doubled
try:
    reads(ps[1], 1)
except AttributeError as e:
    print("deleted", e)

# subclasses: inherited, overridden by a property, shadowed by a class attribute
class Base:
    def __init__(self, v):
        self.v = v

    @property
    def p(self):
        return ("base", self.v)

class Same(Base):
    pass

class Over(Base):
    @property
    def p(self):
        return ("over", self.v)

class Plain(Base):
    p = "class attr"

def mixed(objs):
    return [o.p for o in objs for _ in range(2)]

print("mixed", mixed([Base(1), Same(2), Over(3), Plain(4), Base(5)]))

# __getattr__ runs when the getter raises AttributeError
class Fallback:
    @property
    def x(self):
        raise AttributeError("no x here")

    def __getattr__(self, name):
        return "fallback for " + name

fb = Fallback()
print("fallback", [fb.x for _ in range(3)])

# errors from the getter: type, message, traceback through the getter's frame
class Bad:
    def __init__(self, d):
        self.d = d

    @property
    def ratio(self):
        return 10 / self.d

def ratios(objs):
    out = []
    for o in objs:
        try:
            out.append(o.ratio)
        except ZeroDivisionError as e:
            out.append(("error", str(e)))
    return out

print("errors", ratios([Bad(2), Bad(0), Bad(5)]))
try:
    [Bad(1), Bad(0)][1].ratio
except ZeroDivisionError:
    names = [l.strip().split(", in ")[-1] for l in traceback.format_exc().splitlines() if l.strip().startswith("File")]
    print("traceback", names)

# recursion through a property
class Deep:
    @property
    def down(self):
        return self.down

try:
    Deep().down
except RecursionError as e:
    print("recursion", type(e).__name__)

# the getter's code object replaced
class Swap:
    @property
    def val(self):
        return "old"

def new_val(self):
    return "new"

s = Swap()
print("swap", [s.val for _ in range(3)])
Swap.val.fget.__code__ = new_val.__code__
print("swapped", [s.val for _ in range(3)])

# getters that are not plain one-parameter functions
class Odd:
    def __init__(self):
        self.items = [1, 2, 3]

    def with_default(self, k=10):
        return k

    a = property(with_default)
    b = property(lambda self, *rest: ("star", rest))
    c = property(len.__call__ if False else (lambda self: len(self.items)))

    def gen(self):
        yield 1

    d = property(gen)

class LenProp(list):
    size = property(list.__len__)

o = Odd()
print("odd", [(o.a, o.b, o.c, type(o.d).__name__) for _ in range(2)])
print("builtin getter", [LenProp([1, 2]).size for _ in range(2)])

# a property subclass with its own __get__
class Loud(property):
    def __get__(self, obj, cls=None):
        return ("loud", super().__get__(obj, cls))

class UsesLoud:
    @Loud
    def q(self):
        return 7

print("subclass", [UsesLoud().q for _ in range(2)])
