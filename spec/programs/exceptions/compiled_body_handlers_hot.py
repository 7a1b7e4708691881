# try/except inside hot functions (compiled bodies, session 24): the exception raised by the
# body's own code goes to its handler in the same compiled code; handlers that do not match,
# finally blocks, `return` inside handlers and finally, sys.exc_info() and __context__ in a
# handler, and the `as` name deleted after the handler.
import sys


def get(d, k):
    try:
        return d[k]
    except KeyError:
        return None


def conv(s):
    try:
        return int(s)
    except ValueError as e:
        return str(e)


class Odd(Exception):
    pass


def check(i):
    try:
        if i % 2:
            raise Odd(i)
        return 0
    except Odd as e:
        return e.args[0]


def wrong_handler(i):
    try:
        return [1, 2][i]
    except KeyError:
        return 'never'


def with_finally(i, log):
    try:
        if i % 3 == 0:
            raise Odd(i)
        return i
    finally:
        log.append(i)


def return_in_finally(i):
    try:
        {}[i]
    finally:
        return 'swallowed'


def exc_info_in_handler(i):
    try:
        1 // (i - i)
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v)


def context_in_handler(i):
    try:
        try:
            {}[i]
        except KeyError:
            raise Odd('from handler')
    except Odd as e:
        return type(e.__context__).__name__, e.__context__.args


def name_deleted(i):
    try:
        raise Odd(i)
    except Odd as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)


def nested(i):
    try:
        try:
            return (1, 2)[i]
        except IndexError:
            return {}[i]
    except KeyError as k:
        return 'outer', k.args[0]


results = {}
log = []
for i in range(300):
    results.setdefault('get', []).append(get({1: 'one'}, i % 3))
    results.setdefault('conv', []).append(conv('12' if i % 2 else 'x%d' % i))
    results.setdefault('check', []).append(check(i))
    try:
        results.setdefault('wrong', []).append(wrong_handler(i % 3))
    except IndexError as e:
        results['wrong'].append(str(e))
    try:
        results.setdefault('fin', []).append(with_finally(i, log))
    except Odd as e:
        results['fin'].append(('odd', e.args[0]))
    results.setdefault('retfin', []).append(return_in_finally(i))
    results.setdefault('excinfo', []).append(exc_info_in_handler(i))
    results.setdefault('ctx', []).append(context_in_handler(i))
    results.setdefault('deleted', []).append(name_deleted(i))
    results.setdefault('nested', []).append(nested(i % 4))

for key, vals in results.items():
    print(key, vals[:4], vals[-3:], len(vals))
print(len(log), log[-3:], sys.exc_info())
