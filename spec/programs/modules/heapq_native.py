# heapq's native functions (_heapq): list layouts, comparison order, errors, mutation checks.
import heapq
import _heapq

print(heapq.heappush is _heapq.heappush, heapq.heappop.__module__, heapq.heapify.__name__)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')))

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

# Layouts after pushes, pops, heapify (small and the >2500 path), replace, pushpop.
for size in (0, 1, 2, 3, 7, 16, 33, 100):
    h = []
    for _ in range(size):
        heapq.heappush(h, rnd(50))
    layout = list(h)
    out = [heapq.heappop(h) for _ in range(size)]
    print(size, layout[:12], out == sorted(out), h)
for size in (5, 10, 2501, 3000, 5000):
    data = [rnd(1000) for _ in range(size)]
    h = list(data)
    heapq.heapify(h)
    print(size, h[:10], sum(i * v for i, v in enumerate(h)) % 1000003)
h = [rnd(100) for _ in range(20)]
heapq.heapify(h)
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, 1), heapq.heappushpop(h, 60), h)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1], 1))
big = list(range(3000))
big.reverse()
heapq.heapify(big)
print(big[:8], all(big[(i - 1) >> 1] <= big[i] for i in range(1, 3000)))

# Tuples, strings, floats and mixed int/float.
h = []
for item in [(3, 'c'), (1, 'z'), (1, 'a'), (2, 'b'), (0.5, 'f')]:
    heapq.heappush(h, item)
print(h, [heapq.heappop(h) for _ in range(5)])
h = ['pear', 'apple', 'fig', 'banana']
heapq.heapify(h)
print(h, heapq.heappop(h))
h = [3, 1.5, 2, 0.25, True]
heapq.heapify(h)
print(h)

# The sequence of < comparisons, through a user __lt__.
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f'K({self.v})'
h = []
for v in [5, 2, 8, 1, 9, 3]:
    heapq.heappush(h, K(v))
print(h, log)
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
h = [K(v) for v in [9, 4, 7, 1, 8, 2, 6]]
heapq.heapify(h)
print(h, log)
log.clear()
print(heapq.heapreplace(h, K(5)), heapq.heappushpop(h, K(0)), log)

# __lt__ returning non-bools, only __gt__ defined (reflected), and no ordering at all.
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else ''
    def __repr__(self):
        return f'W{self.v}'
h = [Weird(v) for v in [4, 3, 2, 1]]
heapq.heapify(h)
print(h)
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f'G{self.v}'
h = []
for v in [3, 1, 2]:
    heapq.heappush(h, G(v))
print(h)
for bad in ([1, 2], [object(), object()]):
    try:
        heapq.heappush(bad, 'x' if bad[0] == 1 else object())
    except TypeError as e:
        print('TypeError', e, len(bad))
try:
    heapq.heapify([1, None, 3])
except TypeError as e:
    print('TypeError', e)

# Exceptions from __lt__ propagate, leaving the list as far as the sift got.
class Boom:
    def __init__(self, v, fail):
        self.v, self.fail = v, fail
    def __lt__(self, other):
        if self.fail or other.fail:
            raise ValueError(f'boom {self.v} {other.v}')
        return self.v < other.v
    def __repr__(self):
        return f'B{self.v}'
h = [Boom(1, False), Boom(2, False), Boom(3, False), Boom(4, True)]
try:
    heapq.heappush(h, Boom(0, False))
except ValueError as e:
    print('ValueError', e, h)
try:
    print(heapq.heappop(h))
except ValueError as e:
    print('ValueError', e, h)

# A __lt__ that changes the list's size: RuntimeError; one that only reorders it: no error.
heap = []
class Grow:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        heap.append(Grow(99))
        return self.v < other.v
    def __repr__(self):
        return f'Gr{self.v}'
heap.extend([Grow(1), Grow(2)])
for op in (lambda: heapq.heappush(heap, Grow(0)), lambda: heapq.heappop(heap), lambda: heapq.heapify(heap)):
    try:
        op()
    except RuntimeError as e:
        print('RuntimeError', e, len(heap))
heap = []
class Shrink:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if heap:
            heap.pop()
        return self.v < other.v
heap.extend([Shrink(v) for v in range(6)])
try:
    heapq.heapreplace(heap, Shrink(10))
except RuntimeError as e:
    print('RuntimeError', e, len(heap))
heap = []
class Swap:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        heap.reverse()
        return self.v < other.v
    def __repr__(self):
        return f'S{self.v}'
heap.extend([Swap(v) for v in [3, 1, 2, 5, 4]])
heapq.heapify(heap)
print(heap)
h = [Grow(5)]
heap = h
try:
    heapq.heappushpop(h, Grow(7))
except RuntimeError as e:
    print('RuntimeError', e, len(h))
h = [Grow(9)]
heap = h
print(heapq.heappushpop(h, Grow(7)), len(h))

# A list subclass is accepted; other sequences are not. Argument errors.
class L(list):
    pass
h = L([5, 1, 4])
heapq.heapify(h)
heapq.heappush(h, 0)
print(type(h).__name__, h, heapq.heappop(h))
calls = [
    lambda: heapq.heappush(1, 2), lambda: heapq.heappop(1), lambda: heapq.heapify((3, 1)),
    lambda: heapq.heapreplace((), 1), lambda: heapq.heappushpop('ab', 'c'), lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([]), lambda: heapq.heappop(),
    lambda: heapq.heapify([], 1), lambda: heapq.heappush(heap=[], item=1), lambda: heapq.heappop(heap=[]),
    lambda: heapq.heappushpop([], 1, item=2), lambda: heapq.heapreplace([1], 2, 3),
    lambda: _heapq._heappop_max([]), lambda: _heapq._heapify_max({}),
]
for c in calls:
    try:
        c()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

# The max-heap variants.
h = [rnd(100) for _ in range(15)]
_heapq._heapify_max(h)
print(h, _heapq._heappop_max(h), _heapq._heapreplace_max(h, 42), h)

# nsmallest/nlargest/merge keep working on top of the native functions.
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, 'hello'), list(heapq.merge([1, 3, 5], [2, 4], [0])))
