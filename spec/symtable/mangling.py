class Foo:
    __private = 1
    __dunder__ = 2
    _single = 3
    def __method(self, __arg):
        __local = __arg
        return self.__private, __local, __other
    def m(self):
        global __g
        __g = 1
        import __mod
        return __private
    class __Inner:
        __x = 1
        def f(self):
            return __x
    lam = lambda __p: __p + __q
    comp = [__c for __c in range(3)]

class __Under:
    __y = 1

class _:
    __z = 1

class ___:
    __w = 1

def outer():
    __o = 1
    class K:
        def m(self):
            return __o
    return K
