import pprint, collections, types, dataclasses, io, sys

def cut(s):
    # drop ids from recursion markers
    import re
    return re.sub(r" with id=\d+", " with id=N", s)

a = [1, 2]
a.append(a)
d = {"x": 1}
d["me"] = d
d["lst"] = a
t = ([],)
t[0].append(t)
for obj in (a, d, t):
    print(cut(pprint.pformat(obj)), cut(pprint.pformat(obj, width=5)))
    print(cut(pprint.saferepr(obj)), pprint.isreadable(obj), pprint.isrecursive(obj))
    p = pprint.PrettyPrinter(width=10)
    print(p.isreadable(obj), p.isrecursive(obj))

deep = [1, [2, [3, [4, [5, {"a": {"b": (6, (7,))}}]]]]]
for depth in (1, 2, 3, 4, 6, 10):
    print(pprint.pformat(deep, depth=depth), pprint.pformat(deep, depth=depth, width=8))
print(pprint.pformat({"a": {}, "b": [], "c": ()}, depth=1))
print(pprint.pformat({"a": {1: 2}, "b": [1], "c": (1,), "d": (1, 2)}, depth=1))
print(pprint.saferepr(deep), pprint.isreadable(deep), pprint.isreadable([object]), pprint.isreadable(3j))
print(pprint.saferepr({3: 1, 1: 2, "a": 3, None: 4, (1,): 5}))

print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat({"n": [10**6, -10**7, True, 1.5e10]}, underscore_numbers=True))
class MyInt(int):
    pass
class ReprInt(int):
    def __repr__(self):
        return "RI"
print(pprint.pformat([MyInt(10**8), ReprInt(5)], underscore_numbers=True))

class D(dict): pass
class L(list): pass
class T(tuple): pass
class S(set): pass
class F(frozenset): pass
class Str(str): pass
class B(bytes): pass
class RD(dict):
    def __repr__(self): return "RD" + dict.__repr__(self)
long = list(range(40))
for cls in (D, L, T, S, F):
    print(pprint.pformat(cls(long) if cls is not D else cls(zip(long, long))))
print(pprint.pformat(Str("word " * 30)), pprint.pformat(B(b"bytes" * 30)))
print(pprint.pformat(RD(zip(long, long))))
print(pprint.pformat([S(), F(), S([1]), F([2])], width=3))

@dataclasses.dataclass
class Pt:
    x: int
    y: object = None
    hidden: int = dataclasses.field(default=0, repr=False)
@dataclasses.dataclass(repr=False)
class NoRepr:
    x: int
@dataclasses.dataclass
class Custom:
    x: int
    def __repr__(self): return "Custom!" * 20
@dataclasses.dataclass
class Empty:
    pass
print(pprint.pformat(Pt(1, list(range(30)))))
print(pprint.pformat(Pt(1, Pt(2, Pt(3, "s" * 60)))))
print(pprint.pformat([NoRepr(1)] * 3, width=10).replace("0x", "").split(" object")[0])
print(pprint.pformat(Custom(1), width=10))
print(pprint.pformat(Empty(), width=3), pprint.pformat(Pt, width=3))
pr = Pt(1)
pr.y = pr
print(pprint.pformat(pr, width=5))
print(pprint.pformat([pr], width=5))

print(pprint.pformat({1: "a", "b": 2, None: 3, 2.5: 4, (1,): 5, 0: 6}))
print(pprint.pformat({1: "a", "b": 2, None: 3}, sort_dicts=False))
print(pprint.pformat({3, 1.5, 2, (0,)}))
print(pprint.pformat({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, width=10, sort_dicts=False))
pprint.pp({"b": 1, "a": 2}, width=5)
pprint.pp({"b": 1, "a": 2}, sort_dicts=True, width=5)
pprint.pprint(list(range(30)), width=30, compact=True)
pprint.pprint([1, 2], None, 4, 3)

buf = io.StringIO()
pprint.pprint({"a": 1}, stream=buf)
pprint.PrettyPrinter(stream=buf, width=10).pprint(list(range(5)))
print(repr(buf.getvalue()))
for bad in [dict(indent=-1), dict(depth=0), dict(depth=-3), dict(width=0), dict(indent="2"), dict(width=3.9), dict(indent=-1, depth=0)]:
    try:
        p = pprint.PrettyPrinter(**bad)
        print("ok", p.pformat(list(range(6))))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(indent="x")
except ValueError as e:
    print("VE", e)
print(pprint.pformat(list(range(6)), width=-5))

class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
up = Upper(width=20)
print(up.pformat({"key": ["abc", "def" * 10, {"x": "y"}]}))
print(up.isreadable(["a"]), up.isrecursive(["a"]))

print(pprint.__all__)
print(pprint.pformat("x" * 100, width=20))
print(pprint.pformat(["x" * 100], width=20))
print(pprint.pformat("a\tb\tc " * 10, width=20))
print(pprint.pformat("é ü ñ " * 10 + "\u2028more", width=20))
print(pprint.pformat(b"\x00\xff" * 20, width=20))
print(pprint.pformat({"k": b"abcd" * 6}, width=20))
print(pprint.pformat(bytearray(b"abcd" * 6), width=20))
print(pprint.pformat([bytearray(b"abcd" * 6)], width=20))
sys.stdout.write(pprint.pformat(range(100)) + "\n")
print(pprint.pformat([range(3), None, ..., NotImplemented, int, len]))
print(pprint.isreadable([range(3)]), pprint.isreadable([len]))
