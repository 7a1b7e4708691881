# functools: cmp_to_key's KeyWrapper, partialmethod (descriptors, flattening, repr),
# cached_property (lock, errors), update_wrapper/wraps, total_ordering, lru_cache/cache and
# CacheInfo, singledispatch/singledispatchmethod registration, dispatch and errors.
import functools
print(functools.__all__)
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, type(K(1)).__name__, K(3).obj, K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(1) != K(2))
for expr in ['K(1) < 2', 'K()', 'K(1, 2)', 'K(obj=5).obj', 'K.obj', 'functools.cmp_to_key(lambda a, b: 0.5)(1) < functools.cmp_to_key(lambda a, b: 0.5)(2)', 'functools.cmp_to_key(lambda a, b: "x")(1) < functools.cmp_to_key(lambda a, b: "x")(2)', 'functools.cmp_to_key(None)(1) < functools.cmp_to_key(None)(2)', 'vars(K(1))', 'K(1).__class__ is type(K)']:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '->', type(e).__name__, e)
k = K(1); k.obj = 9; print(k.obj)
class A:
    def m(self, a, b=2, **kw): return (self.__class__.__name__, a, b, kw)
    pm = functools.partialmethod(m, 1, k=3)
    pm2 = functools.partialmethod(pm, b=5)
    spm = functools.partialmethod(staticmethod(lambda *a, **k: (a, k)), 'S')
    cpm = functools.partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), 'C')
a = A()
print(a.pm(), a.pm(b=4), a.pm2(), A.pm(a), a.spm(1), A.spm(2), a.cpm(3), A.cpm(4))
print(repr(A.__dict__['pm']).split(' at ')[0], repr(A.__dict__['pm']).split('>')[1])
print(repr(functools.partialmethod(len)))
print(type(a.pm).__name__, a.pm.__self__ is a, type(A.pm).__name__, A.pm.__name__, A.pm._partialmethod is A.__dict__['pm'])
print(A.__dict__['pm2'].func is A.m, A.__dict__['pm2'].args, A.__dict__['pm2'].keywords)
try: functools.partialmethod(5)
except TypeError as e: print(e)
print(functools.partialmethod[int])
cp = functools.cached_property(lambda self: 1)
print(sorted(vars(cp)), type(cp.lock).__name__, cp.attrname, functools.cached_property[int])
class B:
    @functools.cached_property
    def v(self):
        "doc of v"
        print('computing'); return 42
b = B(); print(b.v, b.v, B.v.__doc__, B.v.__module__, B.v.attrname, vars(b))
try:
    class Two:
        x = B.__dict__['v']
        y = x
except Exception as e: print(type(e).__name__, e, e.__cause__ if hasattr(e, '__cause__') else '')
cp2 = functools.cached_property(lambda s: 1)
try: cp2.__get__(B())
except TypeError as e: print(e)
print(cp2.__get__(None, B) is cp2)
import types
class P:
    __dict__ = types.MappingProxyType({})
    @functools.cached_property
    def z(self): return 1
try: P().z
except TypeError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
w = functools.wraps(len); print(type(w).__name__, w.keywords.keys())
def f(): pass
f.__dict__['__wrapped__'] = 'orig'
f.extra = 1
def g(): pass
functools.update_wrapper(g, f); print(g.__wrapped__ is f, g.extra)
class Obj: pass
o = Obj(); o.__name__ = 'named'
def h(): pass
functools.update_wrapper(h, o); print(h.__name__, h.__qualname__, h.__doc__, h.__module__)
try: functools.update_wrapper(h, o, updated=('missing',))
except AttributeError as e: print('AttributeError', e)
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v if isinstance(o, T) else NotImplemented
    def __eq__(self, o): return self.v == o.v
