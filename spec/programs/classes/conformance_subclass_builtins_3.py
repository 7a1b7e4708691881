def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class CP:
    _v = 'class-val'
    @classmethod
    @property
    def cp(cls): return cls._v + '!'
print(CP.cp, CP().cp)
class Order:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, [k for k in cls.__dict__ if not k.startswith('__')])
class SN:
    def __set_name__(self, o, n): print('set_name', o.__name__, n)
class Child(Order):
    a = SN()
    b = 1
class S(str):
    def extra(self): return 'extra'
s = S('Hello')
for r in [s.upper(), s + 'x', s * 2, s[1:], s.strip(), str(s), s.format(), '%s' % s, s.replace('l', 'L'), s.join(['a', 'b']), s.split('l'), f'{s}', format(s), s.lower(), s.title(), s.center(9), s.zfill(7), s.casefold(), s.expandtabs(), s.lstrip(''), s[:]]:
    print(type(r).__name__, repr(r))
print(type(s).__name__, s.extra(), isinstance(s, str), s == 'Hello', hash(s) == hash('Hello'), repr(s), s in {'Hello': 1})
class I(int):
    def __repr__(self): return f'I({int(self)})'
i = I(5)
for r in [i + 1, -i, abs(i), i * 1, +i, i // 1, int(i), i.real, i.numerator, round(i), i.conjugate(), i << 0, ~~i, i & -1, divmod(i, 2), pow(i, 1), i.__index__(), bool(i), float(i)]:
    print(type(r).__name__, repr(r))
class L(list):
    pass
l = L([3, 1, 2])
for r in [l + [1], l * 2, l[:], l.copy(), sorted(l), list(l), l[::-1], [*l]]:
    print(type(r).__name__, r)
l += [9]; print(type(l).__name__, l); l *= 2; print(type(l).__name__, len(l))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['zz'], d.get('zz'), 'zz' in d, type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__, d)
d |= {'b': 2}; print(type(d).__name__, d)
print({'a': 1} | {'b': 2, 'a': 3}, {1: 2}.keys() | {3}, {1: 2}.keys() & {1, 5}, {1: 2}.keys() - {1}, {1: 2}.keys() ^ {1, 2}, {1: 2}.items() | {(3, 4)} == {(1, 2), (3, 4)}, {1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
t(lambda: {1: 2} | [(3, 4)]); t(lambda: {1: [1]}.items() | {1}); d2 = {'x': 1}; d2 |= [('y', 2)]; print(d2); t(lambda: d2.__ior__(5))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1]) == {1}, {1} == frozenset([1]), type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {frozenset([1]): 'x'}[frozenset({1})])
class Slotted:
    __slots__ = ('x', '__weakref__')
import sys
print(hasattr(Slotted(), '__weakref__'), '__dict__' in dir(Slotted()), Slotted.__slots__)
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda p: p[0]), sorted(['bb', 'a', 'ccc', 'dd'], key=len), sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min(K(3), K(1)))
t(sorted, [K(1), 2])
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(1)]))
import math
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), sum([1, 2], 0.5), sum([[1]], []), sum((x for x in range(4)), 10))
it = iter([1, 2, 3]); print(list(zip(it, it)), list(zip(*[iter('abcdef')] * 2)))
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')), dict(zip('ab', range(2))), list(enumerate(zip('ab', 'cd'))))
a = [1, 2, 3, 4, 5]; a[1:3] = 'xyz'; print(a); a[::2] = [0, 0, 0]; print(a); t(lambda: a.__setitem__(slice(None, None, 2), [1])); del a[::3]; print(a); a[5:] = [7]; print(a); a[:0] = [-1]; print(a)
b = bytearray(b'hello'); b[1:3] = b'EY'; print(b); b[::2] = b'123'; print(b); t(lambda: b.__setitem__(slice(0, 1), 5)); b[0:0] = [65, 66]; print(b)
print('abcdef'[::-2], 'abcdef'[-100:100], 'abcdef'[4:1:-1], (1, 2, 3)[::-1], range(10)[2:8:3], list(range(10))[slice(None, None, -3)])
t(lambda: 'abc'[::0]); t(lambda: [][1]); t(lambda: ()[0]); t(lambda: 'abc'['1']); t(lambda: [1][1.0]); t(lambda: {}[[]]); t(lambda: [].pop()); t(lambda: [1].index(2)); t(lambda: (1,).index(2)); t(lambda: 'a'.index('b')); t(lambda: [].remove(1)); t(lambda: {1}.remove(2)); t(lambda: set().pop()); t(lambda: {}.popitem()); t(lambda: dict.fromkeys(5))
