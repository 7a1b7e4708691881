# The group an except* statement raises at its end is re-raised (RERAISE): it is not chained to
# an exception handled around the statement (in a finally or except block, or by a generator
# being closed), while its members keep their own contexts.

def show(tag, e):
    ctx = e.__context__
    print(tag, type(e).__name__, repr(str(e)), type(ctx).__name__)
    for x in getattr(e, 'exceptions', ()):
        print('   member', type(x).__name__, x, type(x.__context__).__name__)


try:
    try:
        raise KeyError(1)
    finally:
        try:
            raise ExceptionGroup('eg', [TypeError(2), KeyError(3)])
        except* TypeError:
            raise RuntimeError('r7')
except BaseException as e:
    show('finally', e)

try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ExceptionGroup('eg', [TypeError(2), KeyError(3)])
        except* TypeError:
            raise RuntimeError('r7')
except BaseException as e:
    show('except', e)

try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ExceptionGroup('eg', [TypeError(2), KeyError(3)])
        except* TypeError:
            pass
except BaseException as e:
    show('rest only', e)

try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ExceptionGroup('eg', [TypeError(2), KeyError(3)])
        except* TypeError:
            raise
except BaseException as e:
    show('bare raise', e)


def gen():
    try:
        yield 1
    finally:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* TypeError:
            raise RuntimeError('in close')
        except* ValueError:
            raise KeyError('k')


g = gen()
print(next(g))
try:
    g.close()
except BaseException as e:
    show('close', e)
