import types
class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ('req', self.v)
        return x * 2
async def c1():
    a = await Aw(1)
    b = await Aw(2)
    return a + b
async def c2():
    try:
        await Aw(0)
    except ValueError as e:
        return 'caught ' + str(e)
async def c3():
    return await c1()
@types.coroutine
def legacy():
    v = yield 'legacy'
    return v
async def c4():
    return await legacy()
async def c5():
    await 1
class BadAw:
    def __await__(self): return 1
async def c6():
    await BadAw()
def drive(co, *vals):
    out = []
    try:
        out.append(co.send(None))
        for v in vals:
            out.append(co.send(v))
    except StopIteration as e:
        out.append(('ret', e.value))
    return out
def drive_throw():
    co = c2()
    co.send(None)
    try:
        co.throw(ValueError('boom'))
    except StopIteration as e:
        return e.value
def send_non_none():
    co = c1()
    try:
        co.send(5)
    finally:
        co.close()
def reuse():
    co = c1()
    drive(co, 1, 2)
    co.send(None)
def close_then_send():
    co = c1(); co.send(None); co.close()
    co.send(1)
def cr_attrs():
    co = c1()
    r = (co.cr_running, co.cr_await, co.__name__, co.__qualname__, type(co).__name__, co.cr_frame is not None)
    co.close()
    return r
async def agen():
    yield 1
    yield 2
def drive_agen():
    ag = agen()
    out = []
    try:
        while True:
            ag.__anext__().send(None)
    except StopIteration as e:
        out.append(e.value)
    return type(ag).__name__
def await_outside():
    return compile('await x', '<s>', 'exec')
def yield_in_async():
    return compile('async def f():\n    yield from x', '<s>', 'exec')

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

check('drive(c1(), 10, 20)', lambda: (drive(c1(), 10, 20)), "[('req', 1), ('req', 2), ('ret', 60)]")
check('drive(c3(), 1, 1)', lambda: (drive(c3(), 1, 1)), "[('req', 1), ('req', 2), ('ret', 4)]")
check("drive(c4(), 'val')", lambda: (drive(c4(), 'val')), "['legacy', ('ret', 'val')]")
assert_raises('drive(c5())', lambda: (drive(c5())), 'TypeError', "object int can't be used in 'await' expression")
assert_raises('drive(c6())', lambda: (drive(c6())), 'TypeError', "__await__() returned non-iterator of type 'int'")
check('drive_throw()', lambda: (drive_throw()), "'caught boom'")
assert_raises('send_non_none()', lambda: (send_non_none()), 'TypeError', "can't send non-None value to a just-started coroutine")
assert_raises('reuse()', lambda: (reuse()), 'RuntimeError', 'cannot reuse already awaited coroutine')
assert_raises('close_then_send()', lambda: (close_then_send()), 'RuntimeError', 'cannot reuse already awaited coroutine')
check('cr_attrs()', lambda: (cr_attrs()), "(False, None, 'c1', 'c1', 'coroutine', True)")
check('drive_agen()', lambda: (drive_agen()), "'async_generator'")
assert_raises('await_outside()', lambda: (await_outside()), 'SyntaxError', "'await' outside function (<s>, line 1)")
assert_raises('yield_in_async()', lambda: (yield_in_async()), 'SyntaxError', "'yield from' inside async function (<s>, line 2)")
print('ok', _n, _fails)
