import functools
from functools import reduce, partial, wraps, lru_cache, total_ordering, cmp_to_key, cached_property, cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(4), cube_mod(3), square.func is power, square.args, square.keywords, partial(partial(power, 2), 5)())
p = partial(print, "a", sep="-")
p("b", "c")
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@deco
def documented(x):
    """The real doc."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(7))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
@lru_cache
def plain(x): return x * 2
print(plain(4), plain(4), plain.cache_info().hits)
@cache
def c2(x): return x + 1
print(c2(1), c2(1), c2.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
print(type(partial(print)).__name__, callable(square))
from functools import singledispatch
@singledispatch
def show(x): return f"object {x}"
@show.register(int)
def _(x): return f"int {x}"
@show.register
def _(x: str): return f"str {x}"
print(show(1), show("s"), show(1.5), show(True))
