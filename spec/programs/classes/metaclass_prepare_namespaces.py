# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class LogNS(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('ns get', k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print('ns del', k)
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases): return LogNS()
    def __new__(m, name, bases, ns):
        print('ns type', type(ns).__name__)
        return super().__new__(m, name, bases, dict(ns))
class A(metaclass=Meta):
    x = 1
    y = x + 1
    def f(self): pass
    del x
    z: int = 3
    import math
    for i in range(2): pass
    try:
        q
    except NameError as e:
        print('NameError', e)
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'): raise TypeError(f'duplicate {k}')
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(m, n, b): return Dup()
def mk():
    class B(metaclass=M2):
        a = 1
        a = 2
t(mk)
class Miss(dict):
    def __missing__(self, k):
        print('missing', k)
        raise KeyError(k)
class M3(type):
    @classmethod
    def __prepare__(m, n, b): return Miss()
class C(metaclass=M3):
    v = len([1])
print(C.v)
class NotDict:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print('nd set', k); self.d[k] = v
    def __getitem__(self, k): print('nd get', k); return self.d[k]
class M4(type):
    @classmethod
    def __prepare__(m, n, b): return NotDict()
    def __new__(m, n, b, ns): return super().__new__(m, n, b, ns.d)
class D(metaclass=M4):
    a = 1
    b = a
print(D.b)
class M5(type):
    def __new__(m, n, b, ns, **kw):
        ns['added'] = 'yes'
        cls = super().__new__(m, n, b, ns)
        return cls
    def __init__(cls, n, b, ns, **kw):
        super().__init__(n, b, ns)
class E(metaclass=M5): pass
print(E.added)
t(lambda: M5('F', (), {}, k=1).added)
class M6(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by = 'M6'
        return inst
class G(metaclass=M6):
    def __init__(self, v): self.v = v
g = G(3)
print(g.v, g.made_by)
t(lambda: G())
class M7(type):
    def method_on_meta(cls): return 'meta method ' + cls.__name__
    attr = 'meta attr'
class H(metaclass=M7): pass
print(H.method_on_meta(), H.attr)
t(lambda: H().method_on_meta())
t(lambda: H().attr)
print(type(H).__name__, type(type(H)).__name__, isinstance(H, M7), M7.__mro__)
class M8(type):
    def __repr__(cls): return f'<M8 class {cls.__name__}>'
    def __len__(cls): return 5
    def __getitem__(cls, k): return k
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, v): return True
    def __bool__(cls): return False
    def __eq__(cls, o): return 'eq'
    __hash__ = type.__hash__
    def __add__(cls, o): return 'added'
class I(metaclass=M8): pass
print(repr(I), len(I), I['k'], list(I), 3 in I, bool(I), I == 1, I + 1, [I], str(I), f'{I}')
print('not' if not I else 'truthy')
class M9(type):
    def __init_subclass__(cls, **kw): print('meta init_subclass', cls.__name__, kw)
class M10(M9, flag=1): pass
class Base:
    def __init_subclass__(cls, **kw):
        print('Base init_subclass', cls.__name__, kw)
class Sub(Base, metaclass=M5, k=2): pass
print(type(Sub).__name__)
class SN:
    def __set_name__(self, o, n): print('set_name', n, hasattr(o, '__init_subclass_done'))
class B2:
    def __init_subclass__(cls): print('init_subclass', cls.__name__, 'attr' in cls.__dict__); cls.__init_subclass_done = 1
class Order(B2):
    attr = SN()
