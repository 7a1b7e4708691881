def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@count_calls
def add(a, b):
    """Add two numbers."""
    return a + b
add(1, 2); add(3, 4)
print(add.calls, add.__name__, add.__doc__)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(n):
    return f"hi {n}"
print(hello("x"))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def stack1(fn):
    return lambda: "[" + fn() + "]"
def stack2(fn):
    return lambda: "(" + fn() + ")"
@stack1
@stack2
def core():
    return "core"
print(core())
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a) * 2
@Deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n, type(sq).__name__)
def validate(**types):
    def deco(fn):
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw[k], t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kw)
        return w
    return deco
@validate(n=int)
def times(n):
    return n * 2
print(times(n=2))
try:
    times(n="2")
except TypeError as e:
    print(e)
