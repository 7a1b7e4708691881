# A suspended generator whose yield is inside try/finally (or with, or a handler) runs its
# cleanup when its last reference goes: a module-level name rebound, a function returning with
# it in a local, with no class with __del__ anywhere in the program. Generators still reachable
# elsewhere are left alone.
import contextlib


def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


def h(name):
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise


x = g("rebound")
next(x)
x = None
print("after rebinding")


def use():
    it = h("local")
    next(it)
    print("leaving use")


use()
print("after use")


def keep():
    lst = [g("in list")]
    next(lst[0])
    return lst


held = keep()
print("list still held")


def helper(gen):
    y = gen
    return next(y)


kept = g("param")
print(helper(kept), "param still held")


@contextlib.contextmanager
def cm(n):
    try:
        print("cm enter", n)
        yield n
    finally:
        print("cm exit", n)


def use_cm():
    with cm(1) as a:
        def inner():
            tmp = a
            return tmp
        inner()
        print("inside with", a)
    return "used"


print(use_cm())
held = None
print("after held = None")
kept = None
print("end")
