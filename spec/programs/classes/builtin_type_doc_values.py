# A builtin type's __doc__ is a str or None, never the __doc__ descriptor that type and
# property keep in their dicts for their instances; user classes, properties and functions
# keep their own docstrings.
for t in [object, type, property, int, str, list, dict, staticmethod, classmethod, super, range, slice, BaseException]:
    print(t.__name__, isinstance(t.__doc__, (str, type(None))))
print(type(type.__dict__['__doc__']).__name__)


class A:
    """Class A doc."""

    @property
    def p(self):
        """prop doc"""
        return 1

    q = property(lambda self: 2, doc='q doc')
    r = property(lambda self: 3)


class Meta(type):
    pass


class C(metaclass=Meta):
    "C doc"


class P(property):
    pass


print(A.__doc__, A.p.__doc__, A.q.__doc__, A.r.__doc__, C.__doc__, Meta.__doc__)
print(P(lambda s: 1, doc='pd').__doc__, type(A).__doc__ == type.__doc__)
A.__doc__ = 'new A'
print(A.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print('TypeError', e)
