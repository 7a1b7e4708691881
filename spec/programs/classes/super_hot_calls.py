# super().name(...) called often (hot loops and function bodies compiled by the VM): the method
# found through the MRO after __class__, rebound or deleted mid-loop, builtin bases' method
# descriptors, cooperative multiple inheritance, classmethods, exceptions and tracebacks from
# the super method, and the instance's class changing under the call site.
import re
import traceback


class Base:
    def step(self, x):
        return x + 1

    def name(self):
        return "Base"


class Mid(Base):
    def step(self, x):
        return super().step(x) * 2

    def name(self):
        return "Mid>" + super().name()


class Leaf(Mid):
    def step(self, x):
        return super().step(x) - 3

    def name(self):
        return "Leaf>" + super().name()


def drive(objs, n):
    total = 0
    for i in range(n):
        for o in objs:
            total += o.step(i)
    return total


objs = [Base(), Mid(), Leaf()]
print(drive(objs, 300))
print([o.name() for o in objs])

# The base method replaced while the loop runs.
def patched(n):
    out = []
    leaf = Leaf()
    for i in range(n):
        if i == n // 2:
            Base.step = lambda self, x: x * 100
        out.append(leaf.step(i))
    return out[:3], out[-3:]


print(patched(200))


# Deleted from the class: the next base on the MRO is found.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B"


class C(B):
    def f(self):
        return "C>" + super().f()


def deleted(n):
    c = C()
    seen = []
    for i in range(n):
        if i == 50:
            del B.f
        seen.append(c.f())
    return seen[0], seen[49], seen[50], seen[-1]


print(deleted(100))


# Builtin bases: method descriptors found by super().
class Stack(list):
    def append(self, x):
        super().append(x * 2)

    def pop(self):
        return super().pop() + 1


def use_stack(n):
    s = Stack()
    for i in range(n):
        s.append(i)
    t = 0
    for i in range(n // 2):
        t += s.pop()
    return len(s), t, s[:5]


print(use_stack(200))


# Cooperative multiple inheritance.
class Log:
    def run(self, acc):
        acc.append("Log")
        return acc


class Timed(Log):
    def run(self, acc):
        acc.append("Timed")
        return super().run(acc)


class Checked(Log):
    def run(self, acc):
        acc.append("Checked")
        return super().run(acc)


class Job(Timed, Checked):
    def run(self, acc):
        acc.append("Job")
        return super().run(acc)


def jobs(n):
    last = None
    for i in range(n):
        last = Job().run([])
    return last


print(jobs(100))


# Classmethods and staticmethods through super().
class K:
    @classmethod
    def make(cls, v):
        return (cls.__name__, v)

    @staticmethod
    def helper(v):
        return v * 3


class K2(K):
    @classmethod
    def make(cls, v):
        return super().make(v + 1)

    def h(self, v):
        return super().helper(v)


def classy(n):
    r = None
    k = K2()
    s = 0
    for i in range(n):
        r = K2.make(i)
        s += k.h(i)
    return r, s


print(classy(100))


# Exceptions raised by the super method, caught in the hot loop and uncaught.
class Risky:
    def go(self, i):
        if i % 17 == 0:
            raise ValueError(f"bad {i}")
        return i


class Safe(Risky):
    def go(self, i):
        return super().go(i) * 2


def risky(n):
    s = Safe()
    ok = bad = 0
    for i in range(n):
        try:
            ok += s.go(i)
        except ValueError as e:
            bad += 1
            msg = str(e)
    return ok, bad, msg


print(risky(300))


def uncaught():
    s = Safe()
    for i in range(1, 100):
        s.go(i)


try:
    uncaught()
except ValueError:
    lines = traceback.format_exc().splitlines()
    picked = [l.strip() for l in lines if l.strip().startswith(("File", "return", "raise", "s.go"))][-4:]
    print([re.sub(r'File ".*?([^/\\]+)"', r'File "\1"', l) for l in picked])


# The instance's class changes under a hot call site.
class P:
    def v(self):
        return 1


class Q(P):
    def v(self):
        return super().v() + 10


class R(P):
    def v(self):
        return super().v() + 20


def switching(n):
    o = Q()
    t = 0
    for i in range(n):
        if i == n // 2:
            o.__class__ = R
        t += o.v()
    return t


print(switching(200))


# super() with `self` rebound in the method, and a subclass without the method.
class S1:
    def m(self):
        return "S1"


class S2(S1):
    def m(self):
        self = 5
        try:
            return super().m()
        except TypeError as e:
            return "TypeError: " + str(e)


def rebound(n):
    r = None
    for i in range(n):
        r = S2().m()
    return r


print(rebound(60))
