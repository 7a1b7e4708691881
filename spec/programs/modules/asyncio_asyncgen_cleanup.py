# An async generator that an `async for` leaves early is dropped: asyncio's finalizer hook
# schedules its aclose() as a task (its finally runs two loop iterations later); generators still
# suspended when asyncio.run() ends are closed by loop.shutdown_asyncgens().
import asyncio
import sys


async def agen(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print('cleanup', tag)


async def slow_close(tag):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print('async cleanup', tag)


async def main():
    hooks = sys.get_asyncgen_hooks()
    print('hooks set:', hooks.firstiter is not None, hooks.finalizer is not None)
    async for x in agen('break'):
        print('got', x)
        break
    print('after break')
    for n in range(3):
        await asyncio.sleep(0)
        print('sleep', n)
    async for x in slow_close('awaiting finally'):
        break
    for n in range(4):
        await asyncio.sleep(0)
    print('after slow_close')
    print([x async for x in agen('exhausted')])
    named = agen('named')
    async for x in named:
        break
    print('named left suspended')
    partial = agen('partial')
    print(await partial.__anext__())
    print('main end')


async def returns_from_loop():
    async for x in agen('return'):
        return x


async def main2():
    print('returned', await returns_from_loop())
    try:
        async for x in agen('raise'):
            raise ValueError(x)
    except ValueError as e:
        print('caught', repr(e))
    print('main2 end')


asyncio.run(main())
print('after run:', sys.get_asyncgen_hooks())
asyncio.run(main2())
print('end')
