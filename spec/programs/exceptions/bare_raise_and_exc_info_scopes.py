# A bare raise and sys.exc_info() across frames and generators (the handled exception is the
# thread's, so a callee sees its caller's; a suspended generator keeps its own), and the
# unbinding of 'except E as name' (also when the name is a cell, in a class body, at module level).

import sys
def reraiser():
    raise
def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e, '| ctx', repr(e.__context__))
t('no active', reraiser)
def a():
    try:
        raise KeyError('a')
    except KeyError:
        reraiser()
t('from callee', a)
def b():
    try:
        raise KeyError('b')
    except KeyError:
        pass
    reraiser()
t('after handler', b)
def c():
    try:
        raise KeyError('c')
    finally:
        print('  exc_info in finally', sys.exc_info()[0])
t('exc_info in finally', c)
def gen():
    try:
        raise KeyError('gen')
    except KeyError:
        yield 1
        raise
g = gen()
t('gen 1', lambda: next(g))
t('caller exc_info while gen suspended', lambda: sys.exc_info())
t('gen 2', lambda: next(g))
def gen2():
    yield 1
    raise
def d():
    g = gen2(); next(g)
    try:
        raise ValueError('d')
    except ValueError:
        next(g)
t('gen bare raise sees caller exc', d)
def e():
    try:
        raise ValueError('e')
    except ValueError:
        def inner():
            try:
                raise TypeError('inner')
            except TypeError:
                pass
            raise
        inner()
t('nested func after own handler', e)
def f():
    try:
        raise ValueError('f')
    except ValueError as ex:
        try:
            raise TypeError('t')
        except TypeError:
            pass
        raise
t('after nested handler', f)
def h():
    try:
        raise ValueError('h')
    except ValueError:
        try:
            raise TypeError('t')
        except TypeError:
            raise ex from None
t('raise unbound name in handler', h)
def i():
    e = None
    try:
        raise ValueError('i')
    except ValueError as e:
        pass
    return e
t('except var deleted', i)
def j():
    try:
        raise ValueError('j')
    except ValueError as e:
        del e
t('del except var', j)
def k():
    try:
        raise ValueError('k')
    except ValueError as e:
        e = 5
    return 'ok'
t('rebind except var', k)
def l():
    e = 1
    def inner():
        return e
    try:
        raise ValueError('l')
    except ValueError as e:
        pass
    return inner()
t('except var is cell', l)
def m():
    try:
        raise ValueError('m')
    except ValueError as e:
        f = lambda: e
    return f()
t('lambda captures except var', m)
class C:
    try:
        raise ValueError('cls')
    except ValueError as e:
        pass
t('class except var', lambda: hasattr(C, 'e'))
try:
    raise ValueError('mod')
except ValueError as modexc:
    pass
t('module except var', lambda: 'modexc' in globals())
def n():
    try:
        raise ValueError('n')
    except* ValueError as e:
        pass
    return e
t('except* var deleted', n)
def o():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 0: continue
            return sys.exc_info()[1]
t('exc_info after continue', o)
def p():
    try:
        raise ValueError('p')
    except ValueError:
        try:
            raise TypeError('q')
        except TypeError:
            pass
        return repr(sys.exc_info()[1])
t('exc_info restored', p)
def q():
    try:
        raise ValueError('q')
    except ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
g = q()
print(next(g))
try:
    raise KeyError('outer')
except KeyError:
    print(next(g))
    print(repr(sys.exc_info()[1]))
print(repr(sys.exc_info()[1]))
def r():
    yield repr(sys.exc_info()[1])
g = r()
try:
    raise KeyError('outer2')
except KeyError:
    print('gen sees caller', next(g))
