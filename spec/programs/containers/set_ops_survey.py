a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4}, a < a, a >= {1}, a > {1}, a.isdisjoint(b))
print(a.union([5], (6,)), a.intersection(range(2, 10)), a.difference([1], [2]), a.symmetric_difference([3, 9]), a.issubset(range(5)), a.issuperset([1]))
c = set(a)
c.add(10); c.discard(99); c.remove(1)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(c, c.pop() in {2, 3, 10}, len(c))
c |= {20}; c &= {2, 3, 10, 20}; c -= {2}; c ^= {3, 30}
print(sorted(c))
c.update([1], [2]); c.intersection_update({1, 2, 10, 20}); c.difference_update([1]); c.symmetric_difference_update([5])
print(sorted(c))
f = frozenset([1, 2])
print(f, hash(f) == hash(frozenset([2, 1])), f | {3}, type(f | {3}), type({3} | f), {f: "ok"}[frozenset({1, 2})])
print(set(), frozenset(), set("aab"), {1} == frozenset({1}), set() == frozenset())
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print({x % 3 for x in range(10)}, repr({1}), repr(frozenset({1})), set([1, 1.0, True]))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({1, 2} < {1, 2, 3}, {1, 2} <= [1, 2] if False else "", sorted({"b", "a"}), {1, 2}.copy())
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
class SS(set):
    def __repr__(self): return "SS!"
print(SS([1]), SS([1]) | {2}, SS([1]) == {1})
print(set.union({1}, {2}), frozenset.__name__, len(frozenset(range(100))), 5 in frozenset(range(10)))
s2 = {3, 1, 2}
s2.clear()
print(s2)
