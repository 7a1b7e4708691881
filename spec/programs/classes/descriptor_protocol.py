# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, objtype=None):
        return ('data get', obj is None, objtype.__name__)

    def __set__(self, obj, value):
        obj.__dict__['stored'] = value


class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data get'


class C:
    d = Data()
    n = NonData()


c = C()
print(c.d, C.d)
c.d = 5
print(c.__dict__, c.d)
c.__dict__['d'] = 'instance value'
print(c.d)
print(c.n)
c.n = 'shadow'
print(c.n, C.n)
del c.n
print(c.n)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)
