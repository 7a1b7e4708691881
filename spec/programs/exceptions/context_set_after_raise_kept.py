# __context__ is decided when an exception is raised: a value the program sets afterwards (here
# None, in a finally) is kept while the exception propagates out of the handler it was raised in.
class Mine(Exception):
    pass

def raise_without_context():
    exc = Mine("fresh")
    try:
        raise exc
    finally:
        exc.__context__ = None

try:
    try:
        raise IndexError("outer")
    except IndexError:
        raise_without_context()
except Mine as m:
    print("function:", repr(m.__context__), m.__suppress_context__)

def gen():
    try:
        yield 1
    except BaseException:
        exc = Mine("from generator")
        try:
            raise exc
        finally:
            exc.__context__ = None

g = gen()
next(g)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        g.throw(k)
except Mine as m:
    print("generator:", repr(m.__context__))

# Set to another exception: kept too.
try:
    try:
        raise ValueError("handled")
    except ValueError:
        e = Mine("retargeted")
        try:
            raise e
        finally:
            e.__context__ = OSError("chosen")
except Mine as m:
    print("retargeted:", repr(m.__context__))

# Still chained: an operation failing in a handler, and a raise in a handler.
try:
    try:
        raise ValueError("v")
    except ValueError:
        {}["missing"]
except KeyError as k:
    print("failing op:", repr(k.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise Mine("m")
except Mine as m:
    print("raise:", repr(m.__context__))

# With ExitStack: a callback that suppresses clears the context of later ones.
from contextlib import ExitStack
def fail(t):
    raise t("cb")
try:
    with ExitStack() as stack:
        stack.callback(fail, KeyError)
        stack.push(lambda *details: True)
        stack.callback(fail, IndexError)
        1 / 0
except KeyError as k:
    print("exit stack:", repr(k.__context__))
