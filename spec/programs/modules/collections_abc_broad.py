import collections.abc as cabc
from collections import OrderedDict, deque, defaultdict, Counter, UserDict, UserList, UserString, ChainMap

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(cabc.__all__)
for name in cabc.__all__:
    k = getattr(cabc, name)
    print(name, sorted(k.__abstractmethods__), [b.__name__ for b in k.__bases__], '__class_getitem__' in k.__dict__)
samples = [1, 'a', b'b', bytearray(b'c'), [1], (1,), {1}, frozenset(), {1: 2}, {}.keys(), {}.values(), {}.items(), range(3), iter([]), iter(''),
           (x for x in ()), memoryview(b''), len, lambda: 0, None, deque(), OrderedDict(), defaultdict(), Counter(), UserDict(), UserList(),
           UserString(''), ChainMap(), reversed([]), zip(), map(len, []), enumerate([]), OrderedDict().keys()]
for name in cabc.__all__:
    k = getattr(cabc, name)
    print(name, ''.join('1' if isinstance(v, k) else '0' for v in samples))
class OnlyIter:
    def __iter__(self): return iter([])
class NoHash:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Blocked(OnlyIter):
    __iter__ = None
print(issubclass(OnlyIter, cabc.Iterable), issubclass(NoHash, cabc.Hashable), issubclass(It, cabc.Iterator), issubclass(Blocked, cabc.Iterable),
      issubclass(OnlyIter, cabc.Collection), issubclass(It, cabc.Generator), issubclass(list, cabc.Reversible), issubclass(dict, cabc.Reversible))
class MyIterable(cabc.Iterable):
    pass
show('abstract_inst', lambda: MyIterable())
print(issubclass(MyIterable, cabc.Iterable), list(cabc.Iterable.__iter__(None)), cabc.Sized.__len__(None), cabc.Container.__contains__(None, 1), cabc.Hashable.__hash__(None))
show('iter_next_super', lambda: cabc.Iterator.__next__(None))
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.KeysView[str])

# Set mixins
class LSet(cabc.Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return f'LSet({self.items})'
a, b = LSet([3, 1, 2]), LSet([2, 5, 3, 7])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 9], [2, 9] & a, a | [9], a - [3], [1, 8] - a, a ^ [1, 8], [1, 8] ^ a)
print(a <= b, a < LSet([1, 2, 3, 4]), a >= LSet([1]), a > a, a == LSet([1, 2, 3]), a == {1, 2, 3}, a != b, a.isdisjoint([8, 9]), a.isdisjoint([3]))
show('set_and_int', lambda: a & 5)
show('set_sub_int', lambda: a - 5)
show('set_lt_list', lambda: a < [1])
print(a == [1, 2, 3], LSet([1, 2])._hash() == hash(frozenset([1, 2])), LSet()._hash() == hash(frozenset()), LSet(['x', 'y'])._hash() == hash(frozenset('xy')))
print(cabc.Set.__hash__, cabc.Mapping.__hash__)
class LMSet(LSet, cabc.MutableSet):
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
m = LMSet([1, 2, 3])
m.remove(2)
show('mset_remove_missing', lambda: m.remove(9))
print(m, m.pop(), m)
m |= [4, 5]; print(m)
m &= [4, 5, 6]; print(m)
m ^= [5, 6, 7]; print(m)
m -= [6]; print(m)
m ^= m; print(m)
m |= [1, 2]; m -= m; print(m)
show('mset_pop_empty', lambda: m.pop())
m.add(1); m.clear(); print(m)

# Mapping mixins
class LMap(cabc.Mapping):
    def __init__(self, pairs): self.pairs = list(pairs)
    def __getitem__(self, k):
        for kk, v in self.pairs:
            if kk == k: return v
        raise KeyError(k)
    def __iter__(self): return (k for k, _ in self.pairs)
    def __len__(self): return len(self.pairs)
