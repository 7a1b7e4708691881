# The with statement: missing __enter__/__exit__, multi-item with where a middle __exit__
# suppresses, __exit__ that raises (context chaining), return/break/continue through with,
# truthiness of __exit__'s result, special-method lookup on the type, generators suspended in
# with, and contextlib's contextmanager, suppress, ExitStack and nullcontext.

import sys
def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e, '| ctx', type(e.__context__).__name__)
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): pass
class CM:
    def __init__(self, n, ret=False, fail_exit=None):
        self.n = n; self.ret = ret; self.fail_exit = fail_exit
    def __enter__(self):
        print('enter', self.n); return self.n
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None, repr(v), tb is not None)
        if self.fail_exit: raise self.fail_exit
        return self.ret
def w1():
    with NoEnter():
        pass
t('no enter', w1)
def w2():
    with NoExit():
        pass
t('no exit', w2)
def w3():
    with 5:
        pass
t('int', w3)
def w4():
    with CM(1), CM(2, ret=True), CM(3):
        raise ValueError('x')
    return 'after'
t('multi suppress mid', w4)
def w5():
    with CM(1, fail_exit=KeyError('e1')), CM(2, fail_exit=TypeError('e2')):
        raise ValueError('body')
t('both exits raise', w5)
def w6():
    with CM(1, ret=1) as a, CM(2) as b:
        return a + b
t('return through', w6)
def w7():
    for i in range(3):
        with CM(i, ret=True):
            if i == 1: continue
            if i == 2: break
            raise KeyError(i)
    return i
t('loop', w7)
def w8():
    with CM('a') as (x, y):
        pass
t('unpack fail', w8)
class Ret0:
    def __enter__(self): return self
    def __exit__(self, *a):
        return 0
class RetStr:
    def __enter__(self): return self
    def __exit__(self, *a):
        return 'yes'
class BadBool:
    def __bool__(self): raise RuntimeError('bool fail')
class RetBad:
    def __enter__(self): return self
    def __exit__(self, *a):
        return BadBool()
def w9(cm):
    with cm:
        raise KeyError('k')
    return 'suppressed'
t('ret 0', lambda: w9(Ret0()))
t('ret str', lambda: w9(RetStr()))
t('ret bad bool', lambda: w9(RetBad()))
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, a, b):
        pass
t('exit wrong arity', lambda: w9(ExitArgs()))
class EnterArgs:
    def __enter__(self, x): return self
    def __exit__(self, *a): pass
t('enter wrong arity', lambda: w9(EnterArgs()))
class ExitSeesExcInfo:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exc_info in exit', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
t('exc_info', lambda: w9(ExitSeesExcInfo()))
class ClassLevel:
    pass
ClassLevel.__enter__ = lambda self: 'late enter'
ClassLevel.__exit__ = lambda self, *a: None
def w10():
    with ClassLevel() as v:
        return v
t('late bound', w10)
inst = CM('inst')
inst.__enter__ = lambda: 'instance attr'
def w11():
    with inst as v:
        return v
t('instance attr ignored', w11)
def w12():
    with CM('outer'):
        try:
            with CM('inner', fail_exit=ValueError('from inner exit')):
                raise KeyError('body')
        except ValueError as e:
            print('caught', e, 'ctx', repr(e.__context__))
t('nested ctx', w12)
def gen_with():
    with CM('g'):
        yield 1
        yield 2
g = gen_with(); next(g)
t('gen with close', lambda: g.close())
g = gen_with(); next(g)
t('gen with throw', lambda: g.throw(KeyError('thrown')))
g = gen_with(); next(g)
t('gen with finish', lambda: list(g))
import contextlib
@contextlib.contextmanager
def cmgen(sup=False):
    print('cg enter')
    try:
        yield 'cg'
    except Exception as e:
        print('cg caught', type(e).__name__)
        if not sup: raise
    finally:
        print('cg exit')
def w13(sup):
    with cmgen(sup) as v:
        raise ValueError(v)
    return 'suppressed'
t('cmgen raise', lambda: w13(False))
t('cmgen sup', lambda: w13(True))
@contextlib.contextmanager
def noyield():
    if False: yield
t('cm no yield', lambda: w9(noyield()))
@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
def w14():
    with twoyield():
        pass
t('cm two yields', w14)
t('cm two yields exc', lambda: w9(twoyield()))
@contextlib.contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        print('cm saw StopIteration')
        raise
def w15():
    with swallow_stop():
        raise StopIteration('x')
t('cm StopIteration', w15)
with contextlib.suppress(KeyError, ValueError):
    raise KeyError
print('suppress ok')
t('suppress other', lambda: exec('import contextlib\nwith contextlib.suppress(KeyError):\n    raise TypeError("t")'))
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(CM('es'))
    st.callback(print, 'cb2')
    print('in stack')
def w16():
    with contextlib.ExitStack() as st:
        st.enter_context(CM('es1', fail_exit=KeyError('es1 exit')))
        st.enter_context(CM('es2', fail_exit=TypeError('es2 exit')))
        raise ValueError('body')
t('exitstack chain', w16)
with contextlib.nullcontext(5) as v:
    print('nullcontext', v)
t('redirect', lambda: contextlib.closing(5).__enter__())
