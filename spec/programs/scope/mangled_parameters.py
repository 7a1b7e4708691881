# Private names as parameters of methods: the keyword-only defaults (__kwdefaults__) and the
# annotations are keyed by the mangled name, and the annotations come in CPython 3.11's order
# (positional-or-keyword parameters before positional-only ones). Found by tools/fuzz-scope.py's
# probes (the tree-walker stored '__k', so the default was never found).
def kw(**k):
    return sorted(k)


class C:
    def m(self, __p=2, *, __k=3):
        return __p, __k, kw(__z=1)

    lam = lambda self, *, __z=1: __z


print(C().m(), C.m.__kwdefaults__, C.lam.__kwdefaults__, C().lam())


class K:
    def m(self, __a: int, /, __b: str = 'b', *, __c: float = 1.0, __d):
        return __a, __b, __c, __d


print(K.m.__annotations__)
print(K.m.__kwdefaults__, K.m.__defaults__)
print(K().m(1, _K__d=4))
try:
    K().m(1, __d=4)
except TypeError as e:
    print(e)


def ann(a: int, /, b: str, *c: float, d: bool = True, **e: bytes) -> None:
    pass


print(ann.__annotations__)
print((lambda *, __z=1: __z)())
