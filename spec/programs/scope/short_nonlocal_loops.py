def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
def search(grid, target):
    found = None
    def scan():
        nonlocal found
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    found = (r, c)
                    return
    scan()
    return found
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
def level1():
    a = 1
    def level2():
        def level3():
            nonlocal a
            a += 100
            return a
        return level3()
    r = level2()
    return a, r
print(level1())
def shadow():
    x = 1
    def inner():
        x = 2
        def innermost():
            nonlocal x
            x = 3
        innermost()
        return x
    return inner(), x
print(shadow())
