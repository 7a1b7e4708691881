def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, *[2, 3], *(4,), x=1, **{"y": 2}, z=3)
show(*"ab", **dict(q=1))
try:
    show(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
def defaults(a, L=[]):
    L.append(a)
    return L
print(defaults(1), defaults(2), defaults(3, []))
def safe(a, L=None):
    L = [] if L is None else L
    L.append(a)
    return L
print(safe(1), safe(2))
def kw(a, *, b, **rest):
    return a, b, rest
print(kw(1, b=2, c=3), kw(b=1, a=2))
print(list(map(lambda *x: sum(x), [1, 2], [3, 4], [5, 6])))
first, second, *_ = (lambda: (1, 2, 3, 4))()
print(first, second)
