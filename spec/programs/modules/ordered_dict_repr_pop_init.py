# OrderedDict: a repr that reaches the dict (or one of its views) again shows '...';
# pop takes default by keyword; __init__ does not go through a subclass's update.
from collections import OrderedDict

od = OrderedDict.fromkeys('ab')
od['self'] = od
print(repr(od))

for view in ('values', 'items', 'keys'):
    o = OrderedDict()
    o[1] = getattr(o, view)()
    print(repr(o))

nested = OrderedDict(a=OrderedDict(b=1))
nested['a']['up'] = nested
print(repr(nested))

m = OrderedDict(a=1, b=2)
print(m.pop('a', default=9), m.pop('a', default=9), m.pop('b'))
try:
    m.pop('gone')
except KeyError as e:
    print('KeyError', e)

class Refuses(OrderedDict):
    def update(self, *args, **kwargs):
        raise RuntimeError('update called')
r = Refuses([('x', 1), ('y', 2)], z=3)
print(list(r.items()))
try:
    r.update(w=4)
except RuntimeError as e:
    print(e)

class Missing(OrderedDict):
    def __missing__(self, key):
        return 0
mm = Missing(a=1)
print(mm['zz'], mm.pop('b', 5), mm.pop('a', 6), mm.pop('a', default=7))
