# asyncio on one event loop: the order tasks run in, gather/wait/wait_for, cancellation,
# queues, events, locks, TaskGroup and timeouts (no two timers race)
import asyncio

async def worker(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name * 2

async def main():
    log = []
    r = await asyncio.gather(worker('a', 2, log), worker('b', 3, log), worker('c', 1, log))
    print(r, log)
    t = asyncio.create_task(worker('d', 1, log), name='my-task')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    f = asyncio.get_running_loop().create_future()
    print(f, f.done())
    asyncio.get_running_loop().call_soon(f.set_result, 'soon')
    print(await f, f)
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker('e', 1, log), 5))
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(4):
            await q.put(i)
            print('put', i, q.qsize())
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print('got', item)
            q.task_done()
        q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    ev = asyncio.Event()
    async def waiter(n):
        print('waiting', n)
        await ev.wait()
        print('woke', n)
    ws = [asyncio.create_task(waiter(n)) for n in range(2)]
    await asyncio.sleep(0)
    print('setting')
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async def critical(n):
        async with lock:
            print('in', n, lock.locked())
            await asyncio.sleep(0)
            print('out', n)
    await asyncio.gather(critical(1), critical(2), critical(3))
    sem = asyncio.Semaphore(2)
    async def limited(n):
        async with sem:
            print('sem in', n)
            await asyncio.sleep(0)
            print('sem out', n)
    await asyncio.gather(*(limited(n) for n in range(4)))
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('sleeper saw cancel')
            raise
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel ->', t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled', t2.cancelled(), t2.done())
    async def boom():
        await asyncio.sleep(0)
        raise ValueError('boom')
    try:
        await asyncio.gather(boom(), worker('f', 1, log))
    except ValueError as e:
        print('gather raised', e)
    print(await asyncio.gather(boom(), worker('g', 1, log), return_exceptions=True))
    t3 = asyncio.create_task(worker('h', 3, log))
    done, pending = await asyncio.wait([t3], timeout=None)
    print(len(done), len(pending), t3.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout block')
    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(worker('i', 2, log))
        tb = tg.create_task(worker('j', 1, log))
    print(ta.result(), tb.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(sleeper())
    except ExceptionGroup as eg:
        print('task group errors', [str(e) for e in eg.exceptions])
    print(asyncio.current_task().get_name() == 'Task-1' or 'named', type(asyncio.current_task()).__name__)
    return 'main done'

print(asyncio.run(main()))

async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def use_agen():
    return [x async for x in agen()], [x * 2 async for x in agen() if x]

print(asyncio.run(use_agen()))
async def plain():
    return 1
c = plain()
print(asyncio.iscoroutinefunction(plain), asyncio.iscoroutine(c), asyncio.iscoroutine(plain))
print(asyncio.run(c))
for bad in (5, plain):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(str(e).split(' at ')[0])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
