# with-statements over context managers whose __enter__/__exit__ are Python functions (the VM
# pushes their frames in its loop): results, suppression, exceptions from __enter__ and
# __exit__, return/break/continue through the block, nested managers, generator bodies, and
# managers whose methods are replaced, static, or not plain functions.
import sys


class Log:
    def __init__(self, name, suppress=(), fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
        self.events = []

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        self.events.append("enter")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        self.events.append(("exit", et.__name__ if et else None))
        if self.fail_exit:
            raise ValueError("exit " + self.name)
        return et is not None and issubclass(et, self.suppress)


a = Log("a", suppress=(KeyError,))
seen = []
for i in range(6):
    with a as v:
        seen.append(v)
        if i % 2:
            {}[i]
print(seen, a.events[:6], len(a.events))


def early(m, n):
    for i in range(n):
        with m:
            if i == 2:
                continue
            if i == 4:
                break
            if i == 5:
                return "ret"
    with m as v:
        return v


b = Log("b")
print(early(b, 10), b.events)

c = Log("c", fail_enter=True)
try:
    with c:
        print("not reached")
except RuntimeError as e:
    print(e, c.events)

d = Log("d", fail_exit=True)
try:
    with d:
        raise KeyError("body")
except ValueError as e:
    print(e, repr(e.__context__), d.events)

e1, e2 = Log("outer", suppress=(ZeroDivisionError,)), Log("inner")
for _ in range(3):
    with e1 as x, e2 as y:
        1 / 0
print(x, y, e1.events[-2:], e2.events[-2:])


def gen(m):
    for i in range(3):
        with m as v:
            yield v + str(i)


g = Log("g")
print(list(gen(g)), g.events)
gi = gen(Log("h"))
print(next(gi))
gi.close()


class Swap:
    def __enter__(self):
        return 1

    def __exit__(self, *exc):
        return False


s = Swap()
print([s.__enter__() for _ in range(2)], [1 for _ in range(3) if s])
with s as v1:
    pass
Swap.__enter__ = lambda self: 2
with s as v2:
    pass


class StaticEnter:
    @staticmethod
    def __enter__():
        return "static"

    __exit__ = lambda self, *a: None


with StaticEnter() as v3:
    pass
print(v1, v2, v3)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print(e)


class Deep:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        if self.n:
            with Deep(self.n - 1) as inner:
                return inner + 1
        return 0

    def __exit__(self, *a):
        return None


print([Deep(k).__enter__() for k in range(4)])
with Deep(30) as depth:
    print(depth)
sys.setrecursionlimit(100)
try:
    with Deep(200):
        pass
except RecursionError:
    print("RecursionError")
