# Which class-body lookups and stores go through a __prepare__ namespace (dict subclass with
# __getitem__/__missing__/__delitem__ overrides, or a plain mapping): LOAD_NAME, LOAD_CLASSDEREF,
# STORE_NAME, DELETE_NAME, except-as unbinding, annotations, __classcell__.
class NS(dict):
    def __getitem__(self, k):
        print('NS.get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('NS.set', k)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print('NS.del', k)
        super().__delitem__(k)
    def __missing__(self, k):
        print('NS.missing', k)
        if k == 'auto':
            return 'AUTO'
        raise KeyError(k)
    def __contains__(self, k):
        print('NS.contains', k)
        return super().__contains__(k)
    def get(self, k, d=None):
        print('NS.getm', k)
        return super().get(k, d)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
x_glob = 'g'
def f():
    enc = 'enc'
    class C(metaclass=Meta, flag=1):
        a = 1
        b = a + 1
        print(auto)
        print(x_glob)
        print(enc)
        print(len)
        del a
        def m(self): return __class__
        c: int = 3
        d: 'str'
        try:
            print(nothere)
        except NameError as e:
            print(type(e).__name__, e)
    return C
C = f()
print(C.b, C.c, C.__annotations__, C().m() is C)

class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=Meta2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Meta3(type):
    def __prepare__(name, bases):
        return {'preset': 1}
class Y(metaclass=Meta3):
    z = preset + 1
print(Y.z, Y.preset)
class Meta4(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class M:
            def __init__(self): self.d = {}
            def __getitem__(self, k):
                print('M.get', k); return self.d[k]
            def __setitem__(self, k, v):
                print('M.set', k); self.d[k] = v
        return M()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, ns.d)
try:
    class Z(metaclass=Meta4):
        a = 1
        b = a
        try:
            c = missing_x
        except NameError as e:
            print(type(e).__name__, e)
    print(Z.b)
except NameError as e:
    print('class Z:', type(e).__name__, e)
# __prepare__ non-mapping w/o getitem
class Meta5(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return object()
try:
    class W(metaclass=Meta5):
        a = 1
except TypeError as e:
    print(type(e).__name__, e)
# prepare returning mapping; type.__new__ requiring dict
class Meta6(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
try:
    class V(metaclass=Meta6):
        a = 1
    print(type(V.__dict__).__name__, V.a)
except TypeError as e:
    print(type(e).__name__, e)
# __init_subclass__ kw and __set_name__ ordering
class SN:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Sub(Base, k=1):
    s1 = SN()
    s2 = SN()
try:
    class Sub2(Base, metaclass=type, bad=1, **{'x': 2}):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub3(object, k=1): pass
except TypeError as e:
    print(type(e).__name__, e)
