import heapq

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

g = lcg(7)
data = [next(g) % 100 for _ in range(40)]

# layouts after every operation
h = []
for x in data[:15]:
    heapq.heappush(h, x)
    print('push', x, h)
for _ in range(5):
    print('pop', heapq.heappop(h), h)
print('replace', heapq.heapreplace(h, 50), h)
print('pushpop small', heapq.heappushpop(h, -1), h)
print('pushpop big', heapq.heappushpop(h, 77), h)
print('pushpop empty', heapq.heappushpop([], 3))
for n in (0, 1, 2, 3, 7, 8, 31, 40):
    xs = data[:n]
    heapq.heapify(xs)
    print('heapify', n, xs)
big = [next(g) % 1000 for _ in range(3000)]
heapq.heapify(big)
print('heapify big', big[:20], sum(i * v for i, v in enumerate(big)))
while len(big) > 2990:
    heapq.heappop(big)
print('after pops', big[:15])

# tuples, priorities with ties, strings
pq = []
for i, w in enumerate(['pear', 'fig', 'apple', 'kiwi', 'fig', 'date']):
    heapq.heappush(pq, (len(w), w, i))
print(pq)
print([heapq.heappop(pq) for _ in range(len(pq))])

# private helpers
h = [1, 3, 2, 7, 4, 5]
h[4] = 0
heapq._siftdown(h, 0, 4)
print('siftdown', h)
h = [1, 3, 2, 7, 4, 5]
h[0] = 9
heapq._siftup(h, 0)
print('siftup', h)
h = [9, 7, 8, 1, 2, 3]
h[5] = 10
heapq._siftdown_max(h, 0, 5)
print('siftdown_max', h)
h = [9, 7, 8, 1, 2, 3]
h[0] = 0
heapq._siftup_max(h, 0)
print('siftup_max', h)
m = data[:12]
heapq._heapify_max(m)
print('heapify_max', m)
print('pop_max', heapq._heappop_max(m), m)
print('replace_max', heapq._heapreplace_max(m, 55), m)

# nsmallest / nlargest
for n in (-2, 0, 1, 2, 5, 39, 40, 41, 100):
    print('n', n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print('  key', heapq.nsmallest(n, data, key=lambda v: v % 7), heapq.nlargest(n, data, key=lambda v: v % 7))
    print('  iter', heapq.nsmallest(n, iter(data)), heapq.nlargest(n, (d for d in data), key=str))
print(heapq.nsmallest(3, []), heapq.nlargest(1, []), heapq.nsmallest(1, iter([])))
print(heapq.nlargest(2, {'b': 1, 'a': 2, 'c': 0}), heapq.nsmallest(2, 'hello'))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
eq = [1, 1.0, True, 2, 2.0]
print(heapq.nsmallest(2, eq), heapq.nlargest(3, eq), heapq.nlargest(1, [1.0, 1, True]))
calls = []
def k(v):
    calls.append(v)
    return -v
print(heapq.nsmallest(2, [5, 3, 8], key=k), calls)

# merge
a, b, c = sorted(data[:10]), sorted(data[10:25]), sorted(data[25:])
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(a, [], b, key=lambda v: v // 10)))
print(list(heapq.merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True)))
print(list(heapq.merge(sorted(c, key=lambda v: v % 10, reverse=True), sorted(a, key=lambda v: v % 10, reverse=True),
                       key=lambda v: v % 10, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1], [])))
tagged = list(heapq.merge([(1, 'a'), (3, 'a')], [(1, 'b'), (2, 'b')], [(1, 'c')], key=lambda t: t[0]))
print(tagged)
tagged = list(heapq.merge([(3, 'a'), (1, 'a')], [(3, 'b'), (2, 'b')], [(3, 'c')], key=lambda t: t[0], reverse=True))
print(tagged)
log = []
def noisy(v):
    log.append(v)
    return v
def src(name, items):
    for x in items:
        log.append(name + str(x))
        yield x
mg = heapq.merge(src('p', [1, 4, 9]), src('q', [2, 3]), key=noisy)
print(next(mg), log)
print(list(mg), log)
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([1.5, 2], [1, 2.0])))
print(type(heapq.merge([1])).__name__)

# errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heapify('abc'))
show(lambda: heapq.heappush([1], 'a'))
show(lambda: heapq.heappush([]))
show(lambda: heapq.nsmallest(2.0, [1, 2, 3]))
show(lambda: heapq.nsmallest('2', [1, 2]))
show(lambda: heapq.nsmallest('2', iter([1, 2])))
show(lambda: heapq.nlargest(2, 5))
show(lambda: heapq.nsmallest(1, [3, 'a']))
show(lambda: heapq.nlargest(1, [3, 'a']))
show(lambda: list(heapq.merge([1], 2)))
show(lambda: list(heapq.merge([1], ['a'])))
show(lambda: heapq.nsmallest(2, [1, 2], foo=1))
print(heapq.__all__)
