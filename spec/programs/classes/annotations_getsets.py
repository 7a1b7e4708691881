# __annotations__ on classes and modules (3.10+ getsets) and slot-wrapper __init__
import sys, types, math
class C:
    pass
print(C.__annotations__, "__annotations__" in C.__dict__)
class D(C):
    x: int
class E(D):
    pass
print(D.__annotations__, E.__annotations__, C.__annotations__)
C.__annotations__ = {"a": 1}
print(C.__annotations__, D.__annotations__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(C.__annotations__)
for t in (int, list):
    try:
        t.__annotations__
    except AttributeError as e:
        print(e)
    try:
        t.__annotations__ = {}
    except TypeError as e:
        print(e)
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"z": 2}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(math.__annotations__, sys.modules[__name__].__annotations__)
y: int = 5
print(__annotations__, sys.modules[__name__].__annotations__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    a: str
print(WithMeta.__annotations__, Meta("Dyn", (), {}).__annotations__)
print(list.__init__, object.__init__, dict.__init__, type(set.__init__).__name__, int.__init__)
for f in (lambda: list.__init__(1), lambda: dict.__init__("x"), lambda: set.__init__(1), lambda: bytearray.__init__(1)):
    try:
        f()
    except TypeError as e:
        print(e)
class L(list):
    def __init__(self, *a):
        list.__init__(self, *a)
print(L("ab"))
