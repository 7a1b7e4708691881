# namedtuple fields and Counter counting go through _collections' native helpers (as in
# CPython): the field descriptors' errors and docs, and counting into dicts and mappings.
import collections
from collections import namedtuple, Counter

P = namedtuple("P", "x y")
p = P(1, 2)
print(p.x, p.y, P.x.__doc__, type(P.x).__name__, P.__dict__["y"].__get__(p, P), P.__dict__["x"].__get__(None, P) is P.x)
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    P.x.__get__([1, 2], list)
except TypeError as e:
    print("TypeError:", e)
try:
    P.y.__get__((1,), tuple)
except IndexError as e:
    print("IndexError:", e)
print(P.x.__get__((7, 8)), P.y.__get__(P(3, 4)))
P.x.__doc__ = "first"
print(P.x.__doc__)

class Q(P):
    @property
    def total(self):
        return self.x + self.y
print(Q(3, 4).total, Q(3, 4).x, P._make([5, 6]).y, p._replace(y=9))

c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2))
c.update("aab")
c.update(["x", 1, 1.0, True])
print(sorted((repr(k), v) for k, v in c.items()))
c2 = Counter({"a": 2.5})
c2.update("aa")
print(c2)

class Logged(Counter):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)
Logged("aba")

class Getty(Counter):
    def get(self, k, default=None):
        print("  get", k, default)
        return super().get(k, default)
print(Getty("xyx"))

class Missing(Counter):
    def __missing__(self, key):
        print("  missing", key)
        return 100
m = Missing("aa")
print(m, m["zz"])

def bad():
    yield "a"
    raise KeyError("stop")
d = Counter()
try:
    d.update(bad())
except KeyError as e:
    print("KeyError", e, d)
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError:", e)
