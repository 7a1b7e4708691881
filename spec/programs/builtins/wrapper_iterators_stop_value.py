# next() on zip, enumerate, map and filter passes on a StopIteration(value) raised by the
# iterator they pull from (a class's __next__, a generator's return value, a nested map's
# function), as CPython's tp_iternext chain does; loops still just stop on it.
class Stopper:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("from __next__")


def returns_seven():
    yield 1
    return 7


def raiser(x):
    raise StopIteration("from map")


def show(label, it):
    try:
        print(label, next(it))
        print(label, next(it))
    except StopIteration as e:
        print(label, repr(e))


show("zip", zip(Stopper()))
show("zip second", zip([1, 2], Stopper()))
show("zip generator", zip(returns_seven(), "abc"))
show("zip strict", zip(Stopper(), strict=True))
show("enumerate", enumerate(Stopper()))
show("enumerate generator", enumerate(returns_seven()))
show("map of map", map(abs, map(raiser, [1])))
show("map of class", map(abs, Stopper()))
show("filter of class", filter(None, Stopper()))
show("__next__", iter([zip(Stopper())]).__next__())
try:
    zip(returns_seven()).__next__()
    zip(Stopper()).__next__()
except StopIteration as e:
    print("zip.__next__", repr(e))
show("callable_iterator", iter(lambda: raiser(0), None))
show("genexpr", (x for x in Stopper()))
print(list(zip(Stopper(), [1])), list(enumerate(Stopper())), [x for x in map(abs, Stopper())])
for a, b in zip([1, 2], returns_seven()):
    print("loop", a, b)


def delegate():
    result = yield from zip(returns_seven())
    print("yield from", result)


print(list(delegate()))
