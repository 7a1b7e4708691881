# Parameters (including *args and **kwargs) can be captured by closures.
def bind(a, *rest, key='k', **extra):
    def show():
        return a, rest, key, extra
    a = 'rebound a'
    return show


print(bind(1, 2, 3, key='K', z=0)())
print(bind.__code__.co_cellvars)


def partial(fn, *fixed):
    def call(*more):
        return fn(*fixed, *more)
    return call


add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(10))
