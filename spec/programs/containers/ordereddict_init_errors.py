# OrderedDict() and .update(): pairs that are not pairs, a non-iterable, two positional
# arguments, mappings with keys(), keyword names self/other, a subclass __setitem__
from collections import OrderedDict
for a in ([(1,2,3)], [[1]], 5, [1], [()], ['ab'], ['abc'], [{1:2, 3:4}], iter([(1, 2)]), {"k": 1}.items()):
    try: print(OrderedDict(a))
    except Exception as e: print(type(e).__name__, e)
    try: o = OrderedDict(); o.update(a); print(o)
    except Exception as e: print(type(e).__name__, e)
class K:
    def keys(self): return [1]
    def __getitem__(self, k): return 'v'
print(OrderedDict(K()))
for f in (lambda: OrderedDict(x=1).update([(1,)], y=2), lambda: OrderedDict().update({}, {}), lambda: OrderedDict({}, {})):
    try: f()
    except Exception as e: print(type(e).__name__, e)
class Sub(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
s = Sub([(1, 2)], a=3); s.update([("b", 1)]); print(s)
print(OrderedDict(a=1, other=2, self=3))
