def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class E1(Exception):
    def __init__(self, a, b):
        self.a = a
e = E1(1, 2); print(repr(e), str(e), e.args)
class E2(Exception):
    def __init__(self, msg):
        super().__init__('prefixed: ' + msg)
print(repr(E2('m')), str(E2('m')))
class E3(ValueError):
    def __new__(cls, *args):
        inst = super().__new__(cls, 'from new')
        return inst
print(repr(E3('x')), E3('x').args)
class E4(KeyError): pass
print(str(E4('k')), repr(E4('k')), str(E4('a', 'b')))
class E5(OSError): pass
e5 = E5(2, 'No such'); print(type(e5).__name__, e5.errno, str(e5))
class E6(StopIteration): pass
print(E6(5).value)
class MySet(set):
    def __contains__(self, x): return True
ms = MySet([1]); print(5 in ms, ms & {5}, {5} <= ms, ms.issuperset([5]), [x for x in ms])
class MyList(list):
    def __eq__(self, o): return 'eq called'
    def __contains__(self, x): return x == 'magic'
ml = MyList([1]); print(ml == [1], [1] == ml, 'magic' in ml, 1 in ml, ml.count(1), ml.index(1), [ml] == [[1]])
class MyStr(str):
    def __hash__(self): return 42
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower() if isinstance(o, str) else o)
d = {MyStr('Key'): 1}; print(d.get('key'), d.get(MyStr('KEY')), MyStr('A') == 'a', 'a' == MyStr('A'), hash(MyStr('z')))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 1000)
    def __bool__(self): return False
mi = MyInt(1); print(mi + 1, 1 + mi, sum([mi, mi]), bool(mi), not mi, 'yes' if mi else 'no', mi == 1, [10, 20][mi])
class MyFloat(float):
    def __repr__(self): return 'MF(' + float.__repr__(self) + ')'
print(MyFloat(1.5), [MyFloat(2)], str(MyFloat(3)), f'{MyFloat(4)}', '%s %r' % (MyFloat(5), MyFloat(6)), MyFloat(1.5) + 1)
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, str(v))
    def __getitem__(self, k): return 'got ' + super().__getitem__(k)
md = MyDict({'a': '1'}); md['b'] = 2; md.update(c=3); md.setdefault('d', 4)
print(md, md['a'], md['b'], md.get('b'), dict(md), list(md.values()), md.copy(), type(md.copy()).__name__)
class MyTuple(tuple):
    def __new__(cls, *items): return super().__new__(cls, items)
    def __repr__(self): return 'MyTuple' + tuple.__repr__(self)
    def __getitem__(self, i): return tuple.__getitem__(self, i) * 10 if isinstance(i, int) else tuple.__getitem__(self, i)
mt = MyTuple(1, 2, 3); print(mt, mt[0], mt[1:], len(mt), list(mt), mt + (4,), mt == (1, 2, 3), hash(mt) == hash((1, 2, 3)))
a, b, c = mt; print(a, b, c, max(mt), sorted(mt, reverse=True), mt.count(2), mt.index(3))
class Lazy(list):
    def __iter__(self):
        print('custom iter')
        return super().__iter__()
lz = Lazy([3, 1]); print(sorted(lz)); print(list(lz)); print(tuple(lz)); print([*lz]); print(len(lz), sum(lz), max(lz))
x, y = lz; print(x, y); print(set(lz) == {1, 3}); print(dict.fromkeys(lz)); print(' '.join(map(str, lz))); print(list(zip(lz, lz)))
class DLen(dict):
    def __len__(self): return 0
print(bool(DLen(a=1)), len(DLen(a=1)), DLen(a=1) == {'a': 1}, {**DLen(a=1)})
class Ks(dict):
    def keys(self): return ['only']
    def __getitem__(self, k): return 'K'
print(dict(Ks(x=1)), {**Ks(x=1)}, dict(**Ks(x=1)) if False else '', list(Ks(x=1)))
def kw(**k): return k
print(kw(**Ks(x=1)))
class BadInt(int):
    def __index__(self): return 99
    def __int__(self): return 77
print([0] * 3 if False else '', int(BadInt(5)), range(BadInt(3)), hex(BadInt(4)), 'abcdef'[BadInt(1)], operator_index := __import__('operator').index(BadInt(2)))
class StrLike(str):
    def __str__(self): return 'STR'
    def __format__(self, spec): return 'FMT'
s = StrLike('raw'); print(s, str(s), f'{s}', '{}'.format(s), '%s' % s, s + '!', s.upper(), repr(s), [s], print(s, end='|') or '')
class BytesSub(bytes):
    def decode(self, *a): return 'overridden'
bs = BytesSub(b'hi'); print(bs, bs.decode(), str(bs, 'ascii'), bs + b'!', bytes(bs), type(bytes(bs)).__name__, bs == b'hi', bs[0], bs[:1])
class RangeLike:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 2
print(list(RangeLike()), list(reversed(RangeLike())), 4 in RangeLike(), sorted(RangeLike(), reverse=True), enumerate(RangeLike()).__next__())
