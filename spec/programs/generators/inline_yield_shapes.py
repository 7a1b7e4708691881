# Generators whose yields sit directly in statements, loop bodies and if branches: values sent
# in, exceptions thrown in, close(), break/continue/return from inside branches, loop else.
def g1(n):
    i = 0
    while i < n:
        if i % 3 == 0:
            x = yield i
            if x is not None:
                print('sent', x)
        elif i % 3 == 1:
            yield -i
        else:
            if i > 4:
                break
            i += 1
            continue
        i += 1
        if i == 100:
            return 'unreachable'
        i += 0
    else:
        yield 'while-else'
    yield 'end'
    return 'done'

def run(gen):
    out = []
    try:
        v = next(gen)
        while True:
            out.append(v)
            v = gen.send(len(out) if len(out) % 2 else None)
    except StopIteration as e:
        out.append(('ret', e.value))
    return out

print(run(g1(3)))
print(run(g1(10)))

def g2(items):
    for x in items:
        if x == 'skip':
            continue
        if x == 'stop':
            break
        if x == 'ret':
            return 'returned'
        y = yield x
        yield ('got', y)
    else:
        yield 'for-else'

print(list(g2(['a', 'skip', 'b'])))
print(list(g2(['a', 'stop', 'b'])))
print(run(g2(['a', 'ret', 'b'])))

def g3():
    try:
        for i in range(5):
            if i % 2:
                yield i
            else:
                yield from (i * 10 for _ in range(2))
    except ValueError as e:
        print('caught', e)
        yield 'after-catch'
    finally:
        print('finally g3')

g = g3()
print(next(g), next(g), next(g), next(g))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration:
    print('stopped')

g = g3()
print(next(g), next(g), next(g))
g.close()
print('closed')

def inner():
    x = yield 1
    y = yield x
    return (x, y)

def outer():
    r = yield from inner()
    yield ('inner returned', r)
    if r:
        r2 = yield from inner()
        yield r2

o = outer()
print(next(o), o.send('a'), o.send('b'), o.send(None), o.send('c'), o.send('d'))

def nested_ifs(n):
    for i in range(n):
        if i > 0:
            if i % 2:
                if i % 3:
                    yield ('odd-not3', i)
                else:
                    yield ('odd-3', i)
            else:
                yield ('even', i)
        else:
            pass

print(list(nested_ifs(8)))

def bad():
    for i in range(3):
        if i == 2:
            yield 1 / 0
        yield i

try:
    print(list(bad()))
except ZeroDivisionError as e:
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('ZeroDivisionError', where)

print(sum(x for x in range(10) if x % 3), list(x * y for x in range(3) for y in range(2)))
