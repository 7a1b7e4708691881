import collections
from collections import namedtuple, defaultdict, OrderedDict, Counter
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# namedtuple
P = namedtuple('P', 'x, y  z')
p = P(1, z=3, y=2)
print(p, P.__doc__, P._fields, P._field_defaults, P.__match_args__, P.__slots__, P.__module__, P.__qualname__)
print(list(vars(P).keys()))
print(P.__new__.__doc__, P.__new__.__qualname__, P._make.__qualname__, P._replace.__qualname__, P.__repr__.__qualname__)
print(P.x, P.y.__doc__, p.x, p[2], p._asdict(), p._replace(y=20), p.__getnewargs__(), P._make(range(3)))
show('missing', lambda: P(1, 2))
show('extra', lambda: P(1, 2, 3, 4))
show('badkw', lambda: P(1, 2, w=3))
show('dupkw', lambda: P(1, 2, 3, x=1))
show('make_short', lambda: P._make([1]))
show('replace_bad', lambda: p._replace(w=1, q=2))
show('replace_pos', lambda: p._replace(1))
show('setattr', lambda: setattr(p, 'x', 1))
show('newattr', lambda: setattr(p, 'w', 1))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[5, 6])
print(Q(1), Q(1, b=0), Q._field_defaults, Q.__new__.__defaults__)
E = namedtuple('E', '')
print(E(), E._fields, repr(E()), E._make([]))
One = namedtuple('One', 'only')
print(One(5), One._make([7]), One(only=[1]))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '2y', 'ok'], rename=True)
print(R._fields)
print(namedtuple('M', 'a b', module='mymod').__module__)
print(namedtuple('D', 'a b', defaults=iter([9])).__new__.__defaults__)
for args, kw in [(('Bad', 'a a'), {}), (('Bad', 'a _b'), {}), (('Bad', 'a class'), {}), (('Bad', 'a 1b'), {}),
                 (('class', 'a'), {}), (('B-ad', 'a'), {}), (('Bad', 'a b'), {'defaults': (1, 2, 3)}),
                 ((5, 'a'), {}), (('Bad', [1, 2]), {}), (('Bad', 'a b'), {'defaults': None})]:
    show('nt' + repr(args) + repr(kw), lambda: namedtuple(*args, **kw)._fields)
