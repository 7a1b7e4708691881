# throw() into a generator delegating to an iterator that has no throw() method raises the
# exception in the generator itself, at the `yield from`: a thrown StopIteration does not
# finish the delegation but leaves the generator as "generator raised StopIteration". A
# StopIteration raised later by the generator's own code, after a throw() reached it through
# a delegate, is likewise its own and not the end of some delegation.


def show(f, *args):
    try:
        print("->", repr(f(*args)))
    except BaseException as e:
        print("!!", type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


def over_range():
    x = yield from range(3)
    print("  yield from gave", repr(x))
    yield "after"


for exc in [StopIteration, StopIteration(5), ValueError("v"), GeneratorExit]:
    it = over_range()
    next(it)
    show(it.throw, exc)
    show(next, it)


class Forever:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


class ThrowStops(Forever):
    def throw(self, *args):
        raise StopIteration("from throw")


def over(delegate):
    x = yield from delegate
    print("  yield from gave", repr(x))
    yield "after"


# The delegate's own throw() raising StopIteration does finish the delegation.
it = over(ThrowStops())
next(it)
show(it.throw, ValueError)
show(next, it)


def inner():
    yield 1
    return "inner value"


def catches_then_stops(delegate):
    try:
        yield from delegate
    except ValueError:
        print("  caught ValueError")
    next(iter([]))
    yield "unreachable"


for make in [Forever, inner]:
    it = catches_then_stops(make())
    next(it)
    show(it.throw, ValueError)
    show(next, it)


def catches_then_returns():
    try:
        yield from Forever()
    except ValueError:
        print("  caught ValueError")
    return "returned"


it = catches_then_returns()
next(it)
show(it.throw, ValueError)
show(next, it)
