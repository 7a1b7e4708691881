import types
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if 'object at' not in repr(r) else type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)
def drive(aw, sends=()):
    sends = list(sends)
    try:
        v = aw.send(None)
        while True:
            print('  suspended with', v)
            v = aw.send(sends.pop(0) if sends else None)
    except StopIteration as s:
        return s.value
@types.coroutine
def suspend(tag):
    got = yield tag
    return got
async def child(n):
    got = await suspend(f'child{n}')
    return f'child{n} got {got}'
async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]
print(drive(parent(), ['x', 'y']))
async def reuse():
    c = child(3)
    r1 = await c
    try:
        await c
    except RuntimeError as e:
        return r1, str(e)
print(drive(reuse(), ['z']))
async def exc_in_child():
    try:
        await child(4)
    except ValueError as e:
        return 'caught ' + str(e)
c = exc_in_child(); print(c.send(None)); t(c.throw, ValueError('thrown in'))
c = exc_in_child(); c.send(None); t(c.throw, KeyError('not caught'))
c = parent(); print(c.cr_running, c.cr_frame is not None, type(c.cr_await).__name__ if c.cr_await is not None else None); c.send(None); print(type(c.cr_await).__name__, c.cr_code.co_name, c.__name__, c.__qualname__); c.close(); print(c.cr_frame)
async def ret_none(): pass
print(drive(ret_none()))
async def awaits_non_awaitable():
    return await 5
t(drive, awaits_non_awaitable())
async def awaits_gen():
    def g(): yield 1
    return await g()
t(drive, awaits_gen())
class AwaitRetCoro:
    def __await__(self): return child(9)
async def awaits_bad():
    return await AwaitRetCoro()
t(drive, awaits_bad())
class AwaitRetList:
    def __await__(self): return [1]
async def awaits_list():
    return await AwaitRetList()
t(drive, awaits_list())
class GoodAwait:
    def __await__(self):
        x = yield 'from GoodAwait'
        return x * 2
async def awaits_good():
    return await GoodAwait()
print(drive(awaits_good(), [21]))
async def gen_in_coro():
    results = []
    for i in range(3):
        results.append(await suspend(i))
    return results
print(drive(gen_in_coro(), ['a', 'b', 'c']))
async def with_async_cm():
    class CM:
        async def __aenter__(self):
            await suspend('aenter')
            return 'cm-value'
        async def __aexit__(self, et, ev, tb):
            await suspend('aexit')
            print('  aexit saw', et.__name__ if et else None)
            return et is KeyError
    async with CM() as v:
        print('  inside with', v)
        raise KeyError('suppressed')
    async with CM() as v:
        raise ValueError('propagates')
t(drive, with_async_cm())
async def async_with_bad():
    class NoAexit:
        async def __aenter__(self): return 1
    async with NoAexit():
        pass
t(drive, async_with_bad())
async def async_with_sync_cm():
    class Sync:
        def __enter__(self): return 1
        def __exit__(self, *a): pass
    async with Sync():
        pass
t(drive, async_with_sync_cm())
class AenterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def bad_aenter():
    async with AenterNotAwaitable():
        pass
t(drive, bad_aenter())
async def lambda_await():
    f = lambda: child(7)
    return await f()
print(drive(lambda_await(), ['L']))
print(t(lambda: compile('def f():\n    await x', 's', 'exec')), t(lambda: compile('async def f():\n    yield from x', 's', 'exec')), t(lambda: compile('[await x for x in y]', 's', 'exec')))
async def nested_comp():
    return [[y async for y in ag(x)] for x in range(2)]
async def ag(n):
    for i in range(n + 1):
        yield i
print(drive(nested_comp()))
async def gen_expr_async():
    g = (x async for x in ag(2))
    return type(g).__name__, [v async for v in g]
print(drive(gen_expr_async()))
