# next(g), next(g, default) and g.send(v) on exhausted generators in hot loops (StopIteration
# raised without a JS throw): a generator that returned a value (the value is not repeated), one
# that raised, the default form, handlers in a caller, and an uncaught one at the end.


def gen(n):
    for i in range(n):
        yield i
    return "done"


def bad():
    yield 1
    raise ValueError("inside")


def drain(g):
    try:
        while True:
            next(g)
    except StopIteration as e:
        return e.value


def run(n):
    acc = 0
    vals = []
    for i in range(n):
        g = gen(i % 4)
        first = drain(g)
        try:
            next(g)
        except StopIteration as e:
            acc += 1
            vals.append((first, e.value, e.args))
        acc += next(g, 10)
        try:
            g.send(None)
        except StopIteration as e:
            acc += 100 if e.value is None else 1000
        b = bad()
        next(b)
        try:
            next(b)
        except ValueError as e:
            acc += len(str(e))
        try:
            next(b)
        except StopIteration:
            acc += 5
    return acc, vals[:3], len(vals)


print(run(3000))


def outer():
    g = gen(1)
    next(g)
    total = 0
    for i in range(3000):
        try:
            total += next(g)
        except StopIteration:
            total += 1
    return total + next(g)


outer()
