# collections.deque (the native _collections type): operations, maxlen, errors, mutation checks.
from collections import deque
import copy

print(deque, deque.__module__, deque.__name__, type(deque().maxlen), deque.__hash__)
d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d[0], d[-1], d[5], d[-5])
for n in (0, 1, -1, 3, -7, 36, 100, -100):
    d.rotate(n)
    print(n, list(d)[:6])
d.rotate()
print(d[0])
d.clear()
print(d, len(d))

# Growth and wrap-around of the ring buffer.
d = deque()
total = 0
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        total += d.popleft()
    if i % 7 == 0:
        d.appendleft(-i)
print(len(d), total, d[0], d[-1], d[len(d) // 2], sum(d))
d.rotate(123)
print(d[0], d[-1], list(d)[:5])

# maxlen
m = deque(range(10), maxlen=4)
print(m, m.maxlen)
m.append(10); m.appendleft(-1)
print(m)
m.extend([20, 21]); m.extendleft([30, 31])
print(m)
z = deque([1, 2], maxlen=0)
z.append(3); z.extend(range(5))
print(z, z.maxlen)
print(deque([1, 2, 3], 2), deque('abc', maxlen=None), deque(maxlen=True, iterable=[1, 2]))
for bad in ('"a"', '-1', '2.0'):
    try:
        deque([], eval(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    m.insert(0, 1)
except IndexError as e:
    print('IndexError', e)
try:
    m.maxlen = 3
except AttributeError as e:
    print('AttributeError')

# Methods
d = deque('abcdefg')
d.extend('hi'); d.extendleft('XY')
print(d, d.count('a'), d.index('c'), d.index('c', 2), d.index('c', -8, -1))
d.insert(3, '!'); d.insert(-1, '?'); d.insert(100, 'end'); d.insert(-100, 'start')
print(d)
d.remove('!'); d.reverse()
print(d)
del d[2]; d[0] = 'first'; d[-1] = 'last'
print(d, d.copy(), copy.copy(d) == d, copy.deepcopy(d) == d, d.copy() is d)
d.extend(d); d.extendleft(deque('12'))
print(d)
print(list(reversed(deque([1, 2, 3]))), list(iter(deque())), 'c' in deque('abc'), 'z' in deque('abc'))

# Comparisons, +, *, +=, *=
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3], deque() < deque([0]))
print(a + b, a * 2, 2 * a, a * 0, a * -1, deque([1, 2], maxlen=3) * 2, deque([1, 2, 3], 5) + deque([4, 5, 6]))
c = a
c += [7, 8]
c *= 2
print(c, a, c is a)
e = deque([1, 2, 3], maxlen=4)
e *= 3
print(e)
for expr in ('a + [1]', 'a < [1]', 'a * "x"', 'a * 1.5', '[1] + a', 'hash(a)', 'a["x"]', 'a[1:2]', 'a[10]',
             'a[-11]', 'deque().pop()', 'deque().popleft()', 'a.index(99)', 'a.remove(99)', 'a.index(1, "a")',
             'a.rotate("x")', 'a.rotate(1, 2)', 'a.append()', 'a.count()', 'deque(1)', 'deque(a=1)',
             'deque([], 1, 2)', 'a.extend(5)', 'a.index(3, 0, 1)', 'a.__getitem__()', 'deque.__new__(int)'):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    del a[100]
except IndexError as e:
    print('IndexError', e)
try:
    a[5] = 0
except IndexError as e:
    print('IndexError', e)

# repr of recursive deques
r = deque([1])
r.append(r)
print(r, [r])
r2 = deque([[]], maxlen=5)
r2[0].append(r2)
print(r2)

# Mutation during iteration and during comparisons
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 9
print(list(it))
it = iter(d)
d.reverse()
print(list(it))
for op in (d.rotate, d.clear):
    it = reversed(d if d else deque([1, 2]))
    src = d
    try:
        op()
        print(list(it))
    except RuntimeError as e:
        print('RuntimeError', e)
d = deque([1, 2, 3])
class Mut:
    def __eq__(self, other):
        d.append(0)
        return False
for expr in ('Mut() in d', 'd.count(Mut())', 'd.index(Mut())', 'd.remove(Mut())'):
    try:
        print(eval(expr))
    except (RuntimeError, IndexError) as e:
        print(expr, type(e).__name__, e)
print(len(d))

# Subclasses: repr, copy, +, *, __init__ re-entrancy, attributes
class D(deque):
    def __init__(self, iterable=(), maxlen=None, tag='t'):
        super().__init__(iterable, maxlen)
        self.tag = tag
x = D([1, 2, 3], 5, tag='x')
print(x, x.tag, x.maxlen, type(x.copy()).__name__, x.copy().tag, type(x + x).__name__, type(x * 2).__name__)
x.__init__([9])
print(x, x.maxlen, isinstance(x, deque), issubclass(D, deque), D.__mro__)
x.__init__('ab', 1)
print(x)
class Q(deque):
    def append(self, v):
        super().append(v * 10)
q = Q()
q.append(1); q.extend([2])
print(q, repr(q), copy.copy(q), copy.deepcopy(q))
print(deque[int], isinstance(deque(), object))
st = deque([1, 2])
try:
    st.x = 1
except AttributeError as e:
    print('AttributeError', e)
