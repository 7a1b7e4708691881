# A coroutine is not an iterator: next() on it is a TypeError on both backends (the VM resumes
# plain generators inline for next(g)), and throw() with a class that is not an exception
# names the class's type.

async def ah():
    print('body ran')
    return 1

c = ah()
for attempt in range(2):
    try:
        next(c)
    except TypeError as e:
        print('TypeError', e)
try:
    c.__next__
except AttributeError as e:
    print('AttributeError', e)
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)


def gen():
    yield 1
    yield 2

g = gen()
print(next(g))
for bad in (int, str, object, 5, 'x', None):
    try:
        g.throw(bad)
    except TypeError as e:
        print('TypeError', e)
print(next(g))
try:
    g.throw(int, 5)
except TypeError as e:
    print('TypeError', e)
try:
    g.throw(ValueError('a'), ValueError('b'))
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
