class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False, ret=None):
        self.name, self.suppress, self.fail_enter, self.fail_exit, self.ret = name, suppress, fail_enter, fail_exit, ret
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter: raise ValueError('enter ' + self.name)
        return self.ret if self.ret is not None else self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None if et else tb)
        if self.fail_exit: raise KeyError('exit ' + self.name)
        return self.suppress

def run(label, f):
    print('--', label)
    try:
        r = f()
        print('result', r)
    except BaseException as e:
        print('caught', type(e).__name__, e, '| context:', type(e.__context__).__name__ if e.__context__ else None)

def a():
    with CM('a') as x:
        print('body', x.name)
    return 'done'
run('plain', a)
def b():
    with CM('b', suppress=True):
        raise TypeError('inside')
    return 'after'
run('suppress', b)
def c():
    with CM('c', suppress=False):
        raise TypeError('inside')
run('no suppress', c)
def d():
    with CM('d', fail_enter=True):
        print('never')
run('enter fails', d)
def e():
    with CM('e', fail_exit=True):
        raise TypeError('inside')
run('exit fails with exc', e)
def f():
    with CM('f', fail_exit=True):
        pass
run('exit fails no exc', f)
def g():
    with CM('g1') as x, CM('g2', suppress=True) as y, CM('g3'):
        raise IndexError('multi')
    return 'g survived'
run('multiple', g)
def h():
    with CM('h1'), CM('h2', fail_enter=True), CM('h3'):
        pass
run('second enter fails', h)
def i():
    for k in range(3):
        with CM('loop%d' % k):
            if k == 0: continue
            if k == 1: break
    return k
run('break/continue', i)
def j():
    with CM('j'):
        return 'returned'
run('return inside', j)
def k():
    with CM('k', suppress=True):
        return 'ret-k'
run('return with suppress', k)
class Truthy:
    def __bool__(self):
        print('bool called')
        return True
def l():
    with CM('l', suppress=Truthy()):
        raise OSError(2, 'nope')
    return 'l ok'
run('truthy suppress', l)
class NoExit:
    def __enter__(self): return 1
run('no exit', lambda: exec('with NoExit(): pass', globals()))
class NoEnter:
    def __exit__(self, *a): return 1
run('no enter', lambda: exec('with NoEnter(): pass', globals()))
run('not cm', lambda: exec('with 5: pass'))
class Tup:
    def __enter__(self): return (1, (2, 3))
    def __exit__(self, *a): pass
def m():
    with Tup() as (p, (q, r)):
        return p + q + r
run('destructure', m)
def n():
    target = {}
    with CM('n', ret='val') as target['key']:
        pass
    return target
run('subscript target', n)
class Both:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is StopIteration: return True
def gen():
    with Both():
        yield 1
        raise StopIteration
    yield 2
run('gen suppress', lambda: list(gen()))
def o():
    try:
        with CM('o'):
            raise KeyError('k')
    except KeyError as e:
        return 'outer caught ' + repr(e)
run('outer handler', o)
def p():
    with CM('p1', suppress=True):
        with CM('p2'):
            raise ZeroDivisionError('deep')
    return 'p ok'
run('nested suppress', p)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, *args):
        print('nargs', len(args), [type(a).__name__ for a in args])
        return True
def q():
    with ExitArgs():
        1 / 0
    with ExitArgs():
        pass
run('exit args', q)
class ExitSig:
    def __enter__(self): pass
    def __exit__(self): pass
run('exit bad sig', lambda: exec('with ExitSig(): pass', globals()))
run('exit bad sig exc', lambda: exec('with ExitSig(): 1/0', globals()))
def r():
    cm = CM('r')
    with cm as a, cm as b:
        print(a is b)
run('same cm twice', r)
import sys
class Info:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exc_info in exit', sys.exc_info()[0])
def s():
    try:
        with Info():
            raise ValueError
    except ValueError:
        print('exc_info after', sys.exc_info()[0])
    print('exc_info end', sys.exc_info()[0])
run('exc_info', s)
def u():
    with CM('u', suppress=True):
        raise SystemExit(3)
    return 'survived exit'
run('suppress SystemExit', u)
class Enter2:
    def __enter__(self): raise StopIteration('from enter')
    def __exit__(self, *a): print('exit called?')
def w():
    yield 1
    with Enter2(): yield 2
run('stopiteration in enter of gen', lambda: list(w()))
class Dyn:
    pass
dd = Dyn(); dd.__enter__ = lambda: 1; dd.__exit__ = lambda *a: None
run('instance attrs cm', lambda: exec('with dd: pass', globals()))
