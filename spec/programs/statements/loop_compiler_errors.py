# Exceptions raised inside hot loops (long enough for the VM to compile them): the traceback
# line of each frame, handlers inside and around the loop, `finally`, break/continue/else, and
# the loop going on after a handled exception. Lines are printed from the traceback objects.
import sys


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Bad:
    def __init__(self, where):
        self.where = where

    def __bool__(self):
        if self.where == "bool":
            raise ValueError("no truth")
        return True

    def __hash__(self):
        if self.where == "hash":
            raise RuntimeError("no hash")
        return 1

    def __eq__(self, other):
        if self.where == "eq":
            raise LookupError("no eq")
        return self is other


def truth(items):
    n = 0
    for x in items:
        if x:
            n += 1
    return n


def members(items):
    s = set()
    for x in items:
        s.add(x)
        s2 = {x}
    return len(s)


def keys(items):
    d = {}
    for x in items:
        d[x] = 1
    return len(d)


def lookups(d, items):
    n = 0
    for x in items:
        if x in d:
            n += 1
    return n


for fn, arg in [(truth, list(range(30)) + [Bad("bool")]), (members, list(range(30)) + [Bad("hash")]),
                (keys, list(range(30)) + [Bad("hash")]), (lookups, ({Bad(""): 1, 1: 2}, [1] * 30 + [Bad("eq")]))]:
    try:
        print(fn.__name__, fn(*arg) if isinstance(arg, tuple) else fn(arg))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e, lines(e))


def handled(n):
    caught = []
    total = 0
    for i in range(n):
        try:
            total += 10 // (i % 7)
        except ZeroDivisionError as e:
            caught.append((i, sys.exc_info()[0].__name__))
            continue
        finally:
            total += 1
        if i == n - 3:
            break
    else:
        total = -1
    return total, caught


print(handled(40))


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del x
            y = x
        x = i
    return x


try:
    unbound(30)
except UnboundLocalError as e:
    print("UnboundLocalError", e, lines(e))


def deep(n):
    if n == 0:
        out = []
        for i in range(40):
            out.append(i * 2)
            if i == 35:
                out.append([][i])
        return out
    return deep(n - 1)


try:
    deep(3)
except IndexError as e:
    print("IndexError", e, lines(e))


def frame_line():
    ln = []
    for i in range(30):
        ln.append(sys._getframe().f_lineno)
    return ln[-1], len(set(ln))


print(frame_line())


def nested(n):
    out = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            out += j
        else:
            out -= 1
    return out


print(nested(30))


def while_loop(n):
    i = 0
    acc = []
    while i < n:
        i += 1
        if i % 2:
            continue
        acc.append(i)
    else:
        acc.append("done")
    while True:
        i -= 3
        if i < 0:
            break
    return acc[-3:], i


print(while_loop(50))
