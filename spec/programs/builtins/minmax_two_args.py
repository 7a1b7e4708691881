# min(a, b) / max(a, b): the first argument wins ties; the comparison is `b < a` (min) or
# `b > a` (max), with reflected operators and their TypeErrors; mixed int/float/bool.
class V:
    def __init__(self, n, tag):
        self.n, self.tag = n, tag
    def __lt__(self, other):
        print("  lt", self.tag, other.tag)
        return self.n < other.n
    def __gt__(self, other):
        print("  gt", self.tag, other.tag)
        return self.n > other.n
    def __repr__(self):
        return self.tag

print(min(V(1, "a"), V(1, "b")), max(V(1, "a"), V(1, "b")))
print(min(V(2, "a"), V(1, "b")), max(V(1, "a"), V(2, "b")))
print(min(1, 1.0), min(1.0, 1), max(1, True), max(True, 1), min(0, False), max(-0.0, 0.0))
print(min(3, 2.5), max(2**60, 2**60 + 1), min(-(2**70), 5), max("ab", "b"), min((1, 2), (1,)))
print(min(float("nan"), 1), min(1, float("nan")), max(float("nan"), 1), max(1, float("nan")))
for a, b in [(1, "x"), ("x", 1), ([1], (1,)), (None, None)]:
    for f in (min, max):
        try:
            print(f(a, b))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(min(5, 3, key=lambda v: -v), max(5, 3, key=None), min(4, 2, default=None) if False else min(4, 2))
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max(1, 2, bogus=1)
except TypeError as e:
    print(e)
acc = 0
for i in range(1000):
    acc += max(acc % 7, i % 11) - min(i, 500)
print(acc)
