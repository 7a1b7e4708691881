import abc
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not hasattr(r, '__dict__') else type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
t(Shape)
class Partial(Shape):
    def area(self): return 1
t(Partial)
class Full(Partial):
    def perimeter(self): return 2
    name = 'full'
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 'h'
t(Full); print(Full.make().area(), Full.helper(), sorted(Shape.__abstractmethods__), Full.__abstractmethods__)
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
t(One)
class Meta(abc.ABCMeta): pass
class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...
t(WithMeta)
print(isinstance(Shape, abc.ABCMeta), type(Shape).__name__, abc.ABC.__abstractmethods__ if hasattr(abc.ABC, '__abstractmethods__') else 'none')
class Later(abc.ABC): pass
Later.g = abc.abstractmethod(lambda self: 0)
t(Later)
abc.update_abstractmethods(Later) if hasattr(abc, 'update_abstractmethods') else None
t(Later)
class Virtual(abc.ABC): pass
Virtual.register(list)
print(isinstance([], Virtual), issubclass(list, Virtual), issubclass(tuple, Virtual), Virtual.register(dict) is dict)
@Virtual.register
class Reg: pass
print(issubclass(Reg, Virtual), isinstance(Reg(), Virtual))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
from collections.abc import Iterable, Sized, Container, Hashable, Callable, Sequence, Mapping, MutableMapping, Iterator, Generator
for v in [[], (), {}, set(), 'a', 1, None, iter([]), (x for x in []), len, type, range(2)]:
    print(type(v).__name__, [isinstance(v, c) for c in (Iterable, Sized, Container, Hashable, Callable, Sequence, Mapping, Iterator, Generator)])
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m['a'] = 1; m.update(b=2); print(dict(m), m.get('z', 0), 'a' in m, list(m.items()), m.pop('a'), m.setdefault('c', 3), len(m), m == {'b': 2, 'c': 3})
class Incomplete(MutableMapping):
    def __getitem__(self, k): pass
t(Incomplete)
