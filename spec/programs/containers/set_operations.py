# Set and frozenset algebra, printed sorted so output does not depend on hashing.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.isdisjoint({7}), a.issuperset([1, 2]))
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.remove(5)
print(sorted(s), len(s), 2 in s, s.pop() in {1, 2, 3})
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
f = frozenset('hello')
print(sorted(f), type(f | {'z'}).__name__, type({'z'} | f).__name__, hash(f) == hash(frozenset('olleh')))
print(set(), frozenset(), {1, 2} == frozenset([2, 1]), sorted({x % 3 for x in range(10)}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({1}), repr({1, 2, 3}), repr(frozenset({5})))
c = a.copy()
c &= {1, 2}
c |= {10}
c -= {1}
c ^= {2, 20}
print(sorted(c), sorted(a))
