funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def closures():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    n = 99
    return [f() for f in fs]
print(closures())
def cells():
    x = 1
    def f():
        return x
    print(f.__code__.co_freevars, f.__closure__[0].cell_contents)
    x = 2
    print(f.__closure__[0].cell_contents)
cells()
print((lambda: 0).__closure__)
