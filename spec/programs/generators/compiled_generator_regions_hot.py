# Generators made many times (so that their own code, outside their loops, is compiled): plain
# yields, a prologue of cells and free variables, return values through yield from, next() with
# and without a default, send(), throw() and close() at every stage, exceptions inside, and
# StopIteration leaving a generator (RuntimeError).

def three():
    yield 1
    yield 2
    yield 3

def with_cell(a):
    def peek():
        return a * 10
    yield a
    a += 1
    yield peek()
    return a

def outer(k):
    def inner():
        yield k
        yield k + 1
    return inner

def returns(n):
    yield n
    return n * 100

def delegate(n):
    r = yield from returns(n)
    yield r
    r2 = yield from three()
    yield 7 if r2 is None else r2

def sender():
    got = []
    x = yield 'start'
    got.append(x)
    y = yield x * 2
    got.append(y)
    return got

def raiser(n):
    yield n
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    yield n + 1

def leaks():
    yield 1
    raise StopIteration("inner")

def guarded(log):
    try:
        yield 'a'
        yield 'b'
    finally:
        log.append('closed')

def unbound(flag):
    if flag:
        x = 5
    yield 1
    return x

def loop_then_tail(n):
    yield -1
    for i in range(n):
        yield i
    total = n * 2
    yield total

total = 0
for rnd in range(60):
    for v in three():
        total += v
    g = with_cell(rnd)
    total += sum(g)
    for v in outer(rnd)():
        total += v
    out = list(delegate(rnd))
    total += sum(out)
    s = sender()
    first = next(s)
    second = s.send(rnd)
    try:
        s.send(rnd + 1)
    except StopIteration as e:
        res = e.value
    total += second + sum(res)
    try:
        for v in raiser(rnd):
            total += v
    except ValueError as e:
        total += 1
    it = three()
    total += next(it) + next(it) + next(it) + next(it, 1000)
    try:
        next(it)
    except StopIteration:
        total += 1
    log = []
    gd = guarded(log)
    next(gd)
    gd.close()
    total += len(log)
    try:
        list(leaks())
    except RuntimeError as e:
        total += 2
    try:
        for v in unbound(rnd % 2 == 0):
            total += v
    except UnboundLocalError as e:
        total += 3
    total += sum(loop_then_tail(rnd % 5))
    rg = returns(rnd)
    total += next(rg)
    try:
        next(rg)
    except StopIteration as e:
        total += e.value
    tg = three()
    next(tg)
    try:
        tg.throw(KeyError('k'))
    except KeyError:
        total += 5
print(total)
print(first, list(delegate(4)), res)
print(list(with_cell(7)), list(outer(3)()), list(loop_then_tail(3)))
try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    list(unbound(False))
except UnboundLocalError as e:
    print(type(e).__name__, e)
g = three()
print(g.gi_running, g.gi_frame is not None, next(g), list(g), g.gi_frame)
