# list(x), tuple(x), sorted(x), list.extend(x) and operator.length_hint(x) ask a class for its
# length (PyObject_LengthHint) before reading the items: bad __length_hint__ results and errors
# from __len__ other than TypeError propagate with CPython's messages; TypeError and
# NotImplemented mean "no hint".
import operator


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        print('  __iter__')
        return iter([2, 1])

    def __length_hint__(self):
        print('  __length_hint__')
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for hint in [5, 0, True, -1, 'x', None, 1.5, NotImplemented, 2 ** 70, KeyError('k'), TypeError('t')]:
    print('hint', repr(hint))
    attempt(' list', lambda: list(Hinted(hint)))
    attempt(' tuple', lambda: tuple(Hinted(hint)))
    attempt(' sorted', lambda: sorted(Hinted(hint)))
    attempt(' extend', lambda: [0].extend(Hinted(hint)))
    attempt(' length_hint', lambda: operator.length_hint(Hinted(hint), 7))
    attempt(' set', lambda: sorted(set(Hinted(hint))))


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if isinstance(self.n, Exception):
            raise self.n
        return self.n

    def __iter__(self):
        return iter('ab')


for n in [-1, ValueError('v'), TypeError('t'), 'x']:
    print('len', repr(n))
    attempt(' list', lambda: list(BadLen(n)))
    attempt(' tuple', lambda: tuple(BadLen(n)))
    attempt(' length_hint', lambda: operator.length_hint(BadLen(n), 3))


class ListSub(list):
    def __len__(self):
        return -5


attempt('list subclass', lambda: list(ListSub([1, 2])))
attempt('tuple of list subclass', lambda: tuple(ListSub([1, 2])))
