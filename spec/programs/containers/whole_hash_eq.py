class Key:
    def __init__(self, name, version):
        self.name, self.version = name, version
        self.hash_calls = 0
    def __hash__(self):
        self.hash_calls += 1
        return hash(self.name)
    def __eq__(self, other):
        print(f"  eq {self.name}/{self.version} vs {getattr(other, 'name', other)}/{getattr(other, 'version', '')}")
        if not isinstance(other, Key):
            return NotImplemented
        return self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r}, v{self.version})"

k1, k2, k3 = Key("a", 1), Key("a", 2), Key("b", 1)
d = {k1: "first"}
d[k2] = "second"
print(d, len(d), k1.hash_calls, k2.hash_calls)
print(k3 in d, d.get(Key("a", 9)))
s = {k1, k2, k3}
print(len(s), sorted(s, key=lambda k: k.name))
print({k1} == {k2}, k1 in [k3, k2], [k3, k2].index(k1))

class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Mutable) and self.v == o.v
m = Mutable(1)
ms = {m}
m.v = 2
print(m in ms, Mutable(1) in ms, Mutable(2) in ms, len(ms), [x.v for x in ms])

class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__ is None, hasattr(EqOnly(), "__hash__"))
class EqChild(EqOnly):
    __hash__ = object.__hash__
print(len({EqChild(), EqChild()}))
class HashOnly:
    def __hash__(self):
        return 1
print(len({HashOnly(), HashOnly()}), HashOnly() == HashOnly())
class Parent:
    def __hash__(self): return 5
    def __eq__(self, o): return NotImplemented
class Child(Parent):
    def __eq__(self, o): return True
print(Child.__hash__, hash(Parent()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100), type(hash(BigHash())).__name__)
class RaisingEq:
    def __hash__(self): return 0
    def __eq__(self, o): raise RuntimeError("eq exploded")
r1, r2 = RaisingEq(), RaisingEq()
dd = {r1: 1}
print(dd[r1])
try:
    dd[r2]
except RuntimeError as e:
    print("RuntimeError:", e)
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"}, {0, 0.0, False, -0.0})
print(hash((1, 2)) == hash((1, 2)), hash("") == hash(""), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
dn = {nan: 1}
print(nan in dn, float("nan") in dn, [nan] == [nan], nan == nan, (nan,) == (nan,))
class Cnt(dict):
    def __hash__(self):
        return hash(tuple(sorted(self.items())))
c = Cnt(a=1)
print({c: "ok"}[Cnt(a=1)])
from_keys = dict.fromkeys([Key("z", 1), Key("z", 2)], 0)
print(from_keys)
t = (k1, k3)
print(t in {(k2, k3): "found"}, t == (k2, k3))
print(sorted({3, 1, 2}), sorted({"b": 1, "a": 2}.items()), list({5: 0, 1: 0, 3: 0}))
