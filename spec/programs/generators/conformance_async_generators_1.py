def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if 'object at' not in repr(r) else type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)
def drive(aw):
    try:
        while True:
            v = aw.send(None)
            print('yielded to loop', v)
    except StopIteration as s:
        return s.value
async def agen(n):
    for i in range(n):
        x = yield i
        print('agen got', x)
    print('agen done')
ag = agen(2)
print(type(ag).__name__, hasattr(ag, '__anext__'), hasattr(ag, 'asend'))
t(drive, ag.__anext__()); t(drive, ag.asend('hello')); t(drive, ag.asend('again'))
ag2 = agen(3); t(drive, ag2.__anext__()); t(drive, ag2.athrow(ValueError('boom')))
ag3 = agen(3); t(drive, ag3.__anext__()); t(drive, ag3.aclose()); t(drive, ag3.__anext__())
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(drive(consume()))
async def comp():
    return [v async for v in agen(2)], [v * 2 async for v in agen(2) if v]
print(drive(comp()))
async def ag_return():
    yield 1
    return
t(lambda: compile('async def f():\n    yield 1\n    return 5', 's', 'exec'))
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def use_aiter():
    return [x async for x in AIter()]
print(drive(use_aiter()))
async def bad_aiter():
    async for x in [1, 2]: pass
t(drive, bad_aiter())
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad_anext():
    async for x in BadANext(): pass
t(drive, bad_anext())
import types
@types.coroutine
def sleep0():
    yield 'tick'
async def ticker():
    for i in range(2):
        await sleep0()
    return 'ticked'
print(drive(ticker()))
c = ticker(); print(c.send(None)); t(c.throw, KeyError('k')); t(c.send, None)
c2 = ticker(); c2.send(None); c2.close(); t(c2.send, None)
async def awaits_twice():
    co = ticker()
    a = await co
    try:
        await co
    except RuntimeError as e:
        return a, str(e)
print(drive(awaits_twice()))
async def simple(): return 1
co = simple(); t(lambda: co.__await__().__next__()); t(lambda: next(co.__await__()))
