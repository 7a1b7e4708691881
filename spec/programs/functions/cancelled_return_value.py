# A `return` whose value is cancelled (a finally block that breaks, continues or raises, an
# __exit__ that raises) leaves no value behind: a function that then falls off its end returns
# None, and so does a generator or coroutine (StopIteration.value is None).


class Raising:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError('from exit')


def finally_raises():
    try:
        try:
            return 'cancelled'
        finally:
            raise ZeroDivisionError('z')
    except ZeroDivisionError as e:
        print('caught', type(e).__name__, e)


def finally_fails():
    try:
        try:
            return 'cancelled'
        finally:
            1 / 0
    except ZeroDivisionError as e:
        print('caught', e)


def finally_continues():
    for i in range(2):
        try:
            return 'cancelled %d' % i
        finally:
            continue


def finally_breaks():
    while True:
        try:
            return 'cancelled'
        finally:
            break
    print('after the loop')


def exit_raises():
    try:
        with Raising():
            return 'cancelled'
    except KeyError as e:
        print('caught', e)


def cancelled_then_returned():
    for i in range(3):
        try:
            return 'cancelled'
        finally:
            if i < 2:
                continue
    return 'unreached'


def replaced():
    try:
        return 'first'
    finally:
        return 'second'


for f in (finally_raises, finally_fails, finally_continues, finally_breaks, exit_raises,
          cancelled_then_returned, replaced):
    print(f.__name__, repr(f()))


def gen_continue():
    for i in range(2):
        try:
            yield i
            return 'cancelled'
        finally:
            continue


def gen_raise():
    try:
        try:
            yield 1
            return 'cancelled'
        finally:
            raise KeyError('k')
    except KeyError:
        pass


def gen_returns():
    try:
        yield 1
        return 'kept'
    finally:
        print('gen finally')


for g in (gen_continue(), gen_raise(), gen_returns()):
    try:
        while True:
            print('yielded', next(g))
    except StopIteration as e:
        print('stop', repr(e.value))


async def coro():
    try:
        try:
            return 'cancelled'
        finally:
            raise KeyError('k')
    except KeyError:
        pass


try:
    coro().send(None)
except StopIteration as e:
    print('coroutine stop', repr(e.value))
