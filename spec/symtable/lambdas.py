f = lambda: 0
g = lambda a, b=bdef, *c, d=ddef, **e: a + b + d
h = lambda x: lambda y: x + y
k = lambda *, kw=kwdef: kw
m = lambda p, /, q: (p, q, free_name)

def outer(v):
    return lambda w=v: w + v
