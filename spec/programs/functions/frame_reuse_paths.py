# Every way a call enters a function frame (positional, keywords and defaults, *args/**kwargs,
# property getters, __init__, callbacks from builtins, cross-recursion, failing calls) keeps
# each call's slots and cells apart when frames of returned calls are reused.
import sys


def cells(n):
    total = n

    def add(k):
        nonlocal total
        total += k
        return total

    return add


adders = [cells(i) for i in range(4)]
print([a(10) for a in adders], [a(1) for a in adders])


def kw(a, b=2, *rest, c=3, **more):
    x = (a, b, rest, c, sorted(more.items()))
    return x


print(kw(1), kw(1, c=9), kw(*[5, 6, 7]), kw(**{'a': 0, 'z': 1}), kw(1, 2, 3, 4, c=0, d=5))
args = [(i, i * 2) for i in range(3)]
print([kw(*p) for p in args], [kw(**{'a': i}) for i in range(2)])


class Box:
    def __init__(self, v, *, label='box'):
        self.v = v
        self.label = label
        if v < 0:
            raise ValueError(f'negative {v}')

    @property
    def double(self):
        d = self.v * 2
        return d

    def frame(self):
        return sys._getframe()


boxes = [Box(i) for i in range(3)]
for i in range(-2, 3):
    try:
        Box(i, label='x')
    except ValueError as e:
        print('init failed:', e, e.__traceback__.tb_next.tb_frame.f_locals['v'])
print([b.double for b in boxes], [b.label for b in boxes])
kept = [b.frame() for b in boxes]
for b in boxes * 3:
    b.frame()
print([k.f_locals['self'].v for k in kept])


class Base:
    def who(self, n):
        return ('Base', n)


class Child(Base):
    def who(self, n):
        r = super().who(n + 1)
        return ('Child', r)


print([Child().who(i) for i in range(3)])


def ping(n):
    return n if n <= 0 else pong(n - 1)


def pong(n):
    return -n if n <= 0 else ping(n - 2)


print([ping(i) for i in range(7)], [pong(i) for i in range(7)])


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError:
    print('recursion error')
print(ping(20), [kw(i) for i in range(2)])


def maybe(x):
    if x > 2:
        y = x
    return y


for i in range(5):
    try:
        print(maybe(i))
    except UnboundLocalError as e:
        print('unbound', e)


def key(v):
    neg = -v
    return neg


print(sorted([3, 1, 2], key=key), max(range(5), key=key), list(map(key, filter(lambda t: t % 2, range(6)))))


def catches(i):
    try:
        return 10 // i
    except ZeroDivisionError as e:
        return e


e0 = catches(0)
print([catches(i) for i in range(1, 4)], e0.__traceback__.tb_frame.f_locals)
