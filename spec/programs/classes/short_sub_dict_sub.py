class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, d.get("zz"), "zz" in d)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["ABC"] = 1
print(ld["abc"], ld["AbC"], ld)
ld2 = LowerDict(XY=2)
print(ld2, ld2.get("xy"))
ld.update(QQ=3)
print(ld)
class Counting(dict):
    def __repr__(self):
        return "Counting(" + super().__repr__() + ")"
c = Counting(a=1)
print(c, [c], str(c))
print(c | {"b": 2}, type(c | {"b": 2}).__name__)
c |= {"z": 0}
print(c, type(c).__name__)
class Attr(dict):
    __getattr__ = dict.__getitem__
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
a = Attr(x=1)
print(a.x, getattr(a, "y", None))
print(dict.fromkeys("ab"), DefaultDict.fromkeys("ab", 0) if False else Counting.fromkeys("ab", 0))
