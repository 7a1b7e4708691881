# Dicts made by displays with constant str keys (on the VM they share one key layout per
# display): every dict from one display is independent, and each can then change freely.
def record(i):
    return {"id": i, "name": "n%d" % i, "tags": [i], "score": i * 1.5}


rs = [record(i) for i in range(50)]
print(rs[3], len(rs), rs[0] == record(0), rs[1] == rs[2])
rs[0]["name"] = "changed"
print(rs[0]["name"], rs[1]["name"], rs[0].keys() == rs[1].keys())
rs[1]["extra"] = True
print(list(rs[1]), list(rs[2]), len(rs[1]), len(rs[2]))
del rs[2]["tags"]
print(rs[2], "tags" in rs[3], rs[3].get("tags"))
rs[3].pop("id")
rs[3]["id"] = -3
print(list(rs[3].items()))
rs[4].clear()
print(rs[4], rs[5])
c = rs[5].copy()
c["score"] = 0
c["more"] = 1
print(c, rs[5])
print(rs[6].popitem(), rs[6], rs[7].setdefault("name", "x"), rs[7].setdefault("new", "y"), rs[7])
rs[8].update({"id": 80, "z": 0}, w=1)
print(rs[8])
rs[9][10] = "int key"
rs[9][(1, 2)] = "tuple key"
print(rs[9], rs[9][10], rs[9][(1, 2)], rs[10])
print({**rs[11], "id": None}, dict(rs[12], name="kw"), rs[11] | {"q": 1})
print(sorted(rs[13]), reversed(list(rs[13])).__class__.__name__, list(reversed(rs[13])))
same = [{"a": 1, "b": 2}, {"a": 1, "b": 2}]
same[0]["a"] = 10
print(same, {"b": 2, "a": 1} == {"a": 1, "b": 2}, list({"b": 2, "a": 1}))
dup = {"k": 1, "k": 2, "j": 3}
print(dup, len(dup))
ns = {"x": 1, "y": 2}
exec("x = x + 10\nz = x + y", ns)
print(ns["x"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
g = {"value": 5}
exec("def f():\n    global value\n    value += 1\n    return value\nr = [f() for _ in range(40)]", g)
print(g["value"], g["r"][-3:])
for i in range(3):
    d = {"a": i, "b": i * 2}
    d["a"] += 1
    d.setdefault("c", []).append(i)
    print(d, d == {"a": i + 1, "b": i * 2, "c": [i]})
big = {"k%d" % i: i for i in range(5)}
print(big)
print(vars(type("T", (), {"p": 1, "q": 2}))["p"])
