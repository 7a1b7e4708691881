class Suspend:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        result = yield self.what
        return result

class Loop:
    def __init__(self):
        self.tasks = []
        self.time = 0
    def create(self, name, coro):
        self.tasks.append([name, coro, None])
    def run(self):
        while self.tasks:
            self.time += 1
            for task in list(self.tasks):
                name, coro, val = task
                try:
                    req = coro.send(val)
                except StopIteration as e:
                    print(f"t={self.time} {name} done: {e.value!r}")
                    self.tasks.remove(task)
                    continue
                except Exception as e:
                    print(f"t={self.time} {name} failed: {type(e).__name__}: {e}")
                    self.tasks.remove(task)
                    continue
                if req == "time":
                    task[2] = self.time
                elif isinstance(req, tuple) and req[0] == "echo":
                    task[2] = req[1].upper()
                else:
                    task[2] = None

async def sub(n):
    t = await Suspend("time")
    return n * 10 + t

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await sub(i)
        echoed = await Suspend(("echo", name))
        print(f"  {name} iteration {i} total={total} echo={echoed}")
    return total

async def failing():
    await Suspend("time")
    raise ValueError("async failure")

async def catcher():
    try:
        await failing()
    except ValueError as e:
        return f"caught {e}"

loop = Loop()
loop.create("w1", worker("w1", 2))
loop.create("w2", worker("w2", 1))
loop.create("f", failing())
loop.create("c", catcher())
loop.run()

c = sub(3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__ if c.cr_await is not None else None)
try:
    c.send(5)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = worker("x", 1)
c2.send(None)
try:
    c2.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
c3 = worker("y", 1)
c3.send(None)
c3.close()
print("closed", c3.cr_frame)
c4 = catcher()
try:
    c4.send(1)
except TypeError as e:
    print("TypeError:", e)
c4.close()
try:
    for x in sub(1):
        pass
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def use_int():
    await 3
try:
    use_int().send(None)
except TypeError as e:
    print("TypeError:", e)
async def agen():
    for i in range(3):
        yield i
        await Suspend("time")
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
co = consume()
val = None
while True:
    try:
        req = co.send(val)
        val = 100
    except StopIteration as e:
        print("async for ->", e.value)
        break
class ACM:
    async def __aenter__(self):
        print("  aenter")
        await Suspend("time")
        return "acm-value"
    async def __aexit__(self, *a):
        print("  aexit", a[0])
        return True
async def with_acm():
    async with ACM() as v:
        print("  inside", v)
        raise IndexError
    return "after acm"
co = with_acm()
try:
    while True:
        co.send(None)
except StopIteration as e:
    print(e.value)
import sys
print(sys.getrecursionlimit() > 0)
