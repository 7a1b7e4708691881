# Generators driven by hand: send/throw/close in every state, yield inside try/finally and
# except, return values in StopIteration, yield from delegation with send/throw/close.
def e(f, *a):
    try:
        r = f(*a)
        print("ok", repr(r))
    except BaseException as ex:
        print(type(ex).__name__, repr(ex.args))

def g():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
        print('got', y)
    finally:
        print('finally')
    return 'ret'

it = g()
e(it.send, 5)
e(it.send, None)
e(it.send, 'a')
e(it.send, 'b')
e(it.send, 'c')
e(next, it)
it = g()
e(it.throw, ValueError)
e(next, it)
it = g(); next(it)
e(it.throw, ValueError('v'))
e(it.close)
it = g(); next(it)
e(it.close)
e(it.close)
e(it.send, None)
it = g()
e(it.close)
e(next, it)

def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = h(); next(it)
e(it.close)
def h2():
    try:
        yield 1
    except GeneratorExit:
        return 5
it = h2(); next(it)
e(it.close)
def h3():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('in close')
it = h3(); next(it)
e(it.close)

def selfref():
    yield me.send(None)
me = selfref()
e(next, me)
def selfref2():
    yield next(me2)
me2 = selfref2()
e(next, me2)
e(next, me2)

def r():
    return 3
    yield
e(next, r())
def r2():
    return (1, 2)
    yield
try:
    next(r2())
except StopIteration as ex:
    print(ex.value, ex.args)
def r3():
    return None
    yield
try:
    next(r3())
except StopIteration as ex:
    print(ex.value, ex.args)
def r4():
    return StopIteration('x')
    yield
try:
    next(r4())
except StopIteration as ex:
    print(repr(ex.value), ex.args)

def raiser():
    raise StopIteration('inner')
    yield
e(next, raiser())
def raiser2():
    yield 1
    next(iter([]))
it = raiser2(); next(it)
e(next, it)
try:
    list(raiser2())
except RuntimeError as ex:
    print(type(ex).__name__, ex, type(ex.__cause__).__name__, ex.__context__ is ex.__cause__)

# throw with traceback & type/value forms
def t():
    while True:
        try:
            yield
        except Exception as ex:
            print('caught', type(ex).__name__, ex.args)
it = t(); next(it)
it.throw(KeyError, 'k')
it.throw(KeyError, ('a', 'b'))
it.throw(KeyError('z'))
it.throw(KeyError, None)
e(it.throw, KeyError('z'), 'y')
e(it.throw, 5)
e(it.throw, int)
e(it.throw, GeneratorExit)
e(next, it)

# send non-None to just started
def s():
    yield 1
e(s().send, 1)
x = s()
e(x.send, None)
# yield from
def inner():
    try:
        v = yield 'i1'
        print('inner got', v)
        v = yield 'i2'
        print('inner got', v)
    except ValueError as ex:
        print('inner caught', ex)
        yield 'i-caught'
    finally:
        print('inner finally')
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o-last'
o = outer()
print(next(o), o.send('A'), o.send('B'), end=' | ')
e(next, o)
o = outer(); next(o)
print(o.throw(ValueError('boom')))
e(next, o)
e(next, o)
o = outer(); next(o)
e(o.close)
# yield from non-iterable
def yf():
    yield from 5
e(next, yf())
def yf2():
    r = yield from [1, 2]
    return r
print(list(yf2()))
def yf3():
    yield from iter([1, 2])
g3 = yf3(); next(g3)
e(g3.send, 5)
e(g3.throw, ValueError('x'))
# close of delegating generator with an iterator that has close
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print('It.close')
    def throw(self, *a): print('It.throw', a); return 'thrown'
def yf4():
    yield from It()
g4 = yf4(); next(g4)
print(g4.throw(ValueError('q')))
g4.close()
def h_g1():
    yield 1
    me.close()
me = h_g1(); next(me)
e(next, me)
def h_g2():
    yield 1
    me2.throw(ValueError)
me2 = h_g2(); next(me2)
e(next, me2)
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 'nt'
def h_g3():
    yield from NoThrow()
x = h_g3(); next(x)
e(x.throw, KeyError('a'))
x = h_g3(); next(x)
e(x.close)
e(next, x)
def h_g4():
    try:
        yield from g4inner()
    except GeneratorExit:
        print('g4 saw GeneratorExit')
        raise
def g4inner():
    try:
        yield 1
    finally:
        print('inner finally')
x = h_g4(); next(x)
e(x.close)
def g5inner():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
def h_g5():
    yield from g5inner()
x = h_g5(); next(x)
e(x.close)
def h_g6():
    try:
        yield 1
    finally:
        yield 2
x = h_g6(); next(x)
e(x.throw, ValueError('v'))
e(next, x)
def h_g7():
    try:
        raise KeyError('orig')
    except KeyError:
        yield 'in-except'
        raise
x = h_g7(); e(next, x); e(next, x)
def h_g8():
    try:
        yield 1
    except ValueError as ex:
        raise TypeError('from') from ex
x = h_g8(); next(x); e(x.throw, ValueError('cause'))
# exception context preserved across yields
def h_g9():
    try:
        raise KeyError('ctx')
    except KeyError:
        yield 1
        raise ValueError('inner')
x = h_g9(); next(x); e(next, x)
def h_g10():
    yield 1
try:
    raise KeyError('outer')
except KeyError:
    x = h_g10()
    next(x)
    e(x.throw, ValueError('t'))
# StopIteration in coroutine
async def c1():
    raise StopIteration('s')
e(c1().send, None)
async def ag1():
    raise StopAsyncIteration
    yield
e(ag1().__anext__().send, None)
async def ag2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
a = ag2()
e(a.__anext__().send, None)
e(a.aclose().send, None)
async def ag3():
    yield 1
    yield 2
a = ag3()
n = a.__anext__()
e(n.send, None)
e(n.send, None)
c = a.aclose()
e(c.send, None)
e(c.send, None)
a = ag3()
t = a.athrow(ValueError('x'))
e(t.send, None)
e(t.send, None)
e(a.__anext__().send, None)
a = ag3()
n1 = a.__anext__(); n1.send(None) if False else None
e(n1.send, None)
n2 = a.__anext__()
e(n2.throw, KeyError('k'))
e(a.__anext__().send, None)
async def ag4():
    try:
        yield 1
    finally:
        print('ag4 finally')
a = ag4()
e(a.__anext__().send, None)
e(a.aclose().send, None)
e(a.aclose().send, None)
e(a.asend(1).send, None)
e(a.athrow(ValueError).send, None)
print(type(a.ag_await), a.ag_running, a.ag_frame, a.ag_code.co_name)
e(ag3().asend(1).send, None)
e(ag3().asend(None).send, 1)
# gen expression throw
ge = (i for i in range(3)); next(ge)
e(ge.throw, ValueError('g'))
e(next, ge)
# send on generator expression
ge = (i for i in range(3)); next(ge)
e(ge.send, 'x')
# close before start then send
def h_g11():
    yield 1
x = h_g11(); x.close(); e(x.send, None); e(x.throw, ValueError)
# throw into unstarted
x = h_g11(); e(x.throw, ValueError('unstarted')); e(next, x)
# yield expression values
def h_g12():
    a = yield
    b = yield a
    c = (yield b) + (yield)
    return a, b, c
x = h_g12(); next(x)
print(x.send(1), x.send(2), x.send(3))
e(x.send, 4)
