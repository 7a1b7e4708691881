# The traceback of what an except* statement raises: a group it builds from the exceptions its
# handlers raised and the unhandled rest gets no entry for the frame of the statement (CPython
# re-raises it with RERAISE); an exception raised in a handler, or the rest alone, keep theirs.
import traceback


def frames(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, type(e).__name__, frames(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print('   ', type(sub).__name__, frames(sub))


def raised_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")


def two_handlers_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")


def rest_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


def naked_handler_raise():
    try:
        raise ValueError(1)
    except* ValueError:
        {}["missing"]


def caught_in_same_frame():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("k")
    except ExceptionGroup as g:
        print('inner', type(g).__name__, frames(g))
        raise


def raised_by_name_in_same_frame():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("k")
    except ExceptionGroup as g:
        raise g


def outer():
    raised_and_rest()


show('raised_and_rest', raised_and_rest)
show('two_handlers_raise', two_handlers_raise)
show('rest_only', rest_only)
show('naked_handler_raise', naked_handler_raise)
show('caught_in_same_frame', caught_in_same_frame)
show('raised_by_name_in_same_frame', raised_by_name_in_same_frame)
show('outer', outer)


# Leaving a generator: the built group gets no entry for the generator's frame either, whether
# the generator is resumed by next(), a for loop, or list(); a bare re-raise keeps the entry the
# original raise made.
def group_gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    yield 1


def bare_reraise_gen():
    try:
        yield 0
        raise ValueError("v")
    except ValueError:
        raise


def by_next():
    next(group_gen())


def by_for():
    for _ in group_gen():
        pass


def by_list():
    list(group_gen())


def bare_by_for():
    for _ in bare_reraise_gen():
        pass


show('by_next', by_next)
show('by_for', by_for)
show('by_list', by_list)
show('bare_by_for', bare_by_for)
