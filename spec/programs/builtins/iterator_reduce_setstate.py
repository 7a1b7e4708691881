# The builtin iterators' __reduce__ and __setstate__ (CPython 3.11's forms and clamping), and
# copy.copy/deepcopy of iterators built on them.
import copy
def show(label, it, adv=1):
    for _ in range(adv): next(it, None)
    r = it.__reduce__()
    print(label, r[0].__name__, [type(a).__name__ if "iterator" in type(a).__name__ or type(a).__name__ in ("S", "L", "zip", "map") else a for a in r[1]], r[2:])
show("list", iter([1,2,3]))
show("listex", iter([1]), 2)
show("listrev", reversed([1,2,3]))
show("listrevex", reversed([1]), 2)
show("tuple", iter((1,2,3)))
show("tupleex", iter((1,)), 2)
show("range", iter(range(1,10,2)))
show("rangeex", iter(range(1,3)), 5)
show("rangeneg", iter(range(10,0,-3)), 2)
show("rangerev", reversed(range(1,10,2)), 2)
show("lrange", iter(range(2**70, 2**70+5)))
show("lrange2", iter(range(0, 2**70, 2**68)), 2)
show("str", iter("abc"))
show("strex", iter("a"), 2)
show("ustr", iter("\xe9bc"))
show("astral", iter("\U0001f600bc"), 2)
show("bytes", iter(b"abc"))
show("bytesex", iter(b"a"), 3)
show("ba", iter(bytearray(b"abc")))
show("dict", iter({1:2,3:4}))
show("dictv", iter({1:2,3:4}.values()))
show("dicti", iter({1:2,3:4}.items()))
show("dictrev", reversed({1:2,3:4}))
show("dictex", iter({1:2}), 2)
show("set", iter({1,2,3}))
show("setex", iter({1}), 2)
class S:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
show("seq", iter(S()))
show("seqex", iter(S()), 6)
show("call", iter(int, 1))
c = iter(lambda: 1, 1); next(c, None); print("callex", c.__reduce__())
show("enum", enumerate("ab", 5))
show("enumbig", enumerate("ab", 2**70))
show("zip", zip([1,2],[3,4]))
z = zip([1,2],[3,4], strict=True); print("zipstrict", z.__reduce__()[2:])
show("map", map(abs, [1,2]))
show("filter", filter(None, [1,2]))
class L(S):
    def __len__(self): return 4
r = reversed(L()); next(r); print("rev", r.__reduce__()[1:] [1:])
r = reversed(type("L1",(S,),{"__len__":lambda s:1})()); next(r); next(r, None); print("revex", r.__reduce__())
it = iter([1,2,3]); it.__setstate__(2); print(list(it))
it = iter([1,2,3]); it.__setstate__(-5); print(list(it))
it = iter([1,2,3]); it.__setstate__(10); print(list(it))
it = iter([1,2,3]); list(it); it.__setstate__(0); print(list(it))
for bad in ["x", 1.5, None, 2**80]:
    try:
        iter([1]).__setstate__(bad)
    except Exception as e: print(type(e).__name__, e)
try: iter([1]).__setstate__()
except Exception as e: print(type(e).__name__, e)
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter(range(5)); it.__setstate__(-3); print(list(it))
it = iter(range(5)); it.__setstate__(30); print(list(it))
it = iter(range(5)); list(it); it.__setstate__(1); print(list(it))
it = iter(range(2**70, 2**70+4)); it.__setstate__(2); print(list(it))
it = iter("abcd"); it.__setstate__(2); print(list(it))
it = iter("\U0001f600b\U0001f600d"); it.__setstate__(2); print(list(it))
it = iter(b"abcd"); it.__setstate__(3); print(list(it))
it = reversed([1,2,3]); it.__setstate__(0); print(list(it))
it = reversed([1,2,3]); it.__setstate__(10); print(list(it))
it = reversed([1,2,3]); it.__setstate__(-4); print(list(it))
it = iter((1,2,3)); it.__setstate__(1); print(list(it))
it = iter(S()); it.__setstate__(2); print(list(it))
r = reversed(L()); r.__setstate__(1); print(list(r))
z = zip([1],[2]); z.__setstate__(True); print(z.__reduce__()[2:])
try: zip([1]).__setstate__()
except Exception as e: print(type(e).__name__, e)
try: iter([1]).__reduce__(1)
except Exception as e: print(type(e).__name__, e)
try: enumerate([1]).__reduce__(1)
except Exception as e: print(type(e).__name__, e)
print(hasattr(enumerate([]), "__setstate__"), hasattr(iter({}), "__setstate__"), hasattr(iter(set()), "__setstate__"), hasattr(map(abs,[]), "__setstate__"), hasattr(iter(int,1), "__setstate__"), hasattr(reversed([]), "__setstate__"))
# copies
it = iter([1, 2, 3]); next(it)
c = copy.copy(it); print(list(c), list(it))
it = iter(range(10)); next(it); c = copy.deepcopy(it); print(list(c), next(it))
e = enumerate("abc", 1); next(e); c = copy.deepcopy(e); print(list(c), list(e))
z = zip("ab", "cd"); c = copy.copy(z); print(list(c), list(z))
d = {1: 2, 3: 4}; it = iter(d); next(it); print(list(copy.copy(it)), list(it))
m = map(str, [1, 2]); print(list(copy.deepcopy(m)), list(m))
f = filter(None, [0, 1, 2]); print(list(copy.copy(f)), list(f))
s = iter("hello"); next(s); print("".join(copy.copy(s)))

def f():
    it = iter(range(10))
    for x in it:
        if x == 3: break
    print(it.__reduce__(), list(copy.copy(it)), list(it))
    it = iter([5, 6, 7, 8])
    for x in it:
        if x == 6: break
    print(it.__reduce__())
    it = iter((5, 6, 7, 8))
    for x in it:
        if x == 6: break
    print(it.__reduce__())
for i in range(300):
    f() if i == 299 else None
f()
