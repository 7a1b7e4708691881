def outer():
    a = 1
    b = 2
    def middle():
        c = 3
        def inner():
            return a + c + d
        return inner
    d = 4
    return middle

def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f

def param_cell(p, q):
    def g():
        return p
    return g

def passthrough():
    v = 1
    class K:
        def m(self):
            return v
    def f1():
        def f2():
            def f3():
                return v
            return f3
        return f2
    return K, f1

def late_binding():
    fs = [lambda: i for i in range(3)]
    i = 10
    return fs
