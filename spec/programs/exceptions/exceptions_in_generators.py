# Exceptions raised inside generators propagate to the consumer; the generator is then finished.
def gen():
    yield 1
    raise ValueError('inside generator')
    yield 2


g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'exhausted'))


def guarded():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('generator cleanup')


for item in guarded():
    print(item)
    break
print('after break')


def catches():
    while True:
        try:
            yield 'waiting'
        except KeyError as e:
            print('generator caught', e)


c = catches()
next(c)
print(c.throw(KeyError('k')))
c.close()
print('closed')
