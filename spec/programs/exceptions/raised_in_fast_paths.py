# Errors raised by the runtime's fast paths for exact ints and exact dicts (ZeroDivisionError
# from //, %, / and their augmented forms; KeyError from d[k]) are the same exceptions, with the
# same messages, args and tracebacks, as the ones the general int and dict code raises.
import traceback


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e.args), str(e), e.__traceback__.tb_next.tb_lineno - f.__code__.co_firstlineno)


for a in (7, -7, 0, 2**53, 2**70, True):
    for b in (0, False, 0 * 2**70):
        show(lambda: a // b)
        show(lambda: a % b)
        show(lambda: a / b)
        show(lambda: divmod(a, b))


def aug():
    x = 5
    for op in range(3):
        try:
            if op == 0:
                x //= 0
            elif op == 1:
                x %= 0
            else:
                x /= 0
        except ZeroDivisionError as e:
            print('aug', op, e)


aug()
print(7.0 // 2, 7 // 2.0)
for a, b in ((1.0, 0), (1, 0.0), (1.0, 0.0)):
    for f in (lambda: a // b, lambda: a % b, lambda: a / b):
        show(f)

d = {1: 'one', (1, 2): 'pair', 'k': None}
for k in (1, (1, 2), 'k', 2, (1, 3), 'missing', (), 1.0, True, frozenset()):
    show(lambda: print(repr(d[k])))
show(lambda: d[[]])


class Missing(dict):
    def __missing__(self, key):
        return ('default', key)


class Plain(dict):
    pass


m = Missing(a=1)
print(m['a'], m['b'])
show(lambda: Plain(a=1)['b'])


def nested(i):
    table = {0: 'zero'}
    return table[i % 2] + '!'


for i in range(4):
    try:
        print(nested(i))
    except KeyError as e:
        print('KeyError', e, [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
        print(repr(e.__context__), e.__cause__)
    try:
        1 // (i % 2)
    except ZeroDivisionError as e:
        print('zde', e, e.__context__)

try:
    try:
        {}['x']
    except KeyError:
        1 % 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))
