# **kwargs collects extra keyword arguments into a dict, in call order.
def f(a, **kw):
    return a, kw


print(f(1))
print(f(1, z=26, y=25, x=24))
print(f(a=1, b=2))
print(f(**{'b': 2, 'a': 1, 'c': 3}))
print(f(1, **{'a b': 'spaces are fine'}))


def g(**kw):
    kw['added'] = True
    return kw


d = {'x': 1}
print(g(**d), d)
print(f(1, **{'x': 1}, **{'y': 2}))
print(f(1, **dict(p=1), q=2))
