# The module object and its globals dict are two views of the same namespace.
import sys

a = 1
me = sys.modules[__name__]
print(me.a)
me.a = 3
print(a)
setattr(me, 'a', 4)
print(a)


def read_a():
    return a


print(read_a())
me.b = 'added via module'
print(b)
delattr(me, 'b')
try:
    print(b)
except NameError as e:
    print(type(e).__name__, e)
print(me.__dict__ is globals())
print(__name__, me.__name__)
print(type(me).__name__)
