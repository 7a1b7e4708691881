# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class Data:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner=None):
        print('get', inst is None, owner.__name__)
        if inst is None: return self
        return inst.__dict__.get('_' + self.name, 'dflt')
    def __set__(self, inst, value):
        print('set', value)
        inst.__dict__['_' + self.name] = value
class NonData:
    def __get__(self, inst, owner=None):
        return 'nondata'
class DelOnly:
    def __delete__(self, inst):
        print('delete called')
class A:
    d = Data()
    n = NonData()
    o = DelOnly()
a = A()
print(a.d)
a.d = 3
print(a.d)
a.__dict__['d'] = 'inst'
print(a.d)
print(a.n)
a.__dict__['n'] = 'inst-n'
print(a.n)
del a.o
a.__dict__['o'] = 'inst-o'
print(a.o)
t(lambda: setattr(a, 'o', 5))
print(a.__dict__)
print(A.d is A.__dict__['d'])
class GetOnlySet:
    def __set__(self, inst, v): print('only set', v)
class B:
    g = GetOnlySet()
b = B()
b.g = 1
print(type(b.g).__name__)
b.__dict__['g'] = 2
print(type(b.g).__name__)
t(lambda: delattr(b, 'g'))

class SN:
    def __set_name__(self, owner, name, extra):
        pass
def mk():
    class X:
        s = SN()
t(mk)
class SNE:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
def mk2():
    class Y:
        s = SNE()
t(mk2)
# set_name on later assignment not called
class Z: pass
class SN2:
    def __set_name__(self, o, n): print('called', n)
Z.q = SN2()
print('no call')
t(lambda: type('T', (), {'a': SN2()}))
# __get__ on class with instance None
class Meth:
    def __get__(self, inst, owner):
        return (inst, owner.__name__)
class M:
    m = Meth()
print(M.m, M().m[1])
# staticmethod/classmethod reprs and attributes
class K:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls): return cls.__name__
print(K.s(1), K().s(2), K.c(), K().c())
print(type(K.__dict__['s']).__name__, type(K.__dict__['c']).__name__)
print(K.__dict__['s'].__func__.__name__, K.__dict__['c'].__func__.__qualname__)
print(K.c.__self__.__name__, K.c.__func__.__name__)
print(callable(K.__dict__['s']), K.__dict__['s'](5))
t(lambda: K.__dict__['c']())
print(K.__dict__['s'].__wrapped__.__name__)
print(K.s.__qualname__)
# classmethod wrapping a property (3.11 allowed)
class CP:
    @classmethod
    @property
    def name(cls): return 'cp:' + cls.__name__
print(CP.name)
# functions as descriptors
def f(self): return self
bm = f.__get__(5)
print(bm(), bm.__self__, bm.__func__ is f)
print(f.__get__(None, int) is f)
t(lambda: f.__get__(None, None))
t(lambda: f.__get__())
class Slotted:
    __slots__ = ('v',)
sd = Slotted.__dict__['v']
s = Slotted()
sd.__set__(s, 10)
print(sd.__get__(s, Slotted), s.v)
t(lambda: sd.__get__(5, int))
t(lambda: sd.__set__(5, 1))
print(sd.__get__(None, Slotted) is sd)
