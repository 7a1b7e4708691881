import contextlib
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): print('enter', self.name); return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, type(tb).__name__)
        return self.suppress
def f1():
    with CM('a') as a, CM('b', True) as b:
        raise ValueError('v')
    return 'after'
t(f1)
def f2():
    with CM('a'):
        return 'returned'
t(f2)
def f3():
    for i in range(3):
        with CM(i):
            if i == 1: break
            continue
    return i
t(f3)
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
def f4():
    with NoExit(): pass
def f5():
    with NoEnter(): pass
t(f4); t(f5)
def f6():
    with 5: pass
t(f6)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('from exit')
def f7():
    with ExitRaises():
        raise ValueError('body')
try:
    f7()
except KeyError as e:
    print('KeyError', e, 'context:', repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('exit should not run'); return True
t(lambda: [1 for _ in [0] if (lambda: None)()] or (_ for _ in ()).throw(ValueError) if False else None)
def f8():
    with EnterRaises():
        print('body not run')
t(f8)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
def f9():
    with Truthy():
        raise ValueError
    return 'suppressed by truthy'
t(f9)
class BadBool:
    def __bool__(self): raise TypeError('bool fail')
class ExitBadBool:
    def __enter__(self): return self
    def __exit__(self, *a): return BadBool()
def f10():
    with ExitBadBool():
        raise ValueError
t(f10)
@contextlib.contextmanager
def gen_cm(tag, swallow=False):
    print('setup', tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print('gen caught', e)
        if not swallow: raise
    finally:
        print('teardown', tag)
def f11():
    with gen_cm('x') as v:
        print('got', v)
    with gen_cm('y', True):
        raise ValueError('inner')
    with gen_cm('z'):
        raise ValueError('reraised')
t(f11)
@contextlib.contextmanager
def no_yield():
    if False: yield
def f12():
    with no_yield(): pass
t(f12)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def f13():
    with two_yields(): pass
t(f13)
@contextlib.contextmanager
def stop_iter():
    yield
def f14():
    with stop_iter():
        raise StopIteration('si')
t(f14)
with contextlib.ExitStack() as st:
    for n in 'abc':
        st.enter_context(CM(n))
    st.callback(print, 'callback ran')
print(contextlib.nullcontext(5).__enter__())
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
class Reusable:
    def __init__(self): self.n = 0
    def __enter__(self): self.n += 1; return self.n
    def __exit__(self, *a): pass
r = Reusable()
with r as a:
    with r as b:
        print(a, b)
with CM('outer') as o:
    pass
print(o.name)
async def use_async_cm():
    class ACM:
        async def __aenter__(self): print('aenter'); return 'av'
        async def __aexit__(self, *a): print('aexit', a[0]); return True
    async with ACM() as v:
        print('inside', v)
        raise ValueError
    return 'done'
c = use_async_cm()
try:
    c.send(None)
except StopIteration as s:
    print('async result', s.value)
async def bad_async_with():
    async with CM('sync'): pass
t(bad_async_with().send, None)
def bad_sync_with_async():
    class OnlyAsync:
        async def __aenter__(self): pass
        async def __aexit__(self, *a): pass
    with OnlyAsync(): pass
t(bad_sync_with_async)
