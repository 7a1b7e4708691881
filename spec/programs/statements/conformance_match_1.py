import sys
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
class NoArgs:
    def __init__(self): self.a = 1
class BadMA:
    __match_args__ = 'x'
class BadMA2:
    __match_args__ = (1,)
    x = 1
ORIGIN = 0
class Consts:
    ZERO = 0
    ONE = 1
def m(v):
    match v:
        case None: return 'None'
        case True: return 'True'
        case 0 | 0.5: return 'zero-ish'
        case Consts.ONE: return 'one-const'
        case -3 | 3+4j | -1-2j: return 'neg/complex'
        case 'lit' | b'bytes': return 'str/bytes lit'
        case 'a' 'b': return 'concat'
        case [] : return 'empty seq'
        case [x]: return f'one {x}'
        case [1, 2, *rest] if len(rest) > 1: return f'12 rest {rest}'
        case [1, *_, 9]: return '1...9'
        case [[a, b], c]: return f'nested {a} {b} {c}'
        case (x, y, z): return f'triple {x} {y} {z}'
        case {'type': 'pt', 'x': int(x) | float(x), **kw}: return f'mapping {x} {kw}'
        case {'k': _}: return 'has k'
        case {}: return 'any mapping'
        case Point(x=0, y=0): return 'origin'
        case Point(0, y) as p: return f'on y {y} {p.x}'
        case Point(x, y=yy) if x == yy: return f'diag {x}'
        case Point(): return 'some point'
        case int(n) if n > 100: return f'big int {n}'
        case str() as s if s.isdigit(): return f'digit str {s}'
        case str(s): return f'str {s}'
        case bool(): return 'bool'
        case float(f): return f'float {f}'
        case int(): return 'int'
        case [*all_]: return f'seq {all_}'
        case _: return 'wild'
for v in [None, True, False, 0, 0.0, 0.5, 1, 1.0, -3, 3+4j, 'lit', b'bytes', 'ab', [], (), [7], 'x', [1, 2, 3, 4], [1, 2, 3], [1, 5, 9], [[1, 2], 3], (1, 2, 3), {'type': 'pt', 'x': 5, 'z': 1}, {'type': 'pt', 'x': 's'}, {'k': None, 'j': 2}, {}, {1: 2}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 500, '123', 'abc', 2.5, 7, range(3), iter([1]), bytearray(b'x'), b'xy', 'lit2', NoArgs(), [1, 2], (x for x in [])]:
    r = m(v)
    print(type(v).__name__, r if 'object at' not in r else r[:10])
def m2(v):
    match v:
        case NoArgs(1): return 'no'
        case _: return 'ok'
t(m2, NoArgs()); t(m2, 5)
def m3(v):
    match v:
        case BadMA(1): return 1
t(m3, BadMA())
def m4(v):
    match v:
        case BadMA2(1): return 1
t(m4, BadMA2())
def m5(v):
    match v:
        case Point(1, 2, 3): return 1
t(m5, Point(1, 2))
def m6(v):
    match v:
        case int(1, 2): return 1
t(m6, 1)
def m7(v):
    match v:
        case Point(1, x=1): return 1
        case _: return 'nomatch'
t(m7, Point(1, 2))
t(lambda: exec('match 1:\n case Point(x=1, x=2): pass'))
def m8(v):
    match v:
        case Point(1, x=2): return 1
t(m8, Point(1, 1))
t(lambda: exec('match 1:\n case print(): pass'))
def m10(v):
    match v:
        case print(): return 1
t(m10, 1)
t(lambda: exec("match {}:\n case {'a': 1, 'a': 2}: pass"))
t(lambda: exec("match 1:\n case x: pass\n case 1: pass"))
t(lambda: exec("match 1:\n case a | b: pass"))
t(lambda: exec("match 1:\n case [a, a]: pass"))
t(lambda: exec("match 1:\n case _ | 1: pass"))
class Dct(dict):
    def __missing__(self, k): return 'missing'
def md(v):
    match v:
        case {'z': z}: return z
        case _: return 'no z'
print(md(Dct()), md(Dct(z=1)))
class GetOnly:
    def __init__(self): self.calls = []
    def keys(self): return ['q']
from collections.abc import Mapping, Sequence
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): print('getitem', k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None): print('get', k); return self.d.get(k, default)
print(md(MyMap({'z': 3})), md(MyMap({})))
class MySeq(Sequence):
    def __getitem__(self, i): print('seq getitem', i); return [10, 20, 30][i]
    def __len__(self): print('seq len'); return 3
def ms(v):
    match v:
        case [a, *b]: return a, b
print(ms(MySeq()))
x = 'outer'
def capture():
    match 42:
        case x: pass
    return x
print(capture(), x)
def guard_side(v):
    match v:
        case [a, b] if (print('guard', a, b) or a > b): return 'gt'
        case [a, b]: return f'not gt {a} {b}'
print(guard_side([1, 2]), guard_side([3, 2]))
def or_capture(v):
    match v:
        case [1, y] | [y, 1]: return y
        case (('a' | 'b') as ch, n): return ch, n
print(or_capture([1, 5]), or_capture([7, 1]), or_capture(('b', 2)), or_capture(('c', 2)))
def star_map(v):
    match v:
        case {'a': 1, **rest}: return rest
print(star_map({'a': 1, 'b': 2, 'c': 3}), star_map({'a': 2}))
def nested_class(v):
    match v:
        case [Point(x=0) as p, *_] : return 'first on y', p.y
        case Point(x=Point(x=inner)): return 'nested', inner
print(nested_class([Point(0, 9)]), nested_class(Point(Point(4, 0), 0)))
def value_pat(v):
    match v:
        case sys.maxsize: return 'maxsize'
        case Consts.ZERO: return 'zero'
print(value_pat(sys.maxsize), value_pat(0), value_pat(False), value_pat(1))
def singleton(v):
    match v:
        case True: return 'is True'
        case 1: return 'eq 1'
print(singleton(1), singleton(True), singleton(1.0))
def strseq(v):
    match v:
        case [*_]: return 'seq'
        case _: return 'not seq'
print(strseq('abc'), strseq(b'ab'), strseq(bytearray()), strseq([1]), strseq((1,)), strseq(range(2)), strseq({1}), strseq({1: 2}), strseq(memoryview(b'')))
import collections
print(strseq(collections.deque([1])), md(collections.OrderedDict(z=4)), md(collections.defaultdict(int)))
match (1, 2):
    case (1, 2) as whole if whole: print('whole', whole)
match 3:
    case 1 | 2: print('no')
    case other if other == 3: print('other 3')
print(other)
