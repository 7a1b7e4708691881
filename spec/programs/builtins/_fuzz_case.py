# The harness of the fuzz_expr_sample_* programs (a seeded differential fuzzer's case printer and
# the receiver types its cases use).
__all__ = ['_norm', '_Raw', 'MyInt', 'MyFloat', 'MyStr', 'MyBytes', 'MyList', 'MyTuple', 'MyDict', 'Dm', 'MySet', 'MyFS', 'Ix', 'Fl', 'Bb', 'Seq', 'Eq', 'Rp', '_p', '_sa', '_sl']
import warnings
warnings.simplefilter("ignore")
def _norm(v):
    t = type(v)
    if t in (set, frozenset):
        if all(type(e) in (int, bool, float) for e in v):
            return v
        return _Raw('%s(%s)' % (t.__name__, sorted(repr(_norm(e)) for e in v)))
    if t is tuple: return tuple(_norm(e) for e in v)
    if t is list: return [_norm(e) for e in v]
    return v
class _Raw:
    def __init__(s, t): s.t = t
    def __repr__(s): return s.t
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
class MyBytes(bytes): pass
class MyList(list): pass
class MyTuple(tuple): pass
class MyDict(dict): pass
class Dm(dict):
    def __missing__(self, k): return ('missing', k)
class MySet(set): pass
class MyFS(frozenset): pass
class Ix:
    def __index__(self): return 2
    def __repr__(self): return 'Ix()'
class Fl:
    def __float__(self): return 4.25
    def __repr__(self): return 'Fl()'
class Bb:
    def __bytes__(self): return b'BB'
    def __repr__(self): return 'Bb()'
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __repr__(self): return 'Seq()'
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def __repr__(self): return 'Eq()'
class Rp:
    def __repr__(self): return 'Rp!'
    def __str__(self): return 'Rp?'
    def __format__(self, spec): return 'Rp<%s>' % spec
def _p(n, f):
    try:
        r = f()
    except Exception as e:
        print(n, type(e).__name__ + ':', e)
        return
    try:
        print(n, repr(_norm(r))[:300], type(r).__name__)
    except Exception as e:
        print(n, 'REPR', type(e).__name__ + ':', e)
def _sa(x, f):
    return (f(x), x)
def _sl(s):
    p = s.split(':')
    return [eval(q) if q else None for q in p]
