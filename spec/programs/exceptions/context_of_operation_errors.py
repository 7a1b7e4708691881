# An exception raised by an operation (a NameError, an IndexError from a subscript, ...) while
# another is handled gets that one as __context__ at once, so a finally block, a context
# manager's __exit__ and an except* clause that catch it inside the handler already see it,
# and a bare `raise` in such a finally re-raises the new exception with its context.
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print('exit', repr(v), repr(v.__context__))
        return True


try:
    raise KeyError('a')
except KeyError:
    try:
        undefined_b
    except NameError as e:
        print('except', repr(e.__context__))
    with CM():
        undefined_c
    with CM():
        [][1]
    try:
        undefined_d
    except* NameError as eg:
        print('except*', repr(eg.exceptions[0].__context__))
    try:
        try:
            undefined_e
        finally:
            print('finally', repr(sys.exc_info()[1].__context__))
            try:
                {}['missing']
            except KeyError as e:
                print('nested', repr(e.__context__), repr(e.__context__.__context__))
    except NameError as e:
        print('after finally', repr(e.__context__))

try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            print(undefined_f)
        finally:
            print('finally sees', repr(sys.exc_info()[1]))
            raise
except NameError as e:
    print('bare raise in finally', repr(e), repr(e.__context__))


def f(d):
    try:
        return d['x']
    finally:
        print('f finally', repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))


try:
    raise ValueError('outer')
except ValueError:
    try:
        f({})
    except KeyError as e:
        print('from f', repr(e), repr(e.__context__))


def gen():
    try:
        yield 1
        yield 1 / 0
    finally:
        print('gen finally', repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))


try:
    raise TypeError('outer')
except TypeError:
    g = gen()
    next(g)
    try:
        next(g)
    except ZeroDivisionError as e:
        print('from gen', repr(e), repr(e.__context__))