print(namedtuple('S', 'match case _')._fields if False else namedtuple('S', 'match case', rename=True)._fields)
class Pt(namedtuple('PtBase', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return abs(self.x) + abs(self.y)
    def __str__(self): return f'<{self.x},{self.y}>'
pt = Pt(3, -4)
print(pt, repr(pt), pt.norm, pt._replace(x=0), type(pt._replace(x=0)).__name__, Pt._make([1, 2]))
print(copy.copy(p), copy.deepcopy(Q(1)), p == (1, 2, 3), hash(p) == hash((1, 2, 3)), p < P(1, 2, 4))
print(tuple(p))
match p:
    case P(a, b, c):
        print('matched', a, b, c)
print(P.x.__class__.__name__, isinstance(p, tuple), len(p), p.count(2), p.index(3))
show('getter_wrong', lambda: P.x.__get__(5))

# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, len(dd), 'c' in dd, dd.get('c'), type(dd).__name__, type(dd).__module__)
di = defaultdict(int, [('x', 1)], y=2)
di['z'] += 5
print(di, di.copy(), copy.copy(di), type(copy.deepcopy(di)).__name__, copy.deepcopy(di))
print(defaultdict(), defaultdict(None, {1: 2}), repr(defaultdict(lambda: 0))[:30])
show('dd_missing', lambda: defaultdict()['k'])
show('dd_badfactory', lambda: defaultdict(5))
show('dd_kwfactory', lambda: defaultdict(default_factory=list))
print(di | {'q': 1}, {'q': 1} | di, type(di | {}).__name__, type({} | di).__name__)
di |= {'w': 0}
print(di)
print(di.__reduce__()[:2], defaultdict().__reduce__()[:2])
class DD(defaultdict):
    def __missing__(self, key):
        return key * 2
print(DD(int)['ab'], DD(int))
dd2 = defaultdict(list)
dd2.default_factory = set
dd2['s'].add(1)
print(dd2)
dd3 = defaultdict(dict)
dd3[1][2] = 3
print(dd3, dd3.setdefault(5, 'x'), dd3.pop(5), dd3.fromkeys('ab'), type(dd3.fromkeys('ab')).__name__)
print(isinstance(dd, dict), defaultdict.__mro__[1].__name__, defaultdict[str, int])

# OrderedDict
od = OrderedDict.fromkeys('abcde', 0)
print(od, od.keys(), od.values(), od.items(), list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
od.move_to_end('b')
od.move_to_end('d', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
show('move_missing', lambda: od.move_to_end('zz'))
show('popitem_empty', lambda: OrderedDict().popitem())
show('pop_missing', lambda: od.pop('zz'))
print(od.pop('zz', 'dflt'), od.pop('a'), od, od.setdefault('n', 1), od.setdefault('n', 2), od)
o1 = OrderedDict([(1, 'a'), (2, 'b')])
o2 = OrderedDict([(2, 'b'), (1, 'a')])
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1 == o1.copy(), o1 | {3: 'c'}, {0: 'z'} | o1)
o1 |= [(9, 'n')]
print(o1, type(o1.copy()).__name__, OrderedDict(o1, extra=1), OrderedDict(a=1, b=2))
print(repr(OrderedDict()), str(OrderedDict(x=[1])), OrderedDict.__module__)
rec = OrderedDict(a=1)
rec['self'] = rec
print(rec)
print(od.__reduce__()[:4], type(od.keys()).__name__, od.keys().__class__.__module__)
print(isinstance(od.keys(), collections.abc.KeysView), od.keys() & {'c', 'e'} == {'c', 'e'} & od.keys(), 'c' in od.keys(), ('c', 0) in od.items())
class LoggingOD(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
lo = LoggingOD([('a', 1)], b=2)
lo.update({'c': 3})
lo.setdefault('d', 4)
print(lo, LoggingOD.fromkeys('xy'))
o3 = OrderedDict(a=1, b=2, c=3)
for k in o3:
    if k == 'a':
        o3.move_to_end('a')
        break
show('mutate_iter', lambda: [o3.move_to_end(k) for k in o3])
print(copy.copy(o3), copy.deepcopy(o3))
print(sorted(OrderedDict(b=1, a=2)), OrderedDict(b=1) < OrderedDict(b=2) if False else len(OrderedDict(b=1)))

# Counter
c = Counter('abracadabra')
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-3), c['zz'], 'zz' in c, c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
show('elements_float', lambda: list(Counter(a=1.5).elements()))
c.update('aaz')
c.update({'b': 10})
c.update(q=2)
print(c)
c.subtract('aaaa')
c.subtract({'q': 5})
c.subtract(z=1)
print(c)
del c['nonexistent']
del c['q']
print(c, c.copy(), type(c.copy()).__name__)
a, b = Counter(a=3, b=1, c=0, d=-2), Counter(a=1, b=2, e=4, d=-5)
print(a + b, a - b, a | b, a & b, +a, -a, -b)
print(a == b, a == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, b=0), a <= b, Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1) >= Counter(), Counter(a=1) > Counter())
print(a == {'a': 3, 'b': 1, 'c': 0, 'd': -2}, a != 5, Counter() == Counter(x=0))
show('lt_dict', lambda: Counter() < {})
show('add_dict', lambda: Counter() + {})
show('fromkeys', lambda: Counter.fromkeys('abc'))
x = Counter(a=2, b=3)
x += Counter(a=-5, c=1)
print(x)
x -= Counter(b=1, d=-4)
print(x)
x |= Counter(b=9, e=-1)
print(x)
x &= Counter(b=3, d=10)
print(x)
print(Counter(a=1) & Counter(a=1.0), Counter(a=1) | Counter(a=1.0), Counter(a=1.0) + Counter(b=2))
print(Counter({'x': 2, 'y': 'str'}) if False else Counter(x=2, y=1.5), Counter(['a', 'b', 'a']), Counter(collections.UserDict(u=4)))
print(repr(Counter()), repr(Counter(a=1, b=[1])) if False else 'skip', Counter(a='x', b='y'), Counter(a=1, b='y'))
print(Counter(a=5).__reduce__(), Counter.__module__, Counter.__add__.__name__, Counter.__iadd__.__qualname__, Counter.__le__.__qualname__)
class MyCounter(Counter):
    pass
mc = MyCounter('aab')
print(mc, type(mc + mc).__name__, type(mc.copy()).__name__, type(+mc).__name__, copy.deepcopy(mc), type(copy.copy(mc)).__name__)
print(Counter('hello world').most_common(3), sorted(Counter('mississippi').items()))
big = Counter(i % 7 for i in range(100))
print(big, big.total())
cc = Counter(a=1)
cc['b'] += 1
cc.setdefault('c', 5)
print(cc, cc.get('zz'), cc.pop('a'), cc)
print(Counter(a=1, b=2, c=2, d=3).most_common(2), Counter({1: 1, 2: 1, 3: 1}).most_common(2))
