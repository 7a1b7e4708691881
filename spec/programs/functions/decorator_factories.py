# Decorator factories, stacking, and copying metadata by hand.
def copy_meta(src, dst):
    for attr in ('__name__', '__qualname__', '__doc__'):
        setattr(dst, attr, getattr(src, attr))
    dst.__wrapped__ = src
    return dst


def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return copy_meta(fn, wrapper)
    return deco


def prefix(text):
    def deco(fn):
        def wrapper(*a, **k):
            return text + str(fn(*a, **k))
        return copy_meta(fn, wrapper)
    return deco


@prefix('> ')
@repeat(2)
def greet(name):
    """Greets."""
    return 'hi ' + name


print(greet('bob'))
print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.__wrapped__.__wrapped__('x'))


def register(registry):
    return lambda fn: registry.setdefault(fn.__name__, fn)


reg = {}


@register(reg)
def alpha():
    return 'alpha'


print(list(reg), alpha())
