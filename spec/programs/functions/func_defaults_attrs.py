# __defaults__ and __kwdefaults__ are read at call time and can be replaced.
def f(a, b=1, c=2, *, d=3, e):
    return a, b, c, d, e


print(f.__defaults__, f.__kwdefaults__)
print(f(0, e=9))
f.__defaults__ = ('B', 'C')
f.__kwdefaults__ = {'d': 'D', 'e': 'E'}
print(f(0))
f.__kwdefaults__ = None
try:
    f(0)
except TypeError as e:
    print(type(e).__name__, e)


def g(x, y):
    return x, y


print(g.__defaults__, g.__kwdefaults__)
g.__defaults__ = (5,)
print(g(1))
try:
    g.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
print((lambda q=1: q).__defaults__)
