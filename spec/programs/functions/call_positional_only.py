# Parameters before / are positional-only.
def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)


def g(name, /, **kw):
    return name, kw


print(g('pos', name='kw'))


def h(a=1, /, b=2):
    return a, b


print(h(), h(10), h(10, 20), h(b=5))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount)
