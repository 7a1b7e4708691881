import enum
Animal = enum.Enum("Animal", "CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal(2)), Animal.__module__, Animal.__name__, Animal.__qualname__)
Shape = enum.Enum("Shape", "SQUARE, CIRCLE,TRIANGLE", start=10)
print(list(Shape), Shape.TRIANGLE.value)
Pairs = enum.Enum("Pairs", [("ONE", 1), ("TEN", 10)])
print(Pairs.TEN, Pairs(1), len(Pairs))
Mapped = enum.Enum("Mapped", {"X": "x", "Y": "y"})
print(Mapped.X.value, Mapped("y"))
Listed = enum.Enum("Listed", ["A", "B"], qualname="Outer.Listed", module="mymod")
print(Listed.__qualname__, Listed.__module__, repr(Listed.B))
Ints = enum.IntEnum("Ints", "LOW HIGH")
print(Ints.HIGH + 1, repr(Ints.LOW), isinstance(Ints.LOW, int))
Strs = enum.StrEnum("Strs", "ALPHA BETA")
print(Strs.ALPHA, Strs.BETA == "beta", repr(Strs.ALPHA))
Perm = enum.Flag("Perm", "R W X")
print(Perm.R | Perm.W, Perm.X.value, list(Perm))
Mixed = enum.Enum("Mixed", "P Q", type=int)
print(Mixed.Q + 0, repr(Mixed.P))
class Color(enum.Enum):
    RED = 1
try:
    class More(Color):
        BLUE = 2
except TypeError as e:
    print(e)
try:
    enum.Enum("Bad", "A A")
except TypeError as e:
    print(e)
print(Color(1), Color.RED in Color)
