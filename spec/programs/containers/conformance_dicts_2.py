def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
d = {}
d[1] = 'a'; d[2] = 'b'; d[3] = 'c'
del d[2]; d[2] = 'B'; print(d, list(d), d.popitem(), d)
d = dict.fromkeys(range(5)); print(d); 
for k in list(d):
    if k % 2: del d[k]
print(d)
k = d.keys(); v = d.values(); it = d.items(); d[9] = 'n'; print(k, v, it, len(k))
print(k & [0, 9], k | [1], k - [0], [0, 2] - k if False else '', {1} | k if False else '', k == {0, 2, 4, 9}, k != [0], k < {0, 2, 4, 9, 10}, k <= k)
print(it | {(5, 5)} == {(0, None), (2, None), (4, None), (9, 'n'), (5, 5)}, (0, None) in it, (0, 1) in it, [0, None] in it if False else '')
t(lambda: it & [[1]]); t(lambda: k | 5); t(lambda: v | v)
print(d.get(0, 'x'), d.setdefault(7, 'sd'), d.setdefault(7, 'other'), d.pop(7), d.pop(7, 'gone'))
t(d.pop); t(d.pop, 1, 2, 3); t(d.get, 1, 2, 3); t(d.setdefault, 1, 2, 3); t(d.popitem, 1); t(d.update, {}, {}); t(d.keys, 1)
d2 = {'a': 1}
d2.update({'b': 2}, c=3); d2.update([('d', 4)]); d2.update(e=5); d2.update(); print(d2)
class KeysOnly:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
d2.update(KeysOnly()); print(d2, dict(KeysOnly()), {**KeysOnly()})
t(dict, KeysOnly(), z=1); print(dict(KeysOnly(), z=1))
print(dict([('a', 1), ['b', 2], 'cd']), dict(zip('xy', (1, 2))), dict({'a': 1}, a=2), dict(a=1) == {'a': 1})
t(dict, ['abc']); t(dict, [(1,)]); t(dict, None)
od = {'b': 1, 'a': 2}; print(sorted(od), sorted(od.items()), sorted(od, key=od.get), list(reversed(od.keys())), list(reversed(od.values())))
print({1: 'a'} == {1.0: 'a'}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == dict(), {'a': [1]} == {'a': [1]})
print(str({'s': 'q', 1: None, (1, 2): [1.5]}), repr({}), {True: 1, 1: 2})
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'H{self.v}'
hd = {H(1): 'one', H(2): 'two'}; print(hd, hd[H(2)], H(3) in hd)
class BadHash:
    def __hash__(self): raise ValueError('no hash')
t(lambda: {BadHash(): 1}); t(lambda: BadHash() in {}); t(lambda: {1: 2}.get(BadHash()))
class HashReturnsStr:
    def __hash__(self): return 'x'
t(hash, HashReturnsStr())
class HashBig:
    def __hash__(self): return 2 ** 100
print(hash(HashBig()) == hash(2 ** 100))
class Unhash:
    __hash__ = None
t(hash, Unhash()); t(lambda: {Unhash()})
class EqOnly:
    def __eq__(self, o): return True
t(hash, EqOnly())
import sys
# mutating during iteration of views
d = {1: 1, 2: 2}
try:
    for key in d.keys(): d.pop(key)
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for val in d.values(): d[5] = 5
except RuntimeError as e: print(e)
d = {1: 1, 2: 2}
it = iter(d); next(it); d[1] = 'changed'; print(list(it))
d = {1: 1}
it = iter(d.items()); d.clear(); 
try: print(list(it))
except RuntimeError as e: print(e)
s = {1, 2, 3}
try:
    for e in s: s.discard(e)
except RuntimeError as e: print(e)
lst = [1, 2, 3, 4]
for e in lst:
    if e % 2 == 0: lst.remove(e)
print(lst)
# setdefault / fromkeys with mutable default
fk = dict.fromkeys('ab', []); fk['a'].append(1); print(fk)
class DD(dict):
    def __init__(self): super().__init__(); self.calls = 0
    def __missing__(self, k):
        self.calls += 1
        self[k] = [] 
        return self[k]
dd = DD(); dd['x'].append(1); dd['x'].append(2); print(dd, dd.calls, dd.get('y'), 'y' in dd)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(iter({}.items())).__name__)
print({}.keys().__class__.__name__, isinstance({}.keys(), type({1: 1}.keys())))
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1], reverse=True), max({'a': 3, 'b': 5}, key={'a': 3, 'b': 5}.get))
print(dict(sorted({'b': 1, 'a': 2}.items())), {k: v for k, v in [(1, 2), (1, 3)]}, {**{'a': 1}, 'a': 2, **{'b': 3}})
print(len({i: i for i in range(1000)}), {(1, 2): 'tuple', frozenset({1}): 'fs', None: 'none', 1.5: 'float'}[None])
big = {i: i * i for i in range(100)}
for i in range(0, 100, 3): del big[i]
print(len(big), sum(big.values()), list(big)[:5], list(big.items())[-2:])
