# := inside a comprehension binds in the enclosing function (or module) scope.
def f(values):
    found = [last := v for v in values if v > 1]
    return found, last


print(f([1, 2, 3]))


def g():
    if any((hit := x) > 2 for x in [1, 5, 2]):
        return 'hit', hit
    return 'none'


print(g())
total = 0
running = [total := total + v for v in range(5)]
print(running, total)
print('total' in globals())


def h():
    [(w := i) for i in range(3)]
    return 'w' in locals(), w


print(h())


def empty():
    [(e := i) for i in []]
    try:
        return e
    except UnboundLocalError as exc:
        return type(exc).__name__ + ': ' + str(exc)


print(empty())
