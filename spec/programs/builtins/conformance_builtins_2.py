import sys, abc
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for f in [abs, all, any, ascii, bin, callable, chr, hex, oct, ord, len, iter, next, repr, hash, id, vars, dir, sorted, sum, min, max, divmod, pow, round, getattr, setattr, hasattr, delattr, isinstance, issubclass, format, enumerate, zip, map, filter, reversed, range, type, print, bool, int, float, str, list, tuple, dict, set, frozenset, bytes, bytearray, slice, object, super, property, staticmethod, classmethod, complex]:
    try:
        f()
        print(f.__name__, 'ok')
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in [abs, bin, chr, hex, oct, ord, len, iter, hash, callable, ascii, repr, all, any, sorted, sum, min, max, enumerate, reversed, round, vars, dir, bool, int, float, str, list, tuple, set, frozenset, bytes, bytearray, range, complex, divmod, next, format]:
    for arg in [None, 'ab', 2.5, -3, [1], {'a': 1}]:
        try:
            r = f(arg)
            if f in (iter, enumerate, reversed, dir, vars, hash, id): r = type(r).__name__
            if f in (set, frozenset): r = sorted(r)
            print(f.__name__, repr(arg), repr(r))
        except Exception as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
for f in [abs, len, chr, ord, hash, callable, bin, iter]:
    t(f, 1, 2, 3)
t(len, [], x=1); t(abs, x=1); t(sorted, [3, 1], key=None, reverse=1); t(sorted, [3, 1], lambda x: x); t(sorted, [], cmp=1); t(sum, [], 0, 0); t(sum, [1], start=2, x=1)
class BigLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [2**63, 2**100, -1, 0, 5, True, 1.5, 'a', None]:
    t(len, BigLen(n)); t(bool, BigLen(n))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(bin, Idx(5)); t(hex, Idx(-255)); t(oct, Idx(8)); t(chr, Idx(97)); t(bin, Idx('a')); t(range, Idx(3)); t(list, range(Idx(1), Idx(6), Idx(2))); t(lambda: [1, 2, 3][Idx(1)]); t(lambda: 'abc'[Idx(-1)]); t(lambda: [1,2,3][Idx(0):Idx(2)]); t(lambda: 'ab' * Idx(2)); t(round, 1.25, Idx(1)); t(pow, Idx(2), Idx(3)); t(int, Idx(5)); t(float, Idx(5)); t(complex, Idx(5)); t(divmod, Idx(7), 2)
t(ord, ''); t(ord, 'ab'); t(ord, b'a'); t(ord, bytearray(b'z')); t(ord, 5); t(chr, -1); t(chr, 0x110000); t(chr, 2**70); t(chr, 'a'); t(chr, 65.0)
t(pow, 3, -1, 7); t(pow, 2, -1, 4); t(pow, 3, 2, 0); t(pow, 3, 2.0, 5); t(pow, 0, -1, 5); t(pow, 38, -1, 97); t(pow, -3, 3, 5); t(pow, 3, 3, -5); t(pow, 2, 100, 10**9+7); t(pow, 2, 3, None); t(pow, base=2, exp=3, mod=5); t(pow, 1.5, 2, 3); t(pow, 0, 0); t(pow, 0.0, 0)
t(divmod, 7, 0); t(divmod, 7.0, 0); t(divmod, 'a', 1); t(divmod, 1+1j, 1); t(divmod, -7, 2); t(divmod, True, 2)
t(max, []); t(min, []); t(max, [], default=5); t(max, 1); t(max, 1, 2, default=3); t(max, [1, 2], key=lambda x: -x); t(min, 'abc', key=ord); t(max, [(1, 'a'), (1, 'b')]); t(max, [1, 'a']); t(max, 3, 1, key=None); t(max, [], key=len); t(min, iter([])); t(min, [], default=None); t(max, [3, 1], x=1); t(max, 'ba'); t(max, [1, 3, 3], key=lambda x: 0)
print(max([1, 2, 3, 3.0]), max([3.0, 3]), min([1, 1.0]), max({'a': 1, 'b': 2}), max(range(5), key=lambda x: x % 3), min([[2], [1, 5]]))
t(next, iter([]), None); t(next, iter([]), 1, 2); t(next, [1]); t(next, 5); t(next, iter('a'), default=1)
calls = [0]
def cf():
    calls[0] += 1
    return calls[0]
