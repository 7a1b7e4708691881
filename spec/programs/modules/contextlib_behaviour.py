# contextlib: generator managers (exceptions in and out, StopIteration/RuntimeError rules),
# decorator use, ExitStack/AsyncExitStack unwinding and exception context chaining, the small
# managers (closing, aclosing, nullcontext, suppress, redirect_*, chdir) and the ABCs.
import asyncio
import contextlib
import io
import sys


def attempt(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e)


def chain(e):
    names = []
    while e is not None:
        names.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    return ' <- '.join(names)


@contextlib.contextmanager
def tracked(name, swallow=(), replace=None):
    """A documented manager."""
    print('enter', name)
    try:
        yield name.upper()
    except swallow as e:
        print('swallowed', type(e).__name__, e)
    except Exception as e:
        if replace is not None:
            raise replace from e
        print('seen', type(e).__name__)
        raise
    finally:
        print('leave', name)


print(tracked.__name__, tracked.__doc__, tracked.__wrapped__.__name__)
m = tracked('a')
print(type(m).__name__, m.__doc__, sorted(vars(m)), m.args, m.kwds)
with m as v:
    print('body', v, sorted(vars(m)))


def body_raises(exc, **kw):
    def run():
        with tracked('b', **kw):
            raise exc
        return 'completed'
    return run


attempt('plain', body_raises(ValueError('v')))
attempt('swallow', body_raises(KeyError('k'), swallow=KeyError))
attempt('replace', body_raises(ValueError('v'), replace=TypeError('t')))
attempt('stopiteration in body', body_raises(StopIteration('s')))
attempt('stopiteration swallowed', body_raises(StopIteration('s'), swallow=StopIteration))
attempt('type only', lambda: m.__exit__(ValueError, None, None))


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    try:
        yield 1
        yield 2
    finally:
        print('two_yields closed')


@contextlib.contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except Exception:
            pass


def use(cm, exc=None):
    def run():
        with cm:
            if exc is not None:
                raise exc
        return 'ok'
    return run


attempt('no yield', use(no_yield()))
attempt('two yields', use(two_yields()))
attempt('keeps yielding', use(keeps_yielding(), ValueError()))


@contextlib.contextmanager
def reraise_wrapped():
    try:
        yield
    except Exception as e:
        raise RuntimeError('wrapped') from e


attempt('runtime from body exc', use(reraise_wrapped(), ValueError('orig')))


@tracked('deco')
def decorated(x):
    print('inside decorated', x)
    return x * 2


print(decorated(4), decorated(5), decorated.__name__)


class Loud(contextlib.ContextDecorator):
    def __enter__(self):
        print('Loud in')
        return self

    def __exit__(self, *exc):
        print('Loud out', exc[0].__name__ if exc[0] else None)
        return False


@Loud()
def noisy():
    print('noisy body')


noisy()

# ExitStack
log = []


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.suppress


with contextlib.ExitStack() as stack:
    print([stack.enter_context(Res(n)) for n in 'xyz'])
    print(stack.callback(log.append, 'callback', ) is log.append)
    stack.push(lambda *exc: log.append('pushed fn %s' % (exc[0],)))
    pushed = Res('pushed')
    print(stack.push(pushed) is pushed)
print(log)
log.clear()

with contextlib.ExitStack() as stack:
    stack.enter_context(Res('outer'))
    stack.enter_context(Res('suppressor', suppress=True))
    stack.enter_context(Res('inner'))
    raise KeyError('swallowed by the stack')
print(log)
log.clear()


def raising_callback(exc):
    def cb(*details):
        log.append('cb sees %s' % (type(details[1]).__name__,))
        raise exc
    return cb


try:
    with contextlib.ExitStack() as stack:
        stack.push(raising_callback(TypeError('third')))
        stack.push(raising_callback(KeyError('second')))
        raise ValueError('first')
except Exception as e:
    print(chain(e))
print(log)
log.clear()

try:
    with contextlib.ExitStack() as stack:
        stack.push(raising_callback(KeyError('after suppress')))
        stack.push(lambda *d: True)
        raise ValueError('suppressed first')
except Exception as e:
    print(chain(e))

stack = contextlib.ExitStack()
stack.enter_context(Res('moved'))
moved = stack.pop_all()
print(type(moved).__name__)
stack.close()
print(log)
moved.close()
print(log)
log.clear()
attempt('enter_context int', lambda: contextlib.ExitStack().enter_context(5))
attempt('enter_context no exit', lambda: contextlib.ExitStack().enter_context(type('OnlyEnter', (), {'__enter__': lambda s: 1})()))
wrapped = contextlib.ExitStack()
wrapped.callback(print, 'callback with', 'args', sep='-')
wrapped.close()
attempt('exit result', lambda: contextlib.ExitStack().__exit__(None, None, None))

