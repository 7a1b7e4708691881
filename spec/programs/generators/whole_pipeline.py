import sys
def source(lines):
    for i, line in enumerate(lines):
        print(f"  source yields line {i}")
        yield line

def strip_comments(it):
    for line in it:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def tokenize(it):
    for line in it:
        yield from line.split()

def numbers(it):
    for tok in it:
        try:
            yield int(tok)
        except ValueError:
            print(f"  skipping {tok!r}")

def running_total():
    total = 0
    count = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
        count += 1
    return (total, count)

def averager():
    result = yield from running_total()
    print("  subgen returned", result)
    while True:
        yield "done"

lines = ["1 2 # comment", "   ", "x 3", "# only comment", "4 five 5"]
pipe = numbers(tokenize(strip_comments(source(lines))))
print(type(pipe).__name__, pipe.__name__, pipe.__qualname__)
first = next(pipe)
print("first", first)
rest = list(pipe)
print("rest", rest)
print(list(pipe))

acc = averager()
print(next(acc))
for v in rest:
    print("send", v, "->", acc.send(v))
print(acc.send(None))
print(acc.gi_yieldfrom)

# yield from delegation of throw/close
class Sub:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i * 10)
        return self.i
def deleg():
    r = yield from Sub()
    print("  Sub returned", r)
    try:
        yield "after"
    except KeyError as e:
        print("  caught", repr(e))
        yield "recovered"
print(list(deleg()))
d = deleg()
print(next(d), next(d), next(d), next(d))
print(d.throw(KeyError("k")))
try:
    d.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
print(d.gi_frame)

def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("  inner handled ValueError")
        yield "inner-recovered"
    finally:
        print("  inner finally")
def outer():
    x = yield from inner()
    print("  outer got", x)
    yield "outer-end"
o = outer()
print(next(o), o.throw(ValueError), next(o), next(o, "exhausted"))
o = outer()
next(o)
o.close()
print("closed", o.gi_frame is None)
o = outer()
next(o)
try:
    o.throw(TypeError("tt"))
except TypeError as e:
    print("TypeError propagated:", e)

def stopper():
    yield 1
    raise StopIteration("explicit")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def gen_running():
    yield g2.gi_running
g2 = gen_running()
print(next(g2))
def reentrant():
    yield next(g3)
g3 = reentrant()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)

gen_exp = (x * x for x in range(5) if x % 2)
print(gen_exp.__name__, next(gen_exp), list(gen_exp), list(gen_exp))
try:
    (1 / x for x in [0])
    g = (1 / x for x in [0])
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
print(list(take(10, fib())), sum(take(5, fib())))
def chunked(it, n):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == n:
            yield tuple(buf)
            buf.clear()
    if buf:
        yield tuple(buf)
print(list(chunked(range(7), 3)), list(chunked([], 2)))
it = iter([1, 2, 3])
for v in it:
    print("loop", v, list(it))
g = (i for i in range(3))
print(3 in g, list(g))
g = (i for i in range(5))
print(2 in g, list(g))
print(sys.getrecursionlimit() > 100)
