# await and yield as the operand of every kind of expression (the tree-walker suspends inside
# them): unary operators, comprehensions' first iterable, subscripts, f-strings, calls.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

async def val(v):
    return v

async def unary():
    a = -await val(5)
    b = +await val(2.5)
    c = ~await val(6)
    d = not await val(0)
    e = -await Ready(7)
    return a, b, c, d, e

async def mixed():
    xs = [x * 2 for x in await val([1, 2, 3])]
    d = {"k": 9}[await val("k")]
    s = f"<{await val(3)}|{-await val(4)!r:>4}>"
    t = len(await val("abcd")) + -await val(1)
    return xs, d, s, t

def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("suspended")

print(drive(unary()))
print(drive(mixed()))

def gen():
    a = -(yield "first")
    b = not (yield "second")
    c = [v + 1 for v in (yield "third")]
    yield a, b, c

g = gen()
print(next(g), g.send(10), g.send(""), g.send((1, 2)))
