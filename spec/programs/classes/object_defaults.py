# What every class inherits from object.
class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p))
print(p.__lt__(q))
print(type(p.__hash__()).__name__, hash(p) == hash(p))
print(str(p) == repr(p), format(p) == str(p))
print(Plain.__bases__, Plain.__mro__[-1] is object)
print(sorted(vars(p)), p.__dict__)
print(p.__class__ is Plain, type(p) is Plain)
print(Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__doc__)
print(isinstance(Plain, type), isinstance(p, object), issubclass(Plain, object))
print(object.__name__, type(object()).__name__)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
