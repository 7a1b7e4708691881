# Async generators driven manually through __anext__ and send(None).
async def agen(n):
    for i in range(n):
        yield i * 10


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('awaitable suspended unexpectedly')


g = agen(3)
print(type(g).__name__)
values = []
while True:
    try:
        values.append(drive(g.__anext__()))
    except StopAsyncIteration:
        break
print(values)


async def collect():
    return [v async for v in agen(4)]


print(drive(collect()))
