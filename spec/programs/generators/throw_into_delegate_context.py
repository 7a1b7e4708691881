# throw() into a generator suspended in `yield from` (or a coroutine in `await`): the exception
# goes to the delegate first, chained only with what the innermost generator is handling; when
# it (or whatever replaces it) comes back into an outer frame, that frame's own handled
# exception becomes its context (CPython's _gen_throw). A delegate without throw() gets it raised
# at the `yield from`; close() closes the delegate and raises GeneratorExit there.


def chain(e):
    out = []
    while e is not None and len(out) < 5:
        out.append(repr(e))
        e = e.__context__
    return ' <- '.join(out)


def sub_plain():
    yield 1


def sub_handling():
    try:
        raise TypeError('sub handling')
    except TypeError:
        yield 1


def sub_converts():
    try:
        yield 1
    except KeyError:
        raise ValueError('converted in sub')


class Iter:
    def __iter__(self):
        return self

    def __next__(self):
        return 'it'

    def throw(self, *args):
        exc = args[-1] if len(args) > 1 else args[0]
        print('  Iter.throw sees', chain(exc))
        raise exc

    def close(self):
        print('  Iter.close')


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 'nothrow'


def outer_finally(make):
    try:
        raise ZeroDivisionError('outer')
    finally:
        yield from make()


def outer_except(make):
    try:
        raise ZeroDivisionError('outer')
    except ZeroDivisionError:
        yield from make()


def outer_plain(make):
    yield from make()


def outer_catches(make):
    try:
        raise ZeroDivisionError('outer')
    except ZeroDivisionError:
        try:
            yield from make()
        except Exception as e:
            print('  caught inside outer:', chain(e))
            yield 'recovered'


for outer in (outer_finally, outer_except, outer_plain, outer_catches):
    for make in (sub_plain, sub_handling, sub_converts, Iter, NoThrow):
        print(outer.__name__, make.__name__)
        g = outer(make)
        next(g)
        try:
            print('  yielded', g.throw(KeyError('thrown')))
        except Exception as e:
            print('  ', chain(e))


def level3():
    try:
        raise OSError('level3 handling')
    except OSError:
        yield 3


def level2():
    try:
        raise LookupError('level2 handling')
    except LookupError:
        yield from level3()


def level1():
    try:
        raise ArithmeticError('level1 handling')
    except ArithmeticError:
        yield from level2()


g = level1()
next(g)
try:
    g.throw(KeyError('deep'))
except KeyError as e:
    print('three levels:', chain(e))


def closing_outer():
    try:
        raise ZeroDivisionError('outer')
    except ZeroDivisionError:
        try:
            yield from Iter()
        except GeneratorExit as e:
            print('  GeneratorExit in outer:', chain(e))
            raise


g = closing_outer()
next(g)
print('close:', g.close())


class Aw:
    def __await__(self):
        try:
            raise TypeError('awaitable handling')
        except TypeError:
            yield 'suspended'


async def coro():
    try:
        raise ZeroDivisionError('coro handling')
    except ZeroDivisionError:
        await Aw()


c = coro()
c.send(None)
try:
    c.throw(KeyError('into coroutine'))
except KeyError as e:
    print('coroutine:', chain(e))
