# Frames of returned calls are reused by the tree-walker for later calls of the same function;
# anything that can still reach a returned frame (frame objects and their f_back chain,
# traceback entries, locals() dicts) must keep seeing that call's values.
import sys


def grab(depth):
    return sys._getframe(depth)


def outer(a, b):
    c = a + b
    fr = grab(1)
    return fr


def other(x, y):
    z = x * y
    return z


frames = [outer(i, 10) for i in range(3)]
for i in range(5):
    other(i, i + 1)
    outer(100 + i, 1)
print([(f.f_locals['a'], f.f_locals['c'], f.f_code.co_name) for f in frames])


def leaf(n):
    return sys._getframe()


def middle(n):
    k = n * 2
    return leaf(k)


fs = [middle(i) for i in range(3)]
for i in range(10):
    middle(50 + i)
print([(f.f_locals['n'], f.f_back.f_locals['k'], f.f_back.f_code.co_name) for f in fs])


def fails(v):
    w = v + 1
    raise ValueError(v)


def catcher(v):
    u = v * 3
    try:
        fails(v)
    except ValueError as e:
        return e


errs = [catcher(i) for i in range(3)]
for i in range(10):
    catcher(90 + i)
    other(i, 2)


def tb_locals(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, sorted(k for k in tb.tb_frame.f_locals if k != 'e'), tb.tb_lineno - fails.__code__.co_firstlineno))
        tb = tb.tb_next
    return out


print([tb_locals(e) for e in errs])
print([e.__traceback__.tb_frame.f_locals['u'] for e in errs])


def snap(p):
    q = p + 1
    return locals()


ds = [snap(i) for i in range(3)]
for i in range(5):
    snap(i * 100)
print(ds)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.f = sys._getframe() if x == 1 else None


pts = [Point(i, -i) for i in range(4)]
for i in range(6):
    Point(10 + i, 0)
print([(p.x, p.y) for p in pts], pts[1].f.f_locals['x'], pts[1].f.f_locals['y'])


def key(v):
    r = -v
    return r


print(sorted(range(8), key=key), list(map(key, range(4))))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def nested_args(n):
    return fib(fib(n) + 1)


print([fib(i) for i in range(15)], nested_args(6))


def counter(n, acc):
    if n == 0:
        return sys._getframe()
    return counter(n - 1, acc + n)


f = counter(5, 0)
chain = []
while f is not None and f.f_code.co_name == 'counter':
    chain.append((f.f_locals['n'], f.f_locals['acc']))
    f = f.f_back
for i in range(20):
    counter(3, 1000)
print(chain)


def gen_user(n):
    t = other(n, 2)
    yield t
    yield other(t, 3)


print([list(gen_user(i)) for i in range(3)])


def unbound_later(flag):
    if flag:
        v = 1
    return v


print(unbound_later(True))
try:
    unbound_later(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(unbound_later(True))


def defaults(a, b=5):
    c = a + b
    return c


print([defaults(i) for i in range(3)], defaults(1, 2))
