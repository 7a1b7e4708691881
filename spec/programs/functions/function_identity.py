# Functions compare by identity; each def or lambda evaluation creates a new object.
def make():
    return lambda: 1


a, b = make(), make()
print(a is b, a == b, a.__code__ is b.__code__)


def f():
    pass


g = f
print(g is f, g == f, callable(f), callable(5))
print(type(f).__name__, type(len).__name__, type(f).__name__ == type(a).__name__)
print(hash(f) == hash(g))
print(f.__call__() is None)
print(isinstance(f, object))
