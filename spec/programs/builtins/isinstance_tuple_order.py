# isinstance with tuples of classes: plain types, nested tuples, unions, and classes whose
# metaclass defines __instancecheck__ (called in order, only until a match), for builtin
# values and for instances whose __class__ is a property.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  check", cls.__name__, type(inst).__name__)
        return cls.__name__ == "Yes"

class Yes(metaclass=Meta):
    pass

class No(metaclass=Meta):
    pass

class Base:
    pass

class Liar:
    @property
    def __class__(self):
        print("  __class__ read")
        return Base

values = [1, True, 2.5, "s", b"b", [1], (1,), {1: 2}, None, Base(), Liar()]
for v in values:
    name = type(v).__name__
    print(name, isinstance(v, (int, float)), isinstance(v, (str, bytes, list)),
          isinstance(v, (dict, (tuple, (type(None), set)))), isinstance(v, ()),
          isinstance(v, int | str), isinstance(v, (Base,)), isinstance(v, (object,)))
    print(" order", isinstance(v, (float, No, int, Yes)))
    print(" yes-first", isinstance(v, (Yes, int)))
try:
    isinstance(1, (int, 3))
except TypeError as e:
    print("int first", e)
try:
    isinstance("x", (int, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance("x", (3, str))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, (bool,)), isinstance(1, (bool,)), isinstance(1.0, (int, complex)))
