# A function's __annotations__ accepts a dict or None (reset, then a fresh empty dict on read);
# anything else is a TypeError, and deleting it also resets.
def f(a: int) -> str: pass
print(f.__annotations__)
for v in [5, 'x', [('a', int)], (), {'b': float}, None]:
    try:
        f.__annotations__ = v
        print('set', repr(v), f.__annotations__)
    except TypeError as e:
        print(type(e).__name__, e, f.__annotations__)
f.__annotations__ = {'c': 1}
del f.__annotations__
print(f.__annotations__, f.__annotations__ is f.__annotations__)
g = lambda: 0
print(g.__annotations__)
try:
    g.__annotations__ = 1.5
except TypeError as e:
    print(type(e).__name__, e)
