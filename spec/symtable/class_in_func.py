def f(x):
    y = 1
    class C:
        z = x
        x = 2
        w = y
        def m(self):
            return x, y, z
    return C

def g():
    class C:
        pass
    class C:
        pass
    return C

def h():
    a = 1
    class K:
        nonlocal a
        a = 2
    return a
