# Future/Task state errors and cancellation messages: InvalidStateError texts, the CancelledError
# a cancelled task's awaiter gets (the one its coroutine raised, args included), the modules the
# asyncio classes report, and the reprs of the synchronisation primitives' states.
import asyncio


def show(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except BaseException as e:
        print(type(e).__name__, e.args)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show(fut.result)
    show(fut.exception)
    fut.set_result(1)
    show(fut.set_result, 2)
    show(fut.set_exception, ValueError())
    print(repr(fut))
    fut = loop.create_future()
    fut.cancel('why')
    show(fut.result)
    show(fut.set_result, 1)
    print(repr(fut))

    async def sleeper():
        await asyncio.sleep(10)

    async def replaces():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print('coroutine got', e.args)
            raise asyncio.CancelledError('replaced')

    for coro, early in ((sleeper, True), (sleeper, False), (replaces, False)):
        t = asyncio.create_task(coro())
        if not early:
            await asyncio.sleep(0)
        t.cancel('msg')
        try:
            await t
        except asyncio.CancelledError as e:
            print(coro.__name__, 'early' if early else 'late', e.args)
        show(t.result)
        print(t.cancelled(), t.done())

    q = asyncio.Queue(2)
    print(str(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('a')
    await asyncio.sleep(0)
    q.put_nowait('b')
    q.put_nowait('c')
    putter = asyncio.create_task(q.put('d'))
    await asyncio.sleep(0)
    print(str(q), getter.result())
    putter.cancel()

    lock = asyncio.Lock()
    print(repr(lock).split(' ')[0], repr(lock).split('[')[1])
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split('[')[1])
    waiter.cancel()
    sem = asyncio.Semaphore(2)
    print(repr(sem).split('[')[1])
    ev = asyncio.Event()
    print(repr(ev).split('[')[1])
    ev.set()
    print(repr(ev).split('[')[1])

    handle = loop.call_later(10, print)
    print(type(handle).__name__, type(loop.call_soon(print)).__name__)
    handle.cancel()


asyncio.run(main())
for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty, asyncio.QueueFull,
            asyncio.Future, asyncio.Task, asyncio.Lock, asyncio.Event, asyncio.Semaphore,
            asyncio.Condition, asyncio.Queue, asyncio.PriorityQueue, asyncio.TaskGroup):
    print(cls)


async def raises_invalid_state():
    asyncio.get_running_loop().create_future().result()

asyncio.run(raises_invalid_state())
