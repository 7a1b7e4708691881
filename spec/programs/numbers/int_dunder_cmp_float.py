# int's comparison dunders return NotImplemented for floats (float's reflected method answers)
print((1).__eq__(1.0), (1).__eq__("a"), (1.5).__eq__(1), int.__lt__(1, 2.5), (3).__ge__(2), True.__eq__(1.0))
print(1 == 1.0, 1 < 2.5, 2.5 > 1, (1).__ne__(1.0), float.__eq__(1.0, 1))
class MyInt(int):
    def __eq__(self, other):
        r = super().__eq__(other)
        print("super().__eq__ ->", r)
        return r
    __hash__ = int.__hash__
print(MyInt(2) == 2.0, MyInt(2) == 2, MyInt(2) != 3.5)
print(sorted([3, 1.5, 2, 0.5]), max(1, 1.0), min(2.0, 2), [1, 2.0].index(2), 2.0 in [1, 2], {1: "a"}.get(1.0))
