# **kwargs passed on and collected: decorator wrappers in hot loops, the collected dict is a
# fresh plain dict (mutating it leaves the caller's alone; any keys may be added later),
# mappings that are not dicts, and the errors for bad ** arguments.
import functools


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def add(a, b=10, *, scale=1):
    return (a + b) * scale


def collect(**kw):
    kw["seen"] = len(kw)
    kw[1] = "int key"
    kw[(2, 3)] = "tuple key"
    del kw[1]
    return kw


total = 0
for i in range(500):
    total += add(i) + add(i, 2) + add(i, b=3) + add(i, scale=2) + add(a=i, b=1, scale=3)
print(total, add.__name__, add.__wrapped__(1))

opts = {"x": 1, "y": 2}
for i in range(200):
    r = collect(**opts)
print(opts, r, type(r).__name__, sorted(map(str, r)))
print(collect(), collect(a=1, **{"b": 2}))


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k.upper()


class KeysDict(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return "from getitem"


def show(**kw):
    return sorted(kw.items())


print(show(**Mapping()), show(**KeysDict(only=1, other=2)), show(z=0, **Mapping()))

for bad in [lambda: show(**{1: 2}), lambda: show(**[1]), lambda: show(a=1, **{"a": 2}),
            lambda: show(**{"a": 1}, **{"a": 2}), lambda: add(**{"nope": 1}), lambda: add(1, **{"a": 2}),
            lambda: show(*1), lambda: add(*[1, 2, 3])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def gen_kw(**kw):
    yield from sorted(kw)


print(list(gen_kw(**opts, z=3)))
