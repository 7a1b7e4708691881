def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice('a', 'b', 'c'))
print(s == slice(1, 10, 2), s < slice(1, 11), slice(1) == slice(None, 1, None), s.indices(5), slice(None, None, -1).indices(4))
for args in [(0, 10), (-3, None), (None, None, -2), (100, -100, -1), (-100, 100), (2, 2), (5, 1, -2), (None, -1, -1)]:
    sl = slice(*args)
    print(args, sl.indices(6), list(range(6))[sl], 'abcdef'[sl], b'abcdef'[sl], tuple(range(6))[sl], range(6)[sl])
t(slice(None, None, 0).indices, 5); t(s.indices, -1); t(s.indices, 'a'); t(lambda: [1, 2][::0]); t(lambda: 'ab'[::0])
t(slice); t(slice, 1, 2, 3, 4); t(lambda: slice(1).start.__class__)
t(hash, slice(1, 2))
try:
    s.start = 5
except AttributeError as e: print('AttributeError', e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([0, 1, 2, 3, 4][Idx(1):Idx(-1)], slice(Idx(1), Idx(4)).indices(10), 'hello'[Idx(1)::Idx(2)])
t(lambda: [1, 2]['a':]); t(lambda: 'abc'[1.0:]); t(lambda: (1, 2)[:None:'x'])
t(slice(1.5, 2).indices, 5)
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::], g[:, 1], g[1:2, ::3], g[...], g[1:2:3], g[:'x'], g[()], g[-1], g[None:])
class L:
    def __len__(self): return 5
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.indices(len(self)))
        return ('item', k)
print(L()[1:-1], L()[::-1], L()[3])
# negative steps
r = list(range(10))
print(r[::-1], r[::-3], r[8:2:-2], r[-1:-5:-1], r[2:8:-1], r[-20::-1], r[:-20:-1], r[5::-1], r[:5:-1])
# extended slice assignment and deletion
a = list(range(10)); a[::2] = 'abcde'; print(a)
a = list(range(10)); a[::-2] = range(5); print(a)
a = list(range(10)); a[1:8:3] = [None] * 3; print(a)
a = list(range(10)); t(a.__setitem__, slice(None, None, 3), [1, 2]); print(a)
a = list(range(10)); a[::1] = [7]; print(a)
a = list(range(10)); a[5:2] = ['x']; print(a)
a = list(range(10)); a[::-1] = list(range(10)); print(a)
a = list(range(10)); del a[::3]; print(a); del a[::-2]; print(a); del a[100:]; print(a); del a[:]; print(a)
a = list(range(10)); a[2:5] = a; print(a)
a = list(range(6)); a[::2] = a[1::2]; print(a)
a = list(range(6)); a[::-1] = a; print(a)
a = [1, 2, 3]; t(a.__setitem__, slice(0, 1), 5); t(a.__setitem__, slice(None, None, 2), 5); print(a)
a = [1, 2, 3]; a[1:2] = (x for x in 'xyz'); print(a)
a = list(range(5)); a[Idx(1):Idx(3)] = []; print(a)
# slices of str/bytes/range
st = 'héllo wörld'
print(st[1:4], st[::-1], st[-3:], st[100:], st[:-100], st[3:1], st[::4])
print(bytearray(b'hello')[::-1], memoryview(b'hello')[1:3].tobytes(), memoryview(b'abcdef')[::2].tobytes())
rg = range(0, 20, 3)
print(rg[1:4], rg[::-1], rg[::2], rg[-2:], rg[100:], rg[5:1:-2], range(10)[::-3], range(-5, 5)[3:-3], range(10, 0, -1)[2::3])
print(list(rg[::-1]), rg[1:4] == range(3, 12, 3), range(0)[::-1], range(5)[::-1] == range(4, -1, -1))
big = range(10 ** 20); print(big[10 ** 19:], big[::7][-1], big[-1]); t(len, big[::7])
t(len, range(2 ** 64)); t(lambda: range(2 ** 64)[2 ** 63])
# tuple & str slice identity/types
tp = (1, 2, 3); print(tp[:] is tp, tp[0:3] is tp, type(tp[1:]).__name__)
ss = 'abc'; print(ss[:] is ss, ss[::1] is ss)
# __setitem__/__delitem__ receiving slice objects
class R:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
r = R(); r[1:2] = 5; r[::3] = 'x'; del r[:4]; del r[1:2, 3]; r[...] = 0
import sys
print(slice(0, sys.maxsize).indices(10), slice(-sys.maxsize - 5, None).indices(3))
print(list(range(10))[slice(2, None)], [1, 2, 3][-1:0:-1], 'abc'[-1::-1])
