# RERAISE in compiled code (session 24): an exception passing through a finally block, an
# unmatched except clause, an `except ... as e` cleanup or a `with` block of a hot function
# keeps its traceback lines (the original raise's line for the frame, no extra entry).


class CM:
    def __init__(self):
        self.exits = 0

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.exits += 1
        return False


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def through_finally(i, log):
    try:
        if i % 2:
            raise KeyError(i)
        return i
    finally:
        log.append(i)


def unmatched(i):
    try:
        return [0][i]
    except KeyError:
        return -1


def as_cleanup(i):
    try:
        {}[i]
    except KeyError as e:
        raise ValueError(i)


def in_with(cm, i):
    with cm:
        if i % 3 == 0:
            raise IndexError(i)
        return i


def bare_reraise(i):
    try:
        1 // (i - i)
    except ZeroDivisionError:
        if i >= 0:
            raise
    return 'no'


log = []
cm = CM()
seen = {}
for i in range(300):
    for name, call in (('finally', lambda: through_finally(i, log)), ('unmatched', lambda: unmatched(i % 2)),
                       ('as', lambda: as_cleanup(i)), ('with', lambda: in_with(cm, i)),
                       ('bare', lambda: bare_reraise(i))):
        try:
            call()
        except Exception as e:
            seen[name] = (type(e).__name__, lines(e)[1:], type(e.__context__).__name__)
for k, v in seen.items():
    print(k, v)
print(len(log), cm.exits)


def uncaught(n):
    for i in range(n):
        try:
            through_finally(i * 2, log)
        except KeyError:
            pass
    through_finally(1, log)


uncaught(300)
