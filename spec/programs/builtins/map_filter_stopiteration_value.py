# A StopIteration raised by map()'s or filter()'s function reaches next() and __next__ with
# its value; a for-loop, list() or sum() just stop on it.
def stop_at_two(x):
    if x == 2:
        raise StopIteration("v", x)
    return x * 10


def show(label, thunk):
    try:
        print(label, thunk())
    except StopIteration as e:
        print(label, "StopIteration", repr(e), repr(e.value))


m = map(stop_at_two, [1, 2, 3])
show("map next 1", lambda: next(m))
show("map next 2", lambda: next(m))
show("map next 3", lambda: next(m))
show("map __next__", lambda: map(stop_at_two, [2]).__next__())
show("map default", lambda: next(map(stop_at_two, [2]), "dflt"))
show("map two iterables", lambda: next(map(lambda a, b: stop_at_two(a + b), [1], [1])))
show("map exhausted", lambda: next(map(stop_at_two, [])))
show("filter next", lambda: next(filter(stop_at_two, [2, 1])))
show("filter __next__", lambda: filter(stop_at_two, [2]).__next__())
show("filter exhausted", lambda: next(filter(None, [0, ""])))


class MyMap(map):
    pass


show("subclass", lambda: next(MyMap(stop_at_two, [2])))
print(list(map(stop_at_two, [1, 2, 3])), sum(map(stop_at_two, [1, 1, 2, 1])))
print(list(filter(stop_at_two, [1, 2, 3])), [x for x in map(stop_at_two, [3, 2])])
for x in filter(stop_at_two, [1, 3, 2, 1]):
    print("loop", x)


def delegate():
    result = yield from map(stop_at_two, [1, 2, 3])
    print("yield from result", repr(result))


print(list(delegate()))
try:
    map(abs, [1]).__next__(1)
except TypeError as e:
    print(e)
