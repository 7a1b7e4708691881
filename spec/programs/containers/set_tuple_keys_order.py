# Sets keyed by tuples, strs, ints (small, negative, beyond 2**53) and floats: table order,
# membership, removal and re-insertion, whole-set operations and frozenset hashes, as CPython.
grid = set()
for x in range(-3, 4):
    for y in range(-2, 3):
        grid.add((x, y))
print(len(grid), list(grid)[:12])
print((0, 0) in grid, (5, 5) in grid, (-3, -2) in grid, (1.0, 2) in grid, (True, 0) in grid)
for p in [(0, 0), (1, 1), (-1, -1), (9, 9)]:
    grid.discard(p)
print(len(grid), sorted(grid)[:5], list(grid)[:8])
grid.add((1, 1)); grid.add((9, 9))
print(list(grid)[:10])
words = {'alpha', 'beta', 'gamma', ('beta', 1), ('gamma', (2, 3)), 7, -7, 2 ** 60, -(2 ** 70), 1.5, -0.25}
print(len(words), ('gamma', (2, 3)) in words, 2 ** 60 in words, 2.0 ** 60 in words, -(2 ** 70) in words)
print(sorted(str(w) for w in words))
big = {(i, i * i % 97, str(i % 5)) for i in range(300)}
print(len(big), list(big)[:6])
a = {(i, i % 3) for i in range(40)}
b = {(i, i % 3) for i in range(20, 60)}
print(list(a & b)[:5], len(a | b), list(a - b)[:5], list(a ^ b)[:5])
print(a.isdisjoint(b), {(21, 0)} <= a, a >= {(1, 1), (2, 2)}, a == set(a), frozenset(a) == a)
print(hash(frozenset({(1, 2), (3, 4)})) == hash(frozenset([(3, 4), (1, 2)])))
print(hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({-1, 2 ** 64})))
print(hash(frozenset()), hash(frozenset({0})), hash(frozenset({(0,)})))
s = set(range(100))
for i in range(0, 100, 3):
    s.remove(i)
for i in range(200, 230):
    s.add((i, -i))
print(len(s), list(s)[:15])
popped = [s.pop() for _ in range(5)]
print(popped, len(s))
t = {(1, 2): 'a', (2, 1): 'b'}
print(set(t), set(t.keys()) == {(2, 1), (1, 2)})
u = set()
u.update([(1, 'x'), (2, 'y')], {(3, 'z')}, ((4, 'w'),))
u.difference_update({(2, 'y')})
u.symmetric_difference_update({(1, 'x'), (5, 'v')})
u.intersection_update({(3, 'z'), (4, 'w'), (5, 'v'), (6, 'u')})
print(sorted(u))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash((self.v, 'K'))
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f'K({self.v})'
ks = {K(1), K(2), K(1), (K(3), 4)}
print(len(ks), K(2) in ks, (K(3), 4) in ks, (K(3), 5) in ks)
print({-1, -2, 0, 1}, {(-1,), (-2,)}, {2 ** 53 + 1, 2 ** 53, -(2 ** 53) - 1})
