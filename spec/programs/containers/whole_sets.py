students = {
    "math": {"ann", "bob", "cid", "dee"},
    "art": {"bob", "eve", "fay"},
    "music": {"ann", "eve", "gus", "bob"},
}
print(sorted(students["math"] & students["music"]), sorted(students["math"] | students["art"]))
print(sorted(students["math"] - students["music"]), sorted(students["art"] ^ students["music"]))
every = set.intersection(*students.values())
anyone = set().union(*students.values())
print(sorted(every), len(anyone), sorted(anyone))
only_one = {s for s in anyone if sum(s in v for v in students.values()) == 1}
print(sorted(only_one))
print(students["art"] <= anyone, students["art"] < students["art"], students["art"].issubset(anyone), anyone.issuperset(students["math"]))
print({"ann"}.isdisjoint(students["art"]), frozenset("abc") | {"d"} == set("abcd"), type(frozenset("a") | {"b"}).__name__, type({"b"} | frozenset("a")).__name__)
s = set()
for w in "to be or not to be that is the question".split():
    s.add(len(w))
print(sorted(s), len(s), min(s), max(s), sum(s))
s.discard(99); s.discard(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2, 3])
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset() in nested, {frozenset({1}): "one"}[frozenset([1])])
a = {1, 2, 3}
b = a
a |= {4}
print(b, a is b)
a = a | {5}
print(b, a is b)
c = {3, 1, 2}
c.update([9], (8,), {7: None})
c.intersection_update(range(5, 10))
print(sorted(c))
c.difference_update({7})
c.symmetric_difference_update({8, 100})
print(sorted(c))
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(set(range(10)) - set(range(0, 10, 2))))
print({x % 3 for x in range(10)}, {(x, y) for x in range(2) for y in range(2) if x != y} == {(0, 1), (1, 0)})
print(set([1, 2]) == frozenset([1, 2]), {1, 2} != {2, 1}, set() == frozenset(), hash(frozenset()) == hash(frozenset([])))
try:
    {1, 2} + {3}
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({()}), set("") , sorted({-1, -2, 0}))
copy = students["math"].copy()
copy.clear()
print(len(students["math"]), len(copy), bool(copy), bool({0}))
x = {1, 2, 3}
print(x.pop() in {1, 2, 3}, len(x))
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), sum(big), 999 in big, 998 in big)
class Tag:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, Tag) and self.n.lower() == o.n.lower()
    def __hash__(self): return hash(self.n.lower())
    def __repr__(self): return f"Tag({self.n})"
tags = {Tag("Py"), Tag("py"), Tag("JS")}
print(len(tags), Tag("PY") in tags, sorted(tags, key=lambda t: t.n))