# Small managers
class Closable:
    def close(self):
        print('closed')


with contextlib.closing(Closable()) as c:
    print(type(c).__name__)
with contextlib.nullcontext() as n:
    print(n)
with contextlib.nullcontext([1]) as n:
    print(n)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('after suppress')
attempt('suppress other', use(contextlib.suppress(KeyError), ValueError('no')))
attempt('suppress group', use(contextlib.suppress(ValueError), ExceptionGroup('g', [ValueError()])))
with contextlib.suppress():
    print('empty suppress')
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured')
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
r = contextlib.redirect_stderr(err)
with r:
    with r:
        sys.stderr.write('nested ')
    sys.stderr.write('still')
print(sys.stderr is sys.__stderr__, repr(err.getvalue()))
cd = contextlib.chdir('somewhere')   # (entering needs os.chdir, which Dyad's worker lacks)
print(cd.path, isinstance(cd, contextlib.AbstractContextManager))

# ABCs
class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class NotDuck(Duck):
    __exit__ = None


print(isinstance(Duck(), contextlib.AbstractContextManager), isinstance(NotDuck(), contextlib.AbstractContextManager),
      issubclass(list, contextlib.AbstractContextManager), isinstance(io.StringIO(), contextlib.AbstractContextManager),
      issubclass(contextlib.ExitStack, contextlib.AbstractContextManager),
      issubclass(contextlib.AsyncExitStack, contextlib.AbstractAsyncContextManager),
      issubclass(contextlib.nullcontext, contextlib.AbstractAsyncContextManager))
attempt('abstract', contextlib.AbstractContextManager)
attempt('abstract async', contextlib.AbstractAsyncContextManager)
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[str])


class Minimal(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('Minimal exit')


with Minimal() as mm:
    print(type(mm).__name__)


# Async
@contextlib.asynccontextmanager
async def atracked(name, swallow=()):
    print('aenter', name)
    try:
        yield name + '!'
    except swallow as e:
        print('aswallowed', type(e).__name__)
    finally:
        print('aleave', name)


class AClosable:
    async def aclose(self):
        print('aclosed')


class ARes:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('ares in', self.name)
        return self.name

    async def __aexit__(self, *exc):
        print('ares out', self.name, exc[0].__name__ if exc[0] else None)


async def main():
    async with atracked('one') as v:
        print('abody', v)
    try:
        async with atracked('two'):
            raise ValueError('async boom')
    except ValueError as e:
        print('propagated', e)
    async with atracked('three', swallow=KeyError):
        raise KeyError('x')

    @atracked('adeco')
    async def work(x):
        return x + 1
    print(await work(1), work.__name__)

    @contextlib.asynccontextmanager
    async def none():
        if False:
            yield
    try:
        async with none():
            pass
    except RuntimeError as e:
        print(e)

    @contextlib.asynccontextmanager
    async def twice():
        yield
        yield
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print(e)

    @contextlib.asynccontextmanager
    async def stubborn():
        while True:
            try:
                yield
            except Exception:
                pass
    try:
        async with stubborn():
            raise ValueError
    except RuntimeError as e:
        print(e)

    async with contextlib.aclosing(AClosable()) as ac:
        print(type(ac).__name__)
    async with contextlib.nullcontext('async null') as n:
        print(n)

    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(ARes('r1')))
        print(stack.enter_context(Res('sync in async')))

        async def acb(*args):
            print('async callback', args)
        stack.push_async_callback(acb, 1, 2)
        stack.callback(print, 'sync callback')

        async def aexit_fn(*exc):
            print('push_async_exit fn', exc[0])
        stack.push_async_exit(aexit_fn)
        stack.push_async_exit(ARes('pushed'))
    print(log)
    log.clear()
    try:
        await contextlib.AsyncExitStack().enter_async_context(Res('sync only'))
    except TypeError as e:
        print(e)
    st = contextlib.AsyncExitStack()
    await st.enter_async_context(ARes('later'))
    other = st.pop_all()
    await st.aclose()
    print(type(other).__name__)
    await other.aclose()
    try:
        async with contextlib.AsyncExitStack() as stack:
            async def suppressor(*exc):
                print('suppressing', exc[0].__name__)
                return True
            stack.push_async_exit(suppressor)
            raise IndexError('gone')
    except IndexError:
        print('not suppressed?')
    print('async done')


asyncio.run(main())
