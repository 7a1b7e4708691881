# await on an object with __await__ yields to the driver through the iterator it returns.
class Ticket:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        reply = yield f'waiting for {self.name}'
        return f'{self.name} -> {reply}'


async def task():
    first = await Ticket('a')
    second = await Ticket('b')
    return [first, second]


coro = task()
print(coro.send(None))
print(coro.send('reply 1'))
try:
    coro.send('reply 2')
except StopIteration as e:
    print('finished with', e.value)


class NotAwaitable:
    pass


async def bad():
    await NotAwaitable()


try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
