if (n := 10) > 5:
    pass
vals = [y := f(x) for x in data]
total = [(s := s + v) for v in vals]

def func(data):
    found = [hit for item in data if (hit := item)]
    return found, hit

def func_global(data):
    global g
    return [(g := d) for d in data]

def func_nested(data):
    return [[(w := a + b) for b in data] for a in data]

def func_lambda():
    return [lambda: (z := 1) for _ in range(3)]

def outer():
    def inner():
        return [(q := i) for i in range(3)]
    return inner

def walrus_plain():
    (p := 1)
    return p

def walrus_nonlocal_target():
    t = 0
    def inner(xs):
        return [(t := x) for x in xs]
    return inner
