# __index__ / __int__ / __float__ / __complex__ returning an instance of a strict subclass:
# the base type's value is used, with a DeprecationWarning (CPython 3.11).
import operator
import warnings


class SubInt(int):
    pass


class SubFloat(float):
    pass


class SubComplex(complex):
    pass


class Idx:
    def __index__(self):
        return SubInt(2)


class IdxBool:
    def __index__(self):
        return True


class Int:
    def __int__(self):
        return SubInt(4)


class Flt:
    def __float__(self):
        return SubFloat(2.5)


class Cpx:
    def __complex__(self):
        return SubComplex(1, 2)


def show(label, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        r = f()
    print(label, repr(r), type(r).__name__)
    for w in caught:
        print('  ', w.category.__name__, w.message)


show('operator.index', lambda: operator.index(Idx()))
show('operator.index bool', lambda: operator.index(IdxBool()))
show('list index', lambda: [10, 20, 30][Idx()])
show('str repeat', lambda: 'ab' * Idx())
show('range index', lambda: range(10)[Idx()])
show('hex', lambda: hex(Idx()))
show('%x', lambda: '%x' % Idx())
show('int()', lambda: int(Int()))
show('%d', lambda: '%d' % Int())
show('float()', lambda: float(Flt()))
show('%.2f', lambda: '%.2f' % Flt())
show('complex()', lambda: complex(Cpx()))
show('operator.index of SubInt', lambda: operator.index(SubInt(7)))
show('operator.index of bool', lambda: operator.index(False))

warnings.simplefilter('error')
for f in (lambda: int(Int()), lambda: float(Flt()), lambda: operator.index(Idx()), lambda: complex(Cpx())):
    try:
        f()
    except DeprecationWarning as e:
        print('raised:', e)

print(operator.__index__ is operator.index, operator.index.__name__)
for bad in (1.5, 'x', None):
    try:
        operator.index(bad)
    except TypeError as e:
        print(type(e).__name__, e)
