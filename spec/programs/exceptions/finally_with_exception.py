# finally runs when an exception passes through, and can replace it.
def passes_through():
    log = []
    try:
        try:
            raise ValueError('boom')
        finally:
            log.append('finally ran')
    except ValueError as e:
        log.append('caught ' + str(e))
    return log


print(passes_through())


def replaced():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')


try:
    replaced()
except KeyError as e:
    print(repr(e), repr(e.__context__))


def break_swallows():
    for _ in range(1):
        try:
            raise ValueError('swallowed by break')
        finally:
            break
    return 'loop ended normally'


print(break_swallows())


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out


print(continue_in_finally())
