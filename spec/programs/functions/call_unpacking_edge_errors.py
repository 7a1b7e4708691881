# Call and assignment unpacking corner cases: ** keys that are str subclasses are keyword
# names; a non-iterable after * is reported by the call (alone) or by the list built first
# (with other positional arguments); a class statement's keywords given twice; at most 255
# targets before a starred one.


class Key(str):
    pass


class EqKey(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


def f(a, b):
    return a, b


def collect(**kw):
    return sorted(kw.items())


print(f(**{Key('a'): 1, Key('b'): 2}))
print(f(**{EqKey('a'): 1}, b=3))
print(collect(**{Key('x'): 1}, y=2))
for bad in ({1: 2}, {Key('a'): 1, 'a': 2}):
    try:
        f(b=0, **bad)
    except TypeError as e:
        print('TypeError:', e)


def h(*args):
    return args


for call in (lambda: h(*h), lambda: h(1, *h), lambda: h(*[1], *h), lambda: h(*h, 2), lambda: h(*5)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

kwds = {'metaclass': type}
try:
    class C(metaclass=type, **kwds):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class D(**{'metaclass': type}, **kwds):
        pass
except TypeError as e:
    print('TypeError:', e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = sorted(kw)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        pass


class E(metaclass=Meta, **{Key('flag'): 1}, other=2):
    pass


print(E.kw)

for before in (255, 256):
    names = ['a%d' % i for i in range(before)] + ['*rest', 'last']
    src = ', '.join(names) + ' = range(%d)' % (before + 3)
    try:
        ns = {}
        exec(src, ns)
        print(before, 'ok', ns['rest'], ns['last'])
    except SyntaxError as e:
        print(before, 'SyntaxError:', e.msg)
