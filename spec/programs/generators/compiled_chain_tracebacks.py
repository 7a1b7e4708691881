# Tracebacks and frame states through generators resumed by compiled code: an exception raised
# deep in a `yield from` chain (each level a compiled loop) lists every level with its line;
# f_lineno and gi_frame of suspended generators, gi_yieldfrom while delegating.
import sys
import traceback


def lines_of(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def leaf(n, bad):
    i = 0
    while i < n:
        if i == bad:
            raise LookupError("leaf %d" % i)
        yield i
        i += 1


def mid(n, bad):
    for x in leaf(n, bad):
        if x % 3 != 1:
            yield x


def top(n, bad):
    yield from mid(n, bad)
    yield from leaf(3, -1)


def run(bad):
    t = 0
    try:
        for v in top(5000, bad):
            t += v
    except LookupError as e:
        return t, lines_of(e)
    return t, None


for bad in (4000, 7, -1):
    print("run", bad, run(bad))


# The same through next() and send() from a compiled loop, and through sum().
def sender(n, bad):
    g = top(n, bad)
    t = 0
    try:
        while True:
            t += g.send(None)
    except LookupError as e:
        return t, lines_of(e)[-4:]
    except StopIteration:
        return t, "stopped"


print("send", sender(5000, 3500), sender(100, -1))
try:
    sum(top(5000, 4321))
except LookupError as e:
    print("sum", lines_of(e)[-4:])


# Frames of suspended generators in a chain: their lines and what they delegate to.
def inner():
    for i in range(4000):
        yield i


def outer():
    yield from inner()


g = outer()
for i in range(3500):
    v = next(g)
print("suspended", v, g.gi_frame.f_lineno, g.gi_yieldfrom.gi_frame.f_lineno, g.gi_yieldfrom.gi_running, g.gi_running)
print("names", g.gi_frame.f_code.co_name, g.gi_yieldfrom.__name__)


def where():
    for i in range(3000):
        yield sys._getframe().f_back.f_code.co_name, sys._getframe().f_lineno


def where_outer():
    yield from where()


print("where", set(where_outer()))


# traceback.format_exc of an error thrown in through a compiled chain.
def catcher():
    for i in range(5000):
        yield i


def deleg():
    yield from catcher()


g = deleg()
for i in range(3000):
    next(g)
try:
    g.throw(OSError("thrown in"))
except OSError:
    text = traceback.format_exc().splitlines()
    print("thrown", [l.strip().split(", ", 1)[-1] for l in text if l.strip().startswith(("File", "yield", "OSError", "g.throw"))])
print("after throw", next(g, "gone"))
