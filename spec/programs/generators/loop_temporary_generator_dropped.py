# A generator that a `for` loop made for itself (its iterable a call or a generator expression)
# is finalized as soon as the loop is left early, as CPython's reference counting does: on
# break, return or an exception, also when the loop runs inside a generator that yields, is
# closed or returns; nested loops drop theirs innermost first. An exception from that close()
# is unraisable (printed to stderr and ignored), not raised where the loop was left.


def tick(n):
    try:
        for k in range(n):
            yield k
    finally:
        print('  tick closed', n)


def ignores_exit():
    try:
        yield 1
    finally:
        yield 2


def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError('in finally')


def g_break():
    for t in tick(3):
        yield t
        break
    print('  after break')
    yield 'x'


def g_closed():
    try:
        for t in tick(3):
            yield t
    finally:
        print('  g_closed finally')


def g_raise_caught():
    try:
        for t in tick(3):
            yield t
            raise KeyError
    except KeyError:
        print('  caught in generator')
    yield 'end'


def g_raise_out():
    for t in tick(3):
        yield t
        raise KeyError('out')


def g_return_nested():
    for t in tick(2):
        for u in tick(3):
            yield t, u
            return 'done'


def g_while_break():
    while True:
        for t in tick(2):
            yield t
            break
        print('  inner loop left')
        break
    yield 'e'


def g_genexp():
    for t in (k * 10 for k in tick(3)):
        yield t
        break
    print('  after genexp loop')


def g_continue():
    for t in tick(2):
        yield t
        continue
    print('  ran out')


print('break', list(g_break()))
g = g_closed()
print('next', next(g))
g.close()
print('caught', list(g_raise_caught()))
try:
    list(g_raise_out())
except KeyError as e:
    print('propagated', e)
print('return', list(g_return_nested()))
print('while', list(g_while_break()))
print('genexp', list(g_genexp()))
print('continue', list(g_continue()))


def f_nested_raise():
    for a in tick(1):
        for b in tick(3):
            raise KeyError('nested')


try:
    f_nested_raise()
except KeyError:
    print('nested raise caught')


def f_nested_raise_handled():
    try:
        for a in tick(1):
            for b in tick(3):
                raise KeyError('nested')
    except KeyError:
        print('handled in the function')


f_nested_raise_handled()


def f_return_nested():
    for a in tick(1):
        for b in tick(2):
            for c in tick(3):
                return 5


print('returned', f_return_nested())

for x in ignores_exit():
    break
print('after ignores_exit')
for x in raises_in_finally():
    break
print('after raises_in_finally')


def f_ignores():
    for x in ignores_exit():
        return 'r'


print(f_ignores())


def g_ignores():
    for x in ignores_exit():
        yield x
        break
    for x in raises_in_finally():
        yield x
        break
    yield 'g end'


print(list(g_ignores()))


def g_first_step_raises():
    for t in tick(1):
        for u in tick(2):
            print('  inner', u, undefined_name)
        yield t


try:
    next(g_first_step_raises())
except NameError as e:
    print('first step raised:', e)
