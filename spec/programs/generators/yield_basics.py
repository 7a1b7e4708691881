# A generator function produces values lazily and remembers its state.
def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


g = count_up(3)
print(type(g).__name__, iter(g) is g)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
print(list(count_up(5)), sum(count_up(101)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
print(g.__name__, g.__qualname__)
