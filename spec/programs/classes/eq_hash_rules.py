# Defining __eq__ without __hash__ makes instances unhashable.
class OnlyEq:
    def __eq__(self, other):
        return True


class Both:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Both) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


class Default:
    pass


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s)
d = Default()
print(d == d, d == Default(), hash(d) == hash(d))


class Child(Both):
    def __eq__(self, other):
        return False


print(Child.__hash__)


class Restored(OnlyEq):
    __hash__ = object.__hash__


print(isinstance(hash(Restored()), int))
