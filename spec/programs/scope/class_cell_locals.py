# In a class body whose methods use super() or __class__, the body has an implicit __class__
# cell, empty until the class exists. locals(), vars(), dir() and exec() without namespaces copy
# the frame's cells into the namespace and delete the key of an empty one (CPython 3.11's
# PyFrame_FastToLocals), so they remove a `__class__` the body assigned; a body without the cell
# keeps it. Found by tools/fuzz-scope.py's probes.
class C:
    __class__ = 5
    print(locals().get('__class__'))
    __class__ = 6
    print(vars().get('__class__'))
    try:
        print(__class__)
    except NameError as e:
        print('NameError', e)

    def m(self):
        return super().__thisclass__.__name__


print(C.__dict__.get('__class__'), C().m())


class D:
    __class__ = 6
    print(locals().get('__class__'))


print(D.__dict__.get('__class__'))


class E:
    __class__ = 7

    def m(self):
        return __class__
    print(__class__)
    print(dir().count('__class__'))


print(E.__dict__.get('__class__'), E().m().__name__)


class F:
    __class__ = 8
    exec('pass')
    print('__class__' in vars())

    def m(self):
        return __class__


class NS(dict):
    def __delitem__(self, k):
        print('delitem', k)
        dict.__delitem__(self, k)


class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return NS()


class G(metaclass=Meta):
    locals()
    __class__ = 9
    locals()

    def m(self):
        return super()


print(G.__dict__.get('__class__'))
