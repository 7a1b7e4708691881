def f(outer_arg):
    return [[(x, y, outer_arg) for y in ys(x)] for x in xs]

class C:
    a = 1
    b = [a for _ in range(3)]
    c = [x for x in range(a)]
    d = [[a for _ in range(1)] for _ in range(1)]

def g():
    v = [(yield_src) for _ in range(3)]
    return {k for k in v}, {k: k for k in v}
