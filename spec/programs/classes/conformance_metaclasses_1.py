def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __repr__(cls): return f'<Meta class {cls.__name__}>'
    def __getattr__(cls, n): return f'meta-getattr:{n}'
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return f'item:{k}'
    def __contains__(cls, x): return x == 'in'
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    @property
    def meta_prop(cls): return 'mp:' + cls.__name__
    def meta_method(cls): return 'mm:' + cls.__name__
class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v=0): self.v = v
class B(A): pass
print(A, B, repr(A), str(B), Meta.registry, A.kw, B.kw, A.undefined, len(A), list(B), A['k'], 'in' in A, 'out' in B, A.meta_prop, B.meta_method())
a = A(5); print(a.v, a.created_by_meta, type(a).__name__)
t(getattr, a, 'meta_prop'); t(getattr, a, 'meta_method'); print(hasattr(a, 'undefined'))
print(type(A) is Meta, type(B) is Meta, isinstance(A, Meta), isinstance(a, Meta), Meta.__mro__[1:], A.__class__.__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(One(1) is One(2), One(3).v)
class AttrMeta(type):
    def __setattr__(cls, n, v):
        print('class setattr', n, v); super().__setattr__(n, v)
    def __delattr__(cls, n):
        print('class delattr', n); super().__delattr__(n)
class C(metaclass=AttrMeta): pass
C.z = 1; del C.z; t(delattr, C, 'z')
class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        class Recorder(dict):
            def __setitem__(self, k, v):
                if not k.startswith('__'): print('define', k)
                super().__setitem__(k, v)
        return Recorder()
class Ordered(metaclass=OrderMeta):
    b = 1
    a = 2
    def m(self): pass
print(type(Ordered.__dict__).__name__, [k for k in Ordered.__dict__ if not k.startswith('__')])
class InitSub:
    subclasses = []
    def __init_subclass__(cls, /, prefix='', **kw):
        super().__init_subclass__(**kw)
        InitSub.subclasses.append(prefix + cls.__name__)
class S1(InitSub, prefix='p_'): pass
class S2(S1): pass
print(InitSub.subclasses)
t(lambda: type('S3', (InitSub,), {}, prefix='q_')); print(InitSub.subclasses)
t(lambda: type('S4', (), {}, unexpected=1))
def class_factory(n):
    class Dyn:
        val = n
        def __repr__(self): return f'Dyn({self.val})'
    Dyn.__name__ = f'Dyn{n}'
    Dyn.__qualname__ = f'factory.Dyn{n}'
    return Dyn
D1 = class_factory(1); print(D1, D1(), D1.__qualname__, class_factory(2)().val)
X = type('X', (object,), {'__slots__': ('a',), 'method': lambda self: 'm', '__doc__': 'xdoc'})
x = X(); x.a = 5; print(x.a, x.method(), X.__doc__, X.__slots__, hasattr(x, '__dict__'))
t(type.__new__, type, 'Y', (), {}); t(type.__new__, 5, 'Y', (), {}); t(type.__init__, A, 1, 2, 3, 4); t(lambda: type(type.__call__(A, 7)).__name__)
print(type.__prepare__('N', ()), type(type.__prepare__('N', ())).__name__, Meta.__prepare__('N', ()))
class WithClassGetattr:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(WithClassGetattr[int], WithClassGetattr['x', 1])
class M3(type):
    def mro(cls):
        return [cls, object]
class Custom(int, metaclass=M3): pass
print(Custom.__mro__)
