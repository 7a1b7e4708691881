# Assigning and deleting attributes of builtin objects: READONLY members say 'readonly attribute',
# getsets without a setter 'attribute ... is not writable', type's special attributes refuse
# deletion, exception __cause__/__context__/__suppress_context__ check what they are given.
import sys, math
def t(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)
def f(): pass
class C: pass
def gen(): yield
objs = [('int', 1), ('float', 1.5), ('complex', 1j), ('str', 's'), ('bytes', b'b'), ('list', []), ('tuple', ()), ('dict', {}), ('set', set()), ('range', range(3)), ('slice', slice(1)),
        ('func', f), ('builtin', len), ('method', C().__init__), ('type', int), ('class', C), ('object', object()), ('None', None), ('gen', gen()), ('module', math), ('property', property()),
        ('exc', ValueError('x')), ('mv', memoryview(b'x')), ('frozenset', frozenset()), ('bool', True), ('code', f.__code__), ('cell', (lambda: f).__closure__), ('staticm', staticmethod(f))]
for name, o in objs:
    t(name + ' new attr', lambda: setattr(o, 'newattr', 1))
for name, o, attr in [('int', 1, 'real'), ('int', 1, 'numerator'), ('float', 1.5, 'imag'), ('complex', 1j, 'real'), ('range', range(3), 'start'), ('slice', slice(1), 'stop'),
                      ('func', f, '__name__'), ('func', f, '__qualname__'), ('func', f, '__globals__'), ('func', f, '__closure__'), ('func', f, '__doc__'), ('func', f, '__dict__'), ('func', f, '__module__'), ('func', f, '__defaults__'), ('func', f, '__annotations__'),
                      ('builtin', len, '__name__'), ('builtin', len, '__doc__'), ('builtin', len, '__self__'), ('method', C().__init__, '__func__'), ('method', C().__init__, '__self__'), ('method', C().__init__, '__doc__'),
                      ('type', int, '__name__'), ('type', int, '__doc__'), ('class', C, '__name__'), ('class', C, '__qualname__'), ('class', C, '__module__'), ('class', C, '__dict__'), ('class', C, '__mro__'), ('class', C, '__bases__'), ('class', C, '__doc__'),
                      ('list', [], 'append'), ('str', 's', 'upper'), ('dict', {}, 'keys'), ('exc', ValueError(), 'args'), ('exc', ValueError(), '__traceback__'), ('exc', ValueError(), '__cause__'), ('exc', ValueError(), '__context__'), ('exc', ValueError(), '__suppress_context__'),
                      ('gen', gen(), 'gi_running'), ('gen', gen(), '__name__'), ('gen', gen(), '__qualname__'), ('gen', gen(), 'gi_frame'), ('property', property(), 'fget'), ('property', property(), '__doc__'), ('module', math, '__name__'), ('module', math, '__dict__'),
                      ('object', object(), '__class__'), ('C()', C(), '__class__'), ('C()', C(), '__dict__'), ('code', f.__code__, 'co_name'), ('mv', memoryview(b'x'), 'obj'), ('staticm', staticmethod(f), '__func__')]:
    for op, fn in [('set', lambda: setattr(o, attr, None)), ('del', lambda: delattr(o, attr))]:
        t(f'{name}.{attr} {op}', fn)
class C: pass
for a in ["__name__", "__qualname__", "__module__", "__doc__"]:
    try: delattr(C, a)
    except TypeError as e: print(e)
    try: setattr(int, a, "x")
    except TypeError as e: print(e)
    try: delattr(int, a)
    except TypeError as e: print(e)
C.__module__ = None; print(C.__module__); C.__doc__ = "d"; print(C.__doc__)
