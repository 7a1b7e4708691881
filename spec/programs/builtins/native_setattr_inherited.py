# Builtin types inherit __setattr__/__delattr__ from object (only type and a few others define
# their own): the slot wrappers' owner, identity with object's, and setting attributes on
# builtin instances and on instances of their subclasses.
types = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
         range, slice, memoryview, BaseException, ValueError, type(None), object, type]
for t in types:
    own = [n for n in ('__setattr__', '__delattr__') if n in t.__dict__]
    print(t.__name__, own, t.__setattr__ is object.__setattr__, t.__delattr__ is object.__delattr__)
print(repr(int.__setattr__), repr(list.__delattr__), repr(type.__setattr__))
print(repr(dict.__setattr__), dict.__setattr__.__objclass__.__name__)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def setx(o, v=1):
    o.x = v
    return o.x


t(lambda: setx(5))
t(lambda: setx([]))
t(lambda: setx('s'))
t(lambda: int.__setattr__(5, 'x', 1))
t(lambda: object.__setattr__([], 'x', 1))
t(lambda: list.__delattr__([], 'append'))
t(lambda: int.__setattr__(int, 'x', 1))
t(lambda: object.__setattr__(int, 'x', 1))
t(lambda: type.__setattr__(int, 'x', 1))
t(lambda: int.__setattr__(5, 1, 2))
t(lambda: int.__setattr__(5, 'x'))


class L(list):
    pass


class I(int):
    def __setattr__(self, name, value):
        print('I.__setattr__', name, value)
        super().__setattr__(name, value)


lst = L([1])
t(lambda: setx(lst, 7))
lst.__dict__ = {'y': 2}
print(lst.y, lst.__dict__, hasattr(lst, 'x'))
t(lambda: setattr(lst, '__dict__', 5))
i = I(3)
t(lambda: setx(i, 4))
print(i.__dict__, I.__setattr__ is int.__setattr__, L.__setattr__ is object.__setattr__)
del i.x
t(lambda: i.x)
e = ValueError('m')
e.__dict__ = {'note': 1}
print(e.note, e.args)
t(lambda: delattr(e, 'note'))
t(lambda: delattr(e, 'note'))


def fn():
    pass


print(type(fn).__setattr__ is object.__setattr__, '__setattr__' in type(fn).__dict__)
fn.a = 1
fn.__setattr__('b', 2)
object.__setattr__(fn, 'c', 3)
fn.__delattr__('a')
print(sorted(fn.__dict__.items()))
t(lambda: fn.__delattr__('a'))
