# Traceback position markers (CPython 3.11) under binary operations and subscripts, as
# traceback.format_exc() draws them: `~` under the operands, `^` under the operator or the
# brackets, shown even when the expression is the whole line.
import traceback


def report():
    # (The file's path depends on where the corpus is checked out.)
    print(traceback.format_exc().replace(__file__, 'FILE'))


d = {}
items = [1, 2]
zero = 0
try:
    1 / 0
except ZeroDivisionError:
    report()
try:
    x = 1 /   zero
except ZeroDivisionError:
    report()
try:
    y = (1)   +   'a'
except TypeError:
    report()
try:
    y = (1)/zero # a comment
except ZeroDivisionError:
    report()
try:
    y = 2 ** 'a'
except TypeError:
    report()
try:
    y = 7 // zero
except ZeroDivisionError:
    report()
try:
    y = 1 /(zero)
except ZeroDivisionError:
    report()
try:
    d['k']
except KeyError:
    report()
try:
    y = d[ 'x' ]
except KeyError:
    report()
try:
    [1][2][3]
except IndexError:
    report()
try:
    y = items[0] + items[5]
except IndexError:
    report()
try:
    y = d.get('a', {})['b']['c']
except KeyError:
    report()
try:
    items[7] = 1
except IndexError:
    report()
try:
    del d['q']
except KeyError:
    report()
try:
    d['k'] += 1
except KeyError:
    report()
try:
    print(items[0] * 2, 'x' - 1)
except TypeError:
    report()


def compute(a, b):
    return a % b


try:
    compute(5, zero)
except ZeroDivisionError:
    report()
try:
    total = sum([compute(1, 1), compute(2, zero)])
except ZeroDivisionError:
    report()
