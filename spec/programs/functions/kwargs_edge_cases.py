# **kwargs next to positional-only parameters of the same name, and dict copies.
def f(a, /, **kw):
    return a, kw


print(f(1, a=2))


def g(**kw):
    return kw


d = {'x': 1}
r = g(**d)
r['y'] = 2
print(d, r, r is d)


def h(*, self_=None, **kw):
    return self_, kw


print(h(self_=1, other=2))
try:
    g(**{'x': 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(**{'a': 1}, b=2))
