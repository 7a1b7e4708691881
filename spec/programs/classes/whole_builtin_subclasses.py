# Custom containers subclassing builtins with overridden dunders
class CaseDict(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self.update(*a, **k)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def update(self, *a, **k):
        for kk, v in dict(*a, **k).items():
            self[kk] = v
    def __missing__(self, k):
        return f"<missing {k}>"

d = CaseDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, "A" in d, d["b"], d.get("A"), d.get("a"))
print(d["zz"])
print(dict(d), sorted(d.keys()), list(d.items()))
d2 = d.copy()
print(type(d2).__name__, d2)
print(type(d | {"X": 9}).__name__, d | {"X": 9})
d |= {"Y": 1}
print(type(d).__name__, d)

class Missing(dict):
    def __missing__(self, k):
        self[k] = v = len(self)
        return v
m = Missing()
print(m["a"], m["b"], m["a"], m)
print(m.get("zz"), "zz" in m)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"
    def __add__(self, other):
        return Stack(list.__add__(self, other))
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Stack(r) if isinstance(i, slice) else r

s = Stack([1, 2]).push(3).push(4)
print(s, s[1], s[1:3], s + [5], [0] + s, type([0] + s).__name__)
s += [9]
print(type(s).__name__, s, len(s), s[::-1])
print(sorted(s, reverse=True), type(sorted(s)).__name__, s == [1, 2, 3, 4, 9])
s.sort(key=lambda v: -v)
print(s, s.index(3), s.count(9), s * 2, type(s * 2).__name__)

class Word(str):
    def __new__(cls, s, tag=""):
        obj = super().__new__(cls, s.strip())
        obj.tag = tag
        return obj
    def __eq__(self, other):
        return str.lower(self) == str(other).lower()
    __hash__ = str.__hash__
    def __len__(self):
        return 100
w = Word("  Hello ", tag="t")
print(repr(w), w, len(w), w == "HELLO", w.tag, w.upper(), type(w.upper()).__name__)
print(w + "!", type(w + "!").__name__, f"{w}", f"{w!r}", "%s" % w, str(w), type(str(w)).__name__)
print(w in {"Hello": 1}, {w: 1}.get("Hello"))

class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, cents)
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self)//100}.{int(self)%100:02d}"
    def __add__(self, o):
        return Money(int(self) + int(o))
    __radd__ = __add__
m = Money(1234)
print(m, repr(m), m + 6, 6 + m, sum([Money(1), Money(2)], Money(0)), m * 2, type(m * 2).__name__)
print(f"{m}", f"{m:>8}", f"{m!r}", format(m, "d"), m == 1234, hash(m) == hash(1234), bool(Money(0)))

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, p.x, p.y, p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), p[::-1], type(p[::-1]).__name__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

class Tags(set):
    def add(self, x):
        super().add(x.lower())
t = Tags()
t.add("A"); t.add("a"); t.add("B")
print(sorted(t), len(t), type(t | {"c"}).__name__, type(t.copy()).__name__, Tags("XY") == {"X", "Y"})
class FS(frozenset):
    def __repr__(self): return "FS" + repr(sorted(self))
f = FS([3, 1])
print(f, f | {2}, type(f | {2}).__name__, f == frozenset({1, 3}))
class BA(bytearray):
    pass
b = BA(b"abc")
print(b, b + b"d", type(b + b"d").__name__, b[0], b[1:], type(b[1:]).__name__, b.upper())
class IntList(list):
    def __init__(self, it=()):
        super().__init__(int(x) for x in it)
    def __setitem__(self, i, v):
        super().__setitem__(i, int(v))
il = IntList(["1", 2.7])
il[0] = "5"
il.append("7")
print(il, il[:1])
