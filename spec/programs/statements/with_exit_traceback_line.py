# An exception raised by __exit__ is blamed on the `with` line of the statement (for every
# item of a multi-item `with`, and in generators too), not on the last line of the body.
import sys


class CM:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.fail:
            raise RuntimeError(f"exit of {self.name} failed")
        return False


def lines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def plain(fail_on_error):
    with CM("a", True):
        x = 1
        if fail_on_error:
            1 / 0
        y = 2


def multi():
    with CM("a", False) as a, \
         CM("b", True) as b:
        x = 1
        y = 2


def gen():
    with CM("g", True):
        yield 1
        z = 3
    yield 2


for label, thunk in [("normal exit", lambda: plain(False)),
                     ("exit after error", lambda: plain(True)),
                     ("multi-item", multi),
                     ("generator", lambda: list(gen()))]:
    try:
        thunk()
    except RuntimeError as e:
        print(label, e, lines(e)[1:], type(e.__context__).__name__)
