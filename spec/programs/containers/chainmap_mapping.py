from collections import ChainMap
import collections
c = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(c | {'x': 1}, {'y': 2} | c, dict(c), list(c.items()), c.get('zz', 9), 'b' in c)
print(c.keys(), c.values(), c.items())
c |= {'r': 1}
print(c, c == {'a': 1, 'b': 3, 'r': 1}, c.popitem(), c.setdefault('k', 4), c)
print(ChainMap.fromkeys('ab', 0), collections.ChainMap is ChainMap)
print(isinstance(c, collections.abc.MutableMapping))
d = ChainMap()
try: d.popitem()
except KeyError as e: print(repr(e))
class D(ChainMap):
    def __missing__(self, k): return 'miss'
print(D()['x'], D().get('x'))
