def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
class MySet(set): pass
class MyFS(frozenset): pass
class MyFloat(float): pass
class MyBytes(bytes): pass

a = MyInt(5)
for r in [a + 1, a * a, -a, +a, abs(a), a // 2, a << 1, a & 3, ~a, int(a), a.real, a.numerator, round(a), a.conjugate(), pow(a, 2)]:
    print(type(r).__name__, r)
s = MyStr('Hello')
for r in [s + 'x', s * 2, s[1:], s[0], s.upper(), s.strip(), str(s), s.replace('l', 'L'), s.format(), '%s' % s, f'{s}', s.join(['a', 'b']), s.split()[0], s.lower(), s.zfill(8), s.center(9), s.casefold(), s.title()]:
    print(type(r).__name__, repr(r))
ml = MyList([3, 1, 2])
for r in [ml + [1], ml * 2, ml[:], ml[0:2], sorted(ml), list(ml), ml.copy(), [*ml]]:
    print(type(r).__name__, r)
ml += [9]; print(type(ml).__name__, ml); ml *= 2; print(type(ml).__name__, ml)
mt = MyTuple((1, 2))
for r in [mt + (3,), mt * 2, mt[:], mt[0:1], tuple(mt)]:
    print(type(r).__name__, r)
ms = MySet([1, 2])
for r in [ms | {3}, ms & {1}, ms - {1}, ms ^ {5}, ms.copy(), ms.union(), frozenset(ms)]:
    print(type(r).__name__, sorted(r))
fs = MyFS([1])
for r in [fs | {3}, fs.copy(), fs.union([2])]:
    print(type(r).__name__, sorted(r))
md = MyDict(a=1)
for r in [md.copy(), md | {'b': 2}, dict(md), {**md}]:
    print(type(r).__name__, r)
print(type(MyFloat(1.5) + 1).__name__, type(MyBytes(b'ab')[:1]).__name__, type(MyBytes(b'ab') + b'c').__name__)
print(repr(a), repr(s), repr(ml), repr(mt), repr(ms), repr(fs), repr(md), repr(MyFloat(2.5)), repr(MyBytes(b'q')))
class RInt(int):
    def __repr__(self): return 'RInt(%d)' % self
print(repr(RInt(3)), str(RInt(3)), f'{RInt(3)}', '%d' % RInt(3), [RInt(4)], format(RInt(5), '03d'))
class SS(str):
    def __str__(self): return 'custom'
print(str(SS('x')), '%s' % SS('x'), f'{SS("x")}', repr(SS('x')), print(SS('y')) or '', 'a' + SS('b'))
# overridden __getitem__/__len__/__iter__ seen or not seen by builtins
class L(list):
    def __getitem__(self, i): return 'GI'
    def __len__(self): return 99
    def __iter__(self): return iter(['IT'])
l = L([1, 2])
print(l[0], len(l), list(l), [*l], sorted(l), tuple(l), str(l), ' '.join(l), l == [1, 2], bool(l), set(l), 1 in l)
a, *b = l; print(a, b)
for x in l: print('for', x)
class D(dict):
    def __getitem__(self, k): return 'GI-' + str(k)
    def keys(self): return ['k1']
    def __iter__(self): return iter(['it'])
    def __len__(self): return 7
d = D(x=1)
print(d['x'], d.get('x'), dict(d), {**d}, list(d), len(d), str(d), d.items(), 'x' in d)
def f(**kw): return kw
print(f(**d))
class D2(dict):
    def __missing__(self, k):
        return k * 2
d2 = D2(a=1); print(d2['a'], d2['zz'], d2.get('zz'), 'zz' in d2, d2)
class D3(dict):
    __missing__ = None
t(lambda: D3()['x'])
class D4(dict):
    def __missing__(self, k): raise KeyError('nope ' + k)
t(lambda: D4()['x'])
class S(str):
    def __len__(self): return 1
    def __iter__(self): return iter('ZZ')
ss = S('abc'); print(len(ss), list(ss), ss.upper(), ''.join(ss), ss[0:2], sorted(ss))
class T(tuple):
    def __getitem__(self, i): return 'T'
x, y = T((1, 2)); print(x, y, T((1, 2))[0], list(T((3,))))
# __new__ vs __init__ of immutable subclasses
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __init__(self, v):
        self.orig = v
p = Pos(-4); print(p, p.orig, type(p).__name__)
class Up(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Up('abc'), type(Up('q')).__name__)
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __init__(self, a, b): self.s = a + b
pp = Pair(1, 2); print(pp, pp.s, len(pp))
class BadInit(int):
    def __init__(self, v, extra): pass
t(BadInit, 1); t(BadInit, 1, 2)
class NI(int):
    def __init__(self, *a): super().__init__()
print(NI(7))
t(int.__new__, str, 5); t(int.__new__, MyInt, '12'); t(tuple.__new__, list); t(object.__new__, int)
class FL(list):
    def __init__(self, *args): pass
print(FL([1, 2]))
class Mutable(list):
    def __init__(self, it): super().__init__(x * 10 for x in it)
print(Mutable([1, 2]))
class CountedDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 100)
cd = CountedDict(a=1); cd['b'] = 2; cd.update(c=3); cd.setdefault('d', 4); print(cd)
class AddL(list):
    def append(self, v): super().append(('wrapped', v))
al = AddL(); al.append(1); al.extend([2]); al += [3]; al.insert(0, 0); print(al)
print(isinstance(a, int), issubclass(MyDict, dict), MyInt.__mro__, MyStr.__bases__, type(a) is MyInt)
print(MyInt('12', 8) if False else MyInt('12', 8), MyFloat('1e3'), MyTuple('ab'), MyStr(12), MyStr(b'x', 'ascii'))
class WithSlots(int):
    __slots__ = ()
t(setattr, WithSlots(1), 'z', 1)
class Attr(str): pass
at = Attr('q'); at.extra = 1; print(at.extra, at.__dict__)
print(hash(MyStr('q')) == hash('q'), MyStr('q') == 'q', {MyStr('k'): 1}['k'], MyInt(1) == True)
class Eq(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(Eq(1) == 2, 2 == Eq(1), [Eq(1)].count(5), Eq(1) in [9], [9].index(Eq(3)))
class Lt(int):
    def __lt__(self, o): return False
print(sorted([Lt(3), Lt(1), Lt(2)]), min(Lt(5), Lt(2)))
class Radd(int):
    def __radd__(self, o): return 'radd'
    def __add__(self, o): return 'add'
print(1 + Radd(1), Radd(1) + 1, sum([Radd(1)]), 1.5 + Radd(1))
