# Docstrings of builtin types and functions: a type's __doc__ is its own docstring, even when
# its instances have a __doc__ descriptor (property, type); user classes without one get None.
import sys

for obj in (ValueError, KeyError, Exception, StopIteration, object, int, bool, list, dict, tuple,
            property, type, staticmethod, classmethod, super, range, zip, map, enumerate, reversed):
    doc = obj.__doc__
    print(obj.__name__, type(doc).__name__, repr(doc.splitlines()[0]))

for fn in (len, abs, print, sorted, isinstance, getattr, repr, iter, next, min):
    print(fn.__name__, repr(fn.__doc__.splitlines()[0]), len(fn.__doc__.splitlines()))

print(ValueError.__doc__)
print(print.__doc__)


class Plain:
    pass


class Documented:
    "Documented class."


class MyError(ValueError):
    pass


class MyProperty(property):
    pass


print(Plain.__doc__, Plain().__doc__, Documented.__doc__, Documented().__doc__)
print(MyError.__doc__, MyError('x').__doc__, MyProperty.__doc__)
print(ValueError('x').__doc__ == ValueError.__doc__)
p = property(lambda self: 1, doc='getter doc')
print(p.__doc__, property.__dict__['__doc__'].__get__(p))
print(sys.flags.hash_randomization)
