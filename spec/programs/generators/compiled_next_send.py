# next(g) and g.send(v) called from compiled loops (the call resumes the generator inline and
# runs its compiled loop to the next yield): values, the end (StopIteration and its value),
# next() with a default, errors, generator states seen from inside and outside.
import sys


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


rm = running_mean()
next(rm)
last = 0
for i in range(5000):
    last = rm.send(i % 1000)
print("mean", last)


def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished %d" % n


# next() in a loop until StopIteration, whose value is the generator's return value.
g = count_to(4000)
s = 0
while True:
    try:
        s += next(g)
    except StopIteration as e:
        print("stop", s, repr(e.value), e.args)
        break
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))

# next() with a default (no StopIteration at the end).
g = count_to(3500)
s = 0
n = 0
while True:
    v = next(g, None)
    if v is None:
        break
    s += v
    n += 1
print("default", s, n, next(g, "dflt"))

# A StopIteration escaping a generator becomes RuntimeError (PEP 479).
def leaky(it):
    while True:
        yield next(it) * 2


g = leaky(iter(range(3000)))
t = 0
try:
    for v in g:
        t += v
except RuntimeError as e:
    print("pep479", t, e, type(e.__cause__).__name__)


def leaky_gen(n):
    inner = count_to(n)
    while True:
        yield next(inner)


t = 0
try:
    for v in leaky_gen(3000):
        t += v
except RuntimeError as e:
    print("pep479 gen", t, e, repr(e.__cause__.value))


# send() of a non-None value to a just-started generator; send to a finished one.
def echo():
    v = None
    while True:
        v = yield v
        if v == "stop":
            return "echo stopped"


for i in range(3):
    e = echo()
    try:
        e.send(1)
    except TypeError as err:
        print("unstarted", err)
e = echo()
next(e)
out = []
for i in range(3000):
    out.append(e.send(i))
print("echo", out[:3], out[-1])
try:
    e.send("stop")
except StopIteration as err:
    print("echo end", err.value)
try:
    e.send(5)
except StopIteration as err:
    print("echo finished", err.value)


# Generator states: gi_running inside, gi_frame while suspended and after the end.
def introspect():
    me = yield
    for i in range(3000):
        yield me.gi_running, me.gi_frame is not None, sys._getframe().f_back is not None


g = introspect()
next(g)
states = set()
states.add(g.send(g))
for i in range(2999):
    states.add(next(g))
print("states", sorted(states), g.gi_running, g.gi_frame is not None)
print("end", next(g, "done"), g.gi_frame)


# A generator re-entered from inside itself: ValueError, raised in the generator.
def self_next():
    for i in range(3000):
        try:
            next(gen_ref)
        except ValueError as err:
            msg = str(err)
        yield i
    yield msg


gen_ref = self_next()
vals = list(gen_ref)
print("self", len(vals), vals[-1])


# An exception thrown into a generator suspended inside a try, then next() again.
def guarded():
    i = 0
    while True:
        try:
            yield i
        except ArithmeticError as err:
            yield "caught " + type(err).__name__
        i += 1


g = guarded()
seen = []
for i in range(4000):
    v = next(g)
    if i % 1000 == 999:
        seen.append(g.throw(ZeroDivisionError))
print("throw", v, seen)


# An exception raised by the resumed generator goes to the caller's handler.
def bad(n):
    for i in range(n):
        yield i
    yield 1 // 0


g = bad(3000)
t = 0
try:
    while True:
        t += next(g)
except ZeroDivisionError as err:
    print("raised", t, err)
print("after raise", next(g, "exhausted"))


# next() of things that are not generators at a site that has seen generators.
def source(k):
    if k % 2:
        return iter([k, k + 1])
    return (x for x in (k, k + 1))


t = 0
for k in range(3000):
    t += next(source(k))
print("mixed", t)
try:
    next(5)
except TypeError as err:
    print("not iterator", err)


# Locals deleted across a yield of a generator resumed by next().
def dels():
    for i in range(3000):
        a = i
        yield a
        del a
        try:
            yield a
        except NameError:
            pass
        yield "no a" if "a" not in locals() else "a"


g = dels()
vals = [next(g) for _ in range(2 * 3000)]
print("dels", vals[:4], vals[-1])


# next(g, default) from compiled loops: the default at the end, the generator's own return
# value ignored, defaults of every kind, sites that also see other iterators, a generator
# raising, and next() with no argument or too many at such a site.
def ret_gen(n):
    for i in range(n):
        yield i
    return "ignored"


for dflt in (None, 0, "end", [1]):
    g = ret_gen(3000)
    s = 0
    while True:
        v = next(g, dflt)
        if v is dflt:
            break
        s += v
    print("next default", repr(dflt), s, next(g, dflt) is dflt)


def pairs(n):
    its = [ret_gen(n), iter(range(n)), (x for x in range(n))]
    t = 0
    for k in range(3 * n + 3):
        v = next(its[k % 3], -1)
        t += v
    return t


print("mixed default", pairs(3000))


def raiser(n):
    for i in range(n):
        yield i
    raise KeyError("raiser")


g = raiser(3000)
t = 0
try:
    while True:
        t += next(g, 0)
except KeyError as e:
    print("default raised", t, e, next(g, "after"))

nxt = next
g = ret_gen(3000)
calls = [(g,), (g, 5), (g, 5), ()]
res = []
for i in range(3000):
    try:
        res.append(nxt(*calls[i % 4]) if i % 4 == 3 else nxt(g, -7))
    except TypeError as e:
        res.append(str(e))
print("star calls", res[:5], res[-1])
