# How results of user dunders are converted: __len__ through __index__ (PyNumber_AsSsize_t),
# __trunc__ for int() through __index__ of whatever Integral it returns, __length_hint__'s
# type error wording.
import operator


class Four:
    def __index__(self):
        return 4


def make(**kw):
    return type('X', (), kw)()


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: len(make(__len__=lambda s: Four())))
attempt(lambda: bool(make(__len__=lambda s: Four())))
attempt(lambda: len(make(__len__=lambda s: 2.0)))
attempt(lambda: len(make(__len__=lambda s: -1)))
attempt(lambda: len(make(__len__=lambda s: 2 ** 70)))
attempt(lambda: len(make(__len__=lambda s: True)))
attempt(lambda: int(make(__trunc__=lambda s: Four())))
attempt(lambda: int(make(__trunc__=lambda s: 'x')))
attempt(lambda: int(make(__trunc__=lambda s: 2.5)))
attempt(lambda: int(make(__trunc__=lambda s: True)))
attempt(lambda: operator.length_hint(make(__length_hint__=lambda s: 'x')))
attempt(lambda: operator.length_hint(make(__length_hint__=lambda s: -1)))
attempt(lambda: operator.length_hint(make(__length_hint__=lambda s: NotImplemented), 7))
attempt(lambda: operator.length_hint(make(__length_hint__=lambda s: 3)))
