# try/except inside small functions called many times (the VM compiles their bodies, handlers
# included, and catches exceptions raised by helpers and by directly called functions there).
import sys


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        return -len(str(e))


def inner(x):
    if x % 3 == 0:
        raise KeyError(x)
    return x


def middle(x):
    return inner(x) * 2


def outer(x):
    try:
        return middle(x)
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return tuple(lines)


def outer2(x):
    try:
        return middle(x)
    except KeyError as e:
        return ('k', e.args[0] % 3, e.__traceback__.tb_next.tb_next.tb_lineno)


def with_info(x):
    try:
        return {}[x]
    except KeyError:
        t, v, _ = sys.exc_info()
        return (t.__name__, v.args)


def chained(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            raise ValueError('bad %d' % x)
    except ValueError as e:
        return (str(e), type(e.__context__).__name__)


def not_caught(x):
    try:
        return [1][x]
    except KeyError:
        return 'wrong'


total = 0
seen = set()
for i in range(3000):
    total += parse(str(i) if i % 2 else 'x%d' % i)
    r = outer(i)
    if isinstance(r, tuple):
        seen.add(r)
    else:
        total += r
    r2 = outer2(i)
    if isinstance(r2, tuple):
        seen.add(r2)
    seen.add(with_info(i % 3))
    seen.add(chained(i % 2))
    try:
        not_caught(i % 2 + 1 if i % 5 == 0 else 0)
    except IndexError as e:
        seen.add(('IndexError', str(e), e.__traceback__.tb_next.tb_lineno))
print(total)
for s in sorted(seen, key=repr):
    print(s)
print(sys.exc_info())
