def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(ExceptionGroup, 'msg', [ValueError(1)]); t(ExceptionGroup, 'msg', []); t(ExceptionGroup, 'msg'); t(ExceptionGroup, 5, [ValueError()]); t(ExceptionGroup, 'm', ValueError()); t(ExceptionGroup, 'm', [1]); t(ExceptionGroup, 'm', [KeyboardInterrupt()]); t(BaseExceptionGroup, 'm', [KeyboardInterrupt()]); t(BaseExceptionGroup, 'm', [ValueError()]); t(ExceptionGroup, 'm', (TypeError(),)); t(ExceptionGroup, 'm', {ValueError()}); t(ExceptionGroup, 'm', [ValueError()], 3); t(ExceptionGroup, 'm', [ValueError], ) ; t(ExceptionGroup, 'm', None); t(BaseExceptionGroup, 'a', [ValueError(), KeyboardInterrupt()])
eg = ExceptionGroup('top', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(type(BaseExceptionGroup('m', [ValueError()])).__name__, eg.message, eg.args[0], len(eg.exceptions), type(eg.exceptions).__name__, str(eg), repr(eg)[:40], eg.args[1] is eg.exceptions if False else '')
def show(g, ind=0):
    if g is None:
        print(' ' * ind + 'None'); return
    if isinstance(g, BaseExceptionGroup):
        print(' ' * ind + f'{type(g).__name__}({g.message!r}) n={len(g.exceptions)}')
        for e in g.exceptions: show(e, ind + 2)
    else:
        print(' ' * ind + f'{type(g).__name__}({g})')
m, r = eg.split(ValueError); show(m); show(r)
m, r = eg.split((KeyError, TypeError)); show(m); show(r)
m, r = eg.split(lambda e: isinstance(e, ValueError) and str(e) == 'v2'); show(m); show(r)
m, r = eg.split(OSError); show(m); show(r)
m, r = eg.split(Exception); print(m is eg, r)
show(eg.subgroup(ValueError)); show(eg.subgroup(OSError)); print(eg.subgroup(BaseException) is eg); show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
t(eg.split, 5); t(eg.subgroup, 'x'); t(eg.split, (ValueError, 5))
d = eg.derive([OSError('o')]); show(d); print(type(d).__name__, d.__traceback__, d.__cause__)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '+', excs)
meg = MyEG('mine', [ValueError(1), TypeError(2)]); meg.add_note('n1'); meg.__cause__ = RuntimeError('c')
m, r = meg.split(ValueError); show(m); show(r); print(m.__notes__, repr(m.__cause__), m.__context__)
class MyEG2(ExceptionGroup): pass
m, r = MyEG2('x', [ValueError(), TypeError()]).split(ValueError); print(type(m).__name__, type(r).__name__)
e = ValueError('x'); e.add_note('note 1'); e.add_note('note 2'); print(e.__notes__); t(e.add_note, 5); e.__notes__ = 'bad'; t(e.add_note, 'n')
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as ve:
    print('caught VE', repr(ve), ve.exceptions)
except* TypeError as te:
    print('caught TE', repr(te))
try:
    raise ValueError('naked')
except* ValueError as ve:
    print('naked wrapped', type(ve).__name__, repr(ve.exceptions), ve.message == '')
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled VE')
except ExceptionGroup as rest:
    print('rest', repr(rest), rest.exceptions)
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as g:
        raise
except ExceptionGroup as rest:
    print('reraised', repr(rest))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as out:
    print('new+rest', repr(out), [type(x).__name__ for x in out.exceptions], repr(out.exceptions[0].__context__))
try:
    try:
        raise TypeError('plain')
    except* ValueError:
        print('no')
except TypeError as e:
    print('plain passes through', repr(e))
t(lambda: exec('try:\n  pass\nexcept* ExceptionGroup:\n  pass'))
t(lambda: exec('try:\n  raise ValueError\nexcept* (ValueError, ExceptionGroup):\n  pass'))
t(lambda: exec('try:\n  pass\nexcept*:\n  pass'))
t(lambda: exec('for i in range(2):\n try:\n  pass\n except* ValueError:\n  break'))
t(lambda: exec('def f():\n try:\n  pass\n except* ValueError:\n  return 1'))
t(lambda: exec('try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass'))
def cnt():
    hits = []
    try:
        raise ExceptionGroup('g', [ValueError('a'), ValueError('b'), TypeError('c')])
    except* (ValueError, TypeError) as g:
        hits.append(len(g.exceptions))
    except* Exception:
        hits.append('never')
    return hits
print(cnt())
def nested():
    try:
        raise ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError('deep')]), TypeError('shallow')])
    except* ValueError as g:
        show(g)
    except* TypeError as g:
        show(g)
nested()
try:
    raise ExceptionGroup('g', [ValueError()])
except* ValueError:
    import sys
    print(type(sys.exc_info()[1]).__name__, repr(sys.exc_info()[1]))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
    except* ValueError as g:
        raise g.exceptions[0]
except ExceptionGroup as e:
    print('raise member:', repr(e), [repr(x) for x in e.exceptions])
except ValueError as e:
    print('plain member', repr(e))
try:
    raise ExceptionGroup('notes', [ValueError(1)])
except* ValueError as g:
    pass
else:
    print('else not run')
finally:
    print('finally run')
try:
    try:
        raise ExceptionGroup('x', [ValueError(), TypeError()])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as e:
    print('both reraised', repr(e), e.message)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__)
print(eg.exceptions[2].exceptions[0].__traceback__ is None)
