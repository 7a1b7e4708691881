# The first iterable of a generator expression is bound at creation; the rest is evaluated lazily.
data = [1, 2, 3]
g = (x for x in data)
data = [10, 20]
print(list(g))
factor = 2
h = (x * factor for x in range(3))
factor = 100
print(list(h))
rows = [[1, 2], [3]]
cols = 'ab'
pairs = ((r, c) for r in rows for c in cols)
cols = 'xyz'
print(list(pairs))


def lazy_error():
    return (1 / x for x in [1, 0])


g = lazy_error()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))
