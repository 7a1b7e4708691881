# `raise` statements of plain functions that no try/with encloses (directly, or inside if/while/
# for bodies and else clauses): the exception leaves the function with CPython's traceback
# lines, context, cause, loop state, and generator finalization; the caller's except/finally
# and the frame's later calls behave as usual.
import sys
import traceback


class Stop(Exception):
    pass


def top(x):
    raise Stop(x)


def in_if(x):
    if x > 1:
        raise Stop("big")
    elif x < 0:
        raise ValueError(x) from KeyError("cause")
    return x


def in_loops(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            j += 1
            if i * j == 6:
                raise Stop((i, j, total))
            total += j
    else:
        raise Stop("loop finished")


def in_else(items):
    for x in items:
        if x == "hit":
            break
    else:
        raise LookupError("no hit")
    return "found"


def while_else(n):
    while n > 0:
        n -= 1
    else:
        raise Stop("while else")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


def over_generator():
    for v in gen():
        if v == 1:
            raise Stop("in for over generator")


def after_try(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = 0
    if y == 0:
        raise Stop("after try")
    return y


def called_in_handler():
    try:
        {}["k"]
    except KeyError:
        top("inside handler")


def deep(n):
    if n == 0:
        raise Stop("deep")
    return deep(n - 1)


def lines(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e.args, [(f.name, f.lineno) for f in tb])
        print("  context:", repr(e.__context__), "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)


lines(top, 1)
lines(in_if, 5)
lines(in_if, -1)
print(in_if(1))
lines(in_loops, 5)
lines(in_loops, 2)
lines(in_else, ["a", "b"])
print(in_else(["a", "hit"]))
lines(while_else, 3)
lines(over_generator)
lines(after_try, 0)
print(after_try(5))
lines(called_in_handler)
lines(deep, 3)

# The same function raising many times, interleaved with normal returns (frames are reused).
count = 0
for i in range(1000):
    try:
        count += in_if(i % 4 - 1)
    except Stop:
        count += 100
    except ValueError as e:
        count += 1000 + (e.__cause__ is not None)
print(count)

# finally in the caller runs, sys.exc_info() is empty again afterwards.
def caller():
    try:
        top("x")
    finally:
        print("finally ran", sys.exc_info()[0].__name__)


try:
    caller()
except Stop as e:
    print("caught", e)
print(sys.exc_info())

# An uncaught one ends the program with its traceback.
in_loops(4)
