# One nonlocal (or global) statement can declare several names.
g1 = g2 = 'module'


def f():
    a = b = 0

    def step():
        nonlocal a, b
        a, b = b, a + b + 1

    def globals_too():
        global g1, g2
        g1, g2 = 'set1', 'set2'
    for _ in range(4):
        step()
    globals_too()
    return a, b


print(f(), g1, g2)
print(f.__code__.co_cellvars)
