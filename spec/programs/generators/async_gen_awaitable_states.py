# Async generators driven by hand: an asend()/athrow()/aclose() awaitable started while another
# one is suspended at an await in the body is refused ('already running'); athrow()/aclose() of a
# finished or closed generator; athrow()'s argument types are checked when its awaitable starts.
import types


@types.coroutine
def suspend(v):
    return (yield v)


def drive(aw, *sends):
    out = []
    try:
        out.append(aw.send(None))
        for s in sends:
            out.append(aw.send(s))
    except StopIteration as e:
        out.append(('stop', e.value))
    except StopAsyncIteration:
        out.append('StopAsyncIteration')
    except BaseException as e:
        out.append((type(e).__name__, str(e)))
    return out


async def body():
    x = yield 1
    print('got', x)
    y = await suspend('suspended')
    print('await got', y)
    yield 2


g = body()
print(drive(g.__anext__()))
pending = g.asend('A')
print(pending.send(None))
print(drive(g.athrow(KeyError('k'))))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(drive(pending, 'B'))
print(g.ag_running)


async def one():
    yield 1

g = one()
print(drive(g.__anext__()), drive(g.__anext__()))
print(drive(g.athrow(ValueError('after end'))), drive(g.aclose()), drive(g.__anext__()))
g = one()
print(drive(g.athrow(ValueError('unstarted'))), drive(g.athrow(ValueError('again'))), drive(g.__anext__()))
g = one()
drive(g.__anext__())
print(drive(g.athrow(ValueError('mid'))), drive(g.athrow(ValueError('again'))), drive(g.aclose()))
g = one()
print(drive(g.aclose()), drive(g.athrow(ValueError)), drive(g.__anext__()))
g = one()
bad = g.athrow(1)
print(type(bad).__name__, drive(bad))
print(drive(g.athrow(ValueError('a'), ValueError('b'))))
print(drive(g.__anext__()))
try:
    print(drive(g.athrow()), drive(g.athrow(ValueError, 1, 2, 3)))
except TypeError as e:
    print(e)
