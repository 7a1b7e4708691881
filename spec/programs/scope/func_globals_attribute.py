# Every function carries the globals dict of the module that defined it.
import builtins


def f():
    return 'f'


print(f.__globals__ is globals())
print(f.__builtins__ is builtins.__dict__)
lam = lambda: 0
print(lam.__globals__ is globals())


def outer():
    def inner():
        pass
    return inner


print(outer().__globals__ is globals())
ns = {}
exec('def g(): return undefined_here', ns)
g = ns['g']
print(g.__globals__ is ns, g.__globals__ is globals())
undefined_here = 'defined in main module'
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
ns['undefined_here'] = 'defined in ns'
print(g())
