# Coroutines still suspended when the program ends are closed as __main__ is torn down, like
# generators: their except GeneratorExit / finally blocks run, in the globals' order; one that
# never started or already finished prints nothing.
class Future:
    def __await__(self):
        yield self
        return 1


async def waiter(name):
    try:
        await Future()
    except GeneratorExit:
        print('GeneratorExit in', name)
        raise
    finally:
        print('finally', name)


async def done():
    return 5


first = waiter('first')
first.send(None)
second = waiter('second')
second.send(None)
finished = done()
try:
    finished.send(None)
except StopIteration as e:
    print('finished', e.value)
holder = [waiter('in list')]
holder[0].send(None)
print('end of program')
