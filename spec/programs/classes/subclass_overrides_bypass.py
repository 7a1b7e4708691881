class D(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __contains__(self, k):
        print("contains", k)
        return super().__contains__(k)
    def __len__(self):
        return 99
    def __iter__(self):
        return iter(["fake"])
d = D(a=1)
print(d.get("a"), d["a"], "a" in d, len(d), list(d), list(d.keys()), dict(d), d.items(), str(d), d == {"a": 1})
print({**d}, [k for k in d], sorted(d), bool(D()), max(d))
class L(list):
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
    def __len__(self): return 0
    def __iter__(self): return iter([7])
    def append(self, v):
        print("append", v)
        super().append(v)
l = L([1, 2])
l[0] = 5
l[0:1] = [6]
l.append(3)
l.extend([4])
l += [5]
print(list.__repr__(l), len(l), list(l), [*l], sum(l), l == [6, 2, 3, 4, 5], str(l), bool(l), sorted(l))
class S(str):
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower()) if isinstance(o, str) else NotImplemented
    def __hash__(self): return hash(self.lower())
    def upper(self): return "overridden"
k = S("Key")
dd = {k: 1}
print(dd.get("key"), dd.get(S("KEY")), k == "KEY", "KEY" == k, k.upper(), "%s" % k, k + "!", type(k + "!").__name__, k in ["key"], k.lower())
class I(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(I(1) == 2, 2 == I(1), I(1) in [5], {I(1): "x"}.get(1), [5].index(I(1)) if True else "", I(3) + 1)
class T(tuple):
    def __len__(self): return 10
    def __getitem__(self, i): return "x"
t = T((1, 2))
print(len(t), t[0], list(t), tuple(t), t == (1, 2), a if (a := t.count(1)) else 0, *t)
class F(float):
    def __add__(self, o): return "fadd"
print(F(1) + 1, 1 + F(1), sum([F(1)]), F(2) * 2)
class B(bytes):
    def __len__(self): return 100
print(len(B(b"ab")), B(b"ab").upper(), list(B(b"ab")), bytes(B(b"ab")))
class St(set):
    def add(self, x):
        print("add", x)
        super().add(x)
s = St()
s.add(1)
s |= {2}
s.update([3])
print(sorted(s))
