class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready:
            coro, val, name = self.ready.pop(0)
            try:
                fut = coro.send(val)
            except StopIteration as e:
                self.log.append((name, "done", e.value))
                continue
            except Exception as e:
                self.log.append((name, "error", repr(e)))
                continue
            fut.done = True
            fut.result = f"{name}-result"
            self.ready.append((coro, fut.result, name))
async def worker(n):
    total = []
    for i in range(n):
        r = await Future()
        total.append(r)
    return total
async def failing():
    await Future()
    raise ValueError("worker failed")
loop = Loop()
loop.spawn(worker(2), "a")
loop.spawn(worker(1), "b")
loop.spawn(failing(), "c")
loop.run()
for entry in loop.log:
    print(entry)
async def nested():
    async def inner(x):
        return x * 2
    a = await inner(1)
    b = await inner(a)
    return a + b
c = nested()
try:
    c.send(None)
except StopIteration as e:
    print("nested", e.value)
print(type(nested).__name__, type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
async def simple(): return 1
co = simple()
print(repr(co).startswith("<coroutine object simple at"), co.cr_running, co.cr_await)
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def catcher():
    try:
        await Future()
    except GeneratorExit:
        print("GeneratorExit in coroutine")
        raise
cc = catcher()
cc.send(None)
cc.close()
async def awaits_twice():
    f = Future()
    f.done = True
    f.result = 5
    return (await f) + (await f)
aw = awaits_twice()
try:
    aw.send(None)
except StopIteration as e:
    print("twice", e.value)
async def throw_target():
    try:
        await Future()
    except KeyError:
        return "caught key"
tt = throw_target()
tt.send(None)
try:
    tt.throw(KeyError)
except StopIteration as e:
    print(e.value)
def gen_based():
    x = yield 1
    y = yield x + 1
    return x + y
g = gen_based()
print(g.send(None), g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("gen result", e.value)
async def coro_in_coro():
    c = simple()
    return await c
ci = coro_in_coro()
try:
    ci.send(None)
except StopIteration as e:
    print("cic", e.value)
async def reuse():
    c = simple()
    await c
    await c
try:
    reuse().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
import sys
async def with_async_cm():
    class ACM:
        async def __aenter__(self):
            print("aenter")
            return "res"
        async def __aexit__(self, *a):
            print("aexit", a[0])
            return False
    async with ACM() as r:
        print("inside", r)
    return "after"
w = with_async_cm()
try:
    w.send(None)
except StopIteration as e:
    print(e.value)
async def async_for():
    class AIter:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 3: raise StopAsyncIteration
            return self.i
    out = []
    async for v in AIter():
        out.append(v)
    return out
af = async_for()
try:
    af.send(None)
except StopIteration as e:
    print(e.value)
async def agen():
    for i in range(3):
        yield i
async def use_agen():
    return [x async for x in agen()]
ua = use_agen()
try:
    ua.send(None)
except StopIteration as e:
    print(e.value)
