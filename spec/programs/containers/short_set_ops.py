a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 10]))
c = set(a)
c |= {7}; c &= {1, 7, 3}; c -= {3}; c ^= {100}
print(c)
s = set()
s.add(1); s.add(1); s.update([2, 3], {4})
s.discard(10); s.remove(2)
print(s, len(s), 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print(e)
print(frozenset([1, 2]) == {1, 2}, {frozenset([1]): "fs"}, {1, 2} == frozenset({1, 2}))
print(type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    a + b
except TypeError as e:
    print(e)
print(set(), repr(frozenset()), {1, 2, 3} - {2}, sorted({-1, 5, 0}), set("aab") == {"a", "b"})
dupes = [1, 2, 2, 3, 3, 3]
seen, out = set(), []
for x in dupes:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, len(set(dupes)), {x % 3 for x in range(10)})
print({1, 2}.__contains__(1), {(1, 2), (1, 2)}, {1.0, 1, True})
