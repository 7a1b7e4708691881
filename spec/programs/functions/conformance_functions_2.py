import functools
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def fd(a, b=1): pass
def fpo(a, b, /, c, d=4, *, e, f=6): return (a, b, c, d, e, f)
def fstar(a, *args, k, **kw): return a, args, k, kw
def fko(*, a, b): pass
def fko1(*, a): pass
class K:
    def m(self, x): pass
    def m0(self): pass
    @classmethod
    def c(cls, x): pass
    @staticmethod
    def s(x): pass
class KI:
    def __init__(self, a, *, b): pass
calls = [(f0, (1,), {}), (f0, (1, 2), {}), (f0, (), {'x': 1}), (f1, (), {}), (f1, (1, 2), {}), (f1, (1,), {'a': 2}), (f2, (), {}), (f2, (1,), {}), (f3, (), {}), (f3, (1,), {}), (f3, (), {'b': 1}), (fd, (), {}), (fd, (1, 2, 3), {}), (fd, (1, 2, 3, 4), {}), (fd, (), {'b': 1}), (fd, (1,), {'c': 1}), (fd, (1,), {'a': 1, 'b': 2}),
         (fpo, (1, 2, 3), {}), (fpo, (1, 2), {'c': 3, 'e': 5}), (fpo, (1,), {'b': 2, 'c': 3, 'e': 5}), (fpo, (), {'a': 1, 'b': 2, 'c': 3, 'e': 4}), (fpo, (1, 2, 3, 4, 5), {'e': 1}), (fpo, (1, 2, 3, 4, 5, 6), {}), (fpo, (1, 2, 3), {'e': 1, 'a': 9}), (fpo, (1, 2, 3), {'e': 1, 'g': 2}),
         (fstar, (), {}), (fstar, (1, 2), {}), (fstar, (1,), {'k': 2, 'z': 3}), (fko, (), {}), (fko, (1,), {}), (fko, (1, 2), {'a': 1}), (fko, (), {'a': 1}), (fko1, (), {}), (fko1, (1,), {'a': 2}),
         (K().m, (), {}), (K().m, (1, 2), {}), (K.m, (), {}), (K().m0, (1,), {}), (K.c, (), {}), (K.c, (1, 2), {}), (K.s, (), {}), (K.s, (1, 2), {}), (KI, (), {}), (KI, (1,), {}), (KI, (1, 2), {'b': 1}), (K().m, (1,), {'x': 1}), (K().m, (), {'self': 1, 'x': 2}), (lambda x: 0, (), {}), (lambda *, y: 0, (1,), {}), (f1, (), {'a': 1, **{'b': 2}})]
for f, a, k in calls:
    t(f, *a, **k)
t(lambda: f1(**{1: 2})); t(lambda: f1(*5)); t(lambda: f1(**5)); t(lambda: f1(**{'a': 1}, **{'a': 2})); t(lambda: f1(1, **{'a': 2})); t(lambda: dict(**{'a': 1}, a=2)); t(lambda: fstar(**{'a': 1, 'k': 2}))
def mut(x, acc=[]):
    acc.append(x); return acc
print(mut(1), mut(2), mut(3, []), mut(4))
counter = [0]
def dflt():
    counter[0] += 1; return counter[0]
def ev(a=dflt()): return a
print(ev(), ev(), counter)
def annotated(a: int, b: 'str' = 'x', *c: float, d: list = None, **e: dict) -> bool: pass
print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__, fpo.__defaults__, fpo.__kwdefaults__, f0.__defaults__, f0.__kwdefaults__)
def doc():
    "The docstring."
