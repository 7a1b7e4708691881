# sys.getsizeof: CPython 3.11's 64-bit sizes for objects whose size is fixed by their value
# (ints by 30-bit digit, str by widest character, bytes, tuples, empty containers), a class's
# own __sizeof__ plus the GC and managed-dict headers, and the default on a TypeError.
import sys


class C:
    pass


class S:
    __slots__ = ('a',)


class Z:
    def __sizeof__(self):
        return 100


class ZS:
    __slots__ = ()

    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return -1


class Bad2:
    def __sizeof__(self):
        return 'x'


def f():
    pass

for v in [0, 1, 2**30, 2**60, -5, 10**100, True, False, 1.5, 1j, None, '', 'a', 'abc', 'é', '€',
          '😀', 'a' * 10, 'ab€', b'', b'abc', (), (1,), (1, 2, 3), [], {}, set(), {1, 2},
          frozenset(), object(), C(), S(), Z(), ZS(), f, range(5), slice(1), ...]:
    print(type(v).__name__, repr(v)[:12] if not callable(v) else '', sys.getsizeof(v))
for b in [Bad(), Bad2()]:
    try:
        print(sys.getsizeof(b))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Bad2(), 'dflt'), sys.getsizeof(1, 'unused'))
try:
    sys.getsizeof(Bad(), 'dflt')
except ValueError as e:
    print('ValueError', e)
try:
    sys.getsizeof()
except TypeError as e:
    print('TypeError', e)


class S2(S):
    __slots__ = ('b', 'c')


class E:
    __slots__ = ()


class W:
    __slots__ = ('__weakref__',)

print(sys.getsizeof(S2()), sys.getsizeof(E()), sys.getsizeof(W()))
