# dict(d) and an empty dict's update(d) copy d's entries; the copy and the original are then
# independent (adding, deleting, rebinding on either side), for int, str, mixed, tuple and
# float keys, dicts with deleted entries, dict subclasses on either side, and a subclass
# whose __iter__/keys() the copy must go through.
def show(label, d):
    print(label, type(d).__name__, len(d), list(d.items())[:6])


sources = {
    "ints": {i: i * i for i in range(12)},
    "strs": {f"k{i}": i for i in range(8)},
    "few strs": {"a": 1, "b": 2},
    "mixed": {1: "one", "two": 2, 2.5: "f", (1, 2): "t", None: 0, True: "bool-is-1"},
    "tuples": {(i, -i): i for i in range(6)},
    "equal num keys": {1: "int", 2.0: "float", 3: "x"},
}
holey = {i: str(i) for i in range(20)}
for i in range(0, 20, 3):
    del holey[i]
sources["holey"] = holey

for name, src in sources.items():
    a = dict(src)
    b = {}
    b.update(src)
    show(name, a)
    print("  equal:", a == src, b == src, a is not src, list(a) == list(src), list(b) == list(src))
    first = next(iter(src))
    a[first] = "changed"
    a["new"] = 1
    del b[first]
    print("  after edits:", src[first] != "changed", "new" not in src, first in src, len(src), len(a), len(b))
    src["src-only"] = 0
    print("  src edit:", "src-only" in a, "src-only" in b, a.get(1.0, "-"), 1 in a)


class MyDict(dict):
    pass


class KeysOnly(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))

    def keys(self):
        return list(iter(self))

    def __getitem__(self, k):
        return ("via getitem", dict.__getitem__(self, k))


m = MyDict(sources["ints"])
show("subclass target", m)
m[100] = 1
print(100 in sources["ints"], dict(m) == m, type(dict(m)).__name__)
ko = KeysOnly({"x": 1, "y": 2, "z": 3})
show("keys()+getitem source", dict(ko))
e = {}
e.update(ko)
show("update from it", e)
d = dict(sources["strs"], extra=5)
show("with keywords", d)
print(sources["strs"].get("extra"), dict(sources["strs"]) == sources["strs"])
n = dict({})
n["a"] = 1
print(n, dict(n, **{"b": 2}))
