d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["b"] = 20
d["a"] = 100
print(d, list(d))
print(d | {"z": 0, "a": -1}, {"z": 0} | d)
d |= [("q", 9)]
print(d)
print(d.pop("q"), d.pop("nope", "dflt"), d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(d.setdefault("new", []), d.setdefault("a", 5), d)
d.update({"x": 1}, y=2)
d.update([("w", 0)])
print(d)
print(dict(a=1) == {"a": 1}, {1: 2} == {1.0: 2}, {True: "t", 1: "one"})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
grouped = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(w[0], []).append(w)
print(grouped)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print(repr(e), str(e))
print(sorted({3: "c", 1: "a"}.items()), dict(sorted({"b": 1, "a": 2}.items())))
print({k: v for k, v in zip(range(3), "xyz") if k != 1}, dict([(1, 2), (3, 4)]), dict(zip("ab", "cd")))
d2 = {"k": 1}
print(d2.keys() == {"k"}, d2.values() == d2.values(), list(d2.items())[0], repr(d2.values()))
