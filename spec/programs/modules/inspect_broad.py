import inspect, functools, sys, types
P = inspect.Parameter
S = inspect.Signature
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# ---- predicates
def gen(): yield 1
async def co(): pass
async def agen(): yield 1
class Desc:
    def __get__(self, o, t=None): return 1
class DataDesc:
    def __get__(self, o, t=None): return 1
    def __set__(self, o, v): pass
class DelDesc:
    def __delete__(self, o): pass
class A:
    "A doc"
    def m(self):
        "m doc"
    @classmethod
    def cm(cls):
        "cm doc"
    @property
    def prop(self):
        "prop doc"
        return 1
class B(A):
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
class Cdoc(B):
    pass
g = gen(); c = co()
objs = [len, gen, co, agen, g, c, A, A.m, A().m, A.cm, Desc(), DataDesc(), DelDesc(), 1, sys, functools.partial(gen), functools.partial(co, 1), str.join, 'x'.join, object.__init__, int.__add__, (1).__add__, types.FunctionType.__code__, gen.__code__, property(), staticmethod(len)]
preds = [n for n in sorted(dir(inspect)) if n.startswith('is')]
print(preds)
for o in objs:
    print([n for n in preds if getattr(inspect, n)(o)])
c.close()
class Aw:
    def __await__(self): yield
print(inspect.isawaitable(Aw()), inspect.isawaitable(1), inspect.isawaitable(co.__code__))
@types.coroutine
def old():
    yield
o = old()
print(inspect.isawaitable(o), inspect.isawaitable(gen()))
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Con(Abs):
    def f(self): pass
print(inspect.isabstract(Abs), inspect.isabstract(Con), inspect.isabstract(Abs.f), inspect.isabstract(1))
# ---- docs
print(repr(inspect.cleandoc('  first\n    a\n      b\n    c\n\n  \n')))
print(repr(inspect.cleandoc('\n\n  x\n\ty\n      \n   z   \n\n')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('one')), repr(inspect.cleandoc('   \n   ')))
print(repr(inspect.cleandoc('a\n        \n  b\n')))
for o in (A, B, Cdoc, A.m, B.m, B().m, B.cm, A.prop, len, None):
    print(repr(inspect.getdoc(o)))
class NoDoc:
    pass
print(repr(inspect.getdoc(NoDoc)), repr(inspect.getdoc(NoDoc())))
class Weird:
    __doc__ = 5
print(inspect.getdoc(Weird))
# ---- members
class M:
    a = 1
    def f(self): pass
    _x = 2
print([n for n, v in inspect.getmembers(M) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(M, inspect.isfunction)])
print(inspect.getmembers(M(), lambda v: v == 1))
print(inspect.getmodule(M) is sys.modules[__name__], inspect.getmodule(sys) is sys, inspect.getmodule(len).__name__, inspect.getmodule(1))
# ---- unwrap
def base(x): return x
@functools.wraps(base)
def w1(*a): return base(*a)
@functools.wraps(w1)
def w2(*a): return w1(*a)
print(inspect.unwrap(w2) is base, inspect.unwrap(w2, stop=lambda f: f is w1) is w1, inspect.unwrap(base) is base)
class Loop: pass
lp = Loop(); lp.__wrapped__ = lp
try:
    inspect.unwrap(lp)
except ValueError as e:
    print('ValueError', str(e).startswith('wrapper loop when unwrapping <__main__.Loop object'))
print(inspect.currentframe().f_code.co_name, (lambda: inspect.currentframe().f_code.co_name)())
# ---- states
def counter():
    print('in', inspect.getgeneratorstate(gg))
    yield 1
    yield 2
gg = counter()
print(inspect.getgeneratorstate(gg)); next(gg); print(inspect.getgeneratorstate(gg)); gg.close(); print(inspect.getgeneratorstate(gg))
async def cor():
    pass
cc = cor(); print(inspect.getcoroutinestate(cc)); cc.close(); print(inspect.getcoroutinestate(cc))
print(inspect.GEN_CREATED, inspect.CORO_SUSPENDED, inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_NEWLOCALS)
# ---- Parameter
for kind in P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD:
    print(repr(kind), str(kind), kind.name, kind.value, kind.description, int(kind), kind == int(kind))
