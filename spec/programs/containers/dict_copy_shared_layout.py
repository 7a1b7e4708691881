# dict.copy() of a str-keyed dict shares its key layout with the original until either side
# adds or removes a key: every change must stay on its own side.
import copy
from collections import OrderedDict

base = {"k%d" % i: i for i in range(10)}
c = base.copy()
c["k1"] = "changed"
base["k2"] = "base-changed"
print(base["k1"], c["k1"], base["k2"], c["k2"])
c["new"] = 1
print("new" in base, "new" in c, len(base), len(c), list(c)[-1])
base["other"] = 2
print("other" in c, list(base)[-1], list(c)[-1])
del base["k0"]
print("k0" in base, c["k0"], list(base)[:2], list(c)[:2])
d = base.copy()
print(d.pop("k3"), "k3" in base, d.popitem(), list(base)[-1])
e = base.copy()
e.clear()
print(len(e), len(base))
f = base.copy()
f.update({"k4": 44, "z": 0})
print(base["k4"], f["k4"], "z" in base, f == base, base.copy() == base)
g = base.copy()
print(g.setdefault("k5", 0), g.setdefault("q", 9), "q" in base)
# Chains of copies, each changed differently.
chain = [{"a": 1, "b": 2, "c": 3, "d": 4}]
for i in range(6):
    nxt = chain[-1].copy()
    nxt["a"] += 1
    if i % 2:
        nxt["x%d" % i] = i
    else:
        nxt.pop("b" if "b" in nxt else "c", None)
    chain.append(nxt)
for x in chain:
    print(x)
# Iterating a dict while copying it, and views.
h = {"p%d" % i: i for i in range(6)}
out = []
for k in h:
    out.append(len(h.copy()))
print(out, list(h.copy().items())[:2])
hk = h.keys()
hc = h.copy()
hc["extra"] = 1
print(len(hk), "extra" in hk, hk == h.copy().keys())
# Fewer than four keys, mixed keys, int keys: the plain copy.
for src in ({"a": 1}, {"a": 1, 2: 2, "b": 3, "c": 4}, {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}, {(1, 2): 0, "a": 1, "b": 2, "c": 3}):
    cp = src.copy()
    cp["zz"] = 0
    print(src, cp)
# Subclasses, OrderedDict, copy.copy, instance dicts.
class D(dict):
    pass
sd = D(base)
sc = sd.copy()
print(type(sc).__name__, sc == sd)
od = OrderedDict((("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)))
oc = od.copy()
oc.move_to_end("a")
print(list(od), list(oc), copy.copy(base) == base)
for k in od:
    od.copy()
print("iterated", list(od))

class P:
    pass

p = P()
p.__dict__ = {"x": 1, "y": 2, "z": 3, "w": 4}.copy()
q = P()
q.__dict__ = p.__dict__.copy()
q.x = 10
q.v = 5
print(p.x, q.x, vars(p), vars(q))
for i in range(3):
    p.y += 1
    print(p.y, q.y)
