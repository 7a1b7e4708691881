# Wrappers forwarding *args and **kwargs unchanged.
def wrap(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@wrap
def target(a, b=2, *rest, key=None, **extra):
    return a, b, rest, key, extra


print(target(1))
print(target(1, 3, 4, 5, key='k', z=26))
print(target(*[1, 2], **{'key': 'K'}))
try:
    target()
except TypeError as e:
    print(type(e).__name__, e)
