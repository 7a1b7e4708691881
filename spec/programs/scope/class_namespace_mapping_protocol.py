# A class body whose namespace (from __prepare__) is a dict subclass goes through its
# __getitem__/__setitem__ from the first implicit statement on (`__module__ = __name__`,
# `__qualname__ = ...`); a namespace that is not a mapping is refused before the body runs.

class Log(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)


class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Log()


class K(metaclass=Prep):
    """doc"""
    a = 1
    b = a + 1

    def m(self):
        return __class__

print(sorted(k for k in vars(K) if not k.startswith('__')), K.b, K().m() is K, K.__doc__)


class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Bad(metaclass=NotMapping):
        print('body ran')
except TypeError as e:
    print('TypeError', e)


class ListNs(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return []


try:
    class Bad2(metaclass=ListNs):
        pass
except TypeError as e:
    print('TypeError', e)


def prep_func(name, bases):
    return Log()


class FuncMeta(type):
    __prepare__ = staticmethod(prep_func)


class K2(metaclass=FuncMeta):
    x = 1

print(K2.x)
