# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration('leaked')


try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)


def explicit_return():
    yield 1
    return 'done'


print(list(explicit_return()))
g = explicit_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
