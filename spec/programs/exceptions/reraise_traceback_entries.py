# The traceback entries of re-raised exceptions, read through __traceback__: a bare `raise` adds
# no entry for its own frame (RAISE_VARARGS 0 skips PyTraceBack_Here), but the caller it reaches
# gets one at the call even when the traceback already ends in that caller (it had caught the
# exception). The group except* wraps a naked exception in has no traceback of its own.
import sys

def entries(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def reraiser():
    raise

def caller_caught():
    try:
        1 / 0
    except ZeroDivisionError:
        reraiser()

try:
    caller_caught()
except ZeroDivisionError as e:
    print('bare raise in callee', entries(e))

def nested_bare():
    try:
        {}['k']
    except KeyError:
        try:
            raise
        except KeyError:
            raise

try:
    nested_bare()
except KeyError as e:
    print('bare raise twice in one frame', entries(e))

def loop_then_raise():
    try:
        [][1]
    except IndexError:
        for _ in range(2):
            try:
                reraiser()
            except IndexError:
                pass
        reraiser()

try:
    loop_then_raise()
except IndexError as e:
    print('caught in between, then again', entries(e))

def via_map():
    try:
        int('x')
    except ValueError:
        list(map(lambda _: reraiser(), [1]))

try:
    via_map()
except ValueError as e:
    print('through a builtin', [n for n, _ in entries(e)])

err = None
try:
    1 / 0
except ZeroDivisionError as e:
    err = e

def named_then_bare():
    try:
        raise err
    except ZeroDivisionError:
        raise

try:
    named_then_bare()
except ZeroDivisionError as e:
    print('raise by name, then bare', entries(e))

def gen():
    try:
        yield 1
    except KeyError:
        raise

g = gen()
next(g)
try:
    g.throw(KeyError('thrown'))
except KeyError as e:
    print('bare raise in a generator', [n for n, _ in entries(e)])

try:
    raise ValueError(1)
except* ValueError as eg:
    print('except* wrapper', eg.__traceback__ is None, entries(eg.exceptions[0]))

def star_reraise():
    try:
        raise TypeError(2)
    except* TypeError:
        raise

try:
    star_reraise()
except ExceptionGroup as e:
    print('except* bare raise', entries(e), entries(e.exceptions[0]))

try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError('in handler')
except* TypeError as e:
    ctx = e.exceptions[0].__context__
    print('handler context', type(ctx).__name__, ctx.__traceback__ is None, repr(ctx.exceptions))
