# Tracebacks through an operation on a yield's value (subscript, attribute, call, unary and binary
# operators, a chained comparison in a test) and a throw() at a yield mark CPython's columns.
import traceback


def show():
    # (the script's path differs from machine to machine)
    print(traceback.format_exc().replace(__file__, 'FILE'), end='')


def g():
    x = [1]
    y = x[(yield 1)]
def h():
    v = (yield 1).attr
def k():
    r = len((yield 1), 2)
def m():
    z = -(yield 1)
def n():
    w = yield from [1, 2]
    q = w + 1
def t():
    x = 1 + (yield 1)
for fn, val in ((g, 5), (h, 3), (k, 1), (m, 'a'), (n, None), (t, 'b')):
    it = fn(); next(it)
    try:
        it.send(val)
        it.send(val)
    except Exception:
        show()
it = t(); next(it)
try:
    it.throw(KeyError('x'))
except KeyError:
    show()
def chained():
    if 0 < (yield 7) < 2:
        pass
it = chained(); next(it)
try:
    it.send('a')
except TypeError:
    show()
