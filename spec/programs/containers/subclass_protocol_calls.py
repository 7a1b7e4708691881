# Which overridden methods of builtin-container subclasses CPython calls: dict | other copies a
# subclass with its own __iter__ through keys() and __getitem__ (PyDict_Copy); [*x], (*x,) and
# f(*x) ask a class's __len__ for a length hint after taking the iterator (list_extend,
# PySequence_Tuple), and a __len__ raising anything but TypeError propagates.
class D(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k) * 10

    def keys(self):
        print('keys')
        return super().keys()

    def __iter__(self):
        print('iter')
        return super().__iter__()


d = D(a=1, b=2)
print(d | {}, {} | d)
print(d | {'c': 3})
print(d.copy(), type(d | {}).__name__)
y = {}
y |= d
print(y)


class Plain(dict):
    def __getitem__(self, k):
        print('plain getitem', k)
        return 0


print(Plain(a=1) | {'b': 2}, Plain(a=1).copy())


class T(tuple):
    def __len__(self):
        print('T len')
        return 5


class L(list):
    def __len__(self):
        print('L len')
        return 1


def f(*a):
    return a


t = T((1, 2))
lst = L([3, 4])
print([*t])
print((*t,))
print([*lst, 0])
print({*t})
print(f(*t))
print(f(0, *lst))
print(f(*lst))
a, b = t
print(a, b)


class BadLen:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        raise ValueError('bad len')


class TypeErrLen:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        raise TypeError('bad len')

    def __length_hint__(self):
        print('hint')
        return 2


class NegHint:
    def __iter__(self):
        return iter([3])

    def __length_hint__(self):
        return -1


for obj in (BadLen(), TypeErrLen(), NegHint()):
    for fn in (lambda o: [*o], lambda o: f(*o), lambda o: (*o,), lambda o: [0, *o], lambda o: {*o}):
        try:
            print(fn(obj))
        except Exception as e:
            print(type(e).__name__, e)
