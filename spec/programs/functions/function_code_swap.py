# assigning __code__, __defaults__ and __kwdefaults__ of a function
def f(a, b=2):
    return ('f', a, b)
def g(a, b=3):
    return ('g', a, b)
f.__code__ = g.__code__
print(f(1), f.__name__, f.__code__.co_name, f.__defaults__)
def h(*, k=5):
    return k
h.__kwdefaults__ = {'k': 9}
print(h())
f.__defaults__ = (7,)
print(f(1))
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
for bad in (inner.__code__, 5):
    try:
        f.__code__ = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del f.__code__
except TypeError as e:
    print(e)
def other_outer():
    y = 'other cell'
    def other():
        return ('other', y)
    return other
inner.__code__ = other_outer().__code__
try:
    print(inner())
except NameError as e:
    print(e)
def counter():
    return 'original'
calls = [counter() for _ in range(3)]
counter.__code__ = (lambda: 'swapped').__code__
print(calls, counter(), [counter() for _ in range(2)])
