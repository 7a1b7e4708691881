# Rich comparisons: reflection, == falling back to identity, and total ordering by hand.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print(f'  {self!r}.__lt__({other!r})')
        return self.parts < other.parts


a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(b > a)
print(a == Version(1, 2), a != b, a == 'v1.2')
print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)


class Weird:
    def __eq__(self, other):
        return 'truthy string'


print(Weird() == 1, Weird() != 1, 1 == Weird())
print([1, 2] < [1, 3], (1, 'a') < (1, 'b'), 'abc' < 'abd')
