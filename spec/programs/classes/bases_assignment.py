# Assigning a class's __bases__: lookups, isinstance, super() and operator dunders follow the
# new bases (also in subclasses); the checks and errors of CPython's type_set_bases.


class A:
    def f(self):
        return 'A.f'

    def __add__(self, o):
        return 'A.add'


class B:
    def f(self):
        return 'B.f'

    def g(self):
        return 'B.g'


class C(A):
    def h(self):
        return 'C.h>' + super().f()


class D(C):
    pass


c, d = C(), D()
print(c.f(), c.h(), c + 1, isinstance(c, A), isinstance(c, B))
C.__bases__ = (B,)
print(C.__bases__, [k.__name__ for k in D.__mro__])
print(c.f(), c.g(), c.h(), d.f(), d.g(), isinstance(d, A), isinstance(d, B), issubclass(D, B))
try:
    c + 1
except TypeError as e:
    print('TypeError', e)
C.__bases__ = (A, B)
print([k.__name__ for k in C.__mro__], c.f(), c.g(), c + 1, d + 1)


class S:
    __slots__ = ('a',)


class P1:
    pass


class P2(P1):
    pass


class Q(P1):
    pass


class X(A):
    pass


class Y(X):
    pass


class Plain:
    pass


def attempt(cls, value):
    try:
        cls.__bases__ = value
        print('ok', [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print('TypeError', e)


attempt(C, ())
attempt(C, [B])
attempt(C, (1,))
attempt(C, (C,))
attempt(C, (D,))
attempt(X, (Y,))
attempt(Q, (P1, P2))
attempt(Q, (P2,))
attempt(int, (object,))
attempt(C, (S,))
attempt(C, (int,))
attempt(Plain, (B,))
attempt(C, (object,))
try:
    del C.__bases__
except TypeError as e:
    print('TypeError', e)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])


class M1:
    def who(self):
        return 'M1'

    def __len__(self):
        return 1


class M2:
    def who(self):
        return 'M2'

    def __len__(self):
        return 2


class Mid(M1):
    pass


class Leaf(Mid):
    pass


def run(objs):
    return [(o.who(), len(o)) for o in objs]


objs = [Leaf(), Mid(), Leaf()]
for step in range(4):
    print(step, run(objs))
    Mid.__bases__ = (M2,) if step % 2 == 0 else (M1,)
