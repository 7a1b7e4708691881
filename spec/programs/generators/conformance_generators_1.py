import sys
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

def g1():
    x = yield 1
    print('got', x)
    y = yield x * 2
    print('got', y)
    return 'end'
g = g1()
t(g.send, 5)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom, g.__name__, g.__qualname__)
print(g.send(None)); print(g.send(10)); t(g.send, 20); t(g.send, 1); t(next, g)
print(g.gi_frame, g.gi_running)
# throw into not-started
g = g1(); t(g.throw, ValueError('early')); t(next, g)
g = g1(); t(g.throw, ValueError); g = g1(); t(g.throw, ValueError, 'msg'); g = g1(); t(g.throw, ValueError, ValueError('inst'))
g = g1(); t(g.throw, 5); t(g.throw, TypeError, 5, 5)
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught in gen', e)
            yield 'handled'
c = catcher(); next(c); print(c.throw(ValueError('v1'))); print(next(c)); print(c.throw(ValueError('v2')))
t(c.throw, KeyError('k')); t(next, c)
# close
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
f = fin(); next(f); print(f.close()); print(f.close()); t(next, f)
f = fin(); print(f.close())
def bad_close():
    try:
        yield 1
    finally:
        yield 'oops'
b = bad_close(); next(b); t(b.close)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
ce = catch_exit(); next(ce); ce.close()
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'value'
r = ret_on_close(); next(r); print(r.close())
def swallow():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
s = swallow(); next(s); t(s.close)
# gi_* attributes
def depth():
    yield from inner()
def inner():
    yield 'i1'
    yield 'i2'
dg = depth(); next(dg); print(dg.gi_yieldfrom.__name__, dg.gi_frame.f_lineno, dg.gi_suspended if hasattr(dg, 'gi_suspended') else '')
# running generator
def selfref():
    yield gg.gi_running
    yield next(gg)
gg = selfref(); print(next(gg)); t(next, gg)
# genexp early binding
lst = [1, 2, 3]
ge = (x * 10 for x in lst)
lst = [9]
print(list(ge))
try:
    ge2 = (x for x in 5)
except TypeError as e: print('early', e)
ys = [1, 2]
ge3 = (x + y for x in [10, 20] for y in ys); ys = [100]; print(list(ge3))
ge4 = (i for i in range(3)); print(ge4.__name__, ge4.__qualname__, type(ge4).__name__, next(ge4), ge4.gi_frame.f_code.co_name)
t(ge4.send, 'x')
print(list(ge4), list(ge4))
# yield from return values & delegation of send/throw
def sub():
    v = yield 'sub1'
    print('sub got', v)
    try:
        yield 'sub2'
    except KeyError:
        print('sub caught KeyError')
        yield 'sub3'
    return 'subret'
def outer():
    r = yield from sub()
    print('outer got', r)
    yield 'outer-end'
o = outer(); print(next(o), o.send('S'), o.throw(KeyError), next(o)); t(next, o)
def yf_iter():
    r = yield from [1, 2]
    print('list yf ret', r)
print(list(yf_iter()))
def yf_bad():
    yield from 5
t(list, yf_bad())
# StopIteration inside generator -> RuntimeError
def stopper():
    yield 1
    raise StopIteration('inner')
t(list, stopper())
def nxt():
    yield next(iter([]))
t(list, nxt())
# coroutines
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('await', self.v)
        return got * 2
async def coro(a):
    x = await Awaitable(a)
    y = await Awaitable(x)
    return x + y
co = coro(1)
print(type(co).__name__, co.cr_running, co.cr_code.co_name)
print(co.send(None)); print(co.send(5)); t(co.send, 7)
t(co.send, None)
co2 = coro(2); t(co2.send, 1); co2.close()
async def simple(): return 42
c3 = simple()
try: c3.send(None)
except StopIteration as e: print('coroutine returned', e.value)
class BadAwait:
    def __await__(self): return 5
async def use_bad(): await BadAwait()
t(use_bad().send, None)
async def await_int(): await 3
t(await_int().send, None)
class GenAwait:
    def __await__(self):
        yield 'step1'
        yield 'step2'
        return 'fin'
async def multi():
    r = await GenAwait()
    return r.upper()
m = multi(); print(m.send(None), m.send(None)); t(m.send, None)
async def thrower():
    try:
        await GenAwait()
    except ValueError as e:
        return 'caught ' + str(e)
th = thrower(); th.send(None); t(th.throw, ValueError('boom'))
import types
@types.coroutine
def legacy():
    v = yield 'legacy'
    return v
async def use_legacy(): return await legacy()
ul = use_legacy(); print(ul.send(None)); t(ul.send, 'L')
cc = coro(3); cc.send(None); cc.close(); t(cc.send, None)
t(lambda: coro(1).__next__())
c4 = simple(); print(c4.__name__, c4.__qualname__); c4.close()
print(sys.getrecursionlimit() > 100)
