# A StopIteration raised by the function of map() or the predicate of filter() ends the
# consumer's iteration (for-loops, list(), sum(), unpacking), as CPython's map_next and
# filter_next pass it on; inside a generator body it still becomes RuntimeError (PEP 479).
def f(x):
    if x == 3:
        raise StopIteration
    return x * 10


def keep(x):
    if x > 4:
        raise StopIteration("done")
    return x % 2


for _ in range(3):
    out = []
    for v in map(f, range(10)):
        out.append(v)
    print(out, list(map(f, range(10))), sum(map(f, range(10))))
    print([v for v in filter(keep, range(10))], list(filter(keep, range(10))))
print(list(map(lambda a, b: f(a + b), range(5), range(5))))
m = map(f, [1, 3, 5])
print(next(m))
try:
    next(m)
except StopIteration:
    print("StopIteration from next()")
print(next(m))
a, b = map(f, [1, 2, 3, 4])
print(a, b)


def gen():
    for v in map(f, range(10)):
        yield v
    yield "end"


print(list(gen()))


def gen2():
    yield f(3)


try:
    list(gen2())
except RuntimeError as e:
    print("RuntimeError:", e)
