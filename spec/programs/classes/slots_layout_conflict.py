# Bases that each add nonempty __slots__ must extend one another's layout: 'multiple bases have
# instance lay-out conflict' otherwise; empty __slots__ and plain classes never conflict.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y',)
class A2(A):
    pass
class A3(A):
    __slots__ = ('z',)
class E:
    __slots__ = ()
class P: pass
def mk(*bases):
    def f():
        class C(*bases): pass
        return [k.__name__ for k in C.__mro__]
    return f
for bs in [(A, B), (A2, B), (A, A3), (A3, A), (A2, A3), (A, E), (E, A), (P, A), (A, P), (A3, B), (A2, A), (A, object), (A3, A2)]:
    t(mk(*bs))
def use():
    class C(A2, A3): pass
    c = C(); c.x = 1; c.z = 2; c.w = 3
    return c.x, c.z, c.w
t(use)