print(P.KEYWORD_ONLY > P.VAR_POSITIONAL, type(P.KEYWORD_ONLY).__name__)
show(P, 'a', 5)
show(P, 'a', -1)
show(P, 'a', 'x')
show(P, 'a', P.VAR_POSITIONAL, default=1)
show(P, 'a', P.VAR_KEYWORD, default=None)
show(P, 5, P.KEYWORD_ONLY)
show(P, 'not valid', P.KEYWORD_ONLY)
show(P, 'class', P.KEYWORD_ONLY)
show(P, 'class', P.POSITIONAL_ONLY)
show(P, '.0', P.POSITIONAL_OR_KEYWORD)
show(P, '.0', P.KEYWORD_ONLY)
show(P, 'a', 1)
p = P('x', P.KEYWORD_ONLY, default=None, annotation=int)
print(p, repr(p), p.name, p.kind, p.default, p.annotation)
print(p.replace(default=P.empty), p.replace(annotation=P.empty), p.replace(name='y', kind=P.POSITIONAL_ONLY), p.replace(default=None))
print(P('s', P.VAR_POSITIONAL, annotation='str'), P('k', P.VAR_KEYWORD, annotation=list[int]), P('t', 1, annotation=types.ModuleType, default=[1]))
print(p == p.replace(), p == p.replace(name='z'), p == 1, hash(p) == hash(p.replace()), P.empty is inspect._empty, S.empty is P.empty)
try:
    p.foo = 1
except AttributeError as e:
    print('AttributeError')
# ---- Signature construction
show(S, [P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
show(S, [P('a', 1, default=1), P('b', 1)])
show(S, [P('a', 0, default=1), P('b', 1)])
show(S, [P('a', 1), P('a', 3)])
show(S, [P('a', 3, default=1), P('b', 3)])
show(S, [P('a', 1, default=1), P('b', 1)], __validate_parameters__=False)
show(S)
show(S, return_annotation=int)
show(S, [P('a', 0), P('b', 0)])
show(S, [P('a', 0), P('b', 3)])
show(S, [P('a', 0), P('r', 2), P('b', 3)])
show(S, [P('a', 3), P('k', 4)])
show(S, [P('a', 0), P('k', 4)])
show(S, [P('a', 0, annotation='q')], return_annotation='Z')
show(S, (p for p in [P('g', 1)]))
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool: pass
sig = inspect.signature(f)
print(sig, sig.parameters, type(sig.parameters).__name__)
print(sig.replace(return_annotation=S.empty), sig.replace(parameters=[]), sig.replace(return_annotation=None))
def f2(a, b: int = 2, /, c=3, *args, e: str = "x", d, **kw) -> bool: pass
print(sig == inspect.signature(f2), hash(sig) == hash(inspect.signature(f2)), sig == 1, sig != inspect.signature(lambda: 0))
# ---- bind
def h(a, b=2, /, c=3, *args, d, e=5, **kw): pass
hs = inspect.signature(h)
cases = [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'z': 9}), ((), {'d': 1}), ((1,), {}), ((1,), {'a': 1, 'd': 2}),
         ((1,), {'c': 1, 'd': 1, 'e': 2}), ((1, 2), {'b': 1, 'd': 1})]
for a, k in cases:
    show(hs.bind, *a, **k)
    show(hs.bind_partial, *a, **k)
def h2(a, b, *, c): pass
h2s = inspect.signature(h2)
for a, k in [((1, 2, 3), {}), ((1,), {'a': 1}), ((1, 2), {'c': 3, 'q': 1}), ((), {'b': 1}), ((1, 2, 3, 4), {})]:
    show(h2s.bind, *a, **k)
    show(h2s.bind_partial, *a, **k)
