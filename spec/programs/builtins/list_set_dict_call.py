# Calling list, set and dict themselves (new + init in one step) with every argument shape,
# next to their subclasses (which still run __new__ and a Python or inherited __init__).
def gen(n):
    for i in range(n):
        yield i * i

print(list(), list([1, 2]), list((3, 4)), list("héllo𝐀"), list(range(4)), list(gen(4)),
      list({"a": 1, "b": 2}), list({"x": 1}.items()), list(b"ab"), list({3}), list(iter([5, 6])))
print(set(), sorted(set([3, 1, 3])), sorted(set("abca")), set(range(0)), sorted(set(gen(5))), set({1: 2}))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k=2, z=3), dict(zip("ab", [1, 2])),
      dict({1: 2}.items()), dict(((i, i * 2) for i in range(3))), dict([], q=1))
l = [1, 2]
m = list(l)
m.append(3)
print(l, m, list(l) is l, type(list()).__name__, type(set()).__name__, type(dict()).__name__)

for f, a, k in [(list, (1,), {}), (list, ([1], [2]), {}), (list, (), {"x": 1}), (list, ([1],), {"iterable": 1}),
                (set, (1,), {}), (set, ([1], [2]), {}), (set, (), {"x": 1}), (set, ([[1]],), {}),
                (dict, (1,), {}), (dict, ([1],), {}), (dict, ([(1, 2, 3)],), {}), (dict, ({}, {}), {}),
                (dict, ([[1]],), {}), (dict, ("ab",), {})]:
    try:
        print(f(*a, **k))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

class L(list):
    def __init__(self, *a):
        print("L.__init__", a)
        super().__init__(*a)
class S(set):
    pass
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = len(self)
print(L([1, 2]), type(L()).__name__, S([1, 1, 2]), type(S()).__name__)
d = D([("a", 1)], b=2)
print(d, d.extra, type(d).__name__)

class Bad:
    def __iter__(self):
        yield 1
        raise ValueError("stop here")
for f in (list, set):
    try:
        f(Bad())
    except ValueError as e:
        print(f.__name__, "ValueError", e)

class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()), dict(KeysOnly(), p=0))