print(list(iter(cf, 4)))
t(iter, cf, 4, 5); t(iter, 5, 1); t(iter, 5); t(lambda: list(iter([1].pop, None)) if False else list(iter(lambda: 1, 1)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [2, 2], [5, 5])), list(map(str.upper, 'ab')), list(zip()), list(zip('ab', 'cd', 'ef')), list(zip('abc', range(2))), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
t(map, len); t(map); t(filter, len); t(filter, None, 5); t(lambda: type(map(5, [1])).__name__); t(lambda: list(map(5, [1]))); t(zip, 5); t(lambda: type(zip([1], strict=True)).__name__)
t(lambda: list(zip([1, 2], [1], strict=True))); t(lambda: list(zip([1], [1, 2], strict=True))); t(lambda: list(zip([1], [1, 2], [3], strict=True))); t(lambda: list(zip([1, 2], [3, 4], [5], strict=True))); t(lambda: list(zip([1, 2], [3], [5, 6], strict=True))); t(lambda: list(zip([1], [2], strict=True))); t(lambda: list(zip(strict=True)))
t(sum, ['a', 'b']); t(sum, ['a'], 'x'); t(sum, [b'a'], b''); t(sum, [bytearray()], bytearray()); t(sum, [[1], [2]], []); t(sum, [(1,), (2,)], ()); t(sum, [1, 2.5, 1j]); t(sum, [0.1] * 10); t(sum, [2**64, 1.5]); t(sum, [1, 'a']); t(sum, [True, True]); t(sum, 5); t(sum, [1], start='a')
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda p: p[0]), sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda p: p[0], reverse=True), sorted({3, 1}), sorted([1, 1.0, True]), sorted(['B', 'a', 'C'], key=str.lower))
t(sorted, [1, 'a']); t(sorted, [1, None]); t(sorted, [[1], (1,)]); t(sorted, [1, 2], key=5); t(sorted, [{1}, {2}]); t(sorted, [3, 2, 1], key=lambda x: 1/(x-2))
t(lambda: [3, 1].sort(key=lambda x: x, reverse=True)); t(lambda: [1, 2].sort(lambda x: x)); t(lambda: [].sort(x=1))
print(list(reversed([1, 2])), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed(b'ab')))
t(reversed, {1, 2}); t(reversed, iter([])); t(reversed, 5); t(lambda: reversed([1]).__length_hint__())
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
class Rev2:
    def __reversed__(self): return 'custom'
class Rev3:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
print(list(reversed(Rev())), reversed(Rev2())); t(reversed, Rev3()); t(iter, Rev3()) if False else None
print(list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], range(10)[::-1], len(range(-5)), range(3) == range(0, 3, 1), range(0) == range(5, 5), 3 in range(0, 10, 3), 3.0 in range(5), range(2**100)[-1], range(1, 10).index(5), range(0, 10, 2).count(4), hash(range(3)) == hash(range(0, 3)), repr(range(1, 5, 2)), repr(range(3)))
t(range, 1, 2, 0); t(range, 1.5); t(range, 'a'); t(range); t(range, 1, 2, 3, 4); t(lambda: range(5)[10]); t(lambda: range(2**100)[0:2**99:2**98]); t(len, range(2**64)); t(lambda: range(5).index(7)); t(range, stop=5)
print(round(2.5), round(3.5), round(-1.5), round(1.25, 1), round(12345, -2), round(-12350, -2), round(5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__, round(0.5 + 1e-17))
class Rd:
    def __round__(self, n=None): return ('round', n)
print(round(Rd()), round(Rd(), 3)); t(round, object()); t(round, 1.5, 'a'); t(round, '1.5')
print(isinstance(1, int | str), isinstance('a', (int, (float, str))), isinstance(None, type(None)), issubclass(bool, int | str), isinstance([], list | None), issubclass(int, (str, (bytes, int))), isinstance(1, object), issubclass(type, object), isinstance(type, type))
t(isinstance, 1, 5); t(isinstance, 1, (int, 5)); t(issubclass, 1, int); t(issubclass, int, 1); t(isinstance, 1, list[int]); t(issubclass, list, list[int]); t(isinstance, 1); t(isinstance, 1, (5, int)); t(issubclass, int, (int, 5))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is str
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(str, Magic), issubclass(int, Magic), isinstance(42, (int, Magic)), isinstance(Magic(), Magic), issubclass(Magic, Magic))
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
class AB1(AB):
    def f(self): return 1
class AB2(AB1):
    def g(self): return 2
