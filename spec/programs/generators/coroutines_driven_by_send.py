# Coroutines (async def) and generator pipelines driven by hand with send()/throw()/close():
# custom awaitables, the cr_* attributes, await of bad objects and their messages, a reused
# coroutine, GeneratorExit ignored, types.coroutine, async with/for, and send()-driven
# consumer/filter/averager pipelines with yield from.

import types
def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield self.v
        print('Aw resumed with', x)
        return x
async def c1():
    a = await Aw('first')
    b = await Aw('second')
    return a, b
c = c1()
t('send None', lambda: c.send(None))
t('send x', lambda: c.send('x'))
t('send y', lambda: c.send('y'))
t('send again', lambda: c.send('z'))
c = c1()
t('send nonNone first', lambda: c.send(1))
c.close()
c = c1()
t('next on coro', lambda: next(c))
t('iter on coro', lambda: iter(c))
t('cr_running', lambda: c.cr_running)
t('cr_await', lambda: c.cr_await)
c.send(None)
t('cr_await after', lambda: type(c.cr_await).__name__)
t('cr_frame', lambda: c.cr_frame is not None)
t('cr_code', lambda: c.cr_code.co_name)
t('cr_origin', lambda: c.cr_origin)
t('cr_suspended', lambda: c.cr_suspended)
t('throw', lambda: c.throw(ValueError('into coro')))
t('send after throw', lambda: c.send(None))
async def c2():
    return await c1()
c = c2()
t('nested', lambda: c.send(None))
t('nested2', lambda: c.send(1))
t('nested3', lambda: c.send(2))
async def bad_await():
    await 5
t('await int', lambda: bad_await().send(None))
class BadAw:
    def __await__(self):
        return 5
async def bad_await2():
    await BadAw()
t('await bad iter', lambda: bad_await2().send(None))
class BadAw3:
    def __await__(self):
        return iter([1])
async def bad_await3():
    return await BadAw3()
c = bad_await3()
t('await list iter', lambda: c.send(None))
t('await list iter 2', lambda: c.send(None))
async def reuse():
    co = c1()
    co.send(None); co.send(1)
    try:
        co.send(2)
    except StopIteration:
        pass
    await co
t('reuse', lambda: reuse().send(None))
async def catch_exit():
    try:
        await Aw(1)
    except GeneratorExit:
        await Aw(2)
c = catch_exit(); c.send(None)
t('coro ignores exit', lambda: c.close())
@types.coroutine
def gencoro():
    x = yield 'from gencoro'
    return x * 2
async def uses_gencoro():
    return await gencoro()
c = uses_gencoro()
t('types.coroutine', lambda: c.send(None))
t('types.coroutine 2', lambda: c.send(21))
def plain():
    yield 1
async def await_plain_gen():
    await plain()
t('await plain gen', lambda: await_plain_gen().send(None))
async def agen():
    yield 1
    yield 2
async def use_agen():
    r = []
    async for x in agen():
        r.append(x)
    return r
t('async for', lambda: use_agen().send(None))
class ACM:
    async def __aenter__(self):
        print('aenter')
        return await Aw('in aenter')
    async def __aexit__(self, *a):
        print('aexit', a[0])
        return True
async def use_acm():
    async with ACM() as v:
        print('body', v)
        raise KeyError
    return 'after'
c = use_acm()
t('acm1', lambda: c.send(None))
t('acm2', lambda: c.send('V'))
async def bad_async_with():
    async with 5:
        pass
t('async with int', lambda: bad_async_with().send(None))
async def bad_async_for():
    async for x in [1]:
        pass
t('async for list', lambda: bad_async_for().send(None))
def pipeline():
    def producer(target):
        for k in range(3):
            target.send(k)
        target.close()
    def filt(target):
        try:
            while True:
                x = yield
                if x % 2 == 0:
                    target.send(x * 10)
        except GeneratorExit:
            print('filt closing')
            target.close()
    def sink():
        try:
            while True:
                x = yield
                print('sink got', x)
        finally:
            print('sink done')
    s = sink(); next(s)
    f = filt(s); next(f)
    producer(f)
pipeline()
def averager():
    total = 0; n = 0; avg = None
    while True:
        v = yield avg
        if v is None:
            return total, n
        total += v; n += 1; avg = total / n
a = averager(); next(a)
print(a.send(10), a.send(20))
try:
    a.send(None)
except StopIteration as e:
    print('averager', e.value)
def delegator():
    while True:
        r = yield from averager()
        print('delegator got', r)
d = delegator(); next(d)
d.send(1); d.send(3); d.send(None); d.send(5); d.send(None)
d.close()
