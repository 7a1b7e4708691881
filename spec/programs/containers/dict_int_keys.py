# dict with int keys: equal numeric keys (1, 1.0, True, int subclasses), custom-equality keys
# that equal ints, big and negative ints, growth, deletion and re-insertion, popitem, copy,
# clear, compaction after many deletions, and iteration order through all of it.
d = {}
for i in range(-50, 3000, 7):
    d[i] = i * 2
print(len(d), d[-50], d[2995], 7 in d, 8 in d, d.get(-1), d.get(13, "none"))
d[1.0] = "float one"
d[True] = "true"
print(d.get(1), d.get(1.0), d.get(True), [k for k in d if k == 1], type(list(d)[0]).__name__)
e = {True: "t", 1: "i", 1.0: "f", 0: "z", False: "F", 0.0: "zf"}
print(e, [type(k).__name__ for k in e])

class MyInt(int):
    pass

m = {MyInt(5): "five"}
print(m[5], m.get(5.0), 5 in m, type(list(m)[0]).__name__)
m[5] = "again"
print(m, type(list(m)[0]).__name__)

class Eq:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
    def __repr__(self):
        return f"Eq({self.v})"

f = {3: "three", -1: "minus one", 2**40: "big", -2**40: "negbig", 2**30: "edge", -2**30: "negedge"}
print(f.get(Eq(3)), Eq(3) in f, f.get(Eq(-1)), f.get(Eq(2**40)), f.get(Eq(2**30)), f.get(Eq(-2**30)))
f[Eq(4)] = "eq four"
print(f.get(4), 4 in f, f[Eq(3)])
f[-2] = "minus two"
print(f[-1], f[-2], f.get(Eq(-2)), hash(-1), hash(-2))

g = {}
for i in range(1000):
    g[i] = i
for i in range(0, 1000, 3):
    del g[i]
for i in range(0, 1000, 6):
    g[i] = -i
print(len(g), list(g)[:5], list(g)[-5:], sum(g.values()), g.get(3), g.get(6), 999 in g)
for i in range(1000):
    g.pop(i, None)
print(g, len(g))
g[5] = 5
g[1 << 35] = "b"
print(g)

h = {i: i for i in range(10)}
print(h.popitem(), h.popitem())
h[8] = "new8"
h[100] = "hundred"
print(h, h.popitem(), 9 in h, 8 in h)
c = h.copy()
c[3] = "c3"
c[200] = 200
print(h, c, c.get(0), h.get(200))
c.clear()
c[0] = "zero"
print(c, 0 in c, 1 in c)

big = dict.fromkeys(range(0, 100000, 13), 0)
for i in range(0, 100000, 26):
    big[i] += 1
print(len(big), sum(big.values()), big[99996 - 99996 % 13], (1 << 31) in big)
k = {2**31: 1, -2**31: 2, 2**31 - 1: 3, 2**53: 4, -(2**53): 5, 0.5: 6, -0.0: 7}
print(k[2**31], k[-2**31], k[2**31 - 1], k[2**53], k[-(2**53)], k[0.5], k[0], k.get(0.0))
n = {x * 1024: x for x in range(2000)}
print(sum(n[x * 1024] for x in range(2000)), n.get(1023), len(n))
del n[0]
n[0] = "back"
print(list(n.items())[-1], list(n)[0], n[0])
s = {}
for x in range(100):
    s[x] = x
    if x % 2:
        s.pop(x - 1)
print(list(s)[:6], len(s))
