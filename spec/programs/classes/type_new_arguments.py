# type(...) versus type.__new__(...) argument errors, __mro_entries__ refused by type(),
# and the order of a class namespace's implicit entries.
for args in [(), (1,), (1, 2), ('a', (), {}, 4)]:
    try:
        print('type.__new__', len(args), type.__new__(type, *args))
    except TypeError as e:
        print('type.__new__', len(args), type(e).__name__, e)
    try:
        print('type', len(args), type(*args))
    except TypeError as e:
        print('type', len(args), type(e).__name__, e)


class M(type):
    pass


class M2(type):
    def __new__(mcls, *args):
        return super().__new__(mcls, *args)


for meta in (M, M2):
    for args in [(), (1,), (1, 2)]:
        try:
            print(meta(*args))
        except TypeError as e:
            print(meta.__name__, len(args), type(e).__name__, e)
print(type(type.__new__(M, 'X', (), {})).__name__)


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class FromEntries(Entries()):
    pass


print(FromEntries.__bases__, type(FromEntries.__orig_bases__[0]).__name__)
try:
    type('Z', (Entries(),), {})
except TypeError as e:
    print(type(e).__name__, e)
import types
NC = types.new_class('NC', (Entries(),), {}, lambda ns: ns.update(a=1))
print(NC.__bases__, NC.a)


class Show(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Recorder(dict):
    def __setitem__(self, key, value):
        print('  set', key)
        super().__setitem__(key, value)


print('class A:')


class A(metaclass=Show):
    "A's doc"
    x: int = 1

    def f(self):
        return __class__


print('class B:')


class B(metaclass=Show):
    "B's doc"
    y = 2


print('class C:')


class C(metaclass=Show):
    z: str
