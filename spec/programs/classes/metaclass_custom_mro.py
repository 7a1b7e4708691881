# A metaclass's mro() override decides the class's __mro__ (and so isinstance and lookup);
# its result must be an iterable of classes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class M(type):
    def mro(cls):
        print('mro called for', cls.__name__)
        return (cls, object) if cls.__name__ == 'Odd' else super().mro()
class Odd(list, metaclass=M): pass
class Even(metaclass=M): pass
t(lambda: Odd.__mro__); t(lambda: Even.__mro__); t(lambda: isinstance(Odd(), list)); t(lambda: Odd.mro())
class Rev(type):
    def mro(cls):
        return [cls] + list(reversed(type.mro(cls)[1:-1])) + [object]
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class C(A, B, metaclass=Rev): pass
t(lambda: [k.__name__ for k in C.__mro__]); t(lambda: C().who())
class BadM(type):
    def mro(cls): return [cls, 5]
def bad():
    class X(metaclass=BadM): pass
t(bad)
class BadM2(type):
    def mro(cls): return 7
def bad2():
    class X(metaclass=BadM2): pass
t(bad2)
