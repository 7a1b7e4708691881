# collections.abc: one-method ABCs recognise builtins and classes, mixin methods of Sequence,
# Mapping, MutableMapping, Set, MutableSet, MutableSequence; register(); abstract instantiation.
from collections.abc import *
import collections.abc as cabc
for obj in [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), iter([]), (x for x in []), 5, None, len, {}.keys(), {}.items(), {}.values(), memoryview(b"")]:
    print(type(obj).__name__, [c.__name__ for c in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, ByteString, MappingView, KeysView) if isinstance(obj, c)])
class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.count(2), len(s))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))
print(isinstance(s, Reversible), isinstance(s, MutableSequence), issubclass(MySeq, Iterable))
class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)
class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(a=1, b=2)
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, dict(m))
print(repr(m.keys())[:16], len(m.items()), ("a", 1) in m.items(), 2 in m.values(), m.keys() & {"a", "x"}, m.keys() | {"q"} == {"a", "b", "q"})
class MyMM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMM()
mm.update({"x": 1}, y=2); mm.update([("z", 3)])
print(dict(mm), mm.pop("x"), mm.pop("nope", "dflt"), mm.setdefault("w", 9), mm.popitem(), dict(mm))
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
mm.clear(); print(len(mm))
class MySet(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def __repr__(self): return f"MySet({self.s})"
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
print(sorted(a & {2, 9}), {1, 2, 3} == a)
class MyMS(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MyMS([1, 2])
ms |= {5}; ms -= {1}; print(sorted(ms), ms.pop(), sorted(ms))
try:
    ms.remove(99)
except KeyError as e:
    print("KeyError", e)
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.l, ml.pop(), ml.pop(0), ml.l)
ml.remove(3); print(ml.l)
class Opt:
    __hash__ = None
    def __iter__(self): return iter([])
print(isinstance(Opt(), Hashable), isinstance(Opt(), Iterable))
class Virt: pass
Sequence.register(Virt)
print(issubclass(Virt, Sequence), issubclass(Virt, Iterable), isinstance(Virt(), Sized))
async def co(): pass
c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
print(cabc.Iterable.__module__, Sequence.__abstractmethods__ == frozenset({"__getitem__", "__len__"}))
def gen(): yield
print(isinstance(gen(), Generator), issubclass(type(gen()), Iterator))