t(AB); t(AB1); print(AB2().f(), AB2().g(), isinstance(AB2(), AB), sorted(AB.__abstractmethods__), sorted(AB1.__abstractmethods__), AB2.__abstractmethods__)
AB.register(int); print(isinstance(5, AB), issubclass(bool, AB), issubclass(str, AB))
class AB3(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def p(self): ...
t(AB3)
class AB4(AB3):
    p = 5
print(AB4().p)
print(getattr(1, 'real'), hasattr(1, 'nope'), getattr([], 'nope', 'dflt')); t(getattr, 1, 'nope'); t(getattr, 1, 5); t(getattr, 1, 5, None); t(setattr, 1, 'x', 2); t(setattr, object(), 'x', 1); t(delattr, [], 'append'); t(hasattr, 1, 5); t(setattr, type('X', (), {}), 5, 1)
class HA:
    @property
    def p(self): raise ValueError('boom')
    @property
    def q(self): raise AttributeError('missing q')
t(hasattr, HA(), 'p'); t(hasattr, HA(), 'q'); t(getattr, HA(), 'q', 'dq')
t(hash, []); t(hash, {}); t(hash, (1, [2])); t(hash, set()); print(hash(frozenset()) == hash(frozenset()), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-1.0), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
class H:
    def __hash__(self): return 'x'
class H2:
    def __hash__(self): return 2**100
class H3:
    def __hash__(self): return -1
t(hash, H()); t(hash, H2()); t(hash, H3())
print(bin(10), bin(-10), oct(-0), hex(0), hex(2**70), bin(True), f'{10:b}', oct(0o777), hex(-2**63)); t(hex, 1.5); t(bin, '1'); t(oct, None)
print(ascii('ä\n\x00€😀'), ascii(b'\xff'), ascii(['é']), repr('é\x7f\x80'), repr("'"), repr('"'), repr('\'"'), repr('\\'), repr('\t\r\n'), repr('\u200b'), repr('\U0001F600'), repr('\udc80'))
print(callable(len), callable(1), callable(type), callable(lambda: 0), callable(object()), callable(type('C', (), {'__call__': lambda s: 1})()), callable([].append), callable(None))
g = globals(); print(type(g).__name__, g['__name__'], 'sys' in g, g is globals())
def vf(a, b=2):
    c = 3
    return vars(), locals() == vars()
print(vf(1)); t(vars, 5); t(vars, 1, 2)
class VC:
    x = 1
    def __init__(self): self.y = 2
print(vars(VC())['y'], 'x' in vars(VC), type(vars(VC)).__name__); t(lambda: vars(VC).__setitem__('z', 1))
print(type('N', (), {}).__name__, type('N', (int,), {'a': 1})(5) + 1, type('N', (), {'a': 1}).a, type('N', (), {}).__module__, type('N', (), {}).__qualname__, type('N', (), {'__qualname__': 'Q'}).__qualname__, type(5), type(type), type('N', (object,), {}).__bases__)
t(type, 'N', 5, {}); t(type, 'N', (), 5); t(type, 5, (), {}); t(type, 'N', (5,), {}); t(type, 'N', (bool,), {}); t(type, 'N', (int, str), {}); t(type, 'a', 'b'); t(type, 'N', (), {}, x=1); t(type, 'N', (), {'__qualname__': 5}); t(type, 'N', (), {'__slots__': 5})
print(list(enumerate('ab', start=-1)), list(enumerate([], 5)), next(enumerate('x', 2**70))); t(enumerate, 'a', 'b'); t(enumerate, 5); t(enumerate, 'a', start=1.5); t(lambda: list(enumerate(iterable='ab')))
print(print('a', 'b', sep='-', end='!\n'), end='')
print('x', 'y', sep=None, end=None); print(sep='', end=''); print(1, 2, 3, sep=''); print(*[1, 2], sep='\n')
t(print, 1, sep=5); t(print, 1, end=5); t(print, 1, file=5); t(print, 1, flush=True); t(print, 1, bad=1); t(print, 1, file=None)
class FakeFile:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
ff = FakeFile(); print('a', 2, file=ff, flush=True); print(file=ff); print(ff.parts)
class NoWrite: pass
t(print, 'a', file=NoWrite())
print(str(bytes(3)), bool(NotImplemented) if False else '', int.from_bytes(b'\x01\x00', 'little'), repr(slice(1, None)), slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4)); t(slice(0, 1, 0).indices, 5); t(slice(1).indices, -1); t(slice); t(slice, 1, 2, 3, 4)
