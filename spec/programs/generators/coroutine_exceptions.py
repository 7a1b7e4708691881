# Exceptions inside coroutines: raised to the driver, thrown in, and caught inside.
class Pause:
    def __await__(self):
        value = yield 'paused'
        return value


async def fails():
    await Pause()
    raise ValueError('coroutine failed')


c = fails()
print(c.send(None))
try:
    c.send('resume')
except ValueError as e:
    print(type(e).__name__, e)


async def catches():
    try:
        await Pause()
    except KeyError as e:
        return f'caught {e!r}'


c2 = catches()
c2.send(None)
try:
    c2.throw(KeyError('thrown'))
except StopIteration as e:
    print(e.value)


async def awaits_other():
    return await catches()


c3 = awaits_other()
print(c3.send(None))
try:
    c3.throw(KeyError('through await'))
except StopIteration as e:
    print(e.value)
