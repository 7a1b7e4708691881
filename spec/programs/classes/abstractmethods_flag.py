class M(type): pass
class A:
    pass
A.__abstractmethods__ = frozenset({"f", "g"})
try:
    A()
except TypeError as e:
    print(e)
