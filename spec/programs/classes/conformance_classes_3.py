def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class DataD:
    def __get__(self, obj, cls): return ('data-get', obj is None)
    def __set__(self, obj, v): print('data-set', v)
class NonData:
    def __get__(self, obj, cls): return 'nondata-get'
class SetOnly:
    def __set__(self, obj, v): print('setonly', v)
class C:
    d = DataD(); n = NonData(); s = SetOnly()
c = C(); c.__dict__['d'] = 'inst-d'; c.__dict__['n'] = 'inst-n'; c.__dict__['s'] = 'inst-s'
print(c.d, c.n, c.s, C.d, C.n, type(C.__dict__['s']).__name__)
c.d = 1; c.s = 2; c.n = 3; print(c.n, c.__dict__)
t(delattr, c, 'd'); del c.n; print(c.n)
class Named:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
    def __get__(self, obj, cls): return self.name
class HasNamed:
    a = Named(); b = Named()
print(HasNamed().a, HasNamed.b)
class Later: pass
Later.x = Named(); print('name' in Later.__dict__['x'].__dict__)
class BadSN:
    def __set_name__(self, owner, name): raise ValueError('sn fail')
try:
    class UsesBad:
        z = BadSN()
except Exception as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None), repr(e.__cause__))
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag; print('init_subclass', cls.__name__, tag)
class Sub1(Base, tag='x'): pass
class Sub2(Sub1): pass
print(Sub1.tag, Sub2.tag)
try:
    class Sub3(Base, tag='y', other=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Plain(other=1): pass
except TypeError as e:
    print('TypeError', e)
class CG:
    def __class_getitem__(cls, item): return f'CG[{item!r}]'
print(CG[int], CG[1, 2], list[int], dict[str, int], tuple[int, ...], list[int] == list[int], type(list[int]).__name__, list[int].__origin__, list[int].__args__); t(lambda: int[1]); t(lambda: object()[1])
class P:
    def m(self): return 'P.m'
    @classmethod
    def cm(cls): return 'P.cm ' + cls.__name__
    @staticmethod
    def sm(): return 'P.sm'
class Q(P):
    def m(self):
        def inner(): return super().m()
        return inner
    @classmethod
    def cm(cls): return 'Q+' + super().cm()
    @staticmethod
    def sm():
        try:
            return super().sm()
        except RuntimeError as e:
            return 'RuntimeError ' + str(e)
    def two(self): return super(Q, self).m(), super(P, self).__class__.__name__, super(Q, Q).cm(), super(Q).__class__.__name__
t(lambda: Q().m()()); print(Q.cm(), Q().cm(), Q.sm(), Q().two())
t(lambda: super(Q, 5)); t(lambda: super(5, Q())); t(lambda: super(P, P()).m()); t(lambda: super().x)
def outside(self): return super().m()
Q.outside = outside; t(lambda: Q().outside())
print(repr(super(Q, Q())).startswith('<super: <class'), super(Q, Q()).__self__.__class__.__name__, super(Q, Q()).__thisclass__.__name__)
class Prop:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('deleting'); del self._x
    @property
    def ro(self): return 'ro'
    y = property(lambda s: 'y')
p = Prop(); p.x = 5; print(p.x, Prop.x.__doc__, type(Prop.x).__name__); del p.x; t(getattr, p, 'x')
t(setattr, p, 'ro', 1); t(delattr, p, 'ro'); t(setattr, p, 'y', 1); t(delattr, p, 'y')
print(Prop.x.fget.__name__, Prop.ro.fset, Prop.x.getter(lambda s: 'new').__get__(p), property().__get__(p, Prop) if False else '', property(doc='d').__doc__); t(lambda: property()(1) if False else property().__get__(p))
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Sl(); print(s.a, hasattr(s, '__dict__'), Sl.__slots__); t(getattr, s, 'b'); t(setattr, s, 'c', 1); t(delattr, s, 'b'); del s.a; t(getattr, s, 'a')
try:
    class SlBad:
        __slots__ = ('a',)
        a = 5
except ValueError as e:
    print('ValueError', e)
class SlSub(Sl): pass
ss = SlSub(); ss.c = 3; print(ss.c, hasattr(ss, '__dict__'))
class SlD:
    __slots__ = ('__dict__', 'q')
sd = SlD(); sd.z = 1; print(sd.__dict__); t(lambda: type('X', (), {'__slots__': ('a', 'a')})); t(lambda: type('X', (int,), {'__slots__': ('a',)})); t(lambda: type('X', (), {'__slots__': ('1a',)}))
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw); return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw); return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw); super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', a, k); return super().__call__(*a, **k)
class WithM(metaclass=M, flag=True):
    def meth(self): pass
w = WithM(); print(WithM.injected, type(WithM).__name__, type(w).__name__)
class M2(type): pass
class M3(type): pass
class A2(metaclass=M2): pass
class A3(metaclass=M3): pass
t(lambda: type('X', (A2, A3), {}))
def deco(cls):
    cls.decorated = True; return cls
def deco_args(n):
    def d(cls): cls.n = n; return cls
    return d
@deco
@deco_args(5)
class Dec: pass
print(Dec.decorated, Dec.n)
class EqOnly:
    def __eq__(self, o): return True
