# sorted()/list.sort() with tuple keys and float keys: the native-comparison fast paths must
# give CPython's stable order, and fall back (TypeError, NaN behaviour, custom __lt__) exactly.

recs = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 1.5), ("a", 1, -0.0), ("b", 1, 0.0), ("c", 2, 2.5),
        ("a", 3, 1.5), ("é", 0, 3.0), ("Z", 9, -1e300), ("b", 2, 1.5)]
print(sorted(recs))
print(sorted(recs, key=lambda r: (r[2], r[0])))
print(sorted(recs, key=lambda r: (r[2], r[0]), reverse=True))
print(sorted(recs, key=lambda r: (r[1], -r[2])))
print(sorted(recs, key=lambda r: (r[0],)))
print(sorted(recs, key=lambda r: r[2]))
# Stability: equal keys keep their order (0.0 == -0.0, 1 == 1.0 == True).
print(sorted([(0.0, 'x'), (-0.0, 'y'), (0, 'z'), (False, 'w')], key=lambda t: (t[0],)))
print(sorted([(1, 'a'), (1.0, 'b'), (True, 'c'), (0.5, 'd')], key=lambda t: (t[0], 0)))
# Different lengths; ints beyond 2**53 against floats.
print(sorted([(1, 2, 3), (1, 2), (1,), (), (1, 2, 2.5), (0, 99)]))
print(sorted([(2**53 + 1,), (2.0**53,), (2**53,), (9007199254740993.0,), (10**30,), (1e30,)]))
# Mixed kinds at one position: CPython compares only as far as it has to.
print(sorted([(1, 'a'), (2, 3)]))
try:
    sorted([(1, 'a'), (1, 3)])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([(1, 2), ('a', 2)])
except TypeError as e:
    print('TypeError:', e)
# NaN inside tuples: not a total order, falls back to CPython's comparisons.
nan = float('nan')
print(sorted([(nan, 1), (1.0, 2), (0.5, 3), (nan, 0)]))
print(sorted([(1, nan), (1, 0.5), (0, nan), (1, -1.0)]))
# Nested tuples and None fall back too.
print(sorted([((2, 'b'), 1), ((1, 'z'), 2), ((2, 'a'), 0)]))
try:
    sorted([(None, 1), (None, 0)])
except TypeError as e:
    print('TypeError:', e)
print(sorted([(1, None), (0, None)]))
# Tuple subclasses and custom __lt__ items keep their own comparison.
class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)
print(sorted([T((1,)), T((1, 2, 3)), T((5, 5))]))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'Rev(%r)' % self.v
print(sorted([(Rev(1), 'a'), (Rev(3), 'b'), (Rev(2), 'c')]))
# Astral characters sort by code point.
print(sorted([('\U0001F600', 1), ('\uFFFF', 2), ('a', 3)]))
lst = [(3.5, 'c'), (1.25, 'a'), (3.5, 'a'), (-2.0, 'z')]
lst.sort(key=lambda t: (t[0], t[1]), reverse=True)
print(lst)
print(sorted(range(20), key=lambda i: (i % 3, -i * 0.5)))
# Int keys: stability across many equal keys, negative keys, keys at the 32-bit edges and
# beyond, bools mixed in.
data = list(range(300))
print(sorted(data, key=lambda i: i % 7)[:20], sorted(data, key=lambda i: -(i % 5), reverse=True)[:12])
edge = [2**31 - 1, -2**31, 2**31, -2**31 - 1, 0, -1, 1, 2**53, -2**60, True, False]
print(sorted(range(len(edge)), key=lambda i: edge[i]))
print(sorted(range(len(edge)), key=lambda i: edge[i], reverse=True))
print(sorted(range(9), key=lambda i: [3, -3, 3, 0, -3, 0, 3, 1, 1][i]))
