# Bound methods carry __self__ and __func__; each access makes a new bound object.
class C:
    def m(self, x):
        return (self.name, x)

    def __init__(self, name):
        self.name = name


a = C('a')
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is C.m)
print(a.m == a.m, a.m is a.m, C('b').m == a.m)
print(type(bm).__name__, type(C.m).__name__)
print(C.m(a, 2))
unbound = C.m
print(unbound(C('z'), 3))
f = a.m
a.name = 'renamed'
print(f(4))
a.m = lambda x: 'instance function ' + str(x)
print(a.m(5), C.m(a, 5))
print(bm.__name__, bm.__qualname__)
