# except* in generators and coroutines: handler bodies that yield, the finally block of a
# handled group, unhandled parts re-raised to the consumer, and send() values.
def split_worker():
    try:
        got = yield 'start'
        print('got', got)
        raise ExceptionGroup('work', [ValueError('v'), TypeError('t'), KeyError('k')])
    except* ValueError as eg:
        reply = yield 'value-handler'
        print('value handler', [repr(x) for x in eg.exceptions], 'reply', reply)
    except* TypeError as eg:
        yield 'type-handler'
        print('type handler', len(eg.exceptions))
    finally:
        yield 'finally'
        print('finally ran')

g = split_worker()
print(next(g))
print(g.send('hello'))
print(g.send('r1'))
print(next(g))
try:
    next(g)
except ExceptionGroup as eg:
    print('escaped', repr(eg), [type(x).__name__ for x in eg.exceptions])

def all_handled():
    for i in range(3):
        try:
            if i % 2:
                raise ExceptionGroup('odd', [ValueError(i)])
            yield 'body', i
        except* ValueError:
            yield 'handled', i
        else:
            yield 'else', i
        finally:
            yield 'finally', i
print(list(all_handled()))

def handler_raises():
    try:
        raise ExceptionGroup('outer', [OSError('o')])
    except* OSError:
        yield 'in handler'
        raise RuntimeError('from handler')

h = handler_raises()
print(next(h))
try:
    next(h)
except BaseException as e:
    print(type(e).__name__, repr(e.exceptions if hasattr(e, 'exceptions') else e))

def finally_raises():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        yield 'handled'
    finally:
        print('finally once')
        raise KeyError('k')
try:
    list(finally_raises())
except KeyError as e:
    print('KeyError', e, e.__context__)

async def coro():
    try:
        raise ExceptionGroup('c', [ValueError('cv')])
    except* ValueError as eg:
        v = await Step()
        result = ('coro handled', v, len(eg.exceptions))
    return result

class Step:
    def __await__(self):
        got = yield 'await-step'
        return got

c = coro()
print(c.send(None))
try:
    c.send('sent')
except StopIteration as stop:
    print(stop.value)

def plain_finally_raises():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        print('handled')
    finally:
        print('finally once')
        raise KeyError('k2')
try:
    plain_finally_raises()
except KeyError as e:
    print('KeyError', e, e.__context__)
