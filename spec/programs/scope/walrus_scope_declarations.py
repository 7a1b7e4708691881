# := in a comprehension respects global/nonlocal declarations of the enclosing function.
g = 'initial'


def uses_global():
    global g
    [g := i for i in range(3)]


uses_global()
print(g)


def uses_nonlocal():
    n = 'unset'

    def inner():
        nonlocal n
        [n := c for c in 'xyz']
    inner()
    return n


print(uses_nonlocal())


def nested_comprehension():
    [[last := (a, b) for b in range(2)] for a in range(2)]
    return last


print(nested_comprehension())


def closure_from_walrus():
    [y := 5 for _ in range(1)]
    return lambda: y


print(closure_from_walrus()())
