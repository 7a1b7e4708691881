# Coroutines driven by send()/throw()/close(), chained with yield from.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            term = yield avg
        except ValueError as e:
            print('averager reset:', e)
            total, count, avg = 0.0, 0, None
            continue
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results, key):
    while True:
        r = yield from averager()
        results[key] = r
        print('delegator stored', key, r)
        key += '+'

results = {}
d = delegator(results, 'a')
print(next(d))
for v in [10, 20, 30]:
    print('avg', d.send(v))
print(d.throw(ValueError('bad data')))
for v in [1, 2]:
    print('avg', d.send(v))
d.send(None)
print(results)
d.close()
print('closed', d.gi_frame is None)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print('echo closing with', received)
    finally:
        print('echo finally')

e = echo()
next(e)
e.send('a'); e.send('b')
e.close()
try:
    e.send('c')
except StopIteration:
    print('send after close: StopIteration')

def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        target.close()

def printer():
    try:
        while True:
            line = yield
            print('printer:', line)
    except GeneratorExit:
        print('printer done')

p = printer(); next(p)
g = grep('py', p); next(g)
for line in ['python rocks', 'java', 'pypy too', 'c']:
    g.send(line)
g.close()

def thrower():
    try:
        yield 1
    except KeyError as k:
        print('thrower caught', repr(k))
        yield 'recovered'
    yield 'end'

def outer():
    got = yield from thrower()
    print('outer got', got)
    return 'outer-ret'

o = outer()
print(next(o))
print(o.throw(KeyError('k')))
print(next(o))
try:
    next(o)
except StopIteration as s:
    print('StopIteration value', s.value)

def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print('ignoring exit')
            yield 'no'

s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as r:
    print('RuntimeError', r)

def depth(n):
    if n == 0:
        x = yield 'bottom'
        return x * 2
    r = yield from depth(n - 1)
    return r + 1

gd = depth(5)
print(next(gd))
try:
    gd.send(10)
except StopIteration as s:
    print('depth result', s.value)

def bad_throw():
    yield
g2 = bad_throw(); next(g2)
for arg in [ValueError, ValueError('v'), 1, int]:
    try:
        g2.throw(arg)
    except Exception as ex:
        print(type(ex).__name__, ex)
    g2 = bad_throw(); next(g2)

def running():
    print('running?', r.gi_running)
    yield
r = running()
next(r)
try:
    def selfsend():
        yield me.send(None)
    me = selfsend()
    next(me)
except ValueError as v:
    print('ValueError', v)
