# An exception raised by a loop callback (call_soon, a future's done-callback) goes to the loop's
# exception handler and the loop goes on; a TaskGroup cancelled from outside while it waits for
# its tasks (asyncio.timeout) cancels them and lets the cancellation through.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(lp, context):
        seen.append((lp is loop, sorted(context), repr(context['exception'])))

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)

    def bad(x):
        raise RuntimeError(f'callback failed with {x}')

    loop.call_soon(bad, 1)
    loop.call_soon(print, 'next callback still runs')
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(lambda f: print('second done-callback', f.result()))
    fut.set_result('r')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for entry in seen:
        print(entry)

    def failing_handler(lp, context):
        raise ValueError('handler failed')
    loop.set_exception_handler(failing_handler)
    loop.set_exception_handler(None)

    log = []

    async def long(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append(n)
            raise

    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(long(1))
                tg.create_task(long(2))
    except TimeoutError:
        print('timed out; cancelled', sorted(log))


asyncio.run(main())
