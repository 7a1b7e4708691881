# The '__dict__' and '__weakref__' attributes a class gets when it introduces an instance dict
# or weak-reference support; object.__getstate__; assigning and deleting obj.__dict__; dir().
for base in (object, int, list, dict, str, tuple, Exception, float, bytes, set):
    C = type('C', (base,), {})
    D = type('D', (C,), {})
    print(base.__name__, '__dict__' in C.__dict__, '__weakref__' in C.__dict__, '__dict__' in D.__dict__)
class S:
    __slots__ = ('a', '__dict__')
print(sorted(S.__dict__))
class T2(S): pass
print(sorted(T2.__dict__))
class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__())
class S2:
    __slots__ = ('a',)
s = S2(); print(s.__getstate__()); s.a = 1; print(s.__getstate__())
print(A.__dict__['__dict__'].__get__(a), A.__dict__['__weakref__'].__get__(a), A.__dict__['__dict__'])
a.__dict__ = {'q': 5}; print(a.q)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del a.__dict__
except TypeError as e:
    print(e)
print(a.__weakref__)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print(e)
print(dir(A()) == dir(A))
print([n for n in dir(a) if n.startswith('__') and n in ('__dict__', '__weakref__', '__getstate__', '__module__')])
class P:
    def __init__(self): self.x = 1
print(dir(P()))
print(dir(P))
class Q(P): pass
print(sorted(Q.__dict__))
print(P.__dict__["__dict__"], P.__dict__["__weakref__"])
class M(type): pass
class WithMeta(metaclass=M): pass
print(type(WithMeta.__dict__).__name__, '__dict__' in M.__dict__)
