class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
async def child(x):
    got = await Suspend(f"child wants {x}")
    return got * 2
async def parent():
    a = await child(1)
    b = await child(2)
    return a + b
c = parent()
print(type(c).__name__)
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = len(req)
print(run(parent()))
async def failing():
    await Suspend(1)
    raise ValueError("coro failed")
f = failing()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print("caught", e)
async def catcher():
    try:
        await Suspend("w")
    except KeyError as e:
        return f"caught {e!r}"
k = catcher()
k.send(None)
try:
    k.throw(KeyError("x"))
except StopIteration as e:
    print(e.value)
cc = catcher()
cc.send(None)
cc.close()
print(cc.cr_frame is None if hasattr(cc, "cr_frame") else True)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)
