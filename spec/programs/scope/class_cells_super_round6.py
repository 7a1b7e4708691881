class A:
    def f(self): return 'A.f'
class B(A):
    def f(self):
        def inner():
            return super(B, self).f()
        return inner()
    def g(self):
        return [super().f() for _ in range(1)]
    def h(self):
        return (lambda: super().f())()
    def cls_cell(self):
        return __class__
    @classmethod
    def cm(cls):
        return super().f
    @staticmethod
    def sm():
        return __class__
print(B().f(), B().cls_cell().__name__, B.cm().__qualname__, B.sm().__name__)
try:
    B().h()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    B().g()  # 3.11: zero-argument super() in a comprehension sees the comprehension's argument
except TypeError as e:
    print('TypeError:', e)
class C:
    x = 1
    def m(self):
        try:
            return x
        except NameError as e:
            return str(e)
    y = [x for _ in range(2)] if False else None
    def n(self):
        return __class__.x
print(C().m(), C().n())
def outer():
    v = 'outer'
    class K:
        v = 'class'
        def m(self): return v
        w = v
    return K().m(), K.w
print(outer())
def counter():
    c = 0
    class K:
        def inc(self):
            nonlocal c
            c += 1
            return c
    k = K()
    k.inc(); k.inc()
    return c
print(counter())
class D:
    def __init_subclass__(cls, **kw):
        cls.sup = super().__init_subclass__
class E(D): pass
print(E.sup.__self__ is E if hasattr(E.sup, '__self__') else 'nos')
def make():
    class K:
        def who(self): return __class__.__qualname__
    return K
print(make()().who())
class F:
    def __repr__(self):
        return 'F()'
    def m(self):
        __class__ = 5
        return __class__
print(F().m())
class G:
    locals_snapshot = sorted(locals())
    def fn(): pass
    after = sorted(locals())
print(G.locals_snapshot, G.after)
class H:
    a = 1
    del a
    try:
        a
    except NameError as e:
        err = str(e)
print(H.err, hasattr(H, 'a'))
x = 'global'
class I:
    x = 'class'
    def f(): return x
    g = staticmethod(lambda: x)
print(I.f(), I.g())
def fn():
    class J:
        nonlocal_test = 1
    loc = 2
    class L:
        val = loc
    return L.val
print(fn())
class M:
    print(__name__, __qualname__, __module__)
    class N:
        print(__qualname__)
