# Exceptions raised in compiled code that natives or generator consumers ran: a sort key,
# map(), a generator drained by sum()/list(), a generator resumed by next() and send(), and
# __eq__ during a dict lookup, each caught at the right place and the loop going on there.

def key(x):
    if x == 77:
        raise LookupError("key 77")
    return -x


def sorts(n):
    done = failed = 0
    for i in range(n):
        data = list(range(i, i + 80))
        try:
            data.sort(key=key)
            done += data[0]
        except LookupError:
            failed += 1
    return done, failed


print(sorts(100))


def gen(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError(f"bad {i}")
        yield i * 2


def drains(n):
    total = 0
    errors = []
    for k in range(n):
        try:
            total += sum(gen(30, k if k % 4 == 0 else -1))
        except ValueError as e:
            errors.append(str(e))
        try:
            total += len(list(gen(10, 5 if k % 5 == 0 else -1)))
        except ValueError:
            total -= 1
    return total, errors[:4], len(errors)


print(drains(60))


def stepping(n):
    out = []
    for k in range(n):
        g = gen(6, 3)
        try:
            while True:
                out.append(next(g))
        except ValueError as e:
            out.append(str(e))
        except StopIteration:
            out.append("stop")
    return out[:9], len(out)


print(stepping(40))


def acc():
    total = 0
    while True:
        x = yield total
        if x < 0:
            raise ArithmeticError(x)
        total += x


def sends(n):
    a = acc()
    next(a)
    log = []
    for i in range(n):
        try:
            log.append(a.send(i if i % 9 else -i))
        except ArithmeticError as e:
            log.append(("err", e.args[0]))
            a = acc()
            next(a)
    return log[:12], len(log)


print(sends(50))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 7

    def __eq__(self, other):
        if self.v == 13 or getattr(other, "v", None) == 13:
            raise RuntimeError("eq 13")
        return isinstance(other, Key) and self.v == other.v


def lookups(n):
    d = {Key(i): i for i in range(0, 40, 3)}
    hits = misses = errs = 0
    for i in range(n):
        try:
            if Key(i % 40) in d:
                hits += 1
            else:
                misses += 1
        except RuntimeError:
            errs += 1
    return hits, misses, errs


print(lookups(400))


def mapped(n):
    total = 0
    for i in range(n):
        try:
            total += sum(map(lambda x: 10 // (x - 5), range(i % 10)))
        except ZeroDivisionError:
            total += 1000
    return total


print(mapped(200))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(22))
