# Calling classes, each call site run several times (so the VM specialises it): abstract
# classes with an __init__, custom __new__ returning other objects, subclass instances with
# their own __init__, exception classes with __init__ and super(), builtin subclasses,
# __init__ returning a value, an __init__ added after the site specialised, keyword arguments.
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, n):
        self.n = n

    @abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return self.n * self.n


for i in range(3):
    try:
        Shape(i)
    except TypeError as e:
        print('TypeError:', e)
    print(Square(i).area())


class Other:
    def __init__(self, *a):
        print('Other.__init__ must not run', a)


class Factory:
    def __new__(cls, kind):
        if kind == 'other':
            return Other.__new__(Other)
        if kind == 'sub':
            return object.__new__(SubFactory)
        return object.__new__(cls)

    def __init__(self, kind):
        self.kind = kind
        print('Factory.__init__', kind)


class SubFactory(Factory):
    def __init__(self, kind):
        self.kind = 'sub:' + kind
        print('SubFactory.__init__', kind)


for kind in ['plain', 'other', 'sub', 'plain']:
    o = Factory(kind)
    print(type(o).__name__, getattr(o, 'kind', None))


class AppError(Exception):
    def __init__(self, code, *, detail=''):
        super().__init__(f'code {code}', detail)
        self.code = code


class Retry(AppError):
    pass


for i in range(4):
    e = (Retry if i % 2 else AppError)(i, detail='d%d' % i)
    print(type(e).__name__, e.code, e.args, str(e))


class Counter(dict):
    def __init__(self, items):
        super().__init__()
        for k in items:
            self[k] = self.get(k, 0) + 1


for _ in range(2):
    print(sorted(Counter('abracadabra').items()))


class Bad:
    def __init__(self):
        return 42


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print('TypeError:', e)


class Late(Exception):
    pass


def make():
    return Late('x')


print([make().args for _ in range(3)])
Late.__init__ = lambda self, *a: setattr(self, 'tag', a)
print([(make().args, make().tag) for _ in range(2)])


class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', a, k)
        return super().__call__(*a, **k)


class WithMeta(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x


for i in range(2):
    print(WithMeta(x=i).x)
print([str(i) for i in range(3)], [int('7') for _ in range(2)], [type(3) for _ in range(2)])
