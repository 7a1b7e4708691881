# All closures created by one call share a single cell per variable, even in a loop.
def f():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    cells = [fn.__closure__[0] for fn in fs]
    print(all(c is cells[0] for c in cells))
    i = 'after loop'
    return [fn() for fn in fs]


print(f())


def g():
    fs = []
    i = 0
    while i < 3:
        def cap(v=i):
            return v, i
        fs.append(cap)
        i += 1
    return [fn() for fn in fs]


print(g())
