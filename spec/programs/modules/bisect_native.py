# bisect's native functions (_bisect): results, lo/hi/key, insort on lists and other sequences, errors.
import bisect
import _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right, bisect.bisect_left.__module__)
a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in (0, 1, 2, 3, 4, 8, 13, 14, 2.5):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2), bisect.bisect_left(a, x, 1, 5),
          bisect.bisect_right(a, x, hi=4), bisect.bisect_left(a, x, 0, -1), bisect.bisect_right(a, x, lo=3, hi=None))
print(bisect.bisect_right(a, 2, 5, 3), bisect.bisect_left([], 1), bisect.bisect_right(a=a, x=5), bisect.bisect_left(a, 8, True))
words = ['apple', 'Banana', 'cherry', 'Date']
print(bisect.bisect_left(words, 'c', key=str.lower), bisect.bisect_right(words, 'banana', key=str.lower))
recs = [(1, 'a'), (3, 'b'), (3, 'c'), (7, 'd')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
seen = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        seen.append((self.v, other.v))
        return self.v < other.v
ks = [K(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(ks, K(7)), bisect.bisect_right(ks, K(8)), seen)

h = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(h, x)
print(h)
h2 = []
for x in [5, 1, 4, 1.0, 5.0, 9]:
    bisect.insort_left(h2, x)
print(h2)
r = [(1, 'x')]
bisect.insort_right(r, (1, 'y'), key=lambda t: t[0]); bisect.insort_left(r, (1, 'z'), key=lambda t: t[0]); bisect.insort(r, (0, 'w'), key=lambda t: t[0])
print(r)
bisect.insort(h, 100, 0, 3)
print(h)

class MyList(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
m = MyList([1, 3])
bisect.insort(m, 2)
print(m)
from collections import deque
dq = deque([1, 3, 5])
bisect.insort_left(dq, 4)
print(dq, bisect.bisect_left(dq, 5), bisect.bisect_right(range(0, 100, 3), 50), bisect.bisect_left('acegi', 'f'), bisect.bisect((1, 2, 3), 2))

calls = ['bisect.bisect_right()', 'bisect.bisect_right(a)', 'bisect.bisect_right(a, 1, 2, 3, 4)', 'bisect.bisect_right(a, 1, -1)',
         'bisect.bisect_right(a, 1, "a")', 'bisect.bisect_right(a, 1, 0, "b")', 'bisect.bisect_right(a, 1, z=3)',
         'bisect.bisect_right(5, 1)', 'bisect.bisect_right(a, "x")', 'bisect.insort(5, 1)', 'bisect.insort(a, 2, key=5)',
         'bisect.bisect_left(a, 1, 0, 10)', 'bisect.bisect_left(a, 100, 0, 10)', 'bisect.bisect(a, 2, a=1)',
         'bisect.bisect_right(a, 1, 0, 2**70)', 'bisect.bisect_right(a, 1, 1.0)', 'bisect.bisect_right(a, 1, 0, 1.0)',
         'bisect.insort_left([1], 2, -5)', 'bisect.bisect_left({}, 1)', 'bisect.insort((1, 2), 3)']
for c in calls:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
