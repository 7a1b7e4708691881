# Code object counts and flags (no CO_NOFREE in 3.11).
def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags, c.co_varnames, c.co_name, c.co_nlocals)
def g(): yield
async def h(): pass
print(g.__code__.co_flags & 0x20, h.__code__.co_flags & 0x80, (lambda: 0).__code__.co_flags)
