class Tick:
    def __await__(self):
        v = yield "tick"
        return v
async def agen(n):
    try:
        for i in range(n):
            got = await Tick()
            yield i * 10 + (got or 0)
    finally:
        print("agen cleanup")
def drive(aw, sends=()):
    sends = list(sends)
    try:
        r = aw.send(None)
        while True:
            r = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = agen(2)
print(type(g).__name__)
print(drive(g.__anext__(), [1]))
print(drive(g.asend(None), [2]))
print(drive(g.__anext__()))
async def collect():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(drive(collect(), [1, 2, 3]))
async def comp():
    return [v async for v in agen(2)]
print(drive(comp()))
