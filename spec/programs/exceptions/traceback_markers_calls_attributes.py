# Traceback position markers (CPython 3.11) under calls, attribute and name loads, unary
# operators and comparisons: all `^`, and only when the failing expression is not the whole line.
import traceback


def report():
    # (The file's path depends on where the corpus is checked out.)
    print(traceback.format_exc().replace(__file__, 'FILE'))


def fail():
    raise ValueError('no')


class Box:
    __slots__ = ('v',)

    def __init__(self):
        self.v = 1

    @property
    def broken(self):
        return self.v / 0


b = Box()
try:
    fail()
except ValueError:
    report()
try:
    y = fail()
except ValueError:
    report()
try:
    y = int('abc')
except ValueError:
    report()
try:
    y = len(5)
except TypeError:
    report()
try:
    b.missing
except AttributeError:
    report()
try:
    y = b.missing.deeper
except AttributeError:
    report()
try:
    b.method()
except AttributeError:
    report()
try:
    y = b.method(1, 2)
except AttributeError:
    report()
try:
    y = undefined_name
except NameError:
    report()
try:
    y = -'a'
except TypeError:
    report()
try:
    y = 1 < 'a'
except TypeError:
    report()
try:
    y = 1 < 2 < 'a'
except TypeError:
    report()
try:
    if b.v < 'a':
        pass
except TypeError:
    report()
try:
    y = b.broken
except ZeroDivisionError:
    report()
try:
    y = [1 / 0 for _ in range(3)]
except ZeroDivisionError:
    report()
try:
    y = [i for i in 5]
except TypeError:
    report()
try:
    y = sum(1 / i for i in [0])
except ZeroDivisionError:
    report()
try:
    f = lambda: 1 / 0
    f()
except ZeroDivisionError:
    report()


def dec(fn):
    raise RuntimeError('bad decorator')


try:
    @dec
    def decorated():
        pass
except RuntimeError:
    report()


def outer():
    return inner(3) + 1


def inner(n):
    values = {}
    return values[n]


try:
    print(outer())
except KeyError:
    report()
try:
    y = str(1,
            2, 3)
except TypeError:
    report()
