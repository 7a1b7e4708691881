global g0
g0 = 1

def f():
    global g1, g2
    g1 = 1
    return g2

def nl():
    a = 1
    def inner():
        nonlocal a
        a = 2
    def inner2():
        nonlocal a
        def inner3():
            nonlocal a
            a += 1
        return inner3
    return inner, inner2

def gl_shadow():
    x = 1
    def inner():
        global x
        return x
    def inner2():
        return x
    return inner

class C:
    global g3
    g3 = 1
    def m(self):
        global g4
        g4 = 2

def nested_global():
    global ng
    def inner():
        return ng
    return inner

def global_then_nested():
    y = 1
    def a():
        global y
        def b():
            return y
        return b
    return a
