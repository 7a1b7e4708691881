# lru_cache's wrapper (native): which calls hit, key equality (1, True, 1.0, keyword order,
# typed), recency order and eviction, re-entrant calls, exceptions, methods, unhashable keys.
import functools

calls = []

@functools.lru_cache(maxsize=3)
def f(*args, **kw):
    calls.append((args, tuple(kw.items())))
    return len(calls)

for args, kw in [((1,), {}), ((1,), {}), ((True,), {}), ((1.0,), {}), ((1,), {}), (("a",), {}),
                 ((1, 2), {}), ((), {"a": 1, "b": 2}), ((), {"b": 2, "a": 1}), ((), {"a": 1, "b": 2})]:
    print(args, kw, f(*args, **kw), f.cache_info())
print(calls)

# eviction: the least recently used goes first; a hit refreshes
calls.clear()
f.cache_clear()
for x in [1, 2, 3, 1, 4, 2, 3, 1]:
    f(x)
print(calls, f.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def t(x, y=0):
    calls.append(("t", x, y))
    return repr(x)
calls.clear()
print(t(1), t(1.0), t(True), t(1), t(1, y=2), t(1, y=2.0), t(x=1), calls, t.cache_info())

# unbounded cache and recursion
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info(), fib.cache_parameters())

# maxsize=0: no caching, and the arguments need not be hashable
@functools.lru_cache(maxsize=0)
def z(x):
    return x
print(z([1]), z([1]), z.cache_info())
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)

# exceptions are not cached
n = [0]
@functools.lru_cache
def flaky(x):
    n[0] += 1
    if n[0] < 3:
        raise ValueError(n[0])
    return x
for _ in range(4):
    try:
        print("flaky", flaky(7), flaky.cache_info())
    except ValueError as e:
        print("ValueError", e, flaky.cache_info())

# a call that caches its own key while running (the outer result is returned, the entry kept)
depth = [0]
@functools.lru_cache(maxsize=2)
def reent(x):
    depth[0] += 1
    if depth[0] == 1:
        inner = reent(x)
        return ("outer", inner)
    return ("inner", depth[0])
print(reent(5), reent(5), reent.cache_info())

# methods: the wrapper is a descriptor
class C:
    def __init__(self, k):
        self.k = k
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        calls.append(("m", self.k, x))
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, C) and self.k == other.k
calls.clear()
a, b = C(2), C(2)
print(a.m(3), b.m(3), C(5).m(3), a.m(4), calls, C.m.cache_info())
print(type(C.m).__name__, C.m is C.__dict__["m"], C.m.__name__, C.m.__qualname__, C.m.__wrapped__.__name__)

# user __eq__/__hash__ on keys
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 2
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v
@functools.lru_cache(maxsize=None)
def kf(k):
    return k.v
print(kf(K(1)), kf(K(3)), kf(K(1)), kf.cache_info())

# attributes set by update_wrapper live in the wrapper's __dict__
def doc():
    "the doc"
wd = functools.lru_cache(doc)
print(wd.__doc__, wd.__name__, wd.__wrapped__ is doc, sorted(k for k in wd.__dict__ if not k.startswith("cache_p")))
wd.extra = 5
print(wd.extra, wd() is None, wd.cache_info().hits, wd.cache_info().misses)

# reduce
import operator
print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, [], 1), functools.reduce(lambda a, b: b + a, "abc", "!"))
def gen():
    yield 1
    raise KeyError("boom")
try:
    functools.reduce(operator.add, gen())
except KeyError as e:
    print("KeyError", e)
