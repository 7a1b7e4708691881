def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
t(f, 1, c=3); t(f, 1, 2, 3, 4, c=5, e=6); t(f); t(f, 1); t(f, 1, c=1, a=2); t(f, c=1)
def g(a, /, b, *, c): return a, b, c
t(g, 1, 2, c=3); t(g, a=1, b=2, c=3); t(g, 1, b=2, c=3); t(g, 1, 2, 3); t(g, 1, 2); t(g, 1, 2, c=3, d=4)
def h(a, /, **kw): return a, kw
t(h, 1, a=2)
def k(*, only): return only
t(k, 1); t(k); t(k, only=1, other=2)
def noargs(): pass
t(noargs, 1); t(noargs, x=1)
def two(a, b): pass
t(two, 1); t(two, 1, 2, 3); t(two, b=1); t(two, 1, a=1); t(two, 1, 2, **{'a': 3})
t(lambda: two(*[1], **{'b': 2, 'c': 3}))
t(lambda: two(**{1: 2}))
t(lambda: f(1, c=1, **{'c': 2}))
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def cm(cls, x): return cls.__name__, x
t(C().m); t(C().m, 1, 2); t(C.m, 1); t(C.s); t(C.cm); t(C().cm, 5); t(C.m, C(), 7)
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames)
print(g.__code__.co_posonlyargcount, f.__code__.co_flags & 0x0c, noargs.__defaults__, noargs.__kwdefaults__)
def ann(a: int, b: 'str' = 'x') -> list: pass
print(ann.__annotations__, ann.__module__, ann.__doc__)
def doc():
    """Docstring here."""
print(doc.__doc__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
f.__defaults__ = (20,); t(f, 1, c=3)
f.__kwdefaults__ = None; t(f, 1, c=3); t(f, 1)
t(setattr, f, '__defaults__', 5); t(setattr, f, '__name__', 5); t(setattr, f, '__code__', 5)
f.attr = 'custom'; print(f.attr, f.__dict__)
print(callable(f), callable(5), callable(C), callable(C()), type(f).__name__, type(C().m).__name__, type(len).__name__)
bm = C().m; print(bm.__self__.__class__.__name__, bm.__func__ is C.m, bm == C().m, bm.__name__)
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def decorated(x): return x
print(decorated(3), decorated.__name__)
# closures
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter(); c1(); print(c1(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars, counter.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]; print([x() for x in fs])
fs = [lambda i=i: i for i in range(3)]; print([x() for x in fs])
def late():
    def get(): return v
    v = 1
    r1 = get()
    v = 2
    return r1, get()
print(late())
def unbound():
    def get(): return v
    r = None
    try: get()
    except NameError as e: r = (type(e).__name__, str(e))
    v = 1
    return r
print(unbound())
def local_before():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e: return str(e)
x = 'global'
print(local_before())
def del_then_use():
    y = 1
    del y
    try: return y
    except UnboundLocalError as e: return str(e)
print(del_then_use())
def cell_del():
    z = 1
    def r(): return z
    del z
    try: return r()
    except NameError as e: return str(e)
print(cell_del())
# recursion
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print('RecursionError', e)
# keyword names
def kwf(**kw): return sorted(kw)
print(kwf(**{'a-b': 1, 'c d': 2}), kwf(**dict(x=1), y=2))
t(lambda: kwf(**{'x': 1}, **{'x': 2}))
t(lambda: kwf(x=1, **{'x': 2}))
# generators of args
def va(*args): return args
print(va(*range(3), *'ab', 9), va(*(), *[]), va(*{1: 2}))
t(lambda: va(*1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(max(1, 2, key=None), sorted([3, 1], reverse=True), print('a', 'b', sep='-', end='!\n'))
t(print, 'x', sep=5); t(print, 'x', end=5); t(print, file=5)
t(sorted, [1], 1); t(len); t(len, [], []); t(abs, 'x'); t(max); t(divmod, 1); t(isinstance, 1); t(getattr, 1, 2)
t(int.__add__, 1); t(str.join); t(list.append, [], 1, 2)
print(len.__name__, len.__qualname__, str.join.__qualname__, repr(len), repr(str.join)[:30], [].append.__qualname__)
