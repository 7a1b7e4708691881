import functools
class C:
    def set(self, k, v): return (k, v)
    set_a = functools.partialmethod(set, "a")
    @functools.singledispatchmethod
    def handle(self, x): return "default"
    @handle.register
    def _(self, x: int): return "int"
    @handle.register(str)
    def _(self, x): return "str"
c = C()
print(c.set_a(1), c.handle(1), c.handle("s"), c.handle(1.5))
print(functools.partial(print, sep="-").keywords, repr(functools.partial(max, 1)), functools.partial(functools.partial(max, 1), 2)(3))
@functools.lru_cache(maxsize=None)
def f(x): return x
f(1); f(1); f(2)
print(f.cache_info(), f.__wrapped__(5), f.cache_parameters())
@functools.lru_cache
def g(x): return x
print(g(3), g.cache_info().maxsize)
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print(e)
class Bad:
    @functools.cached_property
    def v(self): return 1
    __slots__ = ()
try:
    Bad().v
except TypeError as e:
    print(e)
print(functools.reduce(lambda a, b: a + b, [[1], [2]], []), functools.WRAPPER_ASSIGNMENTS)
def d(fn):
    @functools.wraps(fn, assigned=("__name__",), updated=())
    def w(): return fn()
    return w
@d
def named():
    "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
print(functools.total_ordering(type("T", (), {"__lt__": lambda s, o: True, "__eq__": lambda s, o: False}))() >= 1)
