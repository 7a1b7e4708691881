# OrderedDict: odict_keys/values/items views, setdefault, pop, update and copy going through
# an overridden __setitem__, order-aware equality, move_to_end and popitem.
from collections import OrderedDict
import copy

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
print(type(od.keys()).__name__, type(od.items()).__name__, type(od.values()).__name__)
print(len(od.keys()), 'a' in od.keys(), 1 in od.values(), ('a', 1) in od.items())
print(sorted(od.keys() & {'a', 'z'}), sorted(od.keys() | {'q'}), sorted(od.keys() - {'a'}))
print(od.items() == {('a', 1), ('b', 2), ('c', 3)}, od.keys() == {'a', 'b', 'c'})
print(od.setdefault('d', 4), od.setdefault('a', 9), od)
print(od.pop('b'), od.pop('zz', 'dflt'), od)
try:
    od.pop('zz')
except KeyError as e:
    print(repr(e))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(repr(e))
od.update([('x', 0)], y=1)
print(od)
keys = od.keys()
od['new'] = 2
print(keys)

o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == o2, o1 != o2)
o1.move_to_end('a', last=False)
print(o1 == o2)

od = OrderedDict(a=[1])
print(copy.copy(od), copy.deepcopy(od)['a'] is od['a'])


class Doubling(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


m = Doubling(a=1)
m['b'] = 1
m.update(c=1)
print(m, m.copy(), m | {'z': 1}, type(m | {}).__name__)
