# Merging a mapping that is not a dict (dict(m), dict.update(m), {**m}, f(**m)) goes through
# its keys(): a non-iterable result is "T.keys() returned a non-iterable (type X)", and all the
# keys are collected before the first __getitem__.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f(**kw):
    return kw


class BadKeys:
    def keys(self):
        return 5

    def __getitem__(self, k):
        return 1


class Logged:
    def keys(self):
        print("keys called")
        for k in ["x", "y"]:
            print("yielding", k)
            yield k

    def __getitem__(self, k):
        print("getitem", k)
        return k * 2


class TupleKeys:
    def keys(self):
        return ("a", "b")

    def __getitem__(self, k):
        return k.upper()


for make in [dict, lambda m: {**m}, lambda m: f(**m), lambda m: {"z": 0}.update(m)]:
    t(lambda: make(BadKeys()))
    t(lambda: make(Logged()))
    t(lambda: make(TupleKeys()))
