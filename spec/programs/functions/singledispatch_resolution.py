# singledispatch resolution over many registries and classes (concrete and virtual bases).
import abc
import collections.abc as c
import functools

seed = 7
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 8) % k

class A1(abc.ABC): pass
class A2(abc.ABC): pass
class A3(A1): pass
class Base: pass
class Mid(Base): pass
class WithLen:
    def __len__(self): return 0
class WithIter:
    def __iter__(self): return iter(())
class Both(WithLen, WithIter):
    def __contains__(self, x): return False
class Reg: pass
A1.register(Reg)
class Reg2(Reg): pass
A2.register(Reg2)
class Mixed(Mid, WithLen): pass
class AbsBase(A1, Base): pass
class Kid(AbsBase, WithIter): pass
class Seq(c.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class MutM(dict): pass
c.Sized.register(Mid)

pool = [object, int, str, list, dict, tuple, set, bytes, Base, Mid, A1, A2, A3, c.Sized, c.Iterable,
        c.Container, c.Collection, c.Sequence, c.MutableSequence, c.Mapping, c.MutableMapping,
        c.Set, c.Hashable, c.Reversible, c.Iterator, WithLen, Reg]
values = [1, 's', [], {}, (), set(), frozenset(), b'', range(1), iter([]), Base(), Mid(), WithLen(),
          WithIter(), Both(), Reg(), Reg2(), Mixed(), AbsBase(), Kid(), Seq(), MutM(), True, 1.5,
          bytearray(), {}.keys(), {}.items(), memoryview(b'')]
for trial in range(60):
    chosen = []
    for _ in range(1 + rnd(5)):
        t = pool[rnd(len(pool))]
        if t not in chosen:
            chosen.append(t)

    @functools.singledispatch
    def f(x):
        return 'object'
    for t in chosen:
        f.register(t, (lambda name: (lambda x: name))(t.__name__))
    row = []
    for v in values:
        try:
            row.append(f(v))
        except RuntimeError as e:
            row.append('AMB(' + str(e).replace('collections.abc.', '').replace('__main__.', '').replace("<class '", '').replace("'>", '') + ')')
    print(trial, [t.__name__ for t in chosen])
    print('   ', row)
