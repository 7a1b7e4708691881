# Assigning a function's __code__: the new code runs; free-variable count mismatches and non-code values are errors.
def f(a, b=2):
    return a + b
def g(a, b=5):
    return a * b
print(f(3)); f.__code__ = g.__code__; print(f(3), f.__name__, f.__code__.co_name)
def outer():
    x = 1
    def inner():
        return x
    return inner
try:
    f.__code__ = outer().__code__
except ValueError as e:
    print(e)
for bad in (None, 5):
    try:
        f.__code__ = bad
    except TypeError as e:
        print(e)
try:
    del f.__code__
except TypeError as e:
    print(e)
h = outer()
def k():
    return 2
try:
    h.__code__ = k.__code__
except ValueError as e:
    print(e)
for i in range(3): print(f(i))
