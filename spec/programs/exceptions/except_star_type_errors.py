# Errors while an except* clause's type is evaluated or checked have the exception being
# handled as their __context__: the last clause's match, or the original before any matched.
import sys
import traceback


def gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (yield 1):
        pass


g = gen()
next(g)
try:
    g.send(ExceptionGroup)
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* undefined_name:
        pass
except NameError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(3)
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print(repr(e), repr(e.__context__))
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause ran")
    except* (print(sys.exc_info()[1]) or BaseExceptionGroup):
        pass
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ExceptionGroup:
    pass
