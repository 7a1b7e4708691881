# throw() raises inside the generator at the paused yield; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('recovered from', e)
    finally:
        print('cleanup')


w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad input'))
w.send(2)
w.close()
print('closed twice ok:', w.close())
try:
    w.send(3)
except StopIteration:
    print('StopIteration after close')


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse to close'


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g = (i for i in range(3))
try:
    g.throw(KeyError('unstarted'))
except KeyError as e:
    print('propagated', repr(e))
print(list(g))
