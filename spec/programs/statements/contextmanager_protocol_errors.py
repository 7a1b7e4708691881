# @contextmanager / @asynccontextmanager generators that break the protocol: no first yield
# (RuntimeError "generator didn't yield", its StopIteration kept as a suppressed __context__),
# a second yield ("generator didn't stop"), and the exceptions they let through or swallow.
import asyncio
import contextlib


def describe(e):
    ctx = e.__context__
    print('  ', type(e).__name__, e, '| context', type(ctx).__name__, '| suppressed', e.__suppress_context__)


@contextlib.contextmanager
def no_yield():
    print('  no_yield runs')
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def swallow(kind):
    try:
        yield 'swallow'
    except kind as e:
        print('  swallowed', type(e).__name__)


@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except KeyError as e:
        raise ValueError('converted') from e


for label, make, exc in [('no_yield', no_yield, None), ('two_yields', two_yields, None),
                         ('two_yields with error', two_yields, KeyError('k')),
                         ('swallow KeyError', lambda: swallow(KeyError), KeyError('k')),
                         ('swallow other', lambda: swallow(KeyError), TypeError('t')),
                         ('reraise_other', reraise_other, KeyError('k')),
                         ('StopIteration through', lambda: swallow(KeyError), StopIteration('s'))]:
    print(label)
    try:
        with make() as v:
            print('  body', v)
            if exc is not None:
                raise exc
        print('  completed')
    except Exception as e:
        describe(e)


@contextlib.asynccontextmanager
async def a_no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def a_two_yields():
    yield 1
    yield 2


async def main():
    for make in (a_no_yield, a_two_yields):
        print(make.__name__)
        try:
            async with make() as v:
                print('  body', v)
        except Exception as e:
            describe(e)


asyncio.run(main())
