# Parameters after * or *args are keyword-only.
def f(a, *, b, c=3):
    return a, b, c


print(f(1, b=2))
print(f(1, c=30, b=20))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)


def g(*args, key, other):
    return args, key, other


try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(g(1, key='k', other='o'))
print(f.__kwdefaults__, f.__code__.co_kwonlyargcount)
f.__kwdefaults__ = {'b': 'default b', 'c': 'new c'}
print(f(1))
