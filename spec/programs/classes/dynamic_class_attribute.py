# types.DynamicClassAttribute: a property on instances; read on the class it raises
# AttributeError so a metaclass __getattr__ can answer instead.
import types


class Meta(type):
    def __getattr__(cls, name):
        return f'meta:{name}'


class Color(metaclass=Meta):
    def __init__(self, name):
        self._name = name

    @types.DynamicClassAttribute
    def name(self):
        """The colour's name."""
        return self._name

    @name.setter
    def name(self, value):
        self._name = value.upper()

    @name.deleter
    def name(self):
        del self._name


c = Color('red')
print(c.name)
print(Color.name)
c.name = 'blue'
print(c.name)
del c.name
print(hasattr(c, 'name'), hasattr(c, '_name'))
d = Color.__dict__['name']
print(type(d).__name__, d.__doc__, d.overwrite_doc)


class Plain:
    x = types.DynamicClassAttribute(lambda self: 42, doc='given doc')
    ro = types.DynamicClassAttribute(lambda self: 'ro')


p = Plain()
print(p.x, Plain.__dict__['x'].__doc__)
try:
    Plain.x
except AttributeError as e:
    print('class read:', type(e).__name__, e.args)
try:
    p.ro = 1
except AttributeError as e:
    print(e)
try:
    del p.ro
except AttributeError as e:
    print(e)


class Base:
    @types.DynamicClassAttribute
    def v(self):
        """base doc"""
        return 1


class Sub(Base):
    v = Base.__dict__['v']

    @v.getter
    def v(self):
        """sub doc"""
        return 2


print(Sub().v, Sub.__dict__['v'].__doc__, Base.__dict__['v'].__doc__)
