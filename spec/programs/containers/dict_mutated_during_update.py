# Merging a dict whose key comparison changes the source dict: dict.update, |=, {**d} and
# dict(d) stop with "dict mutated during update"; OrderedDict.update works on a snapshot.
from collections import OrderedDict

source = {}


class Meddler:
    def __init__(self, action):
        self.action = action

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.action()
        return False


def fresh(action):
    source.clear()
    source.update((i, i * i) for i in range(1, 6))
    source[Meddler(lambda: None)] = "m"
    # The existing key's __eq__ runs when the source's equal-hash key arrives.
    return {Meddler(action): 0, "x": 1}


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r) if r is not None else r)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def upd(action):
    d = fresh(action)
    d.update(source)
    return d


attempt("update clear", lambda: upd(source.clear))
attempt("update add", lambda: upd(lambda: source.__setitem__(100, 0)))
attempt("update same size", lambda: upd(lambda: source.__setitem__(1, -1)))


def ior():
    d = fresh(source.clear)
    d |= source
    return d


attempt("|=", ior)
attempt("{**}", lambda: {**fresh(lambda: source.pop(1, None)), **source})


def ordered():
    d = OrderedDict(fresh(source.clear))
    d.update(source)
    return d


attempt("OrderedDict.update", ordered)
attempt("plain", lambda: {**{1: 2}, **{3: 4}})
attempt("{**} clear", lambda: {**fresh(source.clear), **source})
attempt("{**} add", lambda: {**fresh(lambda: source.setdefault("new", 0)), **source})
