# the order of a class's __dict__: the body's names, slot members, __dict__/__weakref__, then
# __doc__ and __hash__ when the class did not set them
class C:
    'doc'
    __slots__ = ('a',)
class D:
    x = 1
class E(D):
    pass
class F(int):
    pass
class G:
    def __eq__(s, o): return True
class H:
    __slots__ = ('a', '__dict__')
    def __eq__(s, o): return True
class I:
    def __init_subclass__(cls): pass
    def __new__(cls): return super().__new__(cls)
class X:
    __slots__ = ('__doc__',)
class Y:
    __slots__ = ('__hash__',)
    def __eq__(s, o): return True
class Z:
    __slots__ = ('__weakref__', 'b')
for k in (C, D, E, F, G, H, I, X, Y, Z):
    print(k.__name__, list(k.__dict__))
print(type(X.__doc__).__name__, G.__hash__, H.__dict__['__hash__'])
