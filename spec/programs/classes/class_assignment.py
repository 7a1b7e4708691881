# Instances can switch class through __class__; classes are mutable at run time.
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
A.added = lambda self: 'added later'
print(A().added())
B.who = lambda self: 'B patched'
print(obj.who())
del B.who
try:
    obj.who()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(A.__name__, A.__qualname__, A.__module__)
A.__name__ = 'Renamed'
print(A.__name__, A().__class__.__name__, A.__qualname__)
