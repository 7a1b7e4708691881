# dir() without arguments is sorted(PyMapping_Keys(locals())): for a namespace that is not an
# exact dict (an exec() locals mapping, a dict subclass, a __prepare__ namespace) that is
# whatever its keys() method returns, with its errors, sorted by Python comparison. Dyad
# returned [] for any non-dict namespace and dropped keys that were not str.
def T(f):
    try:
        return f()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)


class Map:
    def __init__(self, **kw):
        self.d = dict(kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v


class KeysMap(Map):
    def keys(self):
        return iter(['zz', 'aa'] + list(self.d))


class BadKeys(Map):
    def keys(self):
        return 5


class OverDict(dict):
    def keys(self):
        return ['from', 'keys']


def run(src, loc):
    out = {}
    exec(src, {'out': out}, loc)
    return out


print(T(lambda: run("out['d'] = dir()", Map(a=1))))
print(T(lambda: run("out['d'] = dir()", KeysMap(m=1))))
print(T(lambda: run("out['d'] = dir()", BadKeys())))
print(T(lambda: run("out['d'] = dir()", OverDict(x=1))))
print(T(lambda: run("out['d'] = dir()", {'b': 1, 'a': 2})))
print(T(lambda: run("out['d'] = dir()", {2: 'two', 1: 'one'})))
print(T(lambda: run("out['d'] = dir()", {2: 'two', 'a': 'one'})))
print(T(lambda: run("def f():\n    return dir()\nout['d'] = f()", KeysMap())))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return KeysMap()

    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name, bases, dict(ns.d))


class C(metaclass=Meta):
    a = 1
    print(dir())
    print(type(vars()).__name__, locals() is vars())


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OverDict()


class D(metaclass=Meta2):
    b = 2
    print(dir())
