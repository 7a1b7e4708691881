# Generators resumed by `for`, `yield from`, next() and send() from Python code: values, the
# end of the generator, exceptions leaving it, StopIteration inside it (PEP 479), the handled
# exception seen inside and outside, gi_running/gi_frame while it runs, re-entry, recursion,
# close() and finally blocks, and tracebacks through the generator frame.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done:%d" % n


def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)


# for: the values and the end; the loop's else runs
def for_sum():
    t = 0
    for x in count(5):
        t += x
    else:
        t += 100
    return t
show("for", for_sum)

# next(): values, then StopIteration carrying the return value; then plain StopIteration
def next_values():
    g = count(2)
    out = [next(g), next(g)]
    try:
        next(g)
    except StopIteration as e:
        out.append(("stop", e.value, e.args))
    try:
        next(g)
    except StopIteration as e:
        out.append(("again", e.value, e.args))
    return out
show("next", next_values)

# send(): values go in, the return value comes out as StopIteration
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (n, total)
        total += x
        n += 1
        avg = total / n

def send_values():
    g = averager()
    out = [g.send(None), g.send(10), g.send(20), g.send(60)]
    try:
        g.send(None)
    except StopIteration as e:
        out.append(e.value)
    return out
show("send", send_values)
show("send-unstarted", lambda: averager().send(5))

# yield from: the delegate's return value, nested three deep, and throw() into the chain
def inner(k):
    got = yield ("inner", k)
    return ("inner-ret", k, got)

def middle(k):
    r = yield from inner(k)
    r2 = yield from inner(k + 1)
    return (r, r2)

def outer():
    r = yield from middle(1)
    yield ("outer-got", r)
    return "outer-done"

def chain():
    g = outer()
    out = [next(g), g.send("a"), g.send("b")]
    try:
        g.send("c")
    except StopIteration as e:
        out.append(e.value)
    return out
show("yield-from", chain)

def catcher():
    try:
        yield 1
    except KeyError as e:
        yield ("caught", str(e))
    yield 2

def delegating():
    yield from catcher()

def throw_chain():
    g = delegating()
    return [next(g), g.throw(KeyError("k")), next(g)]
show("throw-chain", throw_chain)

# an exception raised in the generator reaches the loop's caller; the generator is finished
def bad(n):
    for i in range(n):
        if i == 2:
            raise ValueError("at %d" % i)
        yield i

def for_bad():
    g = bad(5)
    got = []
    try:
        for x in g:
            got.append(x)
    except ValueError as e:
        got.append(("caught", str(e)))
    got.append(list(g))
    return got
show("for-raise", for_bad)

# StopIteration inside the generator: RuntimeError from the loop, next() and yield from
def leaky():
    yield 1
    raise StopIteration("leak")

show("pep479-for", lambda: [x for x in leaky()])
def pep479_next():
    g = leaky()
    next(g)
    return next(g)
show("pep479-next", pep479_next)
def pep479_yf():
    def d():
        r = yield from leaky()
        yield r
    return list(d())
show("pep479-yield-from", pep479_yf)
def stop_from_next():
    def g():
        it = iter([])
        yield next(it)
    return list(g())
show("pep479-inner-next", stop_from_next)

# the handled exception: the caller's is visible inside; the generator's own does not leak out
def peek():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("own")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

def exc_views():
    out = []
    g = peek()
    try:
        raise IndexError("caller")
    except IndexError:
        out.append(next(g))
        out.append(next(g))
        out.append(("caller sees", repr(sys.exc_info()[1])))
    out.append(("after", repr(sys.exc_info()[1])))
    out.append(next(g))
    out.append(next(g))
    return out
show("exc-info", exc_views)

def context_chain():
    def g():
        try:
            yield 1
        finally:
            pass
        raise TypeError("in gen")
    try:
        raise OSError("outer")
    except OSError:
        try:
            for _ in g():
                pass
        except TypeError as e:
            return (type(e.__context__).__name__, str(e.__context__))
show("context", context_chain)

# state seen from inside: running, the frame's caller, re-entry
def introspect():
    me = yield
    while True:
        fr = sys._getframe()
        yield (me.gi_running, fr.f_back.f_code.co_name, me.gi_frame is fr)

def consumer():
    g = introspect()
    next(g)
    a = g.send(g)
    b = next(g)
    c = [v for v, _ in zip(g, range(2))]
    return a, b, c, g.gi_running
show("introspect", consumer)

def reenter():
    def g():
        yield next(me)
    me = g()
    return next(me)
show("reenter", reenter)

# recursion through generators: deep delegation, then too deep
def tree(n):
    if n:
        yield from tree(n - 1)
    yield n

show("deep", lambda: sum(tree(200)))
def too_deep():
    def down(n):
        yield n
        yield from down(n + 1)
    last = None
    for last in down(0):
        pass
    return last
show("too-deep", too_deep)

# finally blocks: break out of a for over a temporary generator, close() after suspension
log = []
def guarded(tag):
    try:
        for i in range(3):
            yield i
    finally:
        log.append("finally " + tag)

def early_exit():
    for x in guarded("a"):
        if x == 1:
            break
    log.append("after break")
    g = guarded("b")
    next(g)
    g.close()
    log.append(("closed", g.gi_frame))
    return log
show("finally", early_exit)

# a generator yielding inside `with` and try/except in the loop body
class CM:
    def __enter__(self):
        log2.append("enter")
        return self
    def __exit__(self, *a):
        log2.append(("exit", a[0].__name__ if a[0] else None))
        return False

log2 = []
def with_gen():
    with CM():
        yield 1
        yield 2

def with_driver():
    for x in with_gen():
        try:
            if x == 2:
                raise KeyError(x)
        except KeyError:
            log2.append("handled %d" % x)
    return log2
show("with", with_driver)

# coroutines awaiting coroutines, driven by send()
class Suspend:
    def __await__(self):
        v = yield "suspend"
        return v

async def leaf(x):
    got = await Suspend()
    return x * 10 + got

async def branch():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

def drive():
    c = branch()
    out = [c.send(None), c.send(3), ]
    try:
        c.send(4)
    except StopIteration as e:
        out.append(e.value)
    return out
show("await", drive)

async def broken():
    await leaf(1)
    raise StopIteration("coro")

def drive_broken():
    c = broken()
    c.send(None)
    c.send(0)
show("await-pep479", drive_broken)

# a traceback through generator frames
def level3():
    yield 1
    1 / 0

def level2():
    yield from level3()

def level1():
    for x in level2():
        pass

try:
    level1()
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    # the file's directory differs between checkouts: keep its name only
    print([l.strip().replace(__file__, "resume_in_loop.py") for l in tb if l.strip().startswith(("File", "ZeroDivision"))])
