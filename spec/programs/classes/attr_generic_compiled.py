# Attribute loads, stores and deletes without a fast path inside hot code (compiled by the VM):
# data descriptors, __setattr__/__getattr__ overrides, slots and their errors, module and class
# attributes, list subclasses' __getitem__, unpacking of strs and starred targets.
import sys, math
class D:
    def __get__(self, o, t=None):
        return 42 if o is not None else self
    def __set__(self, o, v):
        o.__dict__["_d"] = v * 2
class S:
    __slots__ = ("a",)
class W:
    d = D()
    def __init__(self):
        self.n = 0
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v if k != "n" else v + 1)
    def __getattr__(self, k):
        if k.startswith("z"):
            raise AttributeError(k)
        return k * 2
def run(n):
    w = W()
    s = S()
    out = []
    for i in range(n):
        w.d = i
        w.n = i
        out.append((w.d, w._d, w.n, w.q, hasattr(w, "zz")))
        s.a = i
        try:
            s.b = i
        except AttributeError as e:
            err = str(e)
        math.tau2 = i
        del math.tau2
        try:
            del s.a
            del s.a
        except AttributeError as e:
            err2 = str(e)
        W.k = i
    return out[-2:], err, err2, W.k, hasattr(math, "tau2")
print(run(50))
def sub(n):
    t = 0
    class L(list):
        def __getitem__(self, i):
            return super().__getitem__(i) * 10
    l = L([1, 2, 3])
    for i in range(n):
        t += l[i % 3] + [5, 6][i % 2] + "abc"[i % 3].__len__() + {"a": 1}.get("a")
        a, b = "xy"
        c, *d = (1, 2, 3)
        t += len(d) + (a == "x")
    return t
print(sub(60))