print(doc.__doc__, f0.__doc__, doc.__name__, doc.__qualname__, doc.__module__, doc.__dict__, K.m.__qualname__, K().m.__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__code__.co_name, outer().__code__.co_argcount, fpo.__code__.co_argcount, fpo.__code__.co_posonlyargcount, fpo.__code__.co_kwonlyargcount, fpo.__code__.co_varnames[:6], fstar.__code__.co_flags & 0x0c)
f0.__name__ = 'renamed'; f0.__qualname__ = 'Q.renamed'; f0.__doc__ = 'newdoc'; f0.custom = 1; f0.__module__ = 'mod'; print(f0.__name__, f0.__qualname__, f0.__doc__, f0.__dict__, f0.__module__, repr(f0).startswith('<function Q.renamed at'))
t(setattr, f0, '__name__', 5); t(setattr, f0, '__qualname__', None); t(setattr, f0, '__defaults__', 5); t(setattr, f0, '__kwdefaults__', 5); t(setattr, f0, '__annotations__', 5); t(setattr, f0, '__dict__', 5); t(delattr, f0, '__name__'); t(setattr, f0, '__code__', 5)
fd.__defaults__ = (10,); t(fd, 1); print(fd.__defaults__); fd.__defaults__ = None; t(fd, 1)
def kwd(*, a=1): return a
kwd.__kwdefaults__ = {'a': 99}; print(kwd()); kwd.__kwdefaults__ = None; t(kwd)
def adder(n): return lambda x: x + n
print(adder(3)(4), [f(10) for f in [lambda x: x + i for i in range(3)]], [f(10) for f in [lambda x, i=i: x + i for i in range(3)]])
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(100) % 1000007)
def deco_args(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return prefix + str(fn(*a, **k))
        return wrapper
    return deco
@deco_args('>> ')
def greeted(x):
    "greeted doc"
    return x * 2
print(greeted(4), greeted.__name__, greeted.__doc__, greeted.__wrapped__(4), greeted.__qualname__)
p = functools.partial(fpo, 1, 2, e=5); print(p(3), p(3, 4, e=9), p.func.__name__, p.args, p.keywords, repr(functools.partial(max, 1)).startswith('functools.partial(<built-in function max>, 1'))
t(functools.partial); t(functools.partial, 5); p2 = functools.partial(p, 3); print(p2(), p2.args, p2.func is fpo)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(lambda a, b: a + b, ['x'])); t(functools.reduce, lambda a, b: a, []); t(functools.reduce, 5, [1, 2]); t(functools.reduce, lambda a, b: a)
@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().misses)
@functools.cache
def cc(x, y=1): return x + y
print(cc(1), cc(1, y=1), cc(1, 1), cc.cache_info())
t(lambda: sq([1]))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(1))
# unpacking
def u(src, n):
    try:
        if n == 2: a, b = src; return a, b
        if n == 3: a, b, c = src; return a, b, c
        if n == 's': a, *b, c = src; return a, b, c
        if n == 'n': (a, b), c = src; return a, b, c
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for src in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4], 'ab', iter([1, 2, 3]), 5, {'a': 1, 'b': 2}, [(1, 2), 3], [(1,), 3], [1, 2], range(10)]:
    print([u(src, n) for n in (2, 3, 's', 'n')])
def gen3():
    yield 1; yield 2; yield 3
t(lambda: [(a, b) for a, b in [gen3()]]); *x, = 'abc'; print(x); a, *b = range(3); print(a, b); [a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c); (*z,) = (); print(z)
t(lambda: exec('a, *b, *c = [1,2]')); t(lambda: exec('*a = [1]')); a = b = c = []; print(a is b is c); x = [0, 0]; i = 0; i, x[i] = 1, 2; print(i, x)
order = []
class Tr:
    def __getitem__(self, k): order.append(('get', k)); return 10
    def __setitem__(self, k, v): order.append(('set', k, v))
def key(n): order.append(('key', n)); return n
def obj(): order.append('obj'); return tr
def val(): order.append('val'); return 1
tr = Tr(); obj()[key(1)] += val(); print(order)
order.clear(); obj()[key(1)] = obj()[key(2)] = val(); print(order)
class AT:
    def __getattr__(self, n): order.append(('getattr', n)); return 5
    def __setattr__(self, n, v): order.append(('setattr', n, v))
order.clear(); at = AT(); at.x += 1; at.y = at.z = 2; print(order)
print([y := 5, y ** 2], [w for x in range(5) if (w := x * 2) > 4], w, (n := 10) + n)
def walrus_scope():
    [q := i for i in range(3)]
    return q
print(walrus_scope()); t(lambda: exec('[i := 0 for i in range(3)]')); t(lambda: exec('class X: [(yy := 1) for _ in range(1)]'))
first, second, *rest = 'x', 'y'; print(first, second, rest)
d = {}; d['a'], d['b'] = 1, 2; print(d); l = [1, 2, 3]; l[0], l[2] = l[2], l[0]; print(l)
t(lambda: exec('a, b = 1')); t(lambda: exec('a, b = None')); t(lambda: exec('(a, b), c = [1, 2]'))