print(T(1) < T(2), T(2) > T(1), T(2) >= T(2), T.__gt__.__name__, T.__gt__.__qualname__, T.__lt__.__qualname__)
try: T(1) < 5
except TypeError as e: print(e)
try: functools.total_ordering(type('N', (), {}))
except ValueError as e: print(e)
print(functools.lru_cache(maxsize=-5)(len).cache_info(), functools.lru_cache(None)(len).cache_parameters())
ci = functools.lru_cache()(len).cache_info(); print(type(ci).__name__, ci._fields, ci._asdict(), ci._replace(hits=3), type(ci).__module__)
try: functools.lru_cache(len, typed=1)
except TypeError as e: print(e)
print(functools.lru_cache(maxsize=True)(len).cache_parameters())
print(functools.cache(len).cache_parameters(), functools.cache.__name__)

# singledispatch details
import abc, collections.abc as cabc
@functools.singledispatch
def fun(arg, verbose=False):
    return ('default', verbose)
@fun.register
def _(arg: int, verbose=False):
    return ('int', verbose)
@fun.register(float)
@fun.register(complex)
def _(arg, verbose=False):
    return ('number', verbose)
fun.register(type(None), lambda arg, verbose=False: ('none', verbose))
print(fun(1), fun(1.5, verbose=True), fun(1j), fun(None), fun('s'), fun(True), fun.__name__, fun.__wrapped__.__name__)
print(sorted(t.__name__ for t in fun.registry), type(fun.registry).__name__, fun.dispatch(bool) is fun.registry[int])
try: fun.registry[str] = None
except TypeError as e: print('registry read-only:', type(e).__name__)
class Later: pass
@functools.singledispatch
def g2(x): return 'base'
g2.register(cabc.Sized, lambda x: 'sized')
print(g2(Later()), g2([]))
cabc.Sized.register(Later)
print(g2(Later()))
class Sneaky:
    def __len__(self): return 1
print(g2(Sneaky()))
fun._clear_cache()
for bad in [lambda: fun.register(1), lambda: fun.register('x', lambda a: a), lambda: fun.register(lambda a: a)]:
    try: bad()
    except TypeError as e: print('TypeError', str(e).split(' at 0x')[0])
def unannotated_return(x) -> int: return x
try:
    fun.register(unannotated_return)
    print('registered via return annotation', fun.dispatch(int) is unannotated_return)
except TypeError as e: print('TypeError', e)
try: fun()
except TypeError as e: print(e)
@functools.singledispatch
def nameless(x): return 1
print(nameless.register(list)(lambda x: 2)([]))
class M:
    @functools.singledispatchmethod
    def act(self, x): return 'default'
    @act.register
    def _(self, x: int): return 'int %d' % x
    @functools.singledispatchmethod
    @classmethod
    def cact(cls, x): return 'cls default ' + cls.__name__
    @cact.register(str)
    @classmethod
    def _(cls, x): return 'cls str ' + cls.__name__
    @functools.singledispatchmethod
    @staticmethod
    def sact(x): return 'static default'
    @sact.register
    @staticmethod
    def _(x: list): return 'static list'
m = M()
print(m.act(3), m.act('x'), M.cact('s'), M.cact(1), m.cact('x'), M.sact([]), m.sact(()), M.act.__name__, M.__dict__['act'].__isabstractmethod__)
try: functools.singledispatchmethod(5)
except TypeError as e: print(e)
class AbsM(abc.ABC):
    @functools.singledispatchmethod
    @abc.abstractmethod
    def run(self, x): pass
print(AbsM.__abstractmethods__)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(1), G.__lt__.__name__, G.__le__.__qualname__, G.__ge__.__qualname__)
@functools.total_ordering
class W:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return 'truthy' if self.v >= o.v else ''
    def __eq__(self, o): return self.v == o.v
print(repr(W(2) <= W(1)), repr(W(2) > W(1)), repr(W(1) < W(2)), repr(W(1) <= W(1)))
data = ['bb', 'a', 'ccc', 'dd']
print(sorted(data, key=functools.cmp_to_key(lambda x, y: len(x) - len(y))), max(data, key=functools.cmp_to_key(lambda x, y: (x > y) - (x < y))))
@functools.lru_cache(maxsize=2, typed=True)
def sq(x):
    print('compute', x); return x * x
print(sq(2), sq(2.0), sq(2), sq(3), sq(2), sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize, fib.__wrapped__.__name__)
