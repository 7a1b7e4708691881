def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class OrderedNS(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
class A(metaclass=M, extra=1):
    x = 1
    def f(self): pass
print(type(A).__name__)
class B(A): y = 2
class Pt:
    def __init__(self): self.v = 1
class Other:
    def hello(self): return 'other hello ' + str(self.v)
p = Pt(); p.__class__ = Other; print(p.hello(), type(p).__name__)
t(setattr, p, '__class__', int); t(setattr, 1, '__class__', bool)
class SlotA:
    __slots__ = ('a',)
class SlotB:
    __slots__ = ('b',)
t(lambda: type('AB', (SlotA, SlotB), {}))
class WithDictSlot:
    __slots__ = ('a', '__dict__')
w = WithDictSlot(); w.a = 1; w.z = 2; print(w.__dict__, w.a)
class SlotChild(SlotA): pass
sc = SlotChild(); sc.a = 1; sc.other = 2; print(sc.__dict__, SlotChild.__slots__ if hasattr(SlotChild, '__slots__') else 'inherits')
t(lambda: type('Bad', (), {'__slots__': ('x',), 'x': 1}))
t(lambda: type('Bad2', (), {'__slots__': 5}))
t(lambda: type('Bad3', (), {'__slots__': ('__dict__', '__dict__')}))
class Named:
    def __set_name__(self, owner, name): self.name = name; print('set_name', owner.__name__, name)
class HasNamed:
    first = Named()
    second = Named()
print(HasNamed.first.name, HasNamed.second.name)
class Reg:
    registry = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append((cls.__name__, key))
class R1(Reg, key='one'): pass
class R2(R1): pass
print(Reg.registry)
t(lambda: type('R3', (Reg,), {}, unknown=1))
class Base: pass
class Proxy:
    def __mro_entries__(self, bases): return (Base,)
class FromProxy(Proxy()): pass
print(FromProxy.__bases__, type(FromProxy.__orig_bases__[0]).__name__)
class Meta2(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class Check(metaclass=Meta2): pass
print(isinstance('magic', Check), isinstance('x', Check), issubclass(int, Check), issubclass(str, Check))
class Hook:
    @classmethod
    def __subclasshook__(cls, C): return True if hasattr(C, 'quack') else NotImplemented
print(issubclass(int, Hook))
class Sup:
    def m(self): return 'Sup.m'
    @classmethod
    def c(cls): return 'Sup.c ' + cls.__name__
    @staticmethod
    def s(): return 'Sup.s'
class Child(Sup):
    def m(self): return 'Child>' + super().m()
    @classmethod
    def c(cls): return 'Child>' + super().c()
    @staticmethod
    def s(): return 'Child>' + super(Child, Child).s()
print(Child().m(), Child.c(), Child.s(), super(Child, Child()).m(), super(Child).__thisclass__.__name__ if hasattr(super(Child), '__thisclass__') else '')
def no_class_super():
    try: return super().m()
    except RuntimeError as e: return str(e)
print(no_class_super())
class Pr:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): print('deleting'); del self._x
    x = property(getx, setx, delx, 'the x doc')
pr = Pr(); pr.x = 5; print(pr.x, Pr.x.__doc__); del pr.x; t(getattr, pr, 'x')
class PrSub(Pr):
    @Pr.x.getter
    def x(self): return 'sub getter'
print(PrSub().x)
print(vars(Pr)['x'].fget.__name__, sorted(k for k in vars(Pr) if not k.startswith('__')))
t(vars, 1); t(vars); 
class DictManip: pass
dm = DictManip(); dm.__dict__['k'] = 'v'; print(dm.k); dm.__dict__ = {'new': 1}; print(dm.new, hasattr(dm, 'k'))
t(setattr, dm, '__dict__', [])
DictManip.added = 'class attr'; print(dm.added); del DictManip.added; t(getattr, dm, 'added')
t(setattr, int, 'x', 1); t(delattr, int, 'real'); t(setattr, type, 'x', 1)
C3 = type('C3', (object,), {'v': 3, 'get': lambda self: self.v}); print(C3().get(), C3.__name__, C3.__qualname__, C3.__module__)
t(type, 'X', 5, {}); t(type, 'X', (), 5); t(type, 1, 2); t(type, 5, (), {})
class Cg:
    def __class_getitem__(cls, k): return (cls.__name__, k)
print(Cg[int], Cg[1, 2])
class Ne:
    def __eq__(self, o): return 'eq-result'
print(Ne() == 1, Ne() != 1, 1 == Ne(), [Ne()] == [1])
class NoEq: pass
a = NoEq(); print(a == a, a != a, a == NoEq(), [a] == [a])
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt'); return NotImplemented
    def __gt__(self, o): print('gt'); return NotImplemented
t(lambda: Ord(1) < Ord(2))
class Hashed:
    def __eq__(self, o): return True
print(Hashed.__hash__)
class Inherit(Hashed):
    __hash__ = object.__hash__
print(Inherit.__hash__ is object.__hash__)
class Abs:
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __index__(self): return 3
    def __round__(self, n=None): return ('round', n)
    def __complex__(self): return 1j
    def __float__(self): return 1.5
print(abs(Abs()), ~Abs(), +Abs(), [0, 1, 2, 3][Abs()], round(Abs()), round(Abs(), 2), complex(Abs()), float(Abs()), bin(Abs()), int(Abs()) if hasattr(Abs, '__int__') else int(Abs()))
