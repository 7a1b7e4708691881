# Function locals read by a comprehension become cells of the function.
def f():
    offset = 100
    values = [1, 2, 3]
    shifted = [v + offset for v in values]
    return shifted


print(f())
print(f.__code__.co_cellvars)


def g():
    factor = 2
    comp = [lambda: factor * x for x in range(2)]
    factor = 3
    return [fn() for fn in comp]


print(g())


def h():
    total = 0
    for row in [[1, 2], [3]]:
        total += sum(x for x in row if x > total)
    return total


print(h())
