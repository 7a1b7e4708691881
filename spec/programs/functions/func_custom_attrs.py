# Functions have a __dict__ for arbitrary attributes.
def f():
    return f.calls


f.calls = 0
f.calls += 1
print(f(), f.__dict__)
f.__dict__['tag'] = 'tagged'
print(f.tag)
del f.calls
try:
    f()
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(f, 'calls'), getattr(f, 'missing', 'default'))


def counter():
    counter.n = getattr(counter, 'n', 0) + 1
    return counter.n


print(counter(), counter(), counter())
try:
    f.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
f.__dict__ = {'fresh': 1}
print(f.fresh, vars(f))
