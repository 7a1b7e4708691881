# Subclasses of list/dict/str/int/float/bytes/tuple/set overriding protocol methods, and how builtins, operators and formatting use (or bypass) the overrides.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self): return iter([7, 8])
    def __len__(self): return 99
    def __getitem__(self, i): return 'g'
    def __contains__(self, x): return True
l = L([1, 2, 3])
t(lambda: (list(l), tuple(l), sorted(l), sum(l), 5 in l, l[0], len(l), repr(l), str(l), l == [1, 2, 3], [*l], set(l), max(l), ' '.join(map(str, l)), list(reversed(l)), l + [0], l * 2, bool(l)))
t(lambda: [a for a in l])
t(lambda: dict.fromkeys(l))
t(lambda: bytes(L([65])), )
t(lambda: list(enumerate(l)), )
t(lambda: ''.join(L(['a', 'b'])))
x, y = l; print(x, y)
class D(dict):
    def __getitem__(self, k): return 'G'
    def keys(self): return ['a', 'zz']
    def __iter__(self): return iter(['a'])
    def __len__(self): return 0
    def get(self, k, d=None): return 'GET'
d = D(a=1, b=2)
t(lambda: (dict(d), {**d}, list(d), d['a'], d.get('a'), repr(d), len(d), bool(d), d == {'a': 1, 'b': 2}, list(d.items()), list(d.values())))
t(lambda: '{a}'.format(**d))
t(lambda: '{a}'.format_map(d))
t(lambda: '%(a)s' % d)
e = {}; e.update(d); print(e)
f = {'q': 0} | d; print(f)
def kw(**k): return k
t(lambda: kw(**d))
class D2(dict):
    def keys(self): return ['a']
    def __getitem__(self, k): return k * 2
t(lambda: (dict(D2(a=1, b=2)), {**D2(a=1, b=2)}, kw(**D2(a=1, b=2))))
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
t(lambda: (dict(M()), {**M()}, kw(**M())))
t(lambda: dict(M(), x=5))
class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return hash('a')
    def __len__(self): return 42
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
    def upper(self): return 'UP'
s = S('hello')
t(lambda: (s == 'x', {s: 1}.get('a'), 'a' in {s}, len(s), str(s), repr(s), '%s' % s, f'{s}', format(s), s.upper(), s + '!', s[1:], s * 2, 'x' + s, [s], print(s), 'hello'.__eq__(s), s.strip(), type(s.strip()), type(s[:]), type(s + '')))
t(lambda: {'a': 1}[s])
t(lambda: ('a' == s, s != 'a'))
t(lambda: 'h' in s)
t(lambda: ''.join([s, s]))
t(lambda: str.__str__(s) + '|' + str.__repr__(s))
t(lambda: int(S('12')), )
t(lambda: float(S('1.5')))
class I(int):
    def __add__(self, o): return 'add'
    def __radd__(self, o): return 'radd'
    def __eq__(self, o): return 'eq'
    def __index__(self): return 1
    def __repr__(self): return 'I!'
    def __str__(self): return 'I?'
    def __format__(self, sp): return 'F' + sp
    def __int__(self): return 77
    def __float__(self): return 1.25
    def __bool__(self): return False
    def __hash__(self): return 5
i = I(3)
t(lambda: (i + 1, 1 + i, i + i, 1.5 + i, i == 3, 3 == i, [1, 2, 3, 4][i], 'abcd'[i:], range(10)[i], hex(i), int(i), float(i), bool(i), str(i), repr(i), f'{i}', f'{i:>5}', '%d' % i, '%s' % i, '%x' % i, '{}'.format(i), i * 2, -i, abs(i), divmod(i, 2), i ** 2, round(i), sum([i, i]), max(i, 2), sorted([i, 1]), hash(i), {i: 0}, i.bit_length(), int.__add__(i, 1), [0] * i, 'x' * i, i.real, i.numerator, i.__class__.__name__, 1 < i, bin(i), chr(65 + 0 * i), list(range(i))))
class F(float):
    def __repr__(self): return 'F!'
    def __round__(self, n=None): return 'rounded'
    def __floor__(self): return 'fl'
fl = F(2.5)
import math
t(lambda: (fl, str(fl), f'{fl}', '%s' % fl, '%r' % fl, '%f' % fl, round(fl), round(fl, 1), math.floor(fl), math.ceil(fl), int(fl), fl + 1, type(fl + 1), [fl], fl.hex(), fl.is_integer(), format(fl, '.2f'), fl == 2.5))
class B(bytes):
    def __repr__(self): return 'B!'
b = B(b'ab')
t(lambda: (b, str(b), b + b'c', type(b + b'c'), b[0], b[:1], type(b[:1]), bytes(b), type(bytes(b)), b'%s' % b, b.upper(), type(b.upper()), [b], b == b'ab', bytearray(b)))
class T(tuple):
    def __repr__(self): return 'T!'
tt = T((1, 2))
t(lambda: (tt, tt + (3,), type(tt + (3,)), tt[:], type(tt[:]), tt * 1, type(tt * 1), tuple(tt), type(tuple(tt)), str(tt), [tt], '%s' % (tt,), '%s %s' % tt))
class St(set):
    def __repr__(self): return 'St!'
st = St({1, 2})
t(lambda: (st, st | {3}, type(st | {3}), st.copy(), type(st.copy()), st - set(), type(st.union()), frozenset(st)))
class FS(frozenset): pass
t(lambda: (FS({1}), FS() | {1}, type(FS({1}).copy()), FS({1}).copy() is FS({1}), repr(FS())))
class LL(list): pass
ll = LL([3, 1])
t(lambda: (ll, ll + [1], type(ll + [1]), type(ll[:]), type(ll * 2), ll.copy(), type(ll.copy()), sorted(ll), type(sorted(ll)), repr(LL())))
class DD(dict): pass
dd = DD(a=1)
t(lambda: (dd, dd | {}, type(dd | {}), type(dd.copy()), type({} | dd), DD.fromkeys('ab'), type(DD.fromkeys('ab'))))
class DM(dict):
    def __missing__(self, k): return k * 3
dm = DM()
t(lambda: (dm['ab'], dm.get('ab'), 'ab' in dm, dm, dm.setdefault('q', 1), dm.pop('zz', 'dflt')))
from collections import OrderedDict, defaultdict, Counter
t(lambda: (OrderedDict(a=1) == {'a': 1}, defaultdict(list)['x'], Counter('abca').most_common(1)))
