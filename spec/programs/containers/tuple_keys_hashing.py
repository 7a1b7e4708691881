# Dicts and sets keyed by tuples and other hashed (non-int, non-str) keys: hits by equal but
# distinct tuples, nested tuples, mixed int/float/bool items, big hashes, keys whose __eq__
# runs, deletion and reinsertion, and many keys (grids).
grid = {}
for x in range(60):
    for y in range(60):
        grid[(x, y)] = x * 100 + y
hits = sum(1 for x in range(60) for y in range(60) if (y, x) in grid)
print(len(grid), hits, grid[(3, 4)], grid.get((60, 0), "none"))
print(grid[(1, 2)] == grid[(1.0, 2)] == grid[(True, 2.0)])
nested = {((1, 2), "a"): 1, ((1, 2), ("b",)): 2}
print(nested[((1, 2), "a")], nested[((1, 2), ("b",))], ((1, 2), "b") in nested)
big = {(2**70, -1): "big", (-2**63, 2**64): "edge", (float("inf"),): "inf", (None, 1.5): "none"}
print(big[(2**70, -1)], big[(-2**63, 2**64)], big[(float("inf"),)], big[(None, 1.5)])
nan = float("nan")
k = (nan, 1)
d = {k: "same object"}
print(d.get(k), d.get((float("nan"), 1), "distinct nan"))


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v) & 0xff

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v


ks = {Key(i): i for i in range(300)}
print(sum(ks[Key(i)] for i in range(0, 300, 7)), Key.calls > 0)
for x in range(0, 60, 2):
    for y in range(60):
        del grid[(x, y)]
print(len(grid), (2, 5) in grid, (3, 5) in grid)
for x in range(0, 60, 4):
    grid[(x, x)] = -x
print(len(grid), grid[(8, 8)], sorted(grid)[:3], list(grid)[-2:])
s = {(i % 7, i % 5) for i in range(100)}
print(len(s), (6, 4) in s, sorted(s)[:4])
h1 = hash((1, 2, 3)) == hash((1, 2, 3)) and hash((2**80,)) == hash((2**80,))
print(h1, hash(()) == hash(()), (1, 2) == (1.0, 2.0))
