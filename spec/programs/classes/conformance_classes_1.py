def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    cls_attr = 'A'
    def __init__(self, x=0): self.x = x
    def __repr__(self): return f'A({self.x})'
    def __eq__(self, o): return isinstance(o, A) and o.x == self.x
print(A(1) == A(1), A(1) != A(2), A(1) == 1, hash(A) is not None)
t(hash, A(1))
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    __hash__ = lambda self: 7
print(B(1, 2), hash(B(1, 2)), B.__mro__, B.__bases__, B.__base__, B.__name__, B.__qualname__, B.__module__)
print(vars(B(1, 2)), B.cls_attr, 'x' in dir(B(1, 2)), '__init__' in B.__dict__, type(B.__dict__).__name__)
t(A, 1, 2); t(A, y=1); t(object, 1); t(object().__setattr__, 'x', 1); t(setattr, 1, 'x', 2); t(getattr, A(), 'nope'); t(delattr, A(), 'nope')
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1; t(setattr, s, 'c', 1); t(getattr, s, 'b'); print(hasattr(s, '__dict__'), Slotted.a)
t(delattr, s, 'b'); del s.a; t(getattr, s, 'a')
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError('negative')
        self._v = val
    @property
    def ro(self): return 'readonly'
p = P(); p.v = 5; print(p.v); t(setattr, p, 'v', -1); t(setattr, p, 'ro', 1); t(delattr, p, 'ro'); t(delattr, p, 'v')
print(type(P.v).__name__, P.v.fget.__name__, P.ro.fset, P.v.__doc__)
class GA:
    def __getattr__(self, name): return 'dyn_' + name
    def __setattr__(self, name, v): object.__setattr__(self, name, v * 2)
    def __delattr__(self, name): print('del', name)
g = GA(); g.q = 2; print(g.q, g.zz, getattr(g, 'w', 'dflt')); del g.q
class GAttr:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback ' + name
print(GAttr().secret, GAttr().other)
class Desc:
    def __get__(self, obj, owner): return ('get', obj is None, owner.__name__)
    def __set__(self, obj, v): print('set', v)
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
class UsesDesc:
    d = Desc()
print(UsesDesc.d, UsesDesc().d); UsesDesc().d = 5
class NonData:
    def __get__(self, obj, owner): return 'nondata'
class UN:
    n = NonData()
u = UN(); print(u.n); u.n = 'inst'; print(u.n, UN.n)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('flag', 'none')
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print('meta call', cls.__name__, a)
        return super().__call__(*a)
    def __repr__(cls): return f'<Meta {cls.__name__}>'
class WithMeta(metaclass=Meta, flag='yes'):
    def __init__(self, *a): self.a = a
w = WithMeta(1, 2); print(w.a, WithMeta.added, WithMeta, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='T'): pass
print(Sub.tag)
t(lambda: type('X', (Base,), {}, tag=1, bad=2))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([Cmp(3), Cmp(1)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
t(lambda: Cmp(1) <= Cmp(2))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __iadd__(self, o): self.v += 100; return self
    def __neg__(self): return Num(-self.v)
    def __bool__(self): return self.v != 0
    def __len__(self): return 5
    def __repr__(self): return f'Num({self.v})'
n = Num(1); print(n + 1, 1 + n, -n, bool(Num(0)), sum([Num(1), Num(2)])); n += 1; print(n)
t(lambda: n - 1); t(lambda: n < n); t(lambda: n @ n)
class BadBool:
    def __bool__(self): return 1
t(bool, BadBool())
class BadLen:
    def __len__(self): return -1
t(len, BadLen()); t(bool, BadLen())
class BigLen:
    def __len__(self): return 2 ** 70
t(len, BigLen())
class FloatLen:
    def __len__(self): return 1.0
t(len, FloatLen())
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()))
class Ctx:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item}]'
print(Ctx[int], list[int], dict[str, int])
class Cont:
    def __contains__(self, x): return x == 3
    def __iter__(self): return iter([1])
print(3 in Cont(), 1 in Cont(), 4 not in Cont())
class Idx:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('setitem', k, v)
    def __delitem__(self, k): print('delitem', k)
i = Idx(); i[1] = 2; del i[1:2]; print(i['a'], i[1, 2])
class StaticCls:
    @staticmethod
    def sm(): return 'static'
    @classmethod
    def cm(cls): return cls.__name__
class SC2(StaticCls): pass
print(SC2.sm(), SC2.cm(), SC2().cm(), StaticCls.__dict__['sm'].__class__.__name__, type(StaticCls.__dict__['cm']).__name__)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, (list, (str, int))))
t(isinstance, 1, 1); t(issubclass, 1, int); t(issubclass, int, (1,))
class Mixin1:
    def who(self): return 'M1 ' + super().who()
class Mixin2:
    def who(self): return 'M2'
class Diamond(Mixin1, Mixin2): pass
print(Diamond().who(), [c.__name__ for c in Diamond.__mro__])
t(lambda: type('Bad', (int, str), {}))
class X: pass
class Y(X): pass
t(lambda: type('Z', (X, Y), {}))
print(type(X()).__name__, X().__class__ is X, type(type), type(object), object.__bases__, type.__bases__)
class Rep:
    pass
r = Rep(); print(str(r).startswith('<__main__.Rep object at 0x'), repr(Rep) == "<class '__main__.Rep'>")
class ClassVarMut:
    items = []
    def add(self, v): self.items.append(v)
c1, c2 = ClassVarMut(), ClassVarMut(); c1.add(1); c2.add(2); print(ClassVarMut.items)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
print(A.__dict__['__init__'].__qualname__, getattr(A, '__doc__'), A().__dict__, A.__weakref__.__class__.__name__ if hasattr(A, '__weakref__') else '')
def method_outside(self): return 'attached ' + type(self).__name__
A.m = method_outside; print(A().m())
a_inst = A(); a_inst.f = lambda: 'instance func'; print(a_inst.f())
print(super(B, B(1, 2)).__repr__(), super(B, B).__init__.__name__ if False else '')
t(super); t(lambda: super(int, 'x'))
class Abstract:
    def method(self): raise NotImplementedError('subclass must')
t(Abstract().method)
class NoInit:
    pass
t(NoInit, 1)
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NewReturnsOther())
