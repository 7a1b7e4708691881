def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
l = [3, 1, 2]
def bad_key(x):
    l.append(0)
    return x
t(l.sort, key=bad_key); print(l)
l = [3, 1, 2]
def key_raises(x):
    if x == 1: raise ValueError('key fail')
    return x
t(l.sort, key=key_raises); print(l)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2: raise TypeError('cmp fail')
        return self.v < o.v
    def __repr__(self): return f'C{self.v}'
l = [Cmp(3), Cmp(1), Cmp(2), Cmp(0)]; t(l.sort); print(len(l))
print(sorted([3, 1, 2], key=None), sorted('bca', reverse=1), sorted([[2], [1, 5], [1]]), sorted([(1, 'a'), (1, 2)], key=lambda x: x[0]))
t(sorted, [(1, 'a'), (1, 2)]); t(sorted, [1, None]); t(sorted, [], cmp=None); t(sorted); t([].sort, 1); t(sorted, [1], key=len)
import sys
l = list(range(5))
print(l.__len__(), l.__contains__(3), l.__iter__().__class__.__name__, l.__reversed__().__class__.__name__, l.__sizeof__() > 0, l.__class__.__name__)
print(l.__getitem__(slice(1, 3)), l.__mul__(2), l.__rmul__(2), l.__add__([9]), l.__eq__([0, 1, 2, 3, 4]), l.__lt__(5), l.__iadd__([5]) is l, l)
print(list.__hash__, [].__hash__, tuple.__hash__ is not None)
a = [1, 2, 3]; b = a; a += [4]; print(b); a = a + [5]; print(b, a)
a = [[0] * 2] * 2; a[0][0] = 1; print(a)
a = [[0] * 2 for _ in range(2)]; a[0][0] = 1; print(a)
x = [1, 2, 3]; x[1:2] = x; print(x)
x = [1, 2, 3]; x.extend(x); print(x)
x = [1, 2, 3]; x[:] = reversed(x); print(x)
x = [1, 2, 3]; x.insert(-100, 0); x.insert(100, 9); x.insert(-1, 8); print(x)
print(x.index(9), x.count(8), x.pop(-2), x.pop(0), x)
t(x.index, 1, 'a'); t(x.index, 1, 0, 'b'); print(x.index(2, -10, 10), x.index(3, 2 ** 70) if False else '')
t(x.index, 2, 2 ** 70)
print([1, 2] == [1, 2.0], [1, 2] < [1, 2, -1], [[]] < [[0]], ['a'] < ['b'], [1] < [1.5], [] == (), list((1, 2)) == [1, 2])
print(list(map(lambda *a: a, [1, 2], 'ab')), list(zip(*[[1, 2], [3, 4]])), [*range(3), *'xy'], [i * j for i in range(3) if i for j in range(i)])
t(lambda: [1, 2, 3][::0]); t(lambda: [].__getitem__(None)); t(lambda: [1][None:None]); print([1, 2, 3][None:None:None])
print(list(range(10))[-3:], list(range(10))[:-7:-2], [0, 1, 2][1:][::-1])
dq = []
for i in range(5): dq.append(i)
while dq: print(dq.pop(0), end=' ')
print()
nested = [1, [2, [3, [4]]]]
def flat(x): return [z for y in x for z in (flat(y) if isinstance(y, list) else [y])]
print(flat(nested), str(nested), repr([None, True, 1.0, 'q', b'b', (1,), {1}, {}, []]))
big = list(range(100000)); big.reverse(); big.sort(); print(big[:3], big[-1], len(big), sum(big))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted(['10', '9', '100'], key=int), sorted([-3, 2, -1], key=abs))
print(max([1, 3, 2]), min([[1, 2], [1]]), max('abc', 'abd'), max([], default='empty'), max([1, 2], key=lambda v: -v), min((3, 1), (2, 5)))
t(max, [], key=len); t(max, 1, 2, default=0); t(min, [1, 'a']); t(max, key=len)
tp = (1, [2, 3])
try: tp[1] += [4]
except TypeError as e: print('TypeError', e)
print(tp)
print(tuple([1]) * 2, (1,) + (2,), (1, 2) + tuple('ab'), (1, 2) * -1, ((1, 2),) * 2, tuple(range(3))[1:], () + ())
print(len((1,) * 10000), hash(()) == hash(tuple()), (1, 2) == (1, 2), (1,) < (1, 0), (2,) > (1, 9, 9))
t(lambda: (1, 2) < (1, 'a')); t(lambda: (1,) + [2]); t(lambda: tuple(1)); t(lambda: ().index(1)); t(lambda: (1, 2).count())
a, *b, c = range(5); print(a, b, c); *d, = 'xy'; print(d); (e, f), g = 'ab', 'c'; print(e, f, g)
t(lambda: exec('a, b = 1, 2, 3')); t(lambda: exec('a, b, c = 1, 2')); t(lambda: exec('a, *b, c = [1]')); t(lambda: exec('(a, b) = None'))
first, *_ = [1, 2, 3]; print(first, _)
for i, (k, v) in enumerate({'a': 1}.items()): print(i, k, v)
i = 0; lst = [10, 20, 30]
i, lst[i] = 1, 99; print(i, lst)
x = y = []; x.append(1); print(y, x is y)
a = b = c = 5; a += 1; print(a, b, c)
