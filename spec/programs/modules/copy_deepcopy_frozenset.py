# copy.deepcopy of a frozenset (or a slice) builds a new object from copies of its items;
# copy.copy returns the same object.
import copy

class Tag:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Tag) and other.n == self.n
    def __deepcopy__(self, memo):
        return Tag(self.n + 100)

fs = frozenset([Tag(1), Tag(2)])
dup = copy.deepcopy(fs)
print(dup is fs, sorted(t.n for t in dup))
print(copy.copy(fs) is fs)

plain = frozenset([1, 2, 3])
d2 = copy.deepcopy(plain)
print(d2 == plain, type(d2).__name__)

# shared structure: the same frozenset twice in a list is copied once
lst = [fs, fs]
out = copy.deepcopy(lst)
print(out[0] is out[1], out[0] is fs)

# nested in a dict
nested = {'k': frozenset([Tag(5)])}
print(sorted(t.n for t in copy.deepcopy(nested)['k']))

# slices: copy.copy returns the slice itself; deepcopy builds a new one from copies of its
# bounds (mutable bounds are copied)
s = slice([1, 2], [3], None)
c = copy.deepcopy(s)
print(c == s, c is s, c.start is s.start, c.step)
print(copy.copy(s) is s, copy.deepcopy(slice(1, 5, 2)) == slice(1, 5, 2))
