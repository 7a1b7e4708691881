# Builtin methods called in hot loops with 0, 1 and 2 positional arguments (the VM's and the
# tree-walker's calls without an argument array): dict.get/setdefault/pop/keys/values/items,
# list.pop/insert/extend, set.add/discard, str.replace, with subclasses, odd arguments and
# their errors.

class D(dict):
    pass

class L(list):
    pass

class S(set):
    pass

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k

def errors(fn):
    try:
        return fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def run(d, l, s, rounds):
    acc = 0
    for i in range(rounds):
        k = i % 7
        acc += d.get(k, 0) + (d.get(k) or 0)
        d.setdefault(k, i)
        d.setdefault(("t", k))
        acc += d.pop(k + 100, 3)
        if i % 5 == 0:
            acc += d.pop(k, -1)
        acc += len(d.keys()) + len(d.values()) + len(d.items())
        l.insert(0, i)
        l.insert(-100, -i)
        l.insert(10**6, i * 2)
        l.extend((i, i + 1))
        acc += l.pop() + l.pop(0) + l.pop(-1)
        if len(l) > 20:
            l.pop(3)
        s.add(k)
        s.add(Key(k))
        s.discard(k + 1)
        s.discard(Key(k + 2))
        acc += len(s)
        t = "a-b-c-%d" % k
        acc += len(t.replace("-", "") + t.replace("-", "+-+") + t.replace("", "."))
    return acc

print(run({}, [], set(), 300))
print(run(D(), L(), S(), 300))
d = {Key(1): "one", "x": 1}
print(d.get(Key(1)), d.get(Key(2), "none"), d.setdefault(Key(1), "z"), d.pop(Key(1), "gone"), d.pop(Key(1), "gone"))
print(sorted(d.items()), list(d.keys()), list(d.values()))
for _ in range(50):
    r = [
        errors(lambda: {}.get([], 1)),
        errors(lambda: {1: 2}.setdefault({}, 1)),
        errors(lambda: {1: 2}.pop([], 1)),
        errors(lambda: {}.pop([], 1)),
        errors(lambda: {}.pop("k")),
        errors(lambda: [].pop()),
        errors(lambda: [1].pop(5)),
        errors(lambda: [1].pop("0")),
        errors(lambda: [1].insert("0", 1)),
        errors(lambda: [1].insert(2**70, 1)),
        errors(lambda: [1].extend(5)),
        errors(lambda: set().add([])),
        errors(lambda: set().discard({})),
        errors(lambda: "abc".replace(1, "x")),
        errors(lambda: "abc".replace("a", 2)),
        errors(lambda: "abc".replace("a")),
        errors(lambda: {}.get()),
        errors(lambda: {}.keys(1)),
        errors(lambda: [].pop(1, 2)),
    ]
print(r)
lst = [1, 2, 3]
lst.insert(1.0 if False else 1, "x")
print(lst, lst.pop(True), lst)
class Idx:
    def __index__(self):
        return 1
lst.insert(Idx(), "i")
print(lst, lst.pop(Idx()))
print("xAx".replace("x", "yy"), "ÿ€😀".replace("€", "😀😀"))
