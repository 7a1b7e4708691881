# which builtin operations see a subclass's overridden dunders (CPython 3.11)
class D(dict):
    def __getitem__(self, k): return 'gi:' + str(dict.__getitem__(self, k))
    def keys(self): return ['a']
    def __iter__(self): return iter(['a', 'zz'])
    def __len__(self): return 99
d = D(a=1, b=2)
print(d, d['a'], d.get('a'), dict(d), {**d}, list(d), len(d))
print(d.copy(), type(d.copy()).__name__)
class KeepsIter(dict):
    def __getitem__(self, k): return 'never'
    def keys(self): return ['nope']
k = KeepsIter(x=1)
print(k.copy(), dict(k), {**k})
class I(int):
    def __int__(self): return 42
    def __index__(self): return 7
    def __float__(self): return 2.5
    def __str__(self): return 'I-str'
i = I(3)
print(int(i), float(i), str(i), repr(i), f'{i}', format(i, 'd'))
print('%d %i %u %x %o %X %s %r' % (i, i, i, i, i, i, i, i))
print([0, 1, 2, 3, 4, 5, 6, 7][i], hex(i), bin(i), oct(i), range(i))
class J(int):
    pass
print(int(J(5)), type(int(J(5))).__name__, '%d' % J(6), float(J(7)))
class St(set):
    def __iter__(self): return iter([1])
st = St([5, 6])
print(st, list(st), len(st), sorted(st), frozenset(st), st == {5, 6}, 5 in st)
class Empty(set):
    def __iter__(self): return iter([])
print(repr(Empty([1, 2])), repr(Empty()))
class FS(frozenset):
    def __iter__(self): return iter('xy')
print(FS([1]), set(FS([1])))
import math
class I(int):
    def __float__(self): return 2.5
print(math.sqrt(I(4)), math.floor(I(4)), float(I(4)), I(4) + 0.5, I(4) * 1.0, round(I(4)), math.isclose(I(4), 2.5))
class F(float):
    def __float__(self): return 9.0
print(float(F(1.5)), math.sqrt(F(4.0)), F(1.5) + 1)
class Co:
    __contains__ = None
try:
    1 in Co()
except TypeError as e:
    print(e)
