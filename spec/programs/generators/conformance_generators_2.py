def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def g():
    x = yield
    while True:
        x = yield x * 2 if x is not None else 'none'
gen = g(); next(gen); print(gen.send(1), gen.send(None), gen.send('ab'))
def counter():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
    return total
c = counter(); next(c); c.send(5); c.send(7)
try: c.send(None)
except StopIteration as e: print('final', e.value)
def averager():
    count = total = 0
    avg = None
    while True:
        term = yield avg
        total += term; count += 1; avg = total / count
a = averager(); next(a); print([a.send(v) for v in (10, 20, 60)])
def delegator():
    result = yield from counter()
    print('delegated result', result)
    yield 'after'
d = delegator(); next(d); d.send(3); d.send(4); print(d.send(None))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(10)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n: return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
def chain(*its):
    for it in its: yield from it
print(list(chain('ab', [1], range(2))))
def yields_in_expr():
    a = (yield 1) + (yield 2)
    print('a =', a)
    yield a
y = yields_in_expr(); print(next(y), y.send(10), y.send(20))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
gr = gen_with_return_in_finally(); next(gr)
t(gr.throw, ValueError('x'))
def gen_exc_ctx():
    try:
        raise KeyError('ctx')
    except KeyError:
        yield 'in handler'
        import sys
        yield repr(sys.exc_info()[1])
ge = gen_exc_ctx(); print(next(ge))
import sys
print('outside', sys.exc_info()[0]); print(next(ge))
def raiser():
    yield 1
    raise ValueError('from gen')
r = raiser(); next(r); t(next, r); t(next, r)
def lazy_arg():
    print('body start')
    yield 1
lg = lazy_arg(); print('created'); print(next(lg))
ge = (x * x for x in range(4)); print(sum(ge), sum(ge))
print(list(x for x in range(3) if x), next(x for x in 'abc'), tuple(c.upper() for c in 'hi'))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 3: break
print('v', v)
gen = infinite()
print(next(gen), next(gen), gen.gi_frame.f_locals if hasattr(gen.gi_frame, 'f_locals') else '')
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def send(self, v): return 'custom send ' + str(v)
    def throw(self, *a): return 'custom throw'
def uses_custom():
    r = yield from It()
    return r
uc = uses_custom(); print(next(uc), uc.send('s'), uc.throw(ValueError), next(uc) if False else '')
def close_delegation():
    try:
        yield from inner_closable()
    finally:
        print('outer finally')
def inner_closable():
    try:
        yield 'inner'
    finally:
        print('inner finally')
cd = close_delegation(); next(cd); cd.close()
print(type(g).__name__, type(g()).__name__, g.__code__.co_flags & 0x20 != 0, repr(g())[:22])
def gexp_scope():
    y = 10
    return list((lambda: y + x)() for x in range(2))
print(gexp_scope())
