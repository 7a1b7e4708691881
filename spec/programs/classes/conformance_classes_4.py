def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def hello(self): return 'A'
class B:
    def hello(self): return 'B'
a = A(); a.__class__ = B; print(a.hello(), type(a).__name__)
t(setattr, a, '__class__', int); t(setattr, 1, '__class__', bool); t(setattr, a, '__class__', 5)
class Sl1:
    __slots__ = ('x',)
class Sl2:
    __slots__ = ('x',)
s = Sl1(); t(setattr, s, '__class__', Sl2); t(setattr, s, '__class__', A)
class Base:
    pass
class Mro:
    def __mro_entries__(self, bases): return (Base,)
class Derived(Mro()): pass
print(Derived.__bases__, type(Derived.__orig_bases__[0]).__name__)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return 5
t(lambda: Meta('X', (), {}))
try:
    class Bad(metaclass=Meta): pass
except TypeError as e:
    print('TypeError', e)
class Meta2(type):
    def __new__(mcs, name, bases, ns): return 42
class W(metaclass=Meta2): pass
print(W)
class Odd:
    def __new__(cls, *a): return [1, 2]
    def __init__(self): print('not called')
print(Odd(1, 2))
class Sub(Odd): pass
print(Sub())
print(staticmethod(len)('abc'), callable(staticmethod(len)), type(classmethod(len)).__name__)
class CM:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls): return cls.__name__
    sf = staticmethod(lambda: 'sf')
print(CM.s(1), CM().s(2), CM.c(), CM().c(), CM.sf(), CM.__dict__['s'].__func__(3), CM.__dict__['c'].__func__(CM), isinstance(CM.__dict__['s'], staticmethod), CM.s.__name__, CM.__dict__['s'].__wrapped__(4))
def plain(self, x=1): return ('plain', type(self).__name__, x)
bound = plain.__get__(CM(), CM); print(bound(), bound.__self__.__class__.__name__, bound.__func__ is plain, plain.__get__(None, CM) is plain)
class CallableObj:
    def __call__(self, *a): return ('called', a)
class HasCallable:
    co = CallableObj()
print(HasCallable().co(1), HasCallable.co(2))
m1 = CM().c; m2 = CM().c; print(m1 == m2, m1 is m2, CM.c == CM.c, hash(m1) == hash(m2))
o = CM(); print(o.__init__ == o.__init__, [].append == [].append, (l := []).append == l.append)
class Recur:
    def __getattr__(self, n):
        if n == 'special': return 'sp'
        raise AttributeError(f'no {n}')
r = Recur(); print(r.special, getattr(r, 'x', 'dflt')); t(getattr, r, 'zzz')
class GetattrSelf:
    def __init__(self): self.data = {'a': 1}
    def __getattr__(self, n): return self.data[n]
g = GetattrSelf(); print(g.a); t(getattr, g, 'b')
class ClassAttrErr:
    @property
    def p(self): return self.missing
    def __getattr__(self, n): return 'ga:' + n
print(ClassAttrErr().p)
class SetAttrLog:
    def __setattr__(self, n, v):
        print('setattr', n, v); super().__setattr__(n, v)
    def __delattr__(self, n):
        print('delattr', n); super().__delattr__(n)
sl = SetAttrLog(); sl.x = 1; del sl.x; t(delattr, sl, 'x')
class Frozen:
    __slots__ = ()
t(setattr, Frozen(), 'a', 1); t(lambda: object().__setattr__('a', 1)); t(lambda: setattr(object(), '__dict__', {}))
class WithDict: pass
wd = WithDict(); wd.__dict__ = {'z': 26}; print(wd.z); t(setattr, wd, '__dict__', [1]); wd.__dict__.clear(); print(vars(wd))
print(type.__name__, type(type), type.__mro__, object.__bases__, type.__bases__, isinstance(object, type), isinstance(type, object), issubclass(type, type))
class E: pass
print(E.__dict__['__module__'], '__dict__' in E.__dict__, '__weakref__' in E.__dict__, E.__doc__, sorted(k for k in E.__dict__))
class DocC:
    """Doc here."""
    x: int = 5
    y: str
print(DocC.__doc__, DocC.__annotations__, DocC.x, hasattr(DocC, 'y'))
t(lambda: E.__dict__.__setitem__('a', 1)); t(lambda: type(E.__dict__)(5))
print(E.__init__ is object.__init__, E.__new__ is object.__new__, E.__repr__ is object.__repr__, E.__eq__(E(), 1), E().__ne__(E()), object.__eq__(1, 1), object.__ne__(1, 2), E.__hash__ is object.__hash__)
e0 = E(); print(e0.__str__() == e0.__repr__() or 'differs', object.__format__(e0, '') == str(e0) or 'x'); t(object.__format__, E(), 'x')
print(E.__subclasses__(), object.__subclasses__ is not None, [c.__name__ for c in Base.__subclasses__()], int.__subclasses__() != [], bool.__subclasses__())
print(E().__sizeof__() > 0, E.__class__, E().__class__, E.__init_subclass__(), E.__subclasshook__(int))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1), Cmp(1) in [Cmp(1)], {Cmp(1), Cmp(1)}.__len__(), Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != 'x')
t(lambda: Cmp(1) < Cmp(2)); t(lambda: Cmp(1) >= 5); t(lambda: 5 < Cmp(1)); t(lambda: None > None); t(lambda: [] < ()); t(lambda: {} < {}); t(lambda: {1} < {1, 2}); t(lambda: 1j < 2j)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f'Num({self.v})'
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), 5 + Num(1), Num(1) + 5)
class Cont:
    def __contains__(self, x): return 'yes' if x else ''
print(1 in Cont(), 0 in Cont(), 1 not in Cont())
class LenBad:
    def __len__(self): return -1
t(len, LenBad()); t(bool, LenBad())
class HashF:
    def __hash__(self): return 1.5
t(hash, HashF())
class Index:
    def __index__(self): return 1.5
t(lambda: [1, 2][Index()]); t(bin, Index())
class IntRet:
    def __int__(self): return 'x'
t(int, IntRet())
class TruncOnly:
    def __trunc__(self): return 7
print(int(TruncOnly()))
class StrRet:
    def __str__(self): return 1
    def __repr__(self): return 2
t(str, StrRet()); t(repr, StrRet()); t(print, StrRet()); t(lambda: f'{StrRet()}'); t(lambda: '%s' % StrRet()); t(lambda: [StrRet()].__repr__())
class BytesM:
    def __bytes__(self): return b'bm'
class BytesBad:
    def __bytes__(self): return 'no'
print(bytes(BytesM())); t(bytes, BytesBad())
class Iter2:
    def __iter__(self): yield from (1, 2)
a, b = Iter2(); print(a, b, list(Iter2()), dict.fromkeys(Iter2()), set(Iter2()) == {1, 2}, max(Iter2()), [*Iter2(), *Iter2()])
