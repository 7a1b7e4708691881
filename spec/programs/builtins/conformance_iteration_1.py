def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

t(iter, 5); t(iter, None); t(iter, 1.5); t(lambda: [x for x in 3]); t(lambda: list(object()))
t(lambda: next([1])); t(next, iter([]), 'dflt'); t(next, iter([])); t(iter, lambda: 1, 2, 3)
def unpack(): a, b = 1
t(unpack)
def unpack2(): a, b = [1, 2, 3]
t(unpack2)
def unpack3(): a, b, *c = [1]
t(unpack3)
t(lambda: sum(5)); t(lambda: max(7)); t(lambda: min([])); t(max, [], default=3); t(lambda: sorted(None)); t(lambda: dict(5))
t(lambda: set(1)); t(lambda: ''.join(1)); t(lambda: 1 in 5); t(enumerate, 5); t(zip, 1); t(map, len, 1); t(filter, None, 1)
t(lambda: [*5]); t(lambda: {**5}); t(lambda: print(*None))
def f(*a): return a
t(lambda: f(*1)); t(lambda: f(**[]))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), iter(OnlyGetitem()).__class__.__name__, list(reversed([1, 2])))
t(reversed, OnlyGetitem()); t(len, OnlyGetitem())
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
    def __len__(self): return 3
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class NotIter:
    __iter__ = None
t(iter, NotIter()); t(lambda: 1 in NotIter())
class BadIter:
    def __iter__(self): return 5
t(iter, BadIter()); t(list, BadIter())
class NoNext:
    def __iter__(self): return self
t(iter, NoNext())
class Rev:
    def __reversed__(self): return iter('cba')
    def __iter__(self): return iter('abc')
print(list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 2
t(reversed, RevNone())
t(reversed, {1: 2}); print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.values())))
t(reversed, {1, 2}); t(reversed, iter([1]))
# exhausted iterators
it = iter([1, 2]); print(list(it), list(it), next(it, 'done'))
g = (x for x in range(2)); print(list(g), list(g))
m = map(abs, [-1]); print(list(m), list(m))
class Once:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n >= 2: raise StopIteration
        return self.n
o = Once(); print(list(o), list(o), o.n)
# __length_hint__
import operator
class LH:
    def __iter__(self): return iter([1, 2, 3])
    def __length_hint__(self): return 1000
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7), list(LH()))
class BadLH:
    def __length_hint__(self): return -1
t(operator.length_hint, BadLH())
class NILH:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(NILH(), 4))
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), operator.length_hint(reversed([1, 2])))
# laziness
def noisy(n):
    for i in range(n):
        print('gen', i)
        yield i
e = enumerate(noisy(3), start=10); print('enum made'); print(next(e)); print(list(e))
z = zip(noisy(2), noisy(5)); print('zip made'); print(list(z))
z = zip([1, 2], [3], strict=False); print(list(z))
t(lambda: list(zip([1, 2], [3], strict=True))); t(lambda: list(zip([1], [3, 4], strict=True))); t(lambda: list(zip([1], [2], [3, 4], strict=True)))
mp = map(lambda x: print('map', x) or x, [1, 2]); print('map made'); print(next(mp))
fl = filter(lambda x: x % 2, noisy(4)); print('filter made'); print(list(fl))
print(list(map(pow, [2, 3], [3, 2, 1])), list(filter(None, [0, 1, '', 'a', None])), list(enumerate('ab', -1)))
t(enumerate, [], start='x'); t(enumerate, [], 1, 2); t(map, len); t(filter, len)
# range
r = range(1, 20, 4)
print(r, r.start, r.stop, r.step, len(r), r.index(9), r.count(9), r.count(10), 9 in r, 9.0 in r, '9' in r, r[-1], r == range(1, 18, 4), range(0) == range(5, 2))
t(r.index, 10); t(range, 1, 2, 0); t(range, 1.5); t(range); t(range, 'a'); t(lambda: r[10]); t(lambda: range(5) < range(6))
print(hash(range(0)) == hash(range(3, 3)), range(3) != range(0, 3, 1), list(range(-3)), list(range(5, -5, -3)), range(10)[-3])
print(range(2 ** 100).count(5), (2 ** 99) in range(2 ** 100), range(0, 10, 2).index(Idx := 4), bool(range(0)), reversed(range(3)).__class__.__name__)
it = iter(range(3)); print(next(it), list(it))
print(repr(range(0, 5, 1)), repr(range(-2, 5, 2)), str(range(3)))
t(setattr, r, 'start', 1)
# iter with sentinel
vals = iter([1, 2, 0, 3]); print(list(iter(lambda: next(vals), 0)))
t(iter, 5, 0)
import sys
class Count:
    def __init__(self): self.i = 0
    def __call__(self):
        self.i += 1
        if self.i > 5: raise StopIteration
        return self.i
print(list(iter(Count(), 100)))
# generators as iterators
def gen():
    yield 1
    return 'ret'
gi = gen(); print(iter(gi) is gi, next(gi))
try: next(gi)
except StopIteration as e: print('stop', e.value, e.args)
d = {'a': 1}; di = iter(d); print(type(di).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(b'')).__name__)
print(list(zip()), list(zip('ab')), dict(zip('ab', range(2))), list(map(str)) if False else '', sum(range(101)), sum([[1], [2]], []))
print(all([]), any([]), all(iter([1, 0])), any(x > 2 for x in [1, 3]), min('bca'), max([3, 1], key=lambda v: -v), min([], default=None))
t(sum, ['a', 'b'], ''); t(sum, [1], start=[]); print(sum([0.1] * 10), sum([1, 2], 0.5))
