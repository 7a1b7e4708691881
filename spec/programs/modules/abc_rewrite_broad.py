import abc
from abc import ABC, ABCMeta, abstractmethod, abstractclassmethod, abstractstaticmethod, abstractproperty, update_abstractmethods, get_cache_token
import io

print(sorted(k for k in vars(abc) if not k.startswith('_')))
print(hasattr(abc, '__all__'))
print(ABC.__slots__, type(ABC), ABC.__abstractmethods__)
print(ABCMeta.__mro__, ABC.__mro__)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Sq(Shape):
    def area(self): return 4
    name = "sq"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 1
print(Sq.__abstractmethods__, Sq.make().area(), Sq.helper())

class Half(Shape):
    def area(self): return 1
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class One(ABC):
    @abstractmethod
    def f(self): pass
try:
    One()
except TypeError as e:
    print(e)

# legacy decorators
class Legacy(metaclass=ABCMeta):
    @abstractclassmethod
    def c(cls): return 'c'
    @abstractstaticmethod
    def s(): return 's'
    @abstractproperty
    def p(self): return 'p'
print(sorted(Legacy.__abstractmethods__))
print(abstractclassmethod.__mro__, abstractstaticmethod.__mro__, abstractproperty.__mro__)
print(abstractclassmethod.__isabstractmethod__, abstractproperty.__isabstractmethod__)
acm = abstractclassmethod(lambda cls: cls)
print(acm.__isabstractmethod__, acm.__func__.__isabstractmethod__)
asm = abstractstaticmethod(len)  if False else abstractstaticmethod(lambda: 3)
print(asm.__isabstractmethod__, asm.__func__.__isabstractmethod__, asm.__func__())
ap = abstractproperty(lambda self: 1)
print(ap.__isabstractmethod__)
try:
    abstractclassmethod(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    abstractmethod(5)
except AttributeError as e:
    print("AttributeError", e)
f = lambda: 0
print(abstractmethod(f) is f, f.__isabstractmethod__)

class Impl(Legacy):
    @classmethod
    def c(cls): return 'C'
    @staticmethod
    def s(): return 'S'
    @property
    def p(self): return 'P'
i = Impl()
print(i.c(), i.s(), i.p)

# register
class Proto(ABC):
    pass
@Proto.register
class Thing: pass
print(Thing.__name__, issubclass(Thing, Proto), isinstance(Thing(), Proto))
print(Proto.register(int) is int, isinstance(3, Proto), issubclass(bool, Proto))
print(issubclass(str, Proto))
try:
    Proto.register(5)
except TypeError as e:
    print("TypeError:", e)
t0 = get_cache_token()
Proto.register(float)
print(get_cache_token() > t0 if isinstance(t0, int) else 'tok', type(get_cache_token()).__name__)
Proto.register(float)
Proto._abc_registry_clear()
print(issubclass(float, Proto))
Proto._abc_caches_clear()
print(issubclass(float, Proto), issubclass(int, Proto))

# subclasshook
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance([], Sized2))
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Sub(Never): pass
print(issubclass(Sub, Never))
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 3
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)

# register cycle
class A1(ABC): pass
class B1(A1): pass
try:
    B1.register(A1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(A1.register(B1) is B1)

# update_abstractmethods
class U(ABC):
    @abstractmethod
    def m(self): ...
def m(self): return 'm'
U.m = m
print(U.__abstractmethods__)
print(update_abstractmethods(U) is U, U.__abstractmethods__, U().m())
class Plain: pass
print(update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
U.n = abstractmethod(lambda self: 0)
update_abstractmethods(U)
print(sorted(U.__abstractmethods__))

# dump registry
class D(ABC): pass
buf = io.StringIO()
D._dump_registry(buf)
lines = buf.getvalue().splitlines()
print(len(lines), lines[0], [l.split(':')[0] for l in lines])
print(lines[3], lines[4])

# metaclass kwargs and __init_subclass__
class K(ABC):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class K2(K, tag='x'): pass
print(K2.tag)
M = ABCMeta('M', (), {'f': abstractmethod(lambda self: 0)})
print(M.__name__, M.__abstractmethods__, type(M))
try:
    ABCMeta('M', (), {}, 1)
except TypeError as e:
    print("TypeError", e)
print(ABCMeta.register.__name__, ABCMeta.__instancecheck__.__name__, ABCMeta.__new__.__name__)
import inspect
print(inspect.signature(ABCMeta.__new__), inspect.signature(abstractclassmethod.__init__), inspect.signature(update_abstractmethods))
print(isinstance(ABC, ABCMeta), issubclass(ABCMeta, type))
class MyMeta(ABCMeta): pass
class Q(metaclass=MyMeta):
    @abstractmethod
    def z(self): pass
print(type(Q).__name__, Q.__abstractmethods__)
# collections.abc interplay
import collections.abc as cabc
print(issubclass(Sq, cabc.Hashable), isinstance({}, cabc.Mapping), issubclass(Thing, cabc.Sized))

# A directly registered class is answered from the registry (not cached): clearing the
# registry forgets it; a subclass of a registered class is cached.
class P2(ABC): pass
P2.register(float)
print(issubclass(float, P2))
P2._abc_registry_clear()
print(issubclass(float, P2))
class P3(ABC): pass
P3.register(int)
print(issubclass(bool, P3))
P3._abc_registry_clear()
print(issubclass(bool, P3), issubclass(int, P3))
P3._abc_caches_clear()
print(issubclass(bool, P3))
