# inspect: signature() and Signature/Parameter/BoundArguments, the is* predicates, generator
# states, getdoc/cleandoc, getmembers, getfullargspec, unwrap, currentframe.
import inspect
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool: pass
sig = inspect.signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation, str(p), repr(p), p.kind.name, p.kind.description)
print(sig.return_annotation, list(sig.parameters))
def g(x, y=1, *, z): pass
print(inspect.signature(g), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
class C:
    def __init__(self, v, w=0): pass
    def m(self, q, *, r=1): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, b): pass
    def __call__(self, n): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.s), inspect.signature(C.c), inspect.signature(C(1)))
b = inspect.signature(g).bind(1, z=3)
print(b.args, b.kwargs, b.arguments)
b2 = inspect.signature(g).bind_partial(1)
b2.apply_defaults(); print(b2.arguments)
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.signature(g).bind(1)
except TypeError as e:
    print("TypeError", e)
def gen(): yield 1
async def co(): pass
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()), inspect.isroutine(len), inspect.isroutine(f))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
g1 = gen()
print(inspect.getgeneratorstate(g1)); next(g1); print(inspect.getgeneratorstate(g1)); list(g1); print(inspect.getgeneratorstate(g1))
def documented():
    """First line.

        Indented more.
    Back.
    """
print(repr(inspect.getdoc(documented)), inspect.cleandoc("  a\n    b\n  c"))
print([n for n, v in inspect.getmembers(C) if not n.startswith("__")])
print(inspect.getmembers(C(1), inspect.ismethod)[0][0])
print(inspect.getfullargspec(f))
print(inspect.currentframe().f_code.co_name)
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=5): pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped) is not wrapped)
print(inspect.signature(functools.partial(g, 1)))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.signature(5)
except TypeError as e:
    print(e)
