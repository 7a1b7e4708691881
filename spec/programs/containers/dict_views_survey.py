d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, reversed(d) is not None, list(reversed(d)))
d["d"] = 4
print(k, list(v), k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, it & {("a", 1)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"q"}))
print(d.pop("a"), d.pop("zz", None), d.popitem(), d, d.setdefault("e", 5), d.get("q", 0))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("xy", (1, 2))), dict([("p", 1)], q=2))
d2 = {1: "a"} | {2: "b"}
d2 |= {3: "c"}
print(d2, {**d2, 1: "z"})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
dd = {}
for i in range(5):
    dd[i] = i * i
for key in list(dd):
    if key % 2:
        del dd[key]
print(dd, {x: x ** 2 for x in range(3)}, sorted({3: 1, 1: 2}.items()))
try:
    for key in dd:
        dd[key + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: 1, True: 2}, {1.0: "f", 1: "i"}, {(1, 2): 3}[1, 2])
print(repr({}), repr({"a": {"b": []}}), str({1: "x"}))
r = {}
r["self"] = r
print(r)
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, dict(a=1).__len__(), list({"b": 1, "a": 2}))
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
it2 = iter({"x": 1})
print(next(it2), type(it2).__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(d.copy() is not d, d.clear(), d, {}.get(1), list({}.items()))
x = {"k": [1]}
y = x.copy()
y["k"].append(2)
print(x)
print(sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}), sum({1: 0, 2: 0}))
dv = {"a": 1}.values()
print(dv == dv, {"a": 1}.values() == {"a": 1}.values())
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() < {"a", "b"})
