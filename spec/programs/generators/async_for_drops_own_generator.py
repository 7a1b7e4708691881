# Without an event loop (no asyncgen finalizer), an async generator an `async for` loop (or an
# async generator expression) made for itself is closed as soon as the loop is left early: by
# break, return or an exception; an exhausted one is not closed twice.
async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)


async def main():
    async for x in agen('break'):
        print('x', x)
        break
    print('after break')

    async def ret():
        async for x in agen('return'):
            return x
    print(await ret())
    try:
        async for x in agen('raise'):
            raise KeyError(x)
    except KeyError:
        print('caught')
    print([x async for x in agen('comprehension')])
    async for x in (y async for y in agen('genexp')):
        break
    print('after genexp')
    kept = agen('kept')
    async for x in kept:
        break
    print('kept is still suspended')
    await kept.aclose()
    return 'done'


c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
