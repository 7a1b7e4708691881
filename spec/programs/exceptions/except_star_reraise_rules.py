# What an except* statement raises at its end (CPython 3.11's _PyExc_PrepReraiseStar): an
# exception leaving a clause counts as re-raised only when it keeps the original's traceback,
# cause and context (a bare `raise`); `raise g`, raising a member of the group, or a new
# exception are "raised" and come first, with the re-raised part of the original group after.
# A naked exception is wrapped in ExceptionGroup('', (e,)) and a bare raise re-raises the wrapper.
def run(name, body):
    try:
        body()
        print(name, 'nothing raised')
    except BaseException as e:
        print(name, repr(e))

def new_exc():
    try: raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError: raise KeyError('x')
def member():
    try: raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
    except* ValueError as g: raise g.exceptions[1]
def member_and_rest():
    try: raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as g: raise g.exceptions[0]
def raise_g():
    try: raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as g: raise g
def raise_g_from_none():
    try: raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as g: raise g from None
def bare_both():
    try: raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError: raise
    except* TypeError: raise
def bare_one_nested():
    try: raise ExceptionGroup('eg', [ValueError(1), ExceptionGroup('in', [TypeError(2), ValueError(3)])])
    except* TypeError: raise
    except* ValueError: pass
def kept_leaf():
    v = ValueError(1)
    try: raise ExceptionGroup('eg', [v])
    except* ValueError: raise v
def two_new():
    try: raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError: raise ValueError('new') from None
    except* TypeError as g: raise g.exceptions[0]
def naked_bare():
    try: raise ValueError(1)
    except* ValueError: raise
def naked_raise_g():
    try: raise ValueError(1)
    except* ValueError as g: raise g
def naked_member():
    try: raise ValueError(5)
    except* ValueError as g: raise g.exceptions[0]
def naked_unmatched():
    try: raise ValueError(5)
    except* TypeError: pass
def base_mixed():
    try: raise BaseExceptionGroup('b', [ValueError(1), KeyboardInterrupt()])
    except* ValueError: raise OSError('os')
for fn in [new_exc, member, member_and_rest, raise_g, raise_g_from_none, bare_both, bare_one_nested, kept_leaf,
           two_new, naked_bare, naked_raise_g, naked_member, naked_unmatched, base_mixed]:
    run(fn.__name__, fn)

# Constructor and split()/subgroup() argument errors.
class S(str): pass
for args in [(5, [ValueError()]), (b'm', [ValueError()]), ('m', ValueError()), ('m', None), ('m', {ValueError()}),
             ('m', iter([ValueError()])), ('m', {ValueError(): 1}), ('m', range(0)), ('m', 'abc'), ('m', [ValueError(), 1]),
             (S('sub'), (ValueError(),)), ('m',)]:
    try:
        print(repr(ExceptionGroup(*args)))
    except Exception as e:
        print(type(e).__name__, e)
eg = ExceptionGroup('eg', [ValueError(1)])
for cond in [5, 'x', (ValueError, 5), int, [ValueError], None]:
    try:
        print(eg.split(cond))
    except TypeError as e:
        print('split', type(e).__name__, e)
    try:
        print(eg.subgroup(cond))
    except TypeError as e:
        print('subgroup', type(e).__name__, e)
