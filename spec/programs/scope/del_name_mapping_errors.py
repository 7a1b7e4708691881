# DELETE_NAME in a class body or exec'd code with a non-dict namespace: whatever the mapping's
# __delitem__ raises (not only KeyError) is replaced by NameError; STORE_NAME and LOAD_NAME
# let the mapping's own errors through (LOAD_NAME falls back only on KeyError).
class NS(dict):
    def __delitem__(self, k):
        raise ValueError('refused ' + k)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()


try:
    class C(metaclass=Meta):
        a = 1
        del a
except BaseException as e:
    print(type(e).__name__, e, e.__context__)


class NoDel:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDel()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)


try:
    class Z(metaclass=Meta2):
        try:
            missing_name
        except NameError as err:
            print('caught', err)
except BaseException as e:
    print(type(e).__name__, e)


class L:
    def __getitem__(self, k):
        raise KeyError(k)

    def __setitem__(self, k, v):
        raise ValueError('set ' + k)

    def __delitem__(self, k):
        raise TypeError('del ' + k)


for src in ["del a", "a = 1", "print(a)", "import os", "def f(): pass", "for a in [1]: pass"]:
    try:
        exec(src, {}, L())
    except BaseException as e:
        print(src, '->', type(e).__name__, e)


class L2:
    def __getitem__(self, k):
        raise ValueError('get ' + k)


try:
    exec("print(a)", {}, L2())
except BaseException as e:
    print(type(e).__name__, e)


class KeyDel(dict):
    def __delitem__(self, k):
        print('delitem', k)
        super().__delitem__(k)


ns = KeyDel(a=1)
exec("del a\ntry:\n    del a\nexcept NameError as e:\n    print(type(e).__name__, e)", {}, ns)
print(dict(ns))