def h3(a, /, **kw): pass
h3s = inspect.signature(h3)
show(h3s.bind, 1, a=2)
show(h3s.bind, a=2)
show(h3s.bind_partial, a=2)
def h4(*args, **kw): pass
show(inspect.signature(h4).bind, 1, 2, self=3, x=1)
show(inspect.signature(lambda self: 0).bind, self=1)
b = hs.bind(1, 2, 3, 4, 5, d=6, e=7, z=8)
print(b.args, b.kwargs, b.arguments, b.signature is hs)
b = hs.bind_partial(1, c=3, d=4)
print(b.args, b.kwargs)
b.apply_defaults(); print(b, b.args, b.kwargs)
b = h2s.bind_partial(b=2, c=3)
print(b.args, b.kwargs)
b2 = h2s.bind_partial(b=2, c=3)
print(b == b2, b != b2, b == 1)
b2.arguments['b'] = 5
print(b == b2)
try:
    hash(b)
except TypeError as e:
    print('TypeError', e)
b.arguments['zz'] = 1
b.apply_defaults(); print(b)
# ---- signature of things
class C:
    def __init__(self, v, w=0): pass
    def m(self, q, *, r=1): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, b): pass
    def __call__(self, n): pass
    def star(*args): pass
    def kwo(*, k): pass
class N:
    def __new__(cls, x, *, y): return object.__new__(cls)
class NI(N):
    def __init__(self, a): pass
class Meta(type):
    def __call__(cls, q, r): pass
class WithMeta(metaclass=Meta):
    def __init__(self, zz): pass
class Plain: pass
class Sig:
    __signature__ = S([P('only', 1)])
    def __call__(self, *a): pass
class BadSig:
    __signature__ = 5
    def __call__(self): pass
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def wrapped(p, q=1): pass
things = [C, C(1).m, C.m, C.s, C.c, C(1), C(1).star, C.star, N, NI, WithMeta, Plain, Sig(), wrapped, C(1).kwo,
          functools.partial(h2, 1), functools.partial(h2, c=1), functools.partial(h2, b=1), functools.partial(h, 1, 2, 3, d=1),
          functools.partial(functools.partial(h2, 1), 2), object, 1, BadSig(), lambda *, a=1: a,
          deco(C(1).m)]
for t in things:
    show(inspect.signature, t)
show(inspect.signature, wrapped, follow_wrapped=False)
print(S.from_callable(h2), type(S.from_callable(h2)).__name__)
def ann(a: 'int', b: 'List' = None) -> 'str': pass
print(inspect.signature(ann)); show(inspect.signature, ann, eval_str=True)
show(inspect.signature, ann, eval_str=True, globals={'List': list})
print(inspect.get_annotations(ann), inspect.get_annotations(ann, eval_str=True, locals={'List': dict}))
class HasAnn:
    x: int
    y: 'HasAnn'
print(inspect.get_annotations(HasAnn), inspect.get_annotations(HasAnn, eval_str=True), inspect.get_annotations(Plain))
show(inspect.get_annotations, 1)
print(inspect.formatannotation(int), inspect.formatannotation(C), inspect.formatannotation(C, '__main__'), inspect.formatannotation('x'), inspect.formatannotation(list[int]), inspect.formatannotation(None))
import typing
print(inspect.formatannotation(typing.List[int]), inspect.formatannotation(typing.Optional[typing.Dict[str, int]]))
print(inspect.signature(lambda a: 0).parameters['a'].annotation is inspect._empty)
# ---- getfullargspec
for t in (h, h2, C.m, C(1).m, C, ann, lambda: 0, wrapped):
    show(inspect.getfullargspec, t)
show(inspect.getfullargspec, 1)

print(inspect.FullArgSpec._fields)
try:
    inspect.signature(functools.partial(h2, 1, 2, 3))
except ValueError as e:
    print('ValueError', str(e).startswith('partial object functools.partial(<function h2 at'), str(e).endswith('1, 2, 3) has incorrect arguments'))
print(S([P('a', 0, default=1), P('b', 2), P('c', 3)]))
try:
    S([P('a', 0, default=1), P('b', 0)])
except ValueError as e:
    print(e)
print(inspect.iskeyword('if'), inspect.isroutine((1).__add__))
