# types.coroutine on a generator function returns the function itself, flagged
# CO_ITERABLE_COROUTINE: its generators can be awaited, and may `yield from` a coroutine.
import types


@types.coroutine
def switch(value):
    got = yield value
    return got


def plain_gen():
    yield 1


async def leaf():
    return 'leaf'


@types.coroutine
def delegate(coro):
    return (yield from coro)


async def main():
    a = await switch('first')
    b = await switch('second')
    c = await delegate(leaf())
    return a, b, c


def run(coro):
    sent = None
    trace = []
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as e:
            return trace, e.value
        trace.append(yielded)
        sent = str(yielded).upper()


print(run(main()))
g = delegate(leaf())
print(type(g).__name__)
try:
    g.send(None)
except StopIteration as e:
    print('delegate result', e.value)

print(types.coroutine(switch) is switch)
print(bool(switch.__code__.co_flags & 0x100), bool(switch.__code__.co_flags & 0x80))
print(bool(plain_gen.__code__.co_flags & 0x100))


async def leaf2():
    return 1


async def bad():
    await plain_gen()

try:
    bad().send(None)
except TypeError as e:
    print('TypeError:', e)


def not_marked(coro):
    return (yield from coro)

c = leaf2()
try:
    next(not_marked(c))
except TypeError as e:
    print('TypeError:', e)
c.close()

# A callable that is not a generator function still gets the wrapper.
class Maker:
    def __call__(self):
        return plain_gen()

wrapped = types.coroutine(Maker())


async def use_wrapper():
    return await wrapped()

print(run(use_wrapper()))
