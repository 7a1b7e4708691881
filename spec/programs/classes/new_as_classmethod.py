# __new__ is read as an attribute of the class being called: a staticmethod gives its
# function, a classmethod a method bound to the class (which then also gets the class as its
# first argument), a plain function set after the class was made is called as it is.


class S:
    @staticmethod
    def __new__(*args):
        return args


class SS(S):
    pass


class K:
    @classmethod
    def __new__(*args):
        return args


class KK(K):
    pass


print(S(1, 2) == (S, 1, 2), SS(3) == (SS, 3))
print(K(1, 2) == (K, K, 1, 2), KK(5) == (KK, KK, 5))


def late_new(*args):
    return ('late',) + args


class L:
    pass


L.__new__ = late_new
print(L(7) == ('late', L, 7))


class Funny:
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        if isinstance(arg, int):
            return object.__new__(Sub)
        return object.__new__(cls)


class Sub(Funny):
    def __init__(self, arg):
        self.foo = arg


print(Funny('1'), Sub('1'))
d = Funny(1)
print(type(d).__name__, d.foo)
d = Sub(None)
print(type(d).__name__, d.foo)
