# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
    def keys(self):
        print('keys called')
        return super().keys()
    def __iter__(self):
        print('iter called')
        return super().__iter__()
    def __len__(self):
        print('len called')
        return super().__len__()
    def __contains__(self, k):
        print('contains called')
        return super().__contains__(k)
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), d.get('a'))
d2 = d.copy()
print(type(d2).__name__)
e = {}
e.update(d)
print(e)
print(dict(d))
print({**d})
d.update(b=2)
d.setdefault('c', 3)
print(list(d), len(d), 'a' in d)
print(d)
print(sorted(d.items()))
def f(**kw): return kw
print(f(**d))
print(d == {'a': 1, 'b': 2, 'c': 3})
print(D.fromkeys('xy'), type(D.fromkeys('xy')).__name__)
print(type(d | {}).__name__, type({} | d).__name__)
class D2(dict):
    def __init__(self, *a, **k):
        print('init', a, k)
        super().__init__(*a, **k)
x = D2.fromkeys([1, 2])
print(x)
class L(list):
    def __iter__(self):
        print('L.iter')
        return iter([9, 9])
    def __len__(self):
        print('L.len')
        return 42
    def __getitem__(self, i):
        print('L.getitem', i)
        return list.__getitem__(self, i)
l = L([1, 2, 3])
print(list(l))
print(tuple(l))
print([*l])
a, b = L([1, 2]) if False else (1, 2)
print(sorted(l))
print(sum(l), len(l), l[0])
for v in l: print('loop', v)
print(set(l))
print(', '.join(map(str, l)))
print(l == [1, 2, 3], l)
print(max(l))
nl = []
nl.extend(l)
print(nl)
nl2 = [0]
nl2 += l
print(nl2)
print(dict.fromkeys(l))
print(any(l), str(l), bool(l))
class S(str):
    def __str__(self): return 'S.str'
    def __repr__(self): return 'S.repr'
    def __len__(self): return 99
    def __eq__(self, o): return True
    __hash__ = str.__hash__
    def upper(self): return 'S.upper'
s = S('abc')
print(s, str(s), repr(s), f'{s}', '%s' % s, '{}'.format(s), len(s), s + 'x', type(s + 'x').__name__)
print(s == 'zzz', s.upper(), s.title(), type(s.title()).__name__, s[0], type(s[:]).__name__, s * 2)
print('abc' in {s: 1}, {s: 1}['abc'], ''.join([s, s]), 'x'.join(['a', s]))
print(str.__str__(s), type(str(s)).__name__, type(str.__str__(s)).__name__)
class S2(str): pass
s2 = S2('hi')
print(type(str(s2)).__name__, type(s2.strip()).__name__, type(s2 + s2).__name__, type(s2.replace('x', 'y')).__name__, type(s2[:]).__name__, type(format(s2)).__name__, type(f'{s2}').__name__)
print(type(s2 * 1).__name__, type(s2.lower()).__name__, type('%s' % s2).__name__, type(s2.__str__()).__name__)
class I(int):
    def __add__(self, o): return 'I.add'
    def __str__(self): return 'I.str'
    def __repr__(self): return 'I.repr'
    def __index__(self): return 7
    def __int__(self): return 8
    def __float__(self): return 9.0
i = I(5)
print(i + 1, 1 + i, i - 1, type(i - 1).__name__, str(i), repr(i), f'{i}', '%d' % i, '%s' % i, format(i, 'd'), i * 2, -i, type(-i).__name__, abs(i))
print(int(i), type(int(i)).__name__, float(i), [0, 1, 2, 3, 4, 5, 6, 7, 8][i], hex(i), bin(i), range(i), i.real, type(i.real).__name__, i.bit_length())
print(str(True), f'{True}', '%d' % True, format(True, 'd'), format(True, ''), repr(True))
class B(int): pass
print(B(5), repr(B(5)), type(B(5) + 1).__name__, type(B(5) // 2).__name__, type(B(5) >> 1).__name__, type(~B(5)).__name__, type(+B(5)).__name__, type(abs(B(5))).__name__, type(B(5).conjugate()).__name__)
class F(float):
    def __repr__(self): return 'F.repr'
f = F(1.5)
print(f, str(f), repr(f), f'{f}', format(f, '.1f'), type(f + 1).__name__, type(f.real).__name__, round(f), type(round(f, 1)).__name__, [f])
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def __init__(self, *args):
        print('T.init', args)
tt = T(1, 2, 3)
print(tt, type(tt).__name__, tt[1:], type(tt[1:]).__name__, type(tt + (1,)).__name__, type(tt * 1).__name__)
class T2(tuple):
    def __init__(self, x):
        super().__init__()
t(lambda: T2([1, 2]))
class T3(tuple):
    def __init__(self, x, y): pass
t(lambda: T3([1, 2], 3))
class I2(int):
    def __init__(self, v, extra):
        self.extra = extra
t(lambda: I2(5, 6))
class I3(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
o = I3(5, 'e')
print(o, o.extra, o + 1, type(o + 1).__name__)
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(FS(1, 2, 3)), type(FS(1) | {2}).__name__)
class BY(bytes):
    pass
bb = BY(b'ab')
print(bb, repr(bb), type(bb + b'c').__name__, type(bb[:1]).__name__, bb[0], type(bb.upper()).__name__, type(bytes(bb)).__name__)
class SE(set):
    def add(self, x):
        print('SE.add', x)
        super().add(x)
se = SE([1])
se.update([2])
se |= {3}
print(sorted(se))
class DI(dict): pass
di = DI(a=1)
di.extra = 5
print(di, di.extra, repr(di), vars(di))
class LL(list):
    def __eq__(self, o): return 'eq!'
print(LL() == [], [] == LL(), LL() != [])
class II(int):
    def __eq__(self, o): return 'II.eq'
print(1 == II(1), II(1) == 1, II(1) != 1)
print(type(hash(II(1))).__name__ if II.__hash__ else None)
t(lambda: hash(II(1)))
t(lambda: {II(1)})
class Dp(dict):
    def __repr__(self): return 'Dp!'
print([Dp()], {1: Dp()}, str(Dp()))
class Str2(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Str2('abc'), repr(Str2('abc')), Str2('x') == 'X')
class Li(list):
    def __init__(self, *a):
        super().__init__(a)
print(Li(1, 2, 3))
class Lr(list):
    def __repr__(self): return 'Lr()'
print([Lr()], str(Lr()), f'{Lr()}')
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, int.__subclasses__()[:0])
t(lambda: type('X', (int, str), {}))
t(lambda: type('X', (list, dict), {}))
t(lambda: type('X', (int, float), {}))
print(type('X', (int, object), {}).__mro__)
