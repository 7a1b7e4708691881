# Descriptors' __get__/__set__/__delete__ called directly with odd arguments: property, classmethod,
# staticmethod, functions, slots, getsets, builtin method and classmethod descriptors.
class A:
    __slots__ = ('s',)
    @property
    def p(self): return 1
    @classmethod
    def c(cls): return cls
    @staticmethod
    def st(): return 1
    def f(self): return self
p = A.__dict__['p']; c = A.__dict__['c']; st = A.__dict__['st']; f = A.__dict__['f']; s = A.__dict__['s']
tests = [lambda: p.__get__(), lambda: p.__get__(A(), A, 3), lambda: p.__get__(None, None), lambda: p.__get__(None), lambda: p.__set__(A()), lambda: p.__delete__(),
 lambda: c.__get__(), lambda: c.__get__(1, 2, 3), lambda: c.__get__(A())(), lambda: st.__get__(), lambda: st.__get__(None)(), lambda: st.__get__(1, 2, 3),
 lambda: f.__get__(), lambda: f.__get__(1, 2, 3), lambda: f.__get__(None), lambda: f.__get__(None, None), lambda: s.__get__(), lambda: s.__get__(1),
 lambda: s.__get__(None, A) is s, lambda: s.__set__(1, 2), lambda: s.__set__(A()), lambda: s.__delete__(1), lambda: type.__dict__['__name__'].__get__(1),
 lambda: type.__dict__['__name__'].__set__(1, 'x'), lambda: type.__dict__['__name__'].__get__(None, type), lambda: int.__dict__['real'].__get__('x'),
 lambda: int.__dict__['real'].__set__(1, 2), lambda: super(A, A()).__get__(A()), lambda: len.__get__ if hasattr(len, '__get__') else 'no __get__',
 lambda: list.__dict__['append'].__get__([])(1), lambda: list.__dict__['append'].__get__(1), lambda: list.__dict__['append'].__get__(None, list) is list.__dict__['append'],
 lambda: dict.__dict__['fromkeys'].__get__(None, dict)('ab'), lambda: dict.__dict__['fromkeys'].__get__(1), lambda: int.__dict__['__add__'].__get__('a'),
 lambda: object.__dict__['__class__'].__get__(5), lambda: object.__dict__['__class__'].__set__(5, int)]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
