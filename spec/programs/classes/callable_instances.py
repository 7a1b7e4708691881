# Calling instances whose class defines __call__ (and bound methods held in variables), in
# loops: positional, keyword, default and star arguments, errors with tracebacks, recursion
# through __call__, __call__ replaced on the class, staticmethod/classmethod __call__,
# subclasses, and callables handed to builtins.
import traceback


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=0, *rest, scale=1, **kw):
        return (x + y + sum(rest) + self.k) * scale + len(kw)


add = Adder(3)
t = 0
for i in range(300):
    t += add(i) + add(i, 1) + add(i, 1, 2, 3) + add(x=i, scale=2) + add(i, extra=1)
print(t)
try:
    add()
except TypeError as e:
    print(e)
try:
    add(1, 2, y=3)
except TypeError as e:
    print(e)


class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)


f = Fact()
print(f(20), [f(k) for k in range(8)])


class Fails:
    def __call__(self, n):
        if n == 5:
            raise KeyError(n)
        return n


fl = Fails()
caught = []
for i in range(10):
    try:
        fl(i)
    except KeyError as e:
        caught.append(e.args[0])
        lines = traceback.format_exc().splitlines()
print(caught, [l.strip() for l in lines if 'line' in l][-1].split(', ')[-1])


class Swap:
    def __call__(self, x):
        return x


s = Swap()
print(sum(s(i) for i in range(100)))
Swap.__call__ = lambda self, x: -x
print(sum(s(i) for i in range(100)))


class Static:
    @staticmethod
    def __call__(x):
        return x * 2


class Klass:
    @classmethod
    def __call__(cls, x):
        return cls.__name__ + str(x)


st, kl = Static(), Klass()
print([st(i) for i in range(3)], [kl(i) for i in range(3)])


class Base:
    def __call__(self, x):
        return ('base', x)


class Child(Base):
    pass


class Over(Base):
    def __call__(self, x):
        return ('over',) + super().__call__(x)


objs = [Base(), Child(), Over()]
print([o(i) for i in range(2) for o in objs])
print(list(map(Adder(10), range(5))), sorted([3, 1, 2], key=Adder(0)), list(filter(Fails(), [0, 1, 2])))


class Holder:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


h = Holder()
bm = h.bump
ops = [bm, h.bump, Holder().bump]
for i in range(200):
    ops[i % 3](2) if i % 2 else ops[i % 3]()
print(h.n, ops[2].__self__.n)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(e)
