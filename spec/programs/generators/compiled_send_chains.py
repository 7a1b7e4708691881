# `yield from` (SEND) in compiled loops: chains of delegating generators run many times, so
# the delegating loops are compiled; send/throw/close through the chain, return values, other
# kinds of delegates, exceptions raised inside, locals deleted across yields.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return n


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
    return "evens done"


def middle(n):
    r = yield from evens(count_up(n))
    yield r
    r2 = yield from count_up(3)
    return (r, r2)


def outer(n):
    res = yield from middle(n)
    yield ("outer got", res)


total = 0
items = 0
last = None
for v in outer(7000):
    if isinstance(v, int):
        total += v
        items += 1
    else:
        last = v
print("chain", total, items, last)


# Re-running the same chain many times (the compiled SEND loop entered and left often).
def tiny(k):
    yield from range(k)
    yield from [k, k]
    return k


def tiny_outer(k):
    r = yield from tiny(k)
    yield r * 100


acc = 0
for j in range(3000):
    for v in tiny_outer(j % 5):
        acc += v
print("tiny", acc)


# send() through a chain: values reach the innermost generator.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def relay():
    got = yield from accumulator()
    yield ("relay", got)


r = relay()
next(r)
s = 0
for i in range(4000):
    s = r.send(i % 13)
print("send", s, r.send(None))


# throw() into a suspended chain, caught in the inner generator's try.
def catcher():
    caught = 0
    i = 0
    while True:
        try:
            yield i
        except KeyError as e:
            caught += 1
            if caught == 5:
                return ("caught", caught, str(e))
        i += 1


def thrower_outer():
    res = yield from catcher()
    yield res


g = thrower_outer()
vals = []
for i in range(3000):
    vals.append(next(g))
print("before throw", vals[-1], len(vals))
out = None
for i in range(5):
    out = g.throw(KeyError(i))
print("throw result", out)


# An exception raised inside the inner generator propagates through the SEND.
def failing(n):
    for i in range(n):
        yield i
    raise ValueError("inner failed at %d" % n)


def wrap(n):
    try:
        yield from failing(n)
    except ValueError as e:
        yield "handled: " + str(e)
    yield "after"


for n in (3000, 4):
    out = list(wrap(n))
    print("wrap", len(out), out[-2:])


def unhandled(n):
    yield from failing(n)


try:
    t = 0
    for v in unhandled(3500):
        t += v
except ValueError as e:
    print("escaped", t, e)


# close() of a suspended chain: GeneratorExit reaches the innermost generator's finally.
log = []


def inner_closing():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        log.append("inner closed")


def outer_closing():
    try:
        yield from inner_closing()
    finally:
        log.append("outer closed")


g = outer_closing()
for i in range(3200):
    x = next(g)
g.close()
print("close", x, log)


# Delegation to iterators that are not generators: a class with __next__ and one with send.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown over")
        self.n -= 1
        return self.n


def via_class(n):
    r = yield from Countdown(n)
    yield r


out = list(via_class(3000))
print("class delegate", len(out), out[:3], out[-2:])


class Echo:
    def __init__(self):
        self.seen = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.seen.append(v)
        if len(self.seen) > 3000:
            raise StopIteration(len(self.seen))
        return v


def via_echo(e):
    r = yield from e
    return r


e = Echo()
g = via_echo(e)
next(g)
n = 0
try:
    while True:
        g.send(n)
        n += 1
except StopIteration as stop:
    print("echo", n, stop.value, e.seen[:3], e.seen[-1])


# A local deleted across a yield inside a delegating generator's loop.
def deleter(n):
    for i in range(n):
        tmp = i * 2
        yield from (tmp, tmp + 1)
        del tmp
        try:
            print(tmp)
        except UnboundLocalError:
            pass
    return "deleted"


def deleter_outer(n):
    r = yield from deleter(n)
    yield r


res = list(deleter_outer(3000))
print("del", len(res), res[-3:])


# A delegate that is already running (re-entered from inside): ValueError.
def reenter():
    yield from me
    yield 1


me = reenter()
try:
    next(me)
except ValueError as e:
    print("reenter", e)


# Return values of delegates that finish immediately, many times.
def instant(k):
    return k
    yield


def collect(n):
    s = 0
    for k in range(n):
        s += yield from instant(k)
    yield s


print("instant", list(collect(3000)))
