def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
t(l.index, 5); t(l.index, 1, 2); t(l.index, 3, -3, -1); t(l.remove, 9); t([].pop); t(l.pop, 10); t(l.pop, 'a')
t(l.insert, 'x', 1); t(l.sort, key=1); t([1, 'a'].sort); t(l.sort, reverse=None); t(l.sort, 1)
t(list, 5); t(list, [1], [2]); t(tuple, 1); t(l.count); t(l.__getitem__, 'a'); t(l.__setitem__, 5, 0); t(l.__delitem__, -10)
t(lambda: l + (1,)); t(lambda: l * 'a'); t(lambda: (1,) + [2]); t(lambda: l < (1,)); t(lambda: [1] < ['a'])
print([1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], (1, 2) == [1, 2], [] < [0], (1, 'a') < (2,), [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], (n,) == (n,), n in [n])
r = [1]; r.append(r); print(r, repr(r)); d = {}; d['self'] = d; print(d); tt = ([],); tt[0].append(tt); print(tt)
s = []; s.extend([s]); print(str(s))
try:
    for x in l: l.append(0) if len(l) < 6 else None
except Exception as e: print(type(e).__name__, e)
print(l)
d = {'a': 1, 'b': 2}
try:
    for k in d: d['c'] = 3
except RuntimeError as e: print(e)
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
print(d)
s = {1, 2}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print(e)
d = {'a': 1}
try:
    for k in d: d['a'] = 2
except RuntimeError as e: print(e)
print(d)
d = {'x': 1}
try:
    for k in d:
        del d['x']; d['y'] = 1
except RuntimeError as e: print(e)
# dict
d = dict(a=1, b=2)
t(d.__getitem__, 'z'); t(d.pop, 'z'); print(d.pop('z', None)); t({}.popitem); t(d.setdefault); t(dict, [1]); t(dict, [(1, 2, 3)]); t(dict, [[1, 2]]); t(dict, 1)
t(dict.fromkeys, [1, 2]); t(dict.fromkeys, 'ab', 0); t(d.update, [1]); t(d.update, 5); t(d.get); t(d.__delitem__, 'q')
t(lambda: {} < {}); t(lambda: d | [1]); print(d | {'c': 3}, {'c': 3} | d); d |= [('z', 0)]; print(d)
print(d.keys() & {'a', 'q'}, sorted(d.keys() | {'q'}), d.keys() - {'a'}, d.items() & {('a', 1)}, d.keys() ^ {'a'} == {'b', 'z'})
print(d.keys() == {'a', 'b', 'z'}, d.values() == d.values(), list(reversed(d)), list(reversed(d.items())), len(d.values()))
print(repr(d.keys()), repr(d.values()), repr(d.items()), ('a', 1) in d.items(), 1 in d.values(), d.keys().isdisjoint(['x']))
t(hash, d.keys()); t(lambda: d.keys()[0])
print(d.keys().mapping if hasattr(d.keys(), 'mapping') else None)
e = {1: 'a', 1.0: 'b', True: 'c'}; print(e); print({0: 1} == {0.0: 1}, {-0.0: 'z'})
t(lambda: {[]: 1}); t(lambda: {1: 2}[[]]); t(lambda: [] in {}); t(lambda: {}.get([]))
# set
s = {3, 1, 2}
t(s.remove, 9); t(set().pop); t(s.add, []); t(lambda: s < [1]); t(lambda: s | [1]); t(s.union, 5); t(s.issubset, 3)
print(s.union([4], (5,)), s.intersection([1, 9], {1, 2}), s.difference(), s - {1}, s ^ {1, 9}, s.symmetric_difference([9]))
print(s <= {1, 2, 3}, s < {1, 2, 3}, s.issuperset([1]), s.isdisjoint((7,)), frozenset([1]) == {1}, {1} == frozenset([1]))
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, type(frozenset() ^ set()).__name__)
s2 = set(s); s2 -= {1}; s2 &= {2, 3, 4}; s2 ^= {5}; s2 |= {6}; print(sorted(s2))
t(lambda: s.__isub__([1])); print(set(), frozenset(), repr({frozenset({1})}), set('aab') == {'a', 'b'})
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'v'}[frozenset([1])])
t(hash, {1}); print({1} in [frozenset([1])], {1} == {1.0})
ss = {1}; t(lambda: {ss} ); print(frozenset({1}) in {frozenset({1})}, set([1]) in {frozenset({1})})
s3 = {1, 2, 3}; s3.discard(9); s3.difference_update([1], [2]); print(s3); s3.intersection_update([3, 4]); s3.symmetric_difference_update([3, 4]); s3.update([5], (6,)); print(sorted(s3))
# tuple
tp = (1, 2, 3, 2)
print(tp.count(2), tp.index(2), tp.index(2, 2), tp[::-1], tp[1:100], tp * 0, tp[-100:2])
t(tp.index, 9); t(lambda: tp[9]); t(lambda: tp.__setitem__); t(tp.__getitem__, 'x'); t(lambda: hash(([],)))
print((1,) * 3, () == (), (1, 2) < (1, 3), max((1, 2), (1, 3)), tuple('ab'), hash((1, 2)) == hash((1, 2)))
# list methods
a = [5, 3, 9, 1]
a.sort(key=lambda v: -v); print(a); a.sort(reverse=True); print(a); print(sorted(a, key=str), a.copy() is a, a.clear(), a)
a = list(range(10)); a[2:5] = 'xy'; print(a); a[::3] = [0] * 3; print(a); del a[1::2]; print(a); a[1:1] = (7, 8); print(a)
t(a.__setitem__, slice(None, None, 2), [1]); a[:] = []; print(a)
a = [1, 2]; a += 'ab'; print(a); a *= 2; print(a); a *= 0; print(a)
t(lambda: [1] + 'a')
b = [1, 2, 3]; b[5:] = [9]; print(b); b[-100:1] = ['s']; print(b); b.extend(iter([4])); b.reverse(); print(b)
print([].__class__, list.__name__, [1, 2, 3][-1:-4:-1], list(reversed([1, 2])), [0] * -3)
def key_err():
    try:
        {}['missing key']
    except KeyError as e:
        return str(e), repr(e), e.args
print(key_err())
try: {}[(1, 2)]
except KeyError as e: print(str(e), e.args)
try: {}[()]
except KeyError as e: print(str(e), e.args)
try: set().remove(())
except KeyError as e: print(str(e), e.args)
