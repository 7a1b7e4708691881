# Return values: implicit None, tuples, early returns, return in loops.
def nothing():
    pass


def bare():
    return


def pair():
    return 1, 2


def first_even(values):
    for v in values:
        if v % 2 == 0:
            return v
    return 'none'


def nested_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return i, j


print(nothing(), bare(), pair(), type(pair()).__name__)
print(first_even([1, 3, 4, 6]), first_even([1]))
print(nested_return())
a, b = pair()
print(a + b)
print([(lambda: None)() for _ in range(2)])
