# Copies and unions of sets keep CPython's table order: a copy of a set without deleted
# entries is its table copied as is; with deleted entries (or into a non-empty set) the
# elements are re-inserted. Ints, negative ints, tuples and large ints (other hashes).
def show(label, s):
    print(label, list(s), len(s))

a = set(range(0, 40, 3))
show("copy", a.copy())
show("set()", set(a))
show("frozenset", frozenset(a))
show("union", a | {100, 7})
show("runion", {100, 7} | a)
b = set(a)
for x in (3, 9, 27):
    b.discard(x)
show("after discards", b)
show("copy with dummies", b.copy())
show("union with dummies", b | set())
c = {-1, -2, 2**61, 2**64 + 5, (1, 2), (3, "x"), 10**20, -(10**20)}
show("mixed", sorted(c, key=repr))
print("mixed copy eq", c.copy() == c)
d = set(range(5))
d.update(range(100, 200, 7))
show("grown", d)
show("grown copy", d.copy())
e = set()
e |= d
show("ior into empty", e)
f = {1000}
f |= d
show("ior into one", f)
g = set(range(20))
for i in range(20):
    g.discard(i)
g.update(range(30, 33))
show("reused", g)
show("reused copy", g.copy())
big = set(range(0, 3000, 7))
print("big copy equal order", list(big.copy()) == list(big))
show("big union first10", list(big | {1, 2, 3})[:10])
fz = frozenset([(i, -i) for i in range(12)])
print("frozenset tuples copy order same", list(frozenset(fz)) == list(fz))
print("set of frozenset", set(fz) == fz)
