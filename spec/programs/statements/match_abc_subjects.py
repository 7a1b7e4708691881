# Sequence and mapping patterns accept collections.abc Sequence/Mapping classes (subclassed or
# registered), deque and memoryview, and probe them in CPython's order: len() first, then
# indexing for an uncaptured star, iteration otherwise, and get() only when len allows.
import collections
from collections.abc import Mapping, Sequence

class Seq(Sequence):
    def __init__(self, items): self.items = items
    def __getitem__(self, i):
        print('  getitem', i)
        return self.items[i]
    def __len__(self):
        print('  len')
        return len(self.items)

class Map(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): print('  getitem', k); return self.d[k]
    def __iter__(self): print('  iter'); return iter(self.d)
    def __len__(self): print('  len'); return len(self.d)
    def get(self, k, default=None): print('  get', k); return self.d.get(k, default)

class Registered:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i * 10
Sequence.register(Registered)

def seq(v):
    match v:
        case []: return 'empty'
        case [x]: return ('one', x)
        case [_, _]: return 'two wild'
        case [first, *_, last]: return ('ends', first, last)
        case _: return 'other'

def seq_star(v):
    match v:
        case [a, *rest]: return (a, rest)
        case _: return 'no'

def mapping(v):
    match v:
        case {'a': 1, 'b': b}: return ('ab', b)
        case {'a': a, **rest}: return ('a', a, rest)
        case {}: return 'any mapping'
        case _: return 'not a mapping'

for v in [Seq([]), Seq([1]), Seq([1, 2]), Seq([1, 2, 3, 4]), Registered(), collections.deque([7, 8, 9]),
          memoryview(b'xyz'), 'abc', b'ab', bytearray(b'a'), range(3), {1: 2}, {5, 6}]:
    print(type(v).__name__)
    print(' seq', seq(v))
    print(' seq_star', seq_star(v))
for v in [Map({}), Map({'a': 1}), Map({'a': 1, 'b': 2}), Map({'a': 3, 'c': 4}), collections.OrderedDict(a=1, b=5),
          collections.defaultdict(int, a=9), collections.Counter('aab'), [('a', 1)], 'a']:
    print(type(v).__name__)
    print(' mapping', mapping(v))

def called(v, cls):
    match v:
        case cls(): return 'matched'
        case _: return 'no'
for cls in [int, 5, 'str', None, len]:
    try:
        print(called(3, cls))
    except TypeError as e:
        print(type(e).__name__, e)
