# types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
import types
def f(a, b=2):
    "doc of f"
    return (a, b, g_value)
g_value = 'module'
h = types.FunctionType(f.__code__, {'g_value': 'own globals'}, 'renamed', (5,))
print(h.__name__, h.__qualname__, h.__defaults__, h.__doc__, h.__module__, h(1), h(1, 3))
print(h.__globals__ is not globals(), h.__code__ is f.__code__)
h2 = types.FunctionType(f.__code__, {'__name__': 'fake_mod', 'g_value': 0})
print(h2.__module__, h2.__name__, h2.__defaults__)
try:
    h2(1)
except TypeError as e:
    print(e)
def mk():
    x = 'cell value'
    def inner():
        return x
    return inner
inner = mk()
c = types.CellType('replaced')
r = types.FunctionType(inner.__code__, globals(), None, None, (c,))
print(r(), r.__closure__[0].cell_contents)
c.cell_contents = 'changed'
print(r())
bad = [(1, {}), (f.__code__, 1), (f.__code__, {}, 5), (f.__code__, {}, None, 5),
       (f.__code__, {}, None, None, 5), (f.__code__, {}, None, None, (1,)),
       (inner.__code__, {}), (inner.__code__, {}, None, None, ()),
       (inner.__code__, {}, None, None, (1,)), (inner.__code__, {}, None, None, (c, c))]
for args in bad:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    types.FunctionType(code=f.__code__, globals={}, kwdefaults={})
except TypeError as e:
    print(e)
k = types.FunctionType(code=f.__code__, globals={'g_value': 'kw'}, argdefs=(0, 0))
print(k(), k.__defaults__)
# a function built over code that reads builtins through its own globals' __builtins__
def uses_len(s):
    return len(s)
own = types.FunctionType(uses_len.__code__, {'__builtins__': {'len': lambda s: 'custom len'}})
print(own('abc'), uses_len('abc'))
class C:
    pass
C.m = types.FunctionType(f.__code__, {'g_value': 'method'}, 'm', (None,))
print(C().m()[1:])
print(type(h) is types.FunctionType, isinstance(h, types.FunctionType))
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(e)
empty.cell_contents = 1
print(empty.cell_contents, repr(types.CellType(5))[:8])
try:
    types.CellType(1, 2)
except TypeError as e:
    print(e)
del empty.cell_contents
try:
    empty.cell_contents
except ValueError as e:
    print(e)
