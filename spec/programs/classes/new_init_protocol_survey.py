# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __init__(self): return 5
t(lambda: A())
class B:
    def __new__(cls): return 42
    def __init__(self): print('never')
t(lambda: B())
class C:
    def __new__(cls, *a): 
        print('C.new', a)
        return object.__new__(cls)
    def __init__(self, *a): print('C.init', a)
C(1, 2)
class Dd(C): pass
Dd(3)
class E:
    def __new__(cls, x): return object.__new__(Other)
class Other:
    def __init__(self, *a): print('Other.init', a)
print(type(E(1)).__name__)
class F:
    def __new__(cls, x): return super().__new__(cls, x)
t(lambda: F(1))
class G:
    def __init__(self, x): super().__init__(x)
t(lambda: G(1))
t(lambda: object.__new__(int))
t(lambda: int.__new__(str))
t(lambda: int.__new__(5))
t(lambda: int.__new__())
t(lambda: object.__new__())
t(lambda: object.__new__(5))
t(lambda: type.__new__(type))
t(lambda: type.__new__())
t(lambda: type.__new__(type, 'a', (), {}, 1))
t(lambda: type.__new__(int, 'a', (), {}))
t(lambda: type.__init__(int, 1, 2))
t(lambda: type.__call__(int, '5'))
t(lambda: list.__new__(tuple))
t(lambda: tuple.__new__(list))
t(lambda: dict.__new__(dict, 1, 2) == {})
t(lambda: list.__init__([1, 2], [3]))
l = [1, 2]
list.__init__(l, [3])
print(l)
d = {'a': 1}
dict.__init__(d, b=2)
print(d)
t(lambda: str.__new__(str, 1))
t(lambda: object.__init__(object(), 1))
class H:
    pass
t(lambda: H.__init__(H(), 1))
t(lambda: H.__new__(H, 1))
class H2:
    def __init__(self, a): pass
class H3:
    def __new__(cls, a): return super().__new__(cls)
t(lambda: object.__init__(H3(1), 1))
class Sing:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print('init called')
print(Sing() is Sing())
class NoArgs:
    __init__ = None
t(lambda: NoArgs())
class NoNew:
    __new__ = None
t(lambda: NoNew())
class CallInst:
    pass
t(lambda: CallInst()())
t(lambda: (1)())
t(lambda: None())
t(lambda: 'abc'())
t(lambda: [1]())
t(lambda: int.__dict__['bit_length']())
t(lambda: int.__dict__['bit_length'](5))
t(lambda: int.__dict__['bit_length']('x'))
t(lambda: str.upper(5))
t(lambda: str.upper())
t(lambda: list.append())
t(lambda: int.__add__(1, 'a'))
t(lambda: int.__add__('a', 1))
t(lambda: dict.keys(5))
t(lambda: object.__eq__(1))
t(lambda: object.__lt__(1, 2))
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__eq__(1, 2))
class Ab:
    def __init__(self):
        if type(self) is Ab: raise TypeError("Can't instantiate abstract class Ab")
t(lambda: Ab())
class Fz:
    __slots__ = ()
    def __setattr__(self, k, v): raise AttributeError(f'{type(self).__name__} is frozen')
t(lambda: setattr(Fz(), 'x', 1))
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
t(lambda: Abs())
class Conc(Abs):
    def f(self): pass
t(lambda: Conc())
print(Abs.__abstractmethods__ == frozenset({'f', 'g'}), sorted(Conc.__abstractmethods__))
