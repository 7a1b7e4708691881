class Keys(dict):
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return k * 2
class It(dict):
    def __iter__(self):
        return iter(["a"])
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return k * 3
def f(**kw):
    return kw
for m in (Keys(a=1, b=2), It(a=1, b=2)):
    print(dict(m), {**m}, f(**m), {"z": 0, **m})
    d = {}
    d.update(m)
    print(d)
