# yield / await inside the parts of a statement that run in the generator's own frame:
# decorators, defaults, keyword-only defaults and annotations of a def; lambda defaults; class
# bases, keywords and metaclass; slices; del and tuple targets; with items; except types;
# match subjects and guards. Values are sent back in and the evaluation order is CPython's.
def run(g, *sends):
    out = []
    try:
        out.append(next(g))
        for s in sends:
            out.append(g.send(s))
    except StopIteration as e:
        out.append(('ret', e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    print(out)
def g1():
    def f(x=(yield 'default')):
        return x
    return f()
run(g1(), 'D')
def g2():
    @(yield 'deco')
    def f():
        return 1
    return f
run(g2(), lambda fn: 'decorated')
def g3():
    class C((yield 'base')):
        pass
    return C.__mro__[1].__name__
run(g3(), int)
def g4():
    class C(metaclass=(yield 'meta')):
        pass
    return type(C).__name__
run(g4(), type)
def g5():
    lam = lambda a=(yield 'lamdef'): a
    return lam()
run(g5(), 'L')
def g6():
    x = [1, 2, 3, 4][(yield 'lo'):(yield 'hi')]
    return x
run(g6(), 1, 3)
def g7():
    d = {**(yield 'dict')}
    s = {*(yield 'set')}
    return d, s
run(g7(), {'a': 1}, [1, 2])
def g8():
    r = (yield 'a') if (yield 'cond') else (yield 'b')
    return r
run(g8(), True, 'A')
def g9():
    r = f"{(yield 'fs')!r:>{(yield 'w')}}"
    return r
run(g9(), 'v', 5)
def g10():
    r = not (yield 'n')
    r2 = -(yield 'neg')
    return r, r2
run(g10(), 0, 5)
def g11():
    x = (yield 'a') and (yield 'b') or (yield 'c')
    return x
run(g11(), 1, 0, 'C')
def g12():
    r = ((yield 'l') < (yield 'm') < (yield 'r'))
    return r
run(g12(), 1, 2, 3)
def g13():
    @staticmethod
    @(yield 'd2')
    def f(): pass
    return type(f).__name__
run(g13(), lambda fn: fn)
def g14():
    def f(*, k=(yield 'kw')) -> (yield 'ret'):
        return k
    return f(), f.__annotations__
run(g14(), 'K', 'R')
def g15():
    class C:
        a = 1
    class D(C, **(yield 'kwargs')):
        pass
    return D.__name__
run(g15(), {})
def g16():
    with (yield 'cm') as v:
        return v
import contextlib
run(g16(), contextlib.nullcontext('ctx'))
def g17():
    for x in (yield 'iter'):
        yield x
run(g17(), [1, 2], None, None)
def g18():
    assert (yield 'assert'), (yield 'msg')
run(g18(), 0, 'M')
def g19():
    del (yield 'obj')[0]
run(g19(), [1])
def g20():
    (yield 'obj').attr = (yield 'val')
run(g20(), type('T', (), {})(), 1)
def g21():
    raise (yield 'exc') from (yield 'cause')
run(g21(), ValueError('e'), KeyError('c'))
def g22():
    import math
    x = (yield 'a'), *(yield 'b')
    return x
run(g22(), 1, [2, 3])
def g23():
    print(*(yield 'args'), **(yield 'kw'))
run(g23(), [1, 2], {'sep': '-'})
async def a1():
    def f(x=await Aw()):
        return x
    return f()
class Aw:
    def __await__(self):
        return (yield 'aw')
run(a1().__await__(), 'AW')
async def a2():
    class C(await Aw()):
        pass
    return C.__bases__
run(a2().__await__(), object)
async def a3():
    @(await Aw())
    class C:
        pass
    return C
run(a3().__await__(), lambda c: 'deco-class')
def g24():
    global gy
    gy = yield 'global'
    return gy
run(g24(), 'G')
def g25():
    match (yield 'subject'):
        case [a, b] if (yield 'guard'):
            return a + b
        case _:
            return 'no'
run(g25(), [1, 2], True)
def g26():
    try:
        pass
    except (yield 'exc-type'):
        pass
    return 'ok'
run(g26())
def g27():
    try:
        raise KeyError
    except (yield 'exc-type'):
        return 'caught'
run(g27(), KeyError)
def g28():
    x: (yield 'ann') = 5
    return x
run(g28(), int)
def g29():
    x = 0
    x += (yield 'aug')
    lst = [0]
    lst[(yield 'idx')] += (yield 'val')
    return x, lst
run(g29(), 5, 0, 7)
def g30():
    while (yield 'cond'):
        pass
    else:
        return 'done'
run(g30(), 1, 0)
log = []
def note(x):
    log.append(x)
    return x
def g1():
    @note(lambda fn: (log.append('apply1'), fn)[1])
    @(yield 'd2')
    @note(lambda fn: (log.append('apply3'), fn)[1])
    def f(a=note(1), b=(yield 'b'), *, c=note(3), d=(yield 'd')) -> note('ret'):
        return a, b, c, d
    return f(), f.__defaults__, f.__kwdefaults__, f.__annotations__
run(g1(), lambda fn: (log.append('apply2'), fn)[1], 'B', 'D')
print([x if not callable(x) else 'fn' for x in log])
def g2():
    class C(*(yield 'bases'), **(yield 'kw')):
        x = 1
    return C.__mro__[1].__name__, C.x
class Meta(type):
    def __new__(m, n, b, ns, **kw):
        print('meta kw', kw)
        return super().__new__(m, n, b, ns)
run(g2(), [int], {'metaclass': Meta, 'flag': 1})
def g3():
    a, (b, *c), d.x = (yield 'v')
    return a, b, c, d.x
class D: pass
d = D()
run(g3(), (1, (2, 3, 4), 5))
def g4():
    a, (yield 'tgt').attr = 1, 2
    return a
t = D()
run(g4(), t); print(t.attr)
def g5():
    lst = [1, 2, 3]
    del lst[(yield 'i')], (yield 'o').attr
    return lst
o = D(); o.attr = 1
run(g5(), 0, o); print(hasattr(o, 'attr'))
def g6():
    x, y = (yield 'v')
run(g6(), (1, 2, 3))
def g7():
    x, (yield 'tgt')[0] = (yield 'v')
run(g7(), [1])
def g8():
    for (yield 'tgt').v in range(2):
        pass
t = D()
run(g8(), t); print(getattr(t, 'v', None))
def g9():
    lst = [0] * 5
    lst[(yield 'a'):(yield 'b')] = 'xy'
    return lst
run(g9(), 1, 3)
def g10():
    f = lambda a=(yield 'a'), *, b=(yield 'b'): (a, b)
    return f(), f.__defaults__, f.__kwdefaults__
run(g10(), 1, 2)
def g11():
    @(yield 'deco')
    def f(): pass
run(g11(), 5)
def g12():
    def f(x: (yield 'ann')): pass
    return f.__annotations__
run(g12(), int)
async def a1():
    class C:
        pass
    def f(x=[i async for i in ag()]):
        return x
    return f()
async def ag():
    yield 1
    yield 2
c = a1()
try:
    c.send(None)
except StopIteration as e:
    print('a1', e.value)
def g13():
    import contextlib
    with contextlib.nullcontext((yield 'cm')) as v, contextlib.nullcontext((yield 'cm2')) as w:
        return v, w
run(g13(), 1, 2)
def g14():
    x = [1, 2, 3][::(yield 'step')]
    return x
run(g14(), -1)
def g15():
    return {(yield 'k'): (yield 'v'), **(yield 'rest')}
run(g15(), 'a', 1, {'b': 2})
