# TaskGroup and Timeout states: reprs through their lives, create_task refused before entering
# and after the group finished, a timeout whose deadline has already passed firing before the
# task's next step, and the event-loop policy of get_event_loop()/set_event_loop().
import asyncio


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    async with tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0.01))
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    print(repr(tg))
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    async def bad():
        raise ValueError('child')

    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(bad())
            await asyncio.sleep(1)
    except* ValueError as eg:
        print('group:', eg.exceptions)
    print(repr(tg2))

    cm = asyncio.timeout(None)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)
    async with cm:
        print(repr(cm), cm.expired())
    print(repr(cm), cm.expired())
    for delay in (0, -1):
        try:
            async with asyncio.timeout(delay) as cm:
                await asyncio.sleep(0)
            print('not expired', delay)
        except TimeoutError:
            print('expired', delay, repr(cm), cm.expired())


asyncio.run(main())

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()


async def double(x):
    await asyncio.sleep(0)
    return 2 * x

print(loop.run_until_complete(double(2)))
other = asyncio.new_event_loop()
fut = other.create_future()
try:
    loop.run_until_complete(fut)
except ValueError as e:
    print(e)
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.run_until_complete(asyncio.gather(double(1), double(3))))
loop.close()
print(asyncio.get_event_loop() is loop, loop.is_closed())
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print(e)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print(e)
