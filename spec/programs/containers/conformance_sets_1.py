def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, (set, frozenset)) else (type(r).__name__, sorted(r, key=repr)))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}; fs = frozenset({3, 4})
t(lambda: s | fs); t(lambda: fs | s); t(lambda: s & fs); t(lambda: fs - s); t(lambda: s ^ fs); t(lambda: s.union(fs, [9], 'ab')); t(lambda: fs.intersection(s, {3}))
t(lambda: s == {1, 2, 3}); t(lambda: s == [1, 2, 3]); t(lambda: s != (1,)); t(lambda: s < [1]); t(lambda: s <= fs); t(lambda: fs >= {3}); t(lambda: {1} < {1, 2} < {1, 2, 3})
t(lambda: s.issubset([1, 2, 3, 4])); t(lambda: s.issuperset(range(2))); t(lambda: s.isdisjoint('abc')); t(lambda: s.isdisjoint([3]))
x = {1, 2}; x.__init__([7, 8]); t(lambda: x)
x = set('abc'); x.update('cd', [1]); t(lambda: x); x.intersection_update('abz', 'bz'); t(lambda: x)
x = {1, 2, 3}; x.difference_update({1}, [2]); t(lambda: x); x.symmetric_difference_update([3, 4]); t(lambda: x)
t(lambda: {1, 2}.symmetric_difference([2, 3], [4])); t(lambda: set().union()); t(lambda: frozenset().union([1]))
x = {1}; t(lambda: x.add(1)); t(lambda: x.discard(5)); t(lambda: x.remove(5)); t(lambda: x.pop()); t(lambda: x.pop())
t(lambda: {[]}); t(lambda: {1}.add({2})); t(lambda: {1}.add(frozenset({2}))); t(lambda: {frozenset({1}), frozenset([1])})
t(lambda: set(1)); t(lambda: set([1], [2])); t(lambda: frozenset(x=1)); t(lambda: set.union(1, 2))
fs2 = frozenset([1, 2]); print(frozenset(fs2) is fs2, fs2.copy() is fs2, set(fs2) is fs2, hash(fs2) == hash(frozenset([2, 1])), frozenset() is frozenset() or 'maybe')
class FS(frozenset): pass
f3 = FS([1]); print(frozenset(f3) is f3, type(frozenset(f3)).__name__, type(f3.copy()).__name__, type(f3 | {2}).__name__, f3 == frozenset([1]), hash(f3) == hash(frozenset([1])))
class SS(set):
    def __init__(self, it=(), extra=None):
        super().__init__(it)
        self.extra = extra
s2 = SS([1, 2], extra='e'); print(type(s2 | {3}).__name__, type(s2.copy()).__name__, s2.extra, sorted(s2 - {1}), s2 == {1, 2}, repr(s2))
t(lambda: hash(s2))
print({1, 2} == frozenset({1, 2}), {frozenset({1}): 'a'}[frozenset({1})], {1} in [{1}], {1, 2} & {2.0, 3}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
print(sorted({-1, 5, 3}), min({4, 2}), max(frozenset('xyz')), len({*range(100), *range(50, 150)}), sum({1, 2, 3}))
a = {1, 2}; b = a; a |= {3}; print(b, a is b); a = a | {4}; print(b, a is b)
fa = frozenset({1}); fb = fa; fa |= {2}; print(sorted(fb), sorted(fa), fa is fb)
big = set(range(1000)); big -= set(range(0, 1000, 2)); print(len(big), min(big), max(big))
s = set(); s.add((1, 2)); s.add((1, 2)); s.add('12'); print(len(s), (1, 2) in s, [1, 2] in s if False else '')
t(lambda: [1, 2] in s)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), repr(SS()), str({'a'}), repr({(1, 2)}), repr({None}))
class Rec:
    def __init__(self): self.s = set()
    def __hash__(self): return 0
    def __repr__(self): return 'Rec(' + repr(len(self.s)) + ')'
r = Rec(); r.s.add(r); print(r.s, r in r.s)
it = iter({1, 2, 3}); next(it); print(it.__length_hint__())
