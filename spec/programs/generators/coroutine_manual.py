# async def functions return coroutine objects that can be driven by send(None).
async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y


coro = compute()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)


def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


print(run(add(2, 3)))
print(compute.__code__.co_flags & 0x80 != 0)
c = add(0, 0)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
