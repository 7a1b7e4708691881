# Coroutines never started are still alive when the program dies of an exception: as __main__
# is torn down each warns "sys:1: RuntimeWarning: coroutine ... was never awaited" (once per
# message, the default warnings filter), after the traceback; started ones are just closed.
async def job():
    return 1


class Worker:
    async def run(self):
        return 2


pending = job()
again = job()
method = Worker().run()
started = job()
try:
    started.send(None)
except StopIteration as e:
    print('started one finished with', e.value)
print('raising')
raise ValueError('boom')
