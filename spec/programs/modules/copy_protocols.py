# copy/deepcopy: the reduction protocol in detail (__reduce_ex__/__reduce__ results of every
# shape, state with slots, __getnewargs__/__getnewargs_ex__ errors, set/frozenset/slice/method
# reductions, memo contents, key/value order), then many library and builtin types.
import copy, weakref, collections
def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, r)
print(copy.__all__, copy.error is copy.Error, copy.Error.__mro__[1].__name__)
order = []
class Key:
    def __init__(self, name): self.name = name
    def __deepcopy__(self, memo):
        order.append(self.name)
        return Key(self.name)
    def __hash__(self): return hash(self.name)
    def __eq__(self, other): return self.name == other.name
    def __repr__(self): return self.name
class D(dict): pass
class L(list): pass
d = D({Key('k1'): Key('v1')}); d.attr = Key('a1')
dd = copy.deepcopy(d)
print(order, type(dd).__name__, dd, dd.attr)
order.clear()
l = L([Key('i1'), Key('i2')]); l.extra = Key('e1')
print(copy.deepcopy(l), order)
class Slots:
    __slots__ = ('a', 'b', '__dict__')
s = Slots(); s.a = [1]; s.c = [2]
for fn in (copy.copy, copy.deepcopy):
    t = fn(s)
    print(fn.__name__, t.a, t.c, hasattr(t, 'b'), t.a is s.a, t.c is s.c)
class OnlySlots:
    __slots__ = ('x',)
o = OnlySlots()
print(hasattr(copy.copy(o), 'x'))
o.x = 5
print(copy.copy(o).x, copy.deepcopy(o).x)
class ClassCopy:
    def __init__(self): self.v = 1
inst = ClassCopy()
inst.__copy__ = lambda: 'instance copy'
inst.__deepcopy__ = lambda memo: 'instance deepcopy'
print(type(copy.copy(inst)).__name__, copy.deepcopy(inst))
class WithCopy:
    def __copy__(self): return 'class copy'
print(copy.copy(WithCopy()))
class Ex(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.note = [a]
e = Ex(1)
for fn in (copy.copy, copy.deepcopy):
    c = fn(e)
    print(fn.__name__, type(c).__name__, c.args, c.note, c.note is e.note)
class State:
    def __init__(self): self.a = [1]
    def __getstate__(self):
        print('getstate'); return ({'a': self.a}, {'z': 9})
print(vars(copy.copy(State())), copy.deepcopy(State()).z)
class BadArgs:
    def __init__(self, r): self.r = r
    def __getnewargs__(self): return self.r
class BadArgsEx:
    def __init__(self, r): self.r = r
    def __getnewargs_ex__(self): return self.r
for r in [[1], (1,)]:
    run(f"newargs {r}", lambda: type(copy.copy(BadArgs(r))).__name__)
for r in [[1], (1, 2, 3), ([1], {}), ((1,), [2]), ((), {}), ((1,), {'k': 2})]:
    run(f"newargs_ex {r}", lambda: type(copy.copy(BadArgsEx(r))).__name__)
class KwNew:
    def __new__(cls, *args, **kw):
        print('new', args, kw)
        return super().__new__(cls)
    def __getnewargs_ex__(self): return ((1,), {'k': [2]})
k = KwNew()
copy.deepcopy(k)
# cycles through reduce-path objects and shared structure
class Node:
    def __init__(self, name): self.name = name; self.links = []
a, b = Node('a'), Node('b')
a.links.append(b); b.links.append(a); a.links.append(a)
ca = copy.deepcopy(a)
print(ca.links[0].links[0] is ca, ca.links[1] is ca, ca is not a)
memo = {}
cb = copy.deepcopy([a, b], memo)
print(cb[0].links[0] is cb[1], len(memo) > 3, id(memo) in memo)
# weak references, classes, functions, methods
class W: pass
w = W()
r = weakref.ref(w)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(W) is W, copy.deepcopy(W) is W, copy.deepcopy(f.__code__) is f.__code__, copy.copy(f.__code__) is f.__code__)
m = Node('m').__init__
print(copy.copy(m) == m, copy.deepcopy(m).__self__ is m.__self__)
# atomic containers
t = (1, 'a', None, (2, 3.0))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) is not None, copy.copy([1, 2]) == [1, 2])
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
sl = slice(1, 2, 3)
print(copy.copy(sl) is sl, copy.deepcopy(sl) is sl, copy.deepcopy(sl))
class MySet(set):
    def __init__(self, it=()):
        print('MySet init', sorted(it))
        super().__init__(it)
ms = MySet([3, 1]); ms.tag = 'x'
for fn in (copy.copy, copy.deepcopy):
    c = fn(ms)
    print(fn.__name__, type(c).__name__, sorted(c), c.tag)
