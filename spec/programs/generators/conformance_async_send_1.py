import types
def run(coro):
    """Drive a coroutine by send() until it finishes; print what it yields."""
    val = None
    steps = 0
    while True:
        try:
            y = coro.send(val)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        val = y * 10 if isinstance(y, int) else y
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield self.n
        return r
class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        got = await Sleep(self.i)
        return (self.i, got)
class ACM:
    async def __aenter__(self):
        print('aenter'); await Sleep(100); return 'acm-value'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None); await Sleep(200); return True
async def main():
    out = []
    async for item in AIter(3):
        out.append(item)
    async with ACM() as v:
        out.append(v)
        raise KeyError('suppressed by aexit')
    out.append([x async for x in AIter(2)])
    out.append([await Sleep(k) for k in range(2)])
    return out
print(run(main()))
async def agen():
    for i in range(3):
        r = yield i
        print('agen got', r)
async def use_agen():
    res = []
    async for v in agen():
        res.append(v)
    g = agen()
    res.append(await g.__anext__())
    res.append(await g.asend('sent'))
    try:
        await g.athrow(ValueError('athrown'))
    except ValueError as e:
        res.append('athrow propagated ' + str(e))
    await g.aclose()
    return res
print(run(use_agen()))
async def failing():
    await Sleep(1)
    raise RuntimeError('inside coroutine')
c = failing(); print(c.send(None))
try: c.send(None)
except RuntimeError as e: print('propagated', e)
try: c.send(None)
except RuntimeError as e: print('reuse', e)
async def nothing(): return 'n'
c2 = nothing()
try: c2.send('x')
except TypeError as e: print('TypeError', e)
c2.close()
c3 = nothing(); print(run(c3))
try: run(c3)
except RuntimeError as e: print(e)
async def awaits_coroutine():
    return (await nothing()) + '!'
print(run(awaits_coroutine()))
async def double_await():
    co = nothing()
    a = await co
    try: await co
    except RuntimeError as e: return a, str(e)
print(run(double_await()))
print(type(nothing).__name__, types.CoroutineType.__name__, nothing.__code__.co_flags & 0x80 != 0)
