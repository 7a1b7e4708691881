class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("A") in d, len({Key("x"), Key("X"), Key("y")}))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class Child(Key):
    pass
print(Child("a") == Key("A"), hash(Child("q")) == hash(Key("Q")))
class ChildEq(Key):
    def __eq__(self, o):
        return False
print(ChildEq.__hash__ is None)
class Mutable:
    def __init__(self):
        self.v = 1
    def __hash__(self):
        return self.v
m = Mutable()
s = {m}
m.v = 2
print(m in s, m in list(s))
print(hash(-1), hash(-2), hash(1.5) == hash(1.5), hash((1, 2)) == hash((1, 2)), hash(0.0) == hash(-0.0) == hash(0))
print(hash(True), hash(2**61 - 1), hash(2**61), hash(float("inf")))
