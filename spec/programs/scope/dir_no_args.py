# dir() without arguments lists the current scope's names, sorted.
def f(b, a):
    c = 1
    return dir()


print(f(1, 2))


def g():
    return dir()


print(g())


class C:
    z = 1
    y = 2
    names = [n for n in dir() if not n.startswith('__')]


print(C.names)
print([n for n in dir() if n in ('f', 'g', 'C')])
