# Tuple hashes (CPython 3.11's xxHash-based tuplehash) for every kind of element, and dicts
# and sets keyed by tuples, including keys of user classes that hash and compare equal to a
# tuple, and tuples whose hash would be -1.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        if isinstance(other, tuple):
            return other == (self.x, self.y)
        return isinstance(other, Pt) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

samples = [(), (0,), (1,), (-1,), (-2,), (1, 2), (2, 1), ("a",), ("a", "b"), (1, "a"),
           (2**31,), (2**32 - 1,), (2**32,), (2**52 + 1,), (2**63,), (-(2**63),), (10**30,),
           (-(10**30),), (1.5,), (-0.0,), (float("inf"),), (True, False),
           ((),), ((1, 2), (3, 4)), (((1,),),), ("x" * 100, 7), (frozenset({1, 2}),),
           (H(-1),), (H(2**62),), (H(-(2**62)),), tuple(range(40)), (1, 2.0, "3", (4,))]
for t in samples:
    print(hash(t), end=" ")
print()
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)))
d = {}
for i in range(300):
    d[(i % 17, str(i % 5), (i % 3,))] = i
print(len(d), d[(3, "3", (0,))], (16, "1", (1,)) in d, (16, "1", (2,)) in d)
for k in list(d)[::7]:
    del d[k]
print(len(d), sum(d.values()), list(d.items())[:4])
e = {(1, 2): "t", (3, 4): "u"}
print(e[Pt(1, 2)], Pt(3, 4) in e, Pt(5, 6) in e)
e[Pt(1, 2)] = "p"
e[Pt(7, 8)] = "q"
print(e, e[(7, 8)], len(e))
del e[(7, 8)]
print(e)
s = {(i, -i) for i in range(20)} | {(i, str(i)) for i in range(5)}
print(len(s), (3, -3) in s, (3, "3") in s, Pt(4, -4) in s, sorted(s, key=repr)[:5])
print(list({(i, i * 2**40) for i in range(12)}))
print(list({(i, "k") for i in range(12)}) == list({(i, "k") for i in range(12)}))
