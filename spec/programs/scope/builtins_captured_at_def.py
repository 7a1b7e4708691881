# a function captures its builtins when it is defined, from its globals' __builtins__
# (CPython's _PyEval_BuiltinsFromGlobals); the running frame keeps its own
import builtins
def before():
    return len('ab')
saved = __builtins__
__builtins__ = {'len': lambda x: 'fake len', 'print': print, 'NameError': NameError}
def after():
    return len('ab')
def after_abs():
    return abs(-1)
lam = lambda: len('xyz')
print(before(), after(), lam())
try:
    print(after_abs())
except NameError as e:
    print('NameError', e)
print(len('abc'))
__builtins__ = saved
print(after(), before(), after.__builtins__['len']('q'), before.__builtins__ is builtins.__dict__)
def gen():
    yield len('gen')
__builtins__ = {'len': lambda x: 'gen len'}
def gen2():
    yield len('gen')
__builtins__ = saved
print(next(gen()), next(gen2()))
g = {'__builtins__': builtins}
exec('def f():\n    return len("q")', g)
g['__builtins__'] = {'len': lambda s: 'changed after def'}
exec('def f2():\n    return len("q")', g)
print(g['f'](), g['f2']())
import types
m = types.ModuleType('mm')
m.__dict__['__builtins__'] = {'len': lambda s: 'module builtins', 'print': print}
exec('def h():\n    return len("z")\nprint(len("w"))', m.__dict__)
print(m.h())
def outer():
    def inner():
        return len('inner')
    return inner
__builtins__ = {'len': lambda s: 'at outer call'}
made = outer()
__builtins__ = saved
print(made(), outer()())
