def g1():
    x = yield 1
    y = yield x
    return (x, y)
def g2():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield 'caught %s' % e
    finally:
        print('fin')
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
def g4():
    yield from g1()
def g5():
    r = yield from g1()
    yield r
def g6():
    raise StopIteration('x')
    yield
def g7():
    yield 1
    return 5
def g8():
    yield g8_inner.send(None)
def averager():
    total = 0.0; n = 0; avg = None
    while True:
        v = yield avg
        if v is None: break
        total += v; n += 1; avg = total / n
    return avg
def coro_chain():
    r = yield from averager()
    yield ('done', r)
def selfref():
    yield next(gs)
gs = selfref()
def run(g, *sends):
    out = []
    try:
        out.append(next(g))
        for s in sends:
            out.append(g.send(s))
    except StopIteration as e:
        out.append(('stop', e.value))
    return out
def thrower():
    g = g2(); next(g)
    r = g.throw(ValueError('v')); g.close(); return r
def throw_type():
    g = g2(); next(g)
    r = g.throw(ValueError); g.close(); return r
def throw_type_val():
    g = g2(); next(g)
    r = g.throw(ValueError, 'val'); g.close(); return r
def close_bad():
    g = g3(); next(g)
    g.close()
def close_fresh():
    g = g1(); g.close(); return next(g, 'exhausted')
def send_fresh():
    return g1().send(1)
def throw_fresh():
    g = g1()
    try:
        g.throw(KeyError('k'))
    except KeyError as e:
        return ('keyerror', e.args, next(g, 'dead'))
def gen_running():
    return next(gs)
def gi_state():
    import inspect
    g = g1()
    a = g.gi_running, g.gi_frame is not None
    next(g)
    b = g.gi_frame.f_lineno > 0
    list(g) if False else None
    g.close()
    return (a, b, g.gi_frame)

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check("run(g1(), 'a', 'b')", lambda: run(g1(), 'a', 'b'), "[1, 'a', ('stop', ('a', 'b'))]")
check("run(g1(), 'a')", lambda: run(g1(), 'a'), "[1, 'a']")
check("run(g4(), 'a', 'b')", lambda: run(g4(), 'a', 'b'), "[1, 'a', ('stop', None)]")
check("run(g5(), 'a', 'b')", lambda: run(g5(), 'a', 'b'), "[1, 'a', ('a', 'b')]")
assert_raises('list(g6())', lambda: list(g6()), 'RuntimeError', 'generator raised StopIteration')
assert_raises('next(g6())', lambda: next(g6()), 'RuntimeError', 'generator raised StopIteration')
check('run(g7())', lambda: run(g7()), '[1]')
check('list(g7())', lambda: list(g7()), '[1]')
check('thrower()', lambda: thrower(), "'caught v'")
check('throw_type()', lambda: throw_type(), "'caught '")
check('throw_type_val()', lambda: throw_type_val(), "'caught val'")
assert_raises('close_bad()', lambda: close_bad(), 'RuntimeError', 'generator ignored GeneratorExit')
check('close_fresh()', lambda: close_fresh(), "'exhausted'")
assert_raises('send_fresh()', lambda: send_fresh(), 'TypeError', "can't send non-None value to a just-started generator")
check('throw_fresh()', lambda: throw_fresh(), "('keyerror', ('k',), 'dead')")
assert_raises('gen_running()', lambda: gen_running(), 'ValueError', 'generator already executing')
check('gi_state()', lambda: gi_state(), '((False, True), True, None)')
check('run(averager(), 10, 20, 30, None)', lambda: run(averager(), 10, 20, 30, None), "[None, 10.0, 15.0, 20.0, ('stop', 20.0)]")
check('run(coro_chain(), 10, 20, None)', lambda: run(coro_chain(), 10, 20, None), "[None, 10.0, 15.0, ('done', 15.0)]")
check('g1().__name__', lambda: g1().__name__, "'g1'")
check('g1().__qualname__', lambda: g1().__qualname__, "'g1'")
check('type(g1()).__name__', lambda: type(g1()).__name__, "'generator'")
check("repr(g1()).split(' at ')[0]", lambda: repr(g1()).split(' at ')[0], "'<generator object g1'")
check('iter(g1()) is not None', lambda: iter(g1()) is not None, 'True')
check('list(x for x in range(3))', lambda: list(x for x in range(3)), '[0, 1, 2]')
check('list(x * y for x in range(3) for y in range(x))', lambda: list(x * y for x in range(3) for y in range(x)), '[0, 0, 2]')
assert_raises('(x for x in 1)', lambda: (x for x in 1), 'TypeError', "'int' object is not iterable")
assert_raises('next(x for x in [])', lambda: next(x for x in []), 'StopIteration', '')
check('sum(x for x in range(10) if x % 2)', lambda: sum(x for x in range(10) if x % 2), '25')
check('list(zip(*(iter([1, 2]),) * 2))', lambda: list(zip(*(iter([1, 2]),) * 2)), '[(1, 2)]')
check('g1().gi_code.co_name', lambda: g1().gi_code.co_name, "'g1'")
check('g1().gi_yieldfrom', lambda: g1().gi_yieldfrom, 'None')
print('ok', _n, _fails)
