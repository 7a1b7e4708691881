# Calling __get__ directly: None stands for an absent instance/owner, both absent is an error
# ("__get__(None, None) is invalid"), and classmethod binds to type(obj) when no owner is given.
# The repr of a bound method names the function by __qualname__ (builtins too), else '?'.
# Argument errors of property's accessor copiers and memoryview's no-argument methods.
import types

def f(): pass
descriptors = [('classmethod', classmethod(len)), ('staticmethod', staticmethod(len)),
               ('function', f), ('property', property(lambda s: 'pv'))]
for name, d in descriptors:
    for args in [(), (None,), (None, None), ('x',), ('x', None), (None, int), (1, int), ('a', 'b')]:
        try:
            r = d.__get__(*args)
            s = r if isinstance(r, str) else type(r).__name__
            if isinstance(r, types.MethodType):
                s = f'method bound to {r.__self__!r}'
            print(name, args, s)
        except TypeError as e:
            print(name, args, 'TypeError', e)

class C:
    def m(self): pass
class Callable:
    def __call__(self, *a): return a
print(types.MethodType(len, 5))
print(repr(types.MethodType(Callable(), 'x')).split(' of ')[0])
print(classmethod(len).__get__(None, int))
print(classmethod(len).__get__('s'))
print(types.MethodType(print, 1))
print(types.MethodType(C.m, 2))

p = property()
for call in [lambda: p.getter(), lambda: p.setter(1, 2), lambda: p.deleter(x=1), lambda: p.__set_name__(),
             lambda: p.__set_name__(1), lambda: p.__set_name__(1, 2, 3), lambda: p.__set_name__(a=1),
             lambda: memoryview(b'ab').tolist(1), lambda: memoryview(b'ab').toreadonly(1),
             lambda: memoryview(b'ab').release(1), lambda: memoryview(b'ab').__enter__(1)]:
    try:
        call()
        print('ok')
    except TypeError as e:
        print('TypeError', e)
