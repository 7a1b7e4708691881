# copy.copy / deepcopy of an OrderedDict (and subclasses) keep instance attributes (through __reduce__); od.copy() does not, nor does copying a Counter (its __reduce__ passes the counts only).
import copy
from collections import OrderedDict, defaultdict, Counter, deque
od = OrderedDict([('b', 1), ('a', [2])])
od.tag = ['t']
for f in (copy.copy, copy.deepcopy):
    d = f(od)
    print(type(d).__name__, d, d.tag, d.tag is od.tag, d['a'] is od['a'])
print(hasattr(od.copy(), 'tag'))
class Sub(OrderedDict):
    pass
s = Sub(x=1)
s.note = 5
print(copy.copy(s), copy.copy(s).note, copy.deepcopy(s).note)
c = Counter('abca'); c.x = 1
print(copy.copy(c), hasattr(copy.copy(c), 'x'), copy.deepcopy(c))
