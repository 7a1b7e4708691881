# A replaced builtins.__build_class__ is what class statements call (with the body function, the
# name, the bases and keywords); wrapping the original keeps classes working, __class__ included.
import builtins
orig = builtins.__build_class__
def my_bc(func, name, *bases, **kw):
    print('building', name, func.__name__, bases, kw)
    cls = orig(func, name, *bases, **kw)
    cls.tagged = True
    return cls
builtins.__build_class__ = my_bc
class A:
    x = 1
    def m(self): return __class__
class B(A, metaclass=type):
    y = 2
builtins.__build_class__ = orig
print(A.tagged, B.tagged, B.x, B.y, A().m() is A, B.__mro__)
class C: pass
print(hasattr(C, 'tagged'))
builtins.__build_class__ = lambda *a, **k: 'not a class'
class D: pass
builtins.__build_class__ = orig
print(D)
