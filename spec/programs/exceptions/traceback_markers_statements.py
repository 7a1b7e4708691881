# Traceback position markers (CPython 3.11) of statements: a raise or assert is marked when it
# does not fill the line, a store or delete on its target, `for`/`with`/`import`/augmented
# assignment failures are not marked, and an expression over several lines is marked to the
# end of its first line.
import traceback


def report():
    # (The file's path depends on where the corpus is checked out.)
    print(traceback.format_exc().replace(__file__, 'FILE'))


class Slotted:
    __slots__ = ()


def raiser(): raise ValueError('one line')


s = Slotted()
n = 1
try:
    raiser()
except ValueError:
    report()
try:
    raise KeyError('whole line')
except KeyError:
    report()
try:
    assert n == 2
except AssertionError:
    report()
try:
    assert n < 0, 'message'
except AssertionError:
    report()
try:
    assert not n
except AssertionError:
    report()
try:
    s.attr = 1
except AttributeError:
    report()
try:
    del s.attr
except AttributeError:
    report()
try:
    a, b = 1
except TypeError:
    report()
try:
    a, b = [1, 2, 3]
except ValueError:
    report()
try:
    for x in 5:
        pass
except TypeError:
    report()
try:
    with 5:
        pass
except TypeError:
    report()
try:
    import no_such_module_here
except ImportError:
    report()
try:
    n += 'a'
except TypeError:
    report()
try:
    m = 1; m += 'a'
except TypeError:
    report()
try:
    y = (1 +
         'a')
except TypeError:
    report()
try:
    y = len(
        5)
except TypeError:
    report()
try:
    y = 1 + \
        'a'
except TypeError:
    report()


def gen():
    yield 1
    yield 1 / 0


try:
    y = list(gen())
except ZeroDivisionError:
    report()
try:
    try:
        y = 1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError:
    report()
