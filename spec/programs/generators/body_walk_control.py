# Control flow inside generator bodies whose yields sit in loops, if branches and loop else
# clauses: break/continue (also from inside try and with blocks that contain yields), return in
# loops, throw()/close() at a plain yield and during `yield from`, gi_yieldfrom, tracebacks.
import sys
import traceback


def nested(n):
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            yield (i, j)
        else:
            yield 'never'
        if i == 4:
            yield 'four'
    else:
        yield 'for-else'
    yield 'end'


print(list(nested(6)))


def while_else(xs):
    i = 0
    while i < len(xs):
        if xs[i] < 0:
            yield 'neg'
            break
        yield xs[i]
        i += 1
    else:
        yield 'done'
        for k in 'ab':
            yield k
    yield 'after'


print(list(while_else([1, 2, 3])), list(while_else([1, -1, 3])))


def ret_in_loop(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
            if j > i:
                continue
            yield i * 10 + j


g = ret_in_loop(5)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
g = ret_in_loop(5)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print(out, 'returned', e.value)
        break


def try_in_loop(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            x = yield i
            if x == 'stop':
                break
            if x == 'ret':
                return 'r'
        finally:
            yield ('fin', i)
    yield 'tail'


g = try_in_loop(5)
print(next(g), next(g), next(g), next(g), g.send('stop'), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
g = try_in_loop(5)
print(next(g), g.send('ret'))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)


class CM:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *a):
        print('exit', a[0])
        return False


def with_in_loop():
    for i in range(3):
        with CM():
            yield i
            if i == 1:
                break
    yield 'w-after'


print(list(with_in_loop()))


def echo():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print('caught', e)
            x = 100
        if x is None:
            return total
        total += x


g = echo()
print(next(g), g.send(1), g.send(2), g.throw(ValueError('v')), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print('echo returned', e.value)


def plain_loop():
    i = 0
    while i < 10:
        yield i
        i += 1


g = plain_loop()
next(g)
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e), g.gi_frame)
print(next(g, 'finished'))
g = plain_loop()
next(g)
print(g.close(), g.gi_frame, next(g, 'closed'))


def inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner closed')
    return 'inner-ret'


def outer():
    for k in range(2):
        yield from inner()
        r = yield 'between'
        print('got', r)
    yield 'outer-end'


g = outer()
print(next(g), g.gi_yieldfrom is not None, next(g), next(g), g.gi_yieldfrom, g.send('S'))
g.close()
print('closed outer')
g = outer()
next(g)
try:
    g.throw(IndexError('i'))
except IndexError as e:
    print('through yield from', repr(e))


class Sub:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('sub-done')
        return self.n


def deleg_iter():
    yield from Sub()
    yield from [7, 8]
    yield from ()
    yield 'x'


print(list(deleg_iter()))


def bad_header():
    yield 0
    for x in 5:
        yield x


g = bad_header()
next(g)
try:
    next(g)
except TypeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.lineno - bad_header.__code__.co_firstlineno) for fr in tb])


def tuple_target(pairs):
    for a, (b, c) in pairs:
        if a:
            yield a + b + c
        elif b:
            yield -b
        else:
            pass
    yield 'tt'


print(list(tuple_target([(1, (2, 3)), (0, (4, 5)), (0, (0, 1))])))


def line_numbers():
    yield sys._getframe().f_lineno
    for i in range(2):
        yield sys._getframe().f_lineno
    while True:
        yield sys._getframe().f_lineno
        break


g = line_numbers()
base = line_numbers.__code__.co_firstlineno
print([ln - base for ln in g])


def filter_assign(n):
    got = None
    for i in range(n):
        if i % 2:
            got = yield (i, got)
        else:
            yield ('even', i, got)
    while got != 'end':
        if got is not None:
            got = yield 'waiting'
        else:
            got = 'end'
    yield got


g = filter_assign(5)
print(next(g), g.send('a'), g.send('b'), g.send('c'), g.send('d'), g.send('e'), g.send('end'), next(g, 'over'))