class MyFrozen(frozenset): pass
mf = MyFrozen([1, 2])
print(type(copy.copy(mf)).__name__, copy.copy(mf) is mf, sorted(copy.deepcopy(mf)))
memo = {}
sset = {1, 2}
copy.deepcopy(sset, memo)
print(len(memo), sorted(type(v).__name__ for v in memo.values()))
memo = {}
copy.deepcopy([1, [2], (3, [4])], memo)
print(len(memo), sorted(type(v).__name__ for v in memo.values()), len(memo[id(memo)]))
run('module', lambda: copy.copy(copy))
run('deep module', lambda: copy.deepcopy(collections))
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.defaultdict(int, a=1)))
class IntSub(int):
    pass
i = IntSub(5); i.tag = [1]
print(copy.copy(i), copy.copy(i).tag, copy.deepcopy(i).tag is i.tag, type(copy.deepcopy(i)).__name__)
class StrSub(str): pass
print(repr(copy.deepcopy(StrSub('abc'))), type(copy.copy(StrSub('q'))).__name__)
class TupSub(tuple): pass
print(copy.copy(TupSub((1, [2]))), type(copy.deepcopy(TupSub((1, [2])))).__name__)
print(copy.copy(object()) is not None, type(copy.deepcopy(object())).__name__)
run('bytearray', lambda: (copy.copy(bytearray(b'ab')), copy.deepcopy(bytearray(b'cd'))))
run('memoryview', lambda: copy.copy(memoryview(b'ab')))
run('property', lambda: copy.copy(property()) is not None)
run('classmethod', lambda: copy.copy(classmethod(len)))
class R:
    def __init__(self, rv): self.rv = rv
    def __reduce_ex__(self, proto): return self.rv
for rv in [None, 5, [list, ()], (list,), (list, (), None, None, None, None), 'x', (list, (), 0), (list, (), ()), (list, (), {}), (list, [[1, 2]]), (dict, (), None, None, [(1, 2)])]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            r = fn(R(rv))
            print(repr(rv), fn.__name__, type(r).__name__, r if not isinstance(r, R) else 'R')
        except Exception as e:
            print(repr(rv), fn.__name__, type(e).__name__, e)
class N:
    __reduce_ex__ = None
    def __reduce__(self): return (N, ())
print(type(copy.copy(N())).__name__)
class M:
    __reduce_ex__ = None
    __reduce__ = None
for fn in (copy.copy, copy.deepcopy):
    try: fn(M())
    except Exception as e: print(type(e).__name__, e)
import copy
memo = {}
copy.deepcopy(([1, 2],), memo); print(sorted(type(v).__name__ for v in memo.values()))
memo = {}
s = {1, 2}
copy.deepcopy(s, memo); print({k == id(memo): type(v).__name__ for k, v in memo.items()}, [type(v).__name__ for v in memo[id(memo)]])
import copy, collections, functools, array, re, fractions, enum, time, types, itertools, weakref, operator, io, random, string, textwrap, json, dataclasses
class Color(enum.Enum):
    RED = 1
NT = collections.namedtuple('NT', 'a b')
def show(v):
    if isinstance(v, (types.FunctionType, types.BuiltinFunctionType)): return v.__name__
    if isinstance(v, functools.partial): return ('partial', v.func.__name__, v.args, v.keywords)
    if isinstance(v, (itertools.count, itertools.repeat)): return repr(v)
    if isinstance(v, random.Random): return v.random()
    import re as _re
    return _re.sub(' at 0x[0-9a-f]+', '', repr(v))
objs = [collections.deque([1, [2]], maxlen=5), collections.OrderedDict(a=[1]), collections.defaultdict(list, a=[1]), collections.Counter('abca'),
        NT(1, [2]), functools.partial(int, '10', base=2), array.array('i', [1, 2]), re.compile('a+', re.I), fractions.Fraction(1, 3),
        Color.RED, time.localtime(0), types.SimpleNamespace(a=[1]),
        operator.itemgetter(1), operator.attrgetter('a'),
        random.Random(5), string.Template('$a'), textwrap.TextWrapper(width=5), json.JSONEncoder(), range(3), complex(1, 2), b'x', bytearray(b'yz'),
        {1, 2}, frozenset({1, (2, 3)}), slice(1, [2]), slice(1, 2), (1, [2]), (1, 2), [1, (2, [3])], {'a': {'b': [1]}}, ..., NotImplemented, None, 1.5, True, 10**20, 'str', len, show, int, type,
        property(), object(), Exception('x', 1), KeyError('k'), OSError(2, 'no such'), dataclasses.field()]
for o in objs:
    for fn in (copy.copy, copy.deepcopy):
        try:
            r = fn(o)
            print(type(o).__name__, fn.__name__, 'same' if r is o else 'new', type(r).__name__, show(r) if type(o) is not dataclasses.Field else '', (r == o) if type(o) not in (object, dataclasses.Field) else '')
        except Exception as e:
            print(type(o).__name__, fn.__name__, 'ERR', type(e).__name__, e)
