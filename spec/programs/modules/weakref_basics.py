# weakref: ref/WeakMethod/proxy on live objects, what cannot be referenced, the Weak* containers,
# finalize called explicitly.
import weakref
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r() == a, weakref.getweakrefcount(a), r == weakref.ref(a), hash(r) == hash(a), type(r).__name__)
for bad in (1, "s", [], {}, (), None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ("x",)
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
class SW:
    __slots__ = ("x", "__weakref__")
sw = SW()
print(weakref.ref(sw)() is sw)
p = weakref.proxy(a)
print(p.n, p.m(), str(p))
p.n = 7; print(a.n)
wm = weakref.WeakMethod(a.m); print(wm()())
d = weakref.WeakValueDictionary()
d["a"] = a; print(d["a"], "a" in d, len(d), list(d.keys()), d.get("zz"))
k = weakref.WeakKeyDictionary(); k[a] = "v"; print(k[a], a in k, len(k), list(k.values()))
ws = weakref.WeakSet([a]); print(a in ws, len(ws), list(ws))
f = weakref.finalize(a, print, "finalized", 1)
print(f.alive); f(); print(f.alive); f()
print(weakref.ref(A) () is A, weakref.ref(len)() is len)
def fn(): pass
print(weakref.ref(fn)() is fn)