lm = LMap([('a', 1), ('b', 2)])
print(lm.get('a'), lm.get('z'), lm.get('z', 0), 'a' in lm, 'z' in lm, list(lm.keys()), list(lm.values()), list(lm.items()), lm == {'a': 1, 'b': 2}, lm == 5, lm != {'a': 1})
print(repr(lm.items())[:10], len(lm.values()), ('a', 1) in lm.items(), ('a', 2) in lm.items(), ('q', 1) in lm.items(), 2 in lm.values(), 9 in lm.values())
print(lm.keys() & {'a', 'z'}, lm.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)}, lm.keys() - {'a'}, type(lm.keys() - {'a'}).__name__, lm.keys() == {'a', 'b'})
show('reversed_map', lambda: reversed(lm))
class LMut(LMap, cabc.MutableMapping):
    def __setitem__(self, k, v):
        for i, (kk, _) in enumerate(self.pairs):
            if kk == k:
                self.pairs[i] = (k, v); return
        self.pairs.append((k, v))
    def __delitem__(self, k):
        for i, (kk, _) in enumerate(self.pairs):
            if kk == k:
                del self.pairs[i]; return
        raise KeyError(k)
mm = LMut([('a', 1)])
mm.update({'b': 2}, c=3)
mm.update([('d', 4)])
mm.update(LMap([('e', 5)]))
class KeysOnly:
    def keys(self): return ['k']
    def __getitem__(self, k): return 'v'
mm.update(KeysOnly())
print(mm.pairs, mm.pop('a'), mm.pop('zz', 'dflt'), mm.setdefault('b', 9), mm.setdefault('n', 9), mm.popitem(), mm.pairs)
show('pop_missing', lambda: mm.pop('zz'))
mm.clear(); print(mm.pairs)
show('popitem_empty', lambda: mm.popitem())
show('update_bad', lambda: mm.update(5))

# Sequence mixins
class LSeq(cabc.Sequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
sq = LSeq(1, 2, 3, 2, 1)
print(list(sq), list(reversed(sq)), 2 in sq, 9 in sq, sq.index(2), sq.index(2, 2), sq.index(1, -1), sq.count(2), sq.count(9))
show('index_missing', lambda: sq.index(9))
show('index_stop', lambda: sq.index(3, 0, 2))
show('index_neg_stop', lambda: sq.index(2, 0, -4))
print(sq.index(2, -100), sq.index(2, None) if False else 'skip')
class LMSeq(LSeq, cabc.MutableSequence):
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def insert(self, i, v): self.xs.insert(i, v)
ms = LMSeq(1, 2, 3)
ms.append(4); ms.extend([5, 6]); ms.extend(ms); print(ms.xs)
ms.reverse(); print(ms.xs, ms.pop(), ms.pop(0), ms.xs)
ms.remove(3); ms += [7]; print(ms.xs)
show('remove_missing', lambda: ms.remove(99))
ms.clear(); print(ms.xs)
show('pop_empty', lambda: ms.pop())

# generator protocols
class G(cabc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = G()
print(next(g), list(g), iter(g) is g)
show('throw_class', lambda: G().throw(ValueError))
show('throw_val', lambda: G().throw(ValueError, ValueError('v')))
show('throw_inst', lambda: G().throw(KeyError('k')))
g2 = G(); print(g2.close())
class Stubborn(G):
    def throw(self, *a): return 1
show('close_stubborn', lambda: Stubborn().close())
class C(cabc.Coroutine):
    def send(self, v): raise StopIteration(v)
    def throw(self, *a): return super().throw(*a)
    def __await__(self): return iter([])
print(C().close(), isinstance(C(), cabc.Awaitable))
class StubbornC(C):
    def throw(self, *a): return 0
show('close_coro_stubborn', lambda: StubbornC().close())
class AI(cabc.AsyncIterator):
    async def __anext__(self): raise StopAsyncIteration
ai = AI()
print(ai.__aiter__() is ai, isinstance(ai, cabc.AsyncIterable))
class AG(cabc.AsyncGenerator):
    async def asend(self, v): raise StopAsyncIteration
    async def athrow(self, *a): return await super().athrow(*a)
co = AG().aclose()
try:
    co.send(None)
except StopIteration as e:
    print('aclose done', e.value)
co2 = AG().__anext__()
try:
    co2.send(None)
except StopAsyncIteration:
    print('anext stop')
class MV(cabc.MappingView): pass
print(MV({'a': 1}), len(MV([1, 2])), cabc.KeysView({'x': 1}), list(cabc.ValuesView({'x': 1})), list(cabc.ItemsView({'x': 1})))
print(cabc.KeysView({'a': 1, 'b': 2}) ^ {'b', 'c'} == {'a', 'c'}, cabc.ItemsView({'a': 1}) & [('a', 1), ('b', 2)])
