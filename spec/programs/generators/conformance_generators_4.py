import sys
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None: break
        total += term; count += 1; avg = total / count
    return (count, avg)
a = averager(); print(next(a), a.send(10), a.send(20))
t(a.send, None)
print(a.gi_frame, a.gi_running, a.gi_code.co_name)
g = averager(); t(g.send, 5); print(g.send(None)); g.close(); t(g.send, 1); t(next, g)
def echo():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('closing echo')
e = echo(); next(e); e.send(1); e.throw(ValueError('bad')); e.send(2); t(e.throw, TypeError('fatal')); t(e.send, 3)
e2 = echo(); next(e2); e2.close(); print(e2.gi_frame)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = ignore_exit(); next(g3); t(g3.close)
def ret_in_finally():
    try:
        yield 1
    finally:
        return 'swallowed'
g4 = ret_in_finally(); next(g4); t(g4.close); t(next, g4)
def thrower():
    yield 1
g5 = thrower(); t(g5.throw, ValueError); t(next, g5)
g6 = thrower(); t(g6.throw, ValueError, 'msg'); g7 = thrower(); t(g7.throw, ValueError('x'), None, None); t(thrower().throw, 5); t(thrower().throw, ValueError, ValueError('a')); t(thrower().throw, ValueError(), 'b')
def deleg():
    r = yield from averager()
    print('delegate returned', r)
    yield 'after'
d = deleg(); next(d); d.send(1); d.send(3); print(d.send(None))
def sub():
    try:
        yield 'sub1'
    except KeyError:
        yield 'sub caught'
    return 'subret'
def outer():
    r = yield from sub()
    yield r
o = outer(); print(next(o), o.throw(KeyError), next(o)); t(next, o)
o2 = outer(); next(o2); t(o2.throw, IndexError('ie'))
def reentrant():
    yield g8.send(None)
g8 = reentrant(); t(next, g8)
def stop_inside():
    yield 1
    raise StopIteration('bad')
t(list, stop_inside())
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as s:
    print('value', s.value, s.args)
async def coro(x):
    return x * 2
c = coro(21)
try:
    c.send(None)
except StopIteration as s:
    print('coro result', s.value)
t(c.send, None)
class Aw:
    def __await__(self):
        v = yield 'suspend'
        return v + 1
async def uses_aw():
    r = await Aw()
    return r * 10
c2 = uses_aw(); print(c2.send(None)); t(c2.send, 4)
async def nested():
    a = await uses_aw()
    b = await coro(a)
    return a, b
c3 = nested(); print(c3.send(None)); t(c3.send, 1)
c4 = coro(1); c4.close(); t(c4.send, None)
async def bad_await():
    await 5
t(bad_await().send, None)
class BadAw:
    def __await__(self): return 5
async def bad_await2():
    await BadAw()
t(bad_await2().send, None)
import types
@types.coroutine
def legacy():
    x = yield 'legacy-yield'
    return x
async def uses_legacy():
    return await legacy()
c5 = uses_legacy(); print(c5.send(None)); t(c5.send, 'L')
print(type(coro).__name__, type(c).__name__, c.cr_code.co_name if hasattr(c, 'cr_code') else '', hasattr(c, '__await__'))
gen = (x * x for x in range(3)); print(next(gen), list(gen), list(gen))
t(lambda: next(x for x in []))
def closure_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = closure_counter(); inc(); inc(); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def make():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 10
    return [f() for f in fs]
print(make())
def cell_before_assign():
    def g(): return v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return g()
print(cell_before_assign())
def del_cell():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
del_cell()
class Scope:
    v = 'class'
    def m(self): return v
    lst = [v for _ in range(2)] if False else None
    gen = [w for w in 'ab']
v = 'global'
print(Scope().m(), Scope.gen)
class Scope2:
    y = 5
    try:
        z = [y for _ in range(1)]
    except NameError as e:
        z = str(e)
print(Scope2.z)
x = 'g'
def f1():
    x = 'f1'
    class C:
        x = 'C'
        def m(self): return x
        y = x
    return C().m(), C.y
print(f1())
def f2():
    x = 'f2'
    class C:
        print(x)
        x = 'C2'
        print(x)
    return x
print(f2())
def f3():
    class C:
        def m(self): return __class__
    return C().m().__name__
print(f3())
def gl():
    global newglobal
    newglobal = 'made'
gl(); print(newglobal)
print(sorted(k for k in locals() if k in ('x', 'v', 'inc')), 'x' in globals())
def loc():
    a = 1; b = 2
    l = locals(); l['a'] = 99
    return a, sorted(l)
print(loc())
it = iter(range(3)); print(next(it), list(it), next(it, 'done'))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(3)), sum(CountDown(4)), max(CountDown(5)), sorted(CountDown(3)), 2 in CountDown(5), list(zip(CountDown(2), CountDown(5))))
class BadIter:
    def __iter__(self): return 5
t(iter, BadIter()); t(list, BadIter()); t(lambda: [x for x in BadIter()])
class NoNext:
    def __iter__(self): return self
t(iter, NoNext()); t(lambda: list(NoNext()))
t(lambda: [x for x in 5]); t(lambda: next(5)); t(lambda: next(iter([]))); t(lambda: type((lambda: (yield))()).__name__)
print(list(iter([1, 2, 3]).__iter__()), iter('ab').__length_hint__() if hasattr(iter('ab'), '__length_hint__') else '', type(iter(range(3))).__name__, type(iter([])).__name__, type(iter({})).__name__, type(iter('')).__name__, type(iter(())).__name__, type(iter({1})).__name__, type(iter(b'')).__name__, type(reversed([])).__name__, type({}.items().__iter__()).__name__)
