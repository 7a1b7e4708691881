class A:
    __x = 1
    _A__y = 2
    def __m(self): return 'private m'
    def get(self): return self.__x, self.__m(), self.__y if hasattr(self, '_A__y') else None
    def set(self): self.__z = 3; return self.__dict__
    @staticmethod
    def st(): return A.__x
    def g(self):
        __local = 5
        return locals()
    def h(self): return [self.__x for _ in range(1)], (lambda: self.__x)()
    def k(self, __arg=7): return __arg
    def dyn(self): return getattr(self, '__x', 'not mangled in getattr'), eval('self.__x') if False else ''
print(A().get(), A().set(), A.st(), sorted(A().g()), A().h(), A().k(), A().dyn())
print(sorted(k for k in A.__dict__ if 'A__' in k))
class B(A):
    __x = 'B'
    def getb(self): return self.__x, self._A__x
print(B().getb(), B().get())
class _Under:
    __p = 1
    def f(self): return self.__p
print(_Under().f(), [k for k in _Under.__dict__ if 'p' in k])
class __Dunder__:
    __q = 1
print([k for k in __Dunder__.__dict__ if 'q' in k])
class M:
    def __init__(self): self.__dunder__ = 'not mangled'; self.__trail_ = 'mangled'
print(sorted(M().__dict__))
def outer():
    class In:
        __v = 'inner private'
        def f(self): return self.__v
    return In().f()
print(outer())
class Imp:
    def f(self):
        import math as __m
        return __m.pi > 3
print(Imp().f())
class Glob:
    def f(self):
        global __g
        __g = 'mangled global'
        return sorted(k for k in globals() if 'g' in k and k.startswith('_'))
print(Glob().f())
try:
    class T:
        def f(self): return __undefined
    T().f()
except NameError as e: print(e)
try:
    A().__x
except AttributeError as e: print(e)
