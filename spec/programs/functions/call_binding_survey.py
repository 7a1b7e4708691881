def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3}))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__name__, f.__qualname__)
def pos(a, b, /, c):
    return a, b, c
print(pos(1, 2, 3), pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)
def g(x, y):
    pass
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError:", e)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def hello(n):
    "doc"
    return n * 2
print(hello(4), hello.__name__, hello.__wrapped__.__doc__)
def deco_args(tag):
    def d(fn):
        fn.tag = tag
        return fn
    return d
@deco_args("T")
def tagged(): pass
print(tagged.tag, tagged.__dict__)
lam = lambda x, y=1: x + y
print(lam(1), lam.__name__, (lambda: 0).__qualname__)
def annotated(a: int, b: "str" = "x") -> bool: pass
print(annotated.__annotations__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def gen_default(x=[]):
    x.append(1)
    return x
print(gen_default(), gen_default())
def varkw(**kw): return sorted(kw.items())
print(varkw(b=1, a=2), varkw(**{"x": 1}, y=2))
try:
    varkw(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
print((lambda *a: a)(), (lambda **k: k)(), (lambda *a, **k: (a, k))(1, k=2))
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
import sys
def docfn():
    """Multi
    line"""
print(docfn.__doc__, repr(pos.__doc__))
print(f.__module__, type(f).__name__, repr(f)[:12], callable(f))
def h(a, b): return a - b
print(h(b=1, a=5), h(*(1,), **{"b": 2}))
print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(max([], default="empty"), min([1, 2], key=lambda v: -v), sum([[1], [2]], []))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
def noret(): pass
print(noret(), noret.__code__.co_name)
def fwd(*args, **kwargs): return h(*args, **kwargs)
print(fwd(3, b=1))
try:
    h(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
class K:
    def m(self, x): return x
try:
    K().m()
except TypeError as e:
    print("TypeError:", e)
try:
    K.m(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
