# Builtins that consume a dict or one of its views (sum, max, min, sorted, any, all, tuple,
# set, map, str.join): the entries in order, a dict that grows while sum() walks its values
# (RuntimeError), a dict after a delete and re-insert, a dict subclass with its own __iter__.
class Adder:
    def __init__(self, d): self.d = d; self.n = 0
    def __radd__(self, o):
        self.n += 1
        if self.n == 2: self.d["new"] = Adder(self.d)
        return o
d = {}
d["a"] = Adder(d); d["b"] = Adder(d)
d["a"].n = 0
try:
    print(sum(d.values(), 0))
except RuntimeError as e:
    print("RuntimeError", e)
e = {i: i for i in range(10)}
print(sum(e.values()), max(e), min(e.items()), sorted(e.keys(), reverse=True)[:3], list(e.values())[:3], any(e), all(e.values()), tuple(e.items())[:2])
del e[3]; e[3] = 33
print(sum(e), list(e)[-2:], set(e.values()) >= {33}, sorted(reversed(e.keys()))[:2], ",".join(map(str, e)))
class KD(dict):
    def __iter__(self): return iter(["x"])
k = KD(a=1)
print(list(k), sum(k.values()), list(k.keys()))
f = {1: 2}
it = iter(f.items())
print(next(it), list(it), sum({}.values()))
