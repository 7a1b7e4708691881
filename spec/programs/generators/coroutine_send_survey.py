async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    print("x", x)
    return x * 2
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspend"
        print("resumed with", v)
        return v + 1
async def waiter():
    r = await Awaitable()
    print("r", r)
    r2 = await Awaitable()
    return r + r2
w = waiter()
print(w.send(None))
print(w.send(10))
try:
    w.send(20)
except StopIteration as e:
    print("done", e.value)
async def failing():
    await Awaitable()
    raise ValueError("oops")
f = failing()
f.send(None)
try:
    f.send(1)
except ValueError as e:
    print("ValueError", e)
c2 = add(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()
async def thrown():
    try:
        await Awaitable()
    except KeyError as e:
        print("caught in coro", repr(e))
        return "handled"
t = thrown()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
c3 = add(1, 1)
c3.send(None) if False else None
try:
    c3.send(None)
except StopIteration as e:
    print(e.value)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
class Bad:
    def __await__(self):
        return 5
async def usebad():
    await Bad()
try:
    usebad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def useint():
    await 3
try:
    useint().send(None)
except TypeError as e:
    print("TypeError:", e)
class legacy:
    def __await__(self):
        v = yield "legacy"
        return v
async def uselegacy():
    return await legacy()
u = uselegacy()
print(u.send(None))
try:
    u.send("val")
except StopIteration as e:
    print("legacy result", e.value)
def run(coro):
    val = None
    while True:
        try:
            val = coro.send(val)
        except StopIteration as e:
            return e.value
async def seq():
    total = 0
    for i in range(3):
        total += await add(i, i)
    return total
print(run(seq()))
print(add.__name__, main().__qualname__ if False else "q", asyncio_free := True)
import sys
async def ag():
    yield 1
print(type(ag()).__name__)
c4 = add(2, 3)
print(c4.cr_running, c4.cr_frame is not None)
c4.close()
print(c4.cr_frame)
