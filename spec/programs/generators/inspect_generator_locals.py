# inspect.getgeneratorlocals / getcoroutinelocals follow the frame through the states.
import inspect


def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g).items()))
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


class Step:
    def __await__(self):
        yield "step"


async def coro(x):
    y = x + 1
    await Step()
    return y


c = coro(1)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(c.send(None), sorted(inspect.getcoroutinelocals(c).items()))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(inspect.getcoroutinelocals(object()))
