# `for` loops over instances of classes with a Python __next__, run often enough for the VM
# to specialise them: StopIteration from __next__ (directly, from a nested next(), from a
# StopIteration subclass) ends only that loop; other exceptions propagate with a traceback;
# handlers inside __next__ run first; break/continue/return inside the loop; the class
# patched mid-run; generators looping over class iterators.
import sys


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration(self.i)
        self.i += 1
        return self.i


total = 0
for k in range(200):
    for v in Count(k % 7):
        total += v
print(total)


def pairs(n):
    out = []
    for a in Count(n):
        for b in Count(a):
            out.append((a, b))
    return out


print(len(pairs(30)), pairs(3))


class Wrap:
    # __next__ delegating to a builtin iterator: its StopIteration passes through __next__.
    def __init__(self, xs):
        self.it = iter(xs)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it) * 10


print([x for x in Wrap([1, 2, 3])], sum(x for x in Wrap(range(100))))


class MyStop(StopIteration):
    pass


class Sub:
    def __init__(self):
        self.k = 3

    def __iter__(self):
        return self

    def __next__(self):
        self.k -= 1
        if self.k < 0:
            raise MyStop
        return self.k


print([list(Sub()) for _ in range(3)], [x for _ in range(50) for x in Sub()][:6])


class Guarded:
    # A handler inside __next__ sees the StopIteration first.
    def __init__(self, xs):
        self.it = iter(xs)
        self.ended = 0

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self.it)
        except StopIteration:
            self.ended += 1
            if self.ended < 3:
                return -1
            raise


g = Guarded([5, 6])
print([x for x in g], g.ended)


class Bad:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 40:
            raise ValueError("bad at %d" % self.n)
        return self.n


def consume(it):
    s = 0
    try:
        for x in it:
            s += x
    except StopIteration:
        print("never")
    return s


try:
    consume(Bad())
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(e, names)


def first_even(it):
    for x in it:
        if x % 2 == 0:
            return x
        continue
    return None


print([first_even(Count(n)) for n in range(5)])
c = Count(10)
for x in c:
    if x == 4:
        break
print(x, list(c))


class Patch:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 6:
            raise StopIteration
        return self.n


def drain(p):
    return [x for x in p]


print(drain(Patch()), drain(Patch()))
def stop_now(self):
    raise StopIteration


Patch.__next__ = stop_now
print(drain(Patch()))


def other_next(self):
    self.n += 2
    if self.n > 9:
        raise StopIteration
    return -self.n


Patch.__next__ = other_next
print(drain(Patch()), drain(Patch()))


def gen(n):
    for x in Count(n):
        got = yield x
        if got:
            yield got


g = gen(4)
print(next(g), g.send("s"), next(g), list(g))
print(sum(sum(gen(k)) for k in range(40)))


class Deep:
    def __init__(self, d):
        self.d = d
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return sum(Deep(self.d - 1)) + 1 if self.d else 1


print(sum(Deep(50)))
sys.setrecursionlimit(120)
try:
    sum(Deep(500))
except RecursionError as e:
    print("RecursionError")
