# copy/deepcopy through the reduce protocol: __getstate__/__setstate__, __getnewargs__,
# __getnewargs_ex__, __reduce_ex__ with list and dict items, and exceptions with attributes.
import copy


class WithState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        print('getstate')
        return {'a': self.a + 1}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)


print(copy.copy(WithState()).a, copy.deepcopy(WithState()).a)


class NewArgs:
    def __new__(cls, *args):
        print('new', args)
        return super().__new__(cls)

    def __getnewargs__(self):
        return (1, 2)


copy.copy(NewArgs())


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        print('new_ex', args, kwargs)
        return super().__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


copy.deepcopy(NewArgsEx())


class Items:
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return (Items, (), {'s': 1}, iter([1, 2]), iter([('k', 'v')]))

    def append(self, x):
        print('append', x)

    def __setitem__(self, k, v):
        print('setitem', k, v)

    def __setstate__(self, st):
        print('state', st)


copy.copy(Items())
copy.deepcopy(Items())


class OnlyGetstate:
    def __init__(self):
        self.x = [1]

    def __getstate__(self):
        return {'x': self.x, 'extra': 'added'}


c = copy.deepcopy(OnlyGetstate())
print(c.x, c.extra)

e = ValueError('bad', 2)
e.note = 'attr'
print(e.__reduce__())
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.note)
print(ValueError(1).__reduce__())


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = [1]
d = copy.deepcopy(s)
print(d.a, d.a is s.a, hasattr(d, 'b'))

import sys
try:
    copy.copy(sys)
except TypeError as err:
    print(err)
