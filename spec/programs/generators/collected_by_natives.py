# Generators whose items are collected by natives: list(), tuple(), sorted(), str.join,
# unpacking, list.extend, set(), dict(). The generator's state while it runs and afterwards,
# exceptions midway, PEP 479, re-entry, partly consumed generators, delegation, yield's value.
import sys


def squares(n):
    for i in range(n):
        got = yield i * i
        assert got is None
    return "ignored"


print(list(squares(5)), tuple(squares(3)), sorted(squares(4), reverse=True))
print("-".join(str(x) for x in squares(4)), "".join(c for c in "abc" if c != "b"))
a, *b, c = squares(5)
print(a, b, c)
lst = [0]
lst.extend(squares(3))
print(lst, set(squares(4)), dict((i, i * 2) for i in range(3)))

# partly consumed, then collected; collected again when finished
g = squares(6)
print(next(g), next(g), list(g), list(g), g.gi_frame)


# an exception midway: nothing collected, the generator is finished
def fails(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i

g = fails(10)
try:
    list(g)
except KeyError as e:
    print("KeyError", e, list(g), g.gi_frame)


# StopIteration inside becomes RuntimeError (PEP 479)
def leaks():
    yield 1
    next(iter(()))

try:
    tuple(leaks())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# the generator's state seen while it runs
def inspect():
    me = yield "first"
    yield (me.gi_running, sys._getframe().f_back.f_code.co_name)
    yield sys._getframe().f_lineno

g = inspect()
next(g)
print(g.send(g), list(g))


# re-entry while collecting: ValueError
def selfish():
    yield 1
    yield list(me)

me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)


# delegation and the handled exception
def inner():
    yield "in1"
    try:
        raise IndexError("inner")
    except IndexError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

def outer():
    yield "out"
    r = yield from inner()
    yield r

try:
    raise OSError("caller")
except OSError:
    print(list(outer()))
print(repr(sys.exc_info()[1]))


# finally blocks run as the generator finishes
log = []
def guarded():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

print(sorted(guarded()), log)


# a generator collected by one native inside a generator collected by another
def rows(n):
    for i in range(n):
        yield tuple(j * i for j in range(3))

print(list(rows(3)), [list(r) for r in rows(2)])
