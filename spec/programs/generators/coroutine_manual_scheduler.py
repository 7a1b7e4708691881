# Coroutines driven by hand with send(None): a round-robin scheduler over custom awaitables
# (__await__ generators), types.coroutine, async generators and comprehensions, async for/with
# protocol errors, awaiting a coroutine twice.
import types
from collections import deque
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        return (yield ('sleep', self.n))
@types.coroutine
def switch():
    v = yield 'switch'
    return v
def run(*coros):
    q = deque((c, None) for c in coros)
    results = []
    while q:
        c, v = q.popleft()
        try:
            req = c.send(v)
        except StopIteration as s:
            results.append(s.value)
            continue
        except Exception as ex:
            results.append(type(ex).__name__ + ':' + str(ex))
            continue
        q.append((c, ('resumed', req)))
    return results
async def worker(name, n):
    out = []
    for i in range(n):
        r = await Sleep(i)
        out.append((name, i, r[1][0] if isinstance(r, tuple) else r))
        r2 = await switch()
    return out
print(run(worker('a', 2), worker('b', 1)))
async def agen(n):
    for i in range(n):
        await switch()
        yield i
async def consumer():
    xs = [x async for x in agen(3)]
    ys = [x * 2 async for x in agen(2) if x]
    zs = {x: await Sleep(x) for x in range(2)}
    g = (x async for x in agen(2))
    return xs, ys, sorted(zs), type(g).__name__, [y async for y in g]
print(run(consumer()))
async def failing():
    await switch()
    raise ValueError('fail')
print(run(failing()))
async def nested():
    async def inner(x):
        await switch()
        return x * 10
    return [await inner(i) for i in range(3)]
print(run(nested()))
async def closure_over_loop():
    fs = []
    for i in range(3):
        async def f():
            return i
        fs.append(f)
    return [await f() for f in fs]
print(run(closure_over_loop()))
async def with_finally():
    try:
        await switch()
        return 'body'
    finally:
        print('coroutine finally')
c = with_finally()
c.send(None)
c.close()
c = with_finally()
c.send(None)
try:
    c.throw(KeyError('thrown'))
except KeyError as e:
    print('propagated', e)
async def await_twice():
    co = Sleep(1)
    a = await co
    b = await co
    return a, b
print(run(await_twice()))
async def await_coro_twice():
    async def sub():
        return 1
    s = sub()
    await s
    try:
        await s
    except RuntimeError as e:
        return str(e)
print(run(await_coro_twice()))
class AIter:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Sleep('n')
async def use_aiter():
    n = 0
    async for x in AIter():
        n += 1
        if n == 2: break
    return n
print(run(use_aiter()))
async def bad_anext():
    class B:
        def __aiter__(self): return self
        def __anext__(self): return 5
    async for x in B():
        pass
print(run(bad_anext()))
async def bad_aiter():
    class B:
        def __aiter__(self): return 5
    async for x in B():
        pass
print(run(bad_aiter()))
async def bad_aenter():
    class B:
        async def __aenter__(self): return 1
    async with B():
        pass
print(run(bad_aenter()))
async def bad_aexit_result():
    class B:
        async def __aenter__(self): return 1
        def __aexit__(self, *a): return 5
    async with B():
        pass
print(run(bad_aexit_result()))
print(types.coroutine(lambda: 1)())
@types.coroutine
def plain():
    return 5
async def use_plain():
    return await plain()
print(run(use_plain()))
