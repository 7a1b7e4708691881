def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class K: pass
t(lambda: 1 + 'a'); t(lambda: 'a' + 1); t(lambda: [] + ()); t(lambda: 1 - 'a'); t(lambda: 'a' - 'b'); t(lambda: {} + {}); t(lambda: None + 1)
t(lambda: 2 * None); t(lambda: [] * []); t(lambda: 'a' * 'b'); t(lambda: 1 / 'a'); t(lambda: 1 // []); t(lambda: 1 % {}); t(lambda: 'a' % 1 if False else 'x%d' % 'a')
t(lambda: 2 ** 'a'); t(lambda: pow(2, 3, 'a')); t(lambda: 1 << 1.0); t(lambda: 1.0 >> 1); t(lambda: 1 & 1.0); t(lambda: 1.0 | 1); t(lambda: 1 ^ 'a'); t(lambda: [] @ [])
t(lambda: -'a'); t(lambda: +[]); t(lambda: ~1.0); t(lambda: abs('a')); t(lambda: 1 < 'a'); t(lambda: [] > {}); t(lambda: None < None); t(lambda: K() < K()); t(lambda: K() >= 1)
t(lambda: len(1)); t(lambda: len(K())); t(lambda: K()[0]); t(lambda: K()['a']); t(lambda: 1[0]); t(lambda: None[0]); t(lambda: K()()); t(lambda: 1()); t(lambda: 'a'())
def delitem(): del K()[0]
def setitem(): K()[0] = 1
def setitem2(): (1, 2)[0] = 5
def delitem2(): del 'abc'[0]
def setstr(): 'abc'[0] = 'x'
t(delitem); t(setitem); t(setitem2); t(delitem2); t(setstr)
t(lambda: K().missing); t(lambda: K.missing); t(lambda: (1).missing); t(lambda: 'a'.missing); t(lambda: None.missing); t(lambda: [].missing); t(lambda: int.missing)
import sys
t(lambda: sys.missing); t(lambda: undefined_name); t(lambda: [].append.missing)
def ul():
    print(zz)
    zz = 1
t(ul)
def fv():
    def inner(): return q
    t(inner)
    q = 1
fv()
t(lambda: iter(K())); t(lambda: next(K())); t(lambda: next(iter([]))); t(lambda: list(1)); t(lambda: tuple(K())); t(lambda: sorted(1)); t(lambda: {}[K()] if False else {}[[]])
t(lambda: hash([])); t(lambda: hash({})); t(lambda: hash(set())); t(lambda: {[]: 1}); t(lambda: {{}}); t(lambda: set([[1]]))
t(lambda: int('x')); t(lambda: int('')); t(lambda: float('x')); t(lambda: int(' 1 2')); t(lambda: int('0b2', 0)); t(lambda: complex('j j'))
t(lambda: [].pop()); t(lambda: [1].index(2)); t(lambda: (1,).index(2)); t(lambda: 'abc'.index('d')); t(lambda: [].remove(1)); t(lambda: {}.popitem()); t(lambda: set().pop()); t(lambda: {1}.remove(2))
t(lambda: range(1)[5]); t(lambda: 'a'[5]); t(lambda: [][0]); t(lambda: ()[0]); t(lambda: b''[0]); t(lambda: bytearray()[0]); t(lambda: [1][-2])
t(lambda: {}['k']); t(lambda: {}[1]); t(lambda: {}[None]); t(lambda: {}[(1,)]); t(lambda: {}[''])
t(lambda: 1 / 0); t(lambda: 1.0 / 0); t(lambda: 1 // 0.0); t(lambda: 0 ** -1); t(lambda: divmod(1, 0)); t(lambda: 1 % 0.0); t(lambda: int(float('inf'))); t(lambda: 10.0 ** 1000)
t(lambda: chr(-1)); t(lambda: ord('')); t(lambda: [1, 2, 3][1:2:0]); t(lambda: 'x'.join([1])); t(lambda: 'abc'.split(None, 'x')); t(lambda: print(end=1))
t(lambda: getattr(1, 1)); t(lambda: setattr(K(), 1, 1)); t(lambda: hasattr(1, None)); t(lambda: delattr(K(), 'x')); t(lambda: K.__dict__['x'])
t(lambda: isinstance(1, 'int')); t(lambda: issubclass('a', str)); t(lambda: super(1, 2)); t(lambda: object.__new__(1)); t(lambda: int.__new__(K))
t(lambda: min()); t(lambda: max(1)); t(lambda: sum()); t(lambda: sum(1, 2, 3)); t(lambda: round()); t(lambda: zip(1)); t(lambda: enumerate()); t(lambda: range()); t(lambda: range(1, 2, 3, 4))
t(lambda: exec(5)); t(lambda: eval(5)); t(lambda: compile('x', 'f', 'bad')); t(lambda: eval('x = 1')); t(lambda: exec('1 +')); t(lambda: eval(''))
t(lambda: [x for x in 5]); t(lambda: {**[]}); t(lambda: (lambda a: a)()); t(lambda: (lambda: 0)(1)); t(lambda: (lambda *, a: a)(1)); t(lambda: dict(**{1: 2}))
t(lambda: 'abc'.encode('utf-8', 5)); t(lambda: b'abc'.decode(5)); t(lambda: str(1, 2)); t(lambda: bytes('a')); t(lambda: bytearray('a')); t(lambda: memoryview('a'))
import math
t(lambda: math.sqrt(-1)); t(lambda: math.log(0)); t(lambda: math.factorial(-1)); t(lambda: math.factorial(1.5)); t(lambda: math.exp(1000)); t(lambda: math.acos(2)); t(lambda: math.pow(0, -1))
t(lambda: math.ceil('x')); t(lambda: math.gcd(1.5)); t(lambda: math.isqrt(-1)); t(lambda: math.comb(1.5, 1)); t(lambda: math.log(1, 1)); t(lambda: math.fsum([math.inf, -math.inf]))
t(lambda: sys.getrecursionlimit(1)); t(lambda: sys.setrecursionlimit(-5)); t(lambda: sys.intern(1))
