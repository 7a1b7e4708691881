# collections.abc virtual subclasses, custom containers, update_abstractmethods, typing imports.
import abc
import collections.abc as cabc
from collections import OrderedDict, deque, defaultdict, Counter

checks = [
    ([], cabc.Sequence), ([], cabc.MutableSequence), ((), cabc.Sequence), ((), cabc.MutableSequence),
    ("s", cabc.Sequence), (b"b", cabc.ByteString), (range(3), cabc.Sequence), ({}, cabc.Mapping),
    ({}, cabc.MutableMapping), (set(), cabc.MutableSet), (frozenset(), cabc.Set), (frozenset(), cabc.MutableSet),
    ({}.keys(), cabc.KeysView), ({}.items(), cabc.ItemsView), ({}.values(), cabc.ValuesView),
    (iter([]), cabc.Iterator), ([], cabc.Iterable), (3, cabc.Iterable), (3, cabc.Hashable), ([], cabc.Hashable),
    (len, cabc.Callable), (3, cabc.Callable), (deque(), cabc.MutableSequence), (OrderedDict(), cabc.MutableMapping),
    (defaultdict(int), cabc.Mapping), (Counter(), cabc.Mapping), ((x for x in []), cabc.Generator),
    ([], cabc.Reversible), ({}, cabc.Reversible), ([], cabc.Collection), (3, cabc.Sized), ("x", cabc.Container),
]
print([isinstance(o, c) for o, c in checks])
print([isinstance(o, c) for o, c in checks])  # again, from the caches


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({"a": 1, "b": 2})
print(isinstance(m, cabc.Mapping), isinstance(m, cabc.MutableMapping), dict(m.items()), "a" in m, m.get("c", 0))
print(m == {"a": 1, "b": 2}, list(m.keys()), sorted(cabc.Mapping.__abstractmethods__))


class Incomplete(cabc.MutableSequence):
    def __getitem__(self, i):
        return i


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Seqish:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


print(isinstance(Seqish(), cabc.Sequence), isinstance(Seqish(), cabc.Sized), issubclass(Seqish, cabc.Iterable))
cabc.Sequence.register(Seqish)
print(isinstance(Seqish(), cabc.Sequence), issubclass(Seqish, cabc.Reversible), issubclass(Seqish, cabc.MutableSequence))
match Seqish():
    case []:
        print("matched as sequence")
    case _:
        print("not a sequence")


# update_abstractmethods
class Base(abc.ABC):
    @abc.abstractmethod
    def go(self): ...


class Impl(Base):
    pass


print(sorted(Impl.__abstractmethods__))
Impl.go = lambda self: "went"
print(abc.update_abstractmethods(Impl) is Impl, sorted(Impl.__abstractmethods__), Impl().go())


def stop(self):
    ...


stop.__isabstractmethod__ = True
Impl.stop = stop
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))
try:
    Impl()
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))

# a non-function abstract attribute object; a value whose __isabstractmethod__ raises
class Marker:
    __isabstractmethod__ = True


class Weird:
    @property
    def __isabstractmethod__(self):
        raise AttributeError("nope")


class UsesMarker(abc.ABC):
    m = Marker()
    w = Weird()


print(sorted(UsesMarker.__abstractmethods__))

import typing
from typing import List, Dict, Iterable
print(isinstance([], typing.Sequence), issubclass(list, Iterable), List[int], Dict[str, int])
print(issubclass(dict, typing.MutableMapping), isinstance(3, typing.Hashable))

import numbers
from fractions import Fraction
print([isinstance(x, numbers.Number) for x in (1, 1.5, 1j, Fraction(1, 2), "x")])
print([isinstance(x, numbers.Integral) for x in (1, True, 1.5)], issubclass(float, numbers.Real), issubclass(complex, numbers.Real))
