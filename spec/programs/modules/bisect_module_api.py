# bisect: the module's functions (lo/hi/key, insort into lists, deques and list subclasses),
# argument errors and PySequence_GetItem's message for a set, and the module's names.
import bisect
from collections import deque
def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 4), bisect.bisect_left(a, x, hi=3),
          bisect.bisect_right(a, x, lo=5, hi=7))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, v); bisect.insort_left(b, v * 10)
print(b)
c = []
for r in [('x', 3), ('y', 1), ('z', 3), ('w', 2)]:
    bisect.insort_right(c, r, key=lambda t: t[1]); print(list(c))
c2 = []
for r in [('x', 3), ('y', 1), ('z', 3), ('w', 2)]:
    bisect.insort_left(c2, r, key=lambda t: t[1])
print(c2)
d = deque([1, 3, 5]); bisect.insort(d, 4); print(d)
print(bisect.bisect(range(0, 100, 3), 50), bisect.bisect_left("acegi", "f"), bisect.bisect_left((1, 2, 3), 2))
class L(list):
    def insert(self, i, x):
        print('insert', i, x); super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
attempt("lo neg", bisect.bisect_left, a, 1, -1)
attempt("insort lo neg", bisect.insort, [], 1, -1)
attempt("hi big", bisect.bisect_left, a, 10, 0, 100)
attempt("hi neg", bisect.bisect_right, a, 1, 0, -5)
attempt("lo str", bisect.bisect_left, a, 1, 'x')
attempt("no args", bisect.bisect_left)
attempt("kw bad", bisect.bisect_left, a, 1, foo=2)
attempt("too many", bisect.bisect_left, a, 1, 0, 2, 3)
attempt("cmp", bisect.bisect_left, [1, 'a'], 'b')
attempt("not seq", bisect.bisect_left, 5, 1)
attempt("set", bisect.insort, {1, 2}, 1)
attempt("key None", bisect.bisect_left, a, 2, key=None)
attempt("x kw", bisect.bisect_right, a=a, x=3)
attempt("hi None", bisect.bisect_right, a, 3, 0, None)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(sorted(n for n in dir(bisect) if not n.startswith('__')))
