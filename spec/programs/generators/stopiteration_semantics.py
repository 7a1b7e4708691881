# How StopIteration and return values behave around generators and for loops.
def gen():
    yield 1
    return 'the value'


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again:', repr(e), e.value)
for v in gen():
    print('loop value', v)


def empty():
    return 'nothing yielded'
    yield


print(list(empty()))
try:
    next(empty())
except StopIteration as e:
    print(e.value)


def returns_none():
    yield 1


r = returns_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e), e.value)
