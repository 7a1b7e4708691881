# Exceptions raised by instructions (raise statements, re-raise at the end of except/finally,
# a dict subscript that misses, a list or tuple index out of range, int division by zero)
# caught in the same function, in a caller, in a caller of a native (sorted key, dict lookup of
# a key whose __eq__ raises), in a generator's consumer, and escaping to the top: types,
# messages, tracebacks, context, cause.
import sys


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def same_frame():
    d = {'a': 1}
    got = []
    for i in range(4):
        try:
            if i == 0:
                raise ValueError('v%d' % i)
            if i == 1:
                d['zz']
            if i == 2:
                i // 0
            i % 0
        except (ValueError, KeyError, ZeroDivisionError) as e:
            got.append((type(e).__name__, str(e), lines(e)))
    return got


for row in same_frame():
    print(row)


def inner(k):
    return {(1, 2): 'x'}[k]


def middle(k):
    try:
        return inner(k)
    finally:
        print('finally in middle')


try:
    middle((3, 4))
except KeyError as e:
    print('KeyError', e, e.args, lines(e))


def divide(a, b):
    x = a
    x //= b
    return x


for a, b in [(7, 2), (7, 0), (2 ** 70, 0), (-7, 2)]:
    try:
        print(divide(a, b))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e, lines(e)[-1][1] - divide.__code__.co_firstlineno)
for expr in ['5 / 0', '5 % 0', '5 // 0', '5.0 / 0', '5 % 0.0', '(1 << 80) % 0']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', e)


def reraiser(n):
    try:
        try:
            raise TypeError('inner %d' % n)
        except TypeError:
            raise
    except LookupError:
        print('not reached')


try:
    reraiser(1)
except TypeError as e:
    print(e, lines(e))


def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e


try:
    chained()
except RuntimeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def context_only():
    try:
        1 // 0
    except ZeroDivisionError:
        {}[0]


try:
    context_only()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)


def key(x):
    if x == 3:
        raise IndexError('key %d' % x)
    return -x


try:
    sorted([1, 2, 3, 4], key=key)
except IndexError as e:
    print(e, [n for n, _ in lines(e)])


class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ArithmeticError('eq')


d = {Bad(): 1}
try:
    d[Bad()]
except ArithmeticError as e:
    print(e, [n for n, _ in lines(e)])


def gen():
    yield 1
    raise ValueError('from gen')


try:
    for v in gen():
        print('got', v)
except ValueError as e:
    print(e, [n for n, _ in lines(e)])


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return a[0] is KeyError


with Suppress():
    {}['gone']
print('suppressed')
try:
    with Suppress():
        1 // 0
except ZeroDivisionError as e:
    print('not suppressed', e)


def handled_inside():
    try:
        raise OSError(2, 'nope')
    except OSError as e:
        return sys.exc_info()[0].__name__, e.errno, e.strerror


print(handled_inside(), sys.exc_info())


def loop_many(n):
    c = 0
    for i in range(n):
        try:
            {0: 1}[i % 2]
        except KeyError:
            c += 1
        try:
            c += 10 // (i % 3)
        except ZeroDivisionError:
            c -= 1
    return c


print(loop_many(1000))


def index_all(seq, idx):
    out = []
    for i in idx:
        try:
            out.append(seq[i])
        except IndexError as e:
            out.append(str(e))
    return out


print(index_all([1, 2, 3], [0, 5, -1, -4, 2, 3]), index_all((1, 2), [1, 2, -3]))
for _ in range(100):
    index_all([1], [0, 1])
print(index_all([7], [0, 1, -1, -2]))
counts = {}
counts['x']
