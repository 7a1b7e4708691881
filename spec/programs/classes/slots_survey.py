# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class A:
    __slots__ = ('x', 'y')
a = A()
t(lambda: a.x)
a.x = 1
t(lambda: a.x)
t(lambda: setattr(a, 'z', 3))
t(lambda: a.__dict__)
t(lambda: A.x)
print(type(A.__dict__['x']).__name__)
print(A.__slots__)
del a.x
t(lambda: a.x)
t(lambda: delattr(a, 'x'))
t(lambda: delattr(a, 'q'))

class B(A):
    pass
b = B()
b.z = 5
print(b.__dict__)

class C(A):
    __slots__ = ('__dict__',)
c = C()
c.w = 3
print(c.__dict__)
c.x = 9
print(c.__dict__, c.x)

class D:
    __slots__ = 'only'
d = D()
d.only = 4
print(d.only, D.__slots__)
t(lambda: setattr(d, 'other', 1))

def mk1():
    class E:
        __slots__ = ('a',)
        a = 5
t(mk1)

def mk2():
    class F:
        __slots__ = ('a', 'a')
t(mk2)

def mk3():
    class G(int):
        __slots__ = ('a',)
t(mk3)

def mk4():
    class H:
        __slots__ = (1,)
t(mk4)

def mk5():
    class H:
        __slots__ = ('1abc',)
t(mk5)

def mk6():
    class H:
        __slots__ = ('__dict__', '__dict__')
t(mk6)

def mk7():
    class W:
        __slots__ = ('__weakref__',)
    return W.__slots__
t(mk7)

class P:
    __slots__ = ('__priv',)
    def __init__(self):
        self.__priv = 1
print(P.__slots__, [k for k in P.__dict__ if 'priv' in k])
p = P()
print(p._P__priv)

class Q:
    __slots__ = ()
q = Q()
t(lambda: setattr(q, 'a', 1))
t(lambda: q.__dict__)

class R:
    __slots__ = ['a', 'b']
    def __init__(self):
        self.a = 1
r = R()
t(lambda: r.b)
print(hasattr(r, 'b'), hasattr(r, 'a'))

class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
def mk8():
    class S3(S1, S2):
        pass
t(mk8)

class T1:
    __slots__ = ()
class T2:
    __slots__ = ('b',)
class T3(T1, T2):
    pass
print(T3.__mro__ == (T3, T1, T2, object))
t(lambda: vars(a))
print(A.__dict__['x'])
print(repr(A.x))
print(A.x.__name__, A.x.__objclass__.__name__)
class U:
    __slots__ = {'a': 'doc a', 'b': 'doc b'}
print(U.a.__doc__, U.b.__doc__)
t(lambda: U().a)
