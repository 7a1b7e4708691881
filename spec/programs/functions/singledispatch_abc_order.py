# singledispatch over abstract base classes: builtins dispatch to the ABCs they are registered with, the most derived one first; two unrelated ones are ambiguous.
import functools, collections.abc as c
@functools.singledispatch
def f(x): return "base"
f.register(c.Sized, lambda x: "sized")
f.register(c.Iterable, lambda x: "iterable")
for v in ([], {}, "s", 3):
    try: print(f(v))
    except RuntimeError as e: print("RE", e)
@functools.singledispatch
def g(x): return "base"
g.register(c.Mapping, lambda x: "mapping")
g.register(c.Sequence, lambda x: "sequence")
g.register(c.Set, lambda x: "set")
g.register(c.Iterable, lambda x: "iterable")
g.register(c.Sized, lambda x: "sized")
g.register(str, lambda x: "str")
class L(list): pass
class D(dict): pass
for v in ([], {}, set(), "s", (), L(), D(), frozenset(), range(2), iter([]), b"x", 3):
    try: print(type(v).__name__, g(v))
    except RuntimeError as e: print("RE", e)
