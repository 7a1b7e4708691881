# Parameters with defaults may be omitted, in any combination.
def f(a, b=2, c=3):
    return a, b, c


print(f(1))
print(f(1, 20))
print(f(1, c=30))
print(f(a=1, b=None))
print(f.__defaults__)
f.__defaults__ = (200, 300)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)


def g(x=[], y={}):
    x.append(len(x))
    y[len(y)] = True
    return x, y


g()
print(g())
