# A class registered with collections.abc after it (and a subclass) exist is matched by
# mapping/sequence patterns; the bare `{}` and `[*_]` patterns call neither get() nor len().
import collections.abc


class Log:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        raise AttributeError(name)


class M(Log):
    pass


class EarlyM(M):
    pass


collections.abc.Mapping.register(M)


class LateM(M):
    pass


class S(Log):
    pass


collections.abc.Sequence.register(S)


class LateS(S):
    pass


def seq_first(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "other"


def map_first(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
        case _:
            return "other"


for cls in (M, EarlyM, LateM, S, LateS, Log):
    o = cls()
    print(cls.__name__, seq_first(o), map_first(o), o.calls)


class Keys(dict):
    pass


class Mp(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        print("len")
        return len(self.d)

    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)


match Mp({1: 2, 3: 4}):
    case {**rest}:
        print("rest", rest)

match Mp({1: 2, 3: 4}):
    case {1: v, **rest}:
        print("v", v, "rest", rest)

match Mp({1: 2}):
    case {}:
        print("empty pattern")
