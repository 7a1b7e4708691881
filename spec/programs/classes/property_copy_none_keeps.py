# property.getter/setter/deleter(None) keep the old accessor (CPython's property_copy), so a
# subclass may write @Base.prop.getter and still inherit the setter and deleter.


def g(self):
    "getter doc"
    return 'got'


def s(self, v):
    print('set', v)


def d(self):
    print('deleted')


p = property(g, s, d)
for name in ['getter', 'setter', 'deleter']:
    q = getattr(p, name)(None)
    print(name, q.fget is g, q.fset is s, q.fdel is d, q.__doc__)


class Base:
    @property
    def v(self):
        return 'base'

    @v.setter
    def v(self, value):
        print('Base setter', value)


class Sub(Base):
    @Base.v.getter
    def v(self):
        return 'sub'


o = Sub()
print(o.v)
o.v = 3
try:
    del o.v
except AttributeError as e:
    print('AttributeError', e)
print(Base.v.setter(None).fset is Base.v.fset)
