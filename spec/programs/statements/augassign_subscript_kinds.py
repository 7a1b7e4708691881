# a[i] op= v on exact lists, tuples, dicts (str, int and user keys), subclasses, __missing__,
# bytearray and the errors: the VM runs the load and the store of the common cases in one step
# (COPY_COPY__BINARY_SUBSCR, SWAP_SWAP__STORE_SUBSCR); everything else takes the general path.
a = [1, 2.5, "s", (1,)]
a[0] += 1; a[1] *= 2; a[2] += "t"; a[3] += (2,); a[-1] += (3,)
print(a)
d = {"x": 1, 5: 2}
d["x"] += 10; d[5] -= 1
print(d)
class L(list): pass
l = L([1, 2]); l[0] += 5; print(l, type(l).__name__)
class D(dict):
    def __missing__(self, k): return 100
dd = D(); dd["q"] += 1; print(dd)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(e)
try:
    a[10] += 1
except IndexError as e:
    print(e)
try:
    d["nope"] += 1
except KeyError as e:
    print(repr(e))
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        m[i][j] += i * j
        m[i][j] -= 1
print(m)
import collections
c = collections.Counter(); c["a"] += 1; c["a"] += 1; print(c)
dd2 = collections.defaultdict(int)
for w in "abcab": dd2[w] += 1
print(dict(dd2))
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): print("hash", s.v); return hash(s.v)
    def __eq__(s, o): return isinstance(o, K) and s.v == o.v
dk = {K(1): 5}
dk[K(1)] += 1
print(list(dk.values()))
b = bytearray(b"ab"); b[0] += 1; print(b)
s = [0.5, 1]; s[0] += 1; s[True] += 3
print(s)
def f(x):
    x[0] **= 2
    x[-1] //= 2
    return x
print(f([3, 7]))
