# iter() with a sentinel, next() with a default.
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(next(lines))
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(range(0))).__name__, type(iter(tick, 0)).__name__)
i = iter([1, 2, 3])
print(iter(i) is i, list(i), list(i))
