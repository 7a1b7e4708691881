class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, a + 1, 1 + a, type(a + 1), type(1 + a), a * 2, type(a * 2), isinstance(a, int), str(a), f"{a}", "%d" % a)
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
u = UpperStr("hi")
print(u, repr(u), type(u), u.shout(), type(u.shout()), u == "HI", hash(u) == hash("HI"), len(u), u.lower(), type(u.lower()))
class Stack(list):
    def push(self, x):
        self.append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
s = Stack([1, 2])
s.push(3)
print(s, len(s), s[0], s[-1], type(s[0:2]), list(s), s + [4], type(s + [4]))
for x in s:
    print("iter", x)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["xyz"], d, d.get("qq"), "qq" in d, repr(d), type(d))
class CountDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
c = CountDict()
c["x"] = 1
c.update(y=2)
c.setdefault("z", 3)
print(c, dict(c), c == {"x": 1, "y": 2, "z": 3})
class Attr(dict):
    __getattr__ = dict.__getitem__
a2 = Attr(k=9)
print(a2.k)
class MyList(list):
    pass
m = MyList([3, 1, 2])
m.sort()
m.x = 5
print(m, m.x, m.__dict__, type(m).__name__, MyList.__mro__, m == [1, 2, 3], [1, 2, 3] == m)
class F(float):
    def __str__(self):
        return "F!"
print(F(1.5), repr(F(1.5)), F(1.5) + 1, type(F(2) + 1))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
t = T(1, 2)
print(t, t.first, len(t), t + (3,), type(t + (3,)), t == (1, 2), hash(t) == hash((1, 2)))
class S(set):
    pass
print(S([1, 2]) | {3}, type(S([1]) | {3}), S([1, 2]), repr(S()))
class B(bytes):
    pass
print(B(b"ab"), type(B(b"ab")[0:1]), B(b"ab").upper())
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args, repr(e))
class Bool2(int):
    def __bool__(self):
        return False
print(bool(Bool2(5)), not Bool2(5), Bool2(5) or "alt")
class Len(list):
    def __len__(self):
        return 42
print(len(Len([1])), bool(Len()))
class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
md = MyDict({1: 2}, b=3)
print(md, md.extra, md.keys(), list(md.items()), md.copy(), type(md.copy()))
class Keys(dict):
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return k * 2
print(dict(Keys(a=1)), {**Keys(a=1)})