t(hash, EqOnly()); print(EqOnly.__hash__); t(lambda: {EqOnly()})
class EqHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqHash())).__name__)
class EqSub(EqOnly): pass
t(hash, EqSub())
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): print('V.add'); return NotImplemented
    def __radd__(self, o): print('V.radd'); return 'V.radd'
    def __lt__(self, o): print('V.lt'); return NotImplemented
    def __gt__(self, o): print('V.gt'); return 'V.gt'
    def __eq__(self, o): print('V.eq'); return NotImplemented
class W(V):
    def __radd__(self, o): print('W.radd'); return 'W.radd'
    def __gt__(self, o): print('W.gt'); return 'W.gt'
print(V(1) + W(2)); print(V(1) < W(2)); print(W(1) < V(2)); print(V(1) == V(2)); print(V(1) != V(1)); t(lambda: V(1) + 1); print(1 + V(1))
t(lambda: V(1) - V(2)); t(lambda: V(1) <= V(2)); t(lambda: V(1) * 2); t(lambda: -V(1)); t(lambda: ~V(1)); t(lambda: V(1) @ V(1)); t(lambda: 2 ** V(1)); t(lambda: V(1) < 1)
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o): print('add'); return Acc(self.v + o)
class AccI(Acc):
    def __iadd__(self, o): print('iadd'); self.v += o; return self
class AccNI(Acc):
    def __iadd__(self, o): print('iadd-NI'); return NotImplemented
a = Acc(1); a += 2; print(a.v); b = AccI(1); b2 = b; b += 2; print(b is b2, b.v); c2 = AccNI(1); c2 += 5; print(type(c2).__name__, c2.v)
l = [1]; l2 = l; l += (2,); print(l is l2, l); tu = (1,); t(lambda: tu.__iadd__); 
class Bo:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in [True, 0, 1, 'x', None]:
    t(bool, Bo(v))
t(lambda: not Bo(2)); t(lambda: 1 if Bo('a') else 0)
class L0:
    def __len__(self): return 0
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L0()), bool(BL()), not L0(), [x for x in [L0(), BL()] if x].__len__())
class Both:
    def __repr__(self): return 'R'
class OnlyS:
    def __str__(self): return 'S'
print(str(Both()), repr(Both()), f'{Both()}', str(OnlyS()), [OnlyS()][0].__str__(), '%s' % Both(), repr(OnlyS()).startswith('<__main__.OnlyS object'))
class GA:
    def __init__(self): self.real = 1
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback-' + n
ga = GA(); print(ga.magic, ga.real, ga.other, getattr(ga, 'x'), hasattr(ga, 'anything'))
class GA2:
    def __getattribute__(self, n): raise AttributeError(n)
    def __getattr__(self, n): return 'ga2-' + n
print(GA2().foo, GA2().__class__ if False else '')
class Dr:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(Dr())); 
class DrBad:
    def __dir__(self): return 5
t(dir, DrBad())
class Cnt:
    def __init__(self): self.items = [1, 2, 3]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __contains__(self, x): print('contains', x); return x == 2
print(2 in Cnt(), 3 in Cnt(), list(Cnt()), len(Cnt()), list(reversed(Cnt())))
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(GI()), 2 in GI(), 5 in GI(), [*GI()])
class CallMe:
    def __call__(self, *a, **k): return a, k
print(CallMe()(1, x=2)); t(lambda: object()())
class IK:
    def __index__(self): return 2
print([0, 1, 2, 3][IK()], bin(IK()), 'ab' * IK(), range(IK()), (1, 2, 3)[IK():])
class NotIdx:
    def __int__(self): return 2
t(lambda: [1, 2, 3][NotIdx()]); t(bin, NotIdx()); print(int(NotIdx()))
class Abs:
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __complex__(self): return 1j
    def __float__(self): return 1.5
    def __int__(self): return 7
print(abs(Abs()), -Abs(), +Abs(), ~Abs(), complex(Abs()), float(Abs()), int(Abs()))
class Ctx:
    def __eq__(self, o): return 'eq-result'
    __hash__ = None
print(Ctx() == 1, Ctx() != 1, 1 == Ctx(), [Ctx()] == [Ctx()], Ctx.__hash__)
t(lambda: object.__new__(int)); t(lambda: int.__new__(str)); t(lambda: object.__init__(object(), 1)); t(lambda: object(1)); t(lambda: type('Z', (), {})(1))
class InitArgs:
    def __init__(self, a): self.a = a
t(InitArgs); t(InitArgs, 1, 2); t(InitArgs, b=1)
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
class InitRet:
    def __init__(self): return 5
t(InitRet)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NewOther())
print(C.__name__, C.__qualname__, C.__module__, C.__bases__, C.__mro__[-1], type(C.__dict__).__name__, C.__doc__, Q.__mro__, Q.mro() == list(Q.__mro__))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__self__.__class__.__name__)
t(setattr, int, 'x', 1); t(setattr, list, 'append', 1); t(delattr, str, 'upper'); t(lambda: setattr(C, '__name__', 5)); C.__name__ = 'C2'; print(C.__name__, C.__qualname__); t(lambda: setattr(C, '__bases__', (list,)))
t(lambda: type('X', (C, C), {})); t(lambda: type('X', (object, C), {}))
class O1: pass
class O2(O1): pass
t(lambda: type('X', (O1, O2), {}))
