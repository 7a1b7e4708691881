# sys.exc_info() reports the exception currently being handled.
import sys

print(sys.exc_info())
try:
    raise ValueError('current')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, v.__traceback__ is tb)
    try:
        raise KeyError('nested')
    except KeyError:
        print(repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())


def in_function():
    return sys.exc_info()[0]


try:
    1 / 0
except ZeroDivisionError:
    print(in_function().__name__)
