# yield from / await hand a throw() call's arguments to a non-generator delegate as given
# (the class, or class and value), through nested generators too; send/next/close as usual.
class Sub:
    def __iter__(self):
        return self

    def __next__(self):
        return 'next'

    def send(self, v):
        print('Sub.send', v)
        raise StopIteration('done-' + str(v))

    def throw(self, *args):
        print('Sub.throw', len(args), [a if isinstance(a, (type, str)) else repr(a) for a in args])
        return 'thrown'

    def close(self):
        print('Sub.close')


def outer():
    r = yield from Sub()
    print('outer got', r)
    yield 'end'


def nested():
    yield from outer()


for args in [(IndexError,), (IndexError, 'msg'), (IndexError('inst'),), (KeyError, None)]:
    for make in (outer, nested):
        g = make()
        print(next(g), g.throw(*args))
        g.close()
g = outer()
next(g)
print(g.send('x'), next(g, 'exhausted'))


class Awaitable:
    def __await__(self):
        return Sub()


async def coro():
    return await Awaitable()

c = coro()
print(c.send(None), c.throw(ValueError), c.throw(ValueError, 'v'))
c.close()
w = coro().__await__()
print(w.__next__(), iter(w) is w)
w.close()
