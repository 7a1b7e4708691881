def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    finally:
        print("finally")
it = g()
print(next(it), it.send(5), it.throw(ValueError("bad")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
it = g()
try:
    it.send(3)
except TypeError as e:
    print("TypeError:", e)
print(next(it))
it.close()
print(it.gi_frame, it.gi_running)
def r():
    x = yield
    return x * 10
gen = r()
next(gen)
try:
    gen.send(4)
except StopIteration as e:
    print("value", e.value, e.args)
def deleg():
    res = yield from r()
    print("res", res)
    yield res
d = deleg()
next(d)
print(d.send(7))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
c = closer(); next(c); c.close(); c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stopper():
    raise StopIteration
    yield
try:
    next(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__))
def running():
    yield gen2.send(None)
gen2 = running()
try:
    next(gen2)
except ValueError as e:
    print("ValueError:", e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
print(list(t))
ge = (x * x for x in range(4))
print(ge.__name__, type(ge).__name__, next(ge), list(ge), list(ge))
print(g.__name__, g().__qualname__, repr(type(g())))
def inner():
    v = yield "a"
    print("inner got", v)
    try:
        yield "b"
    except ZeroDivisionError:
        yield "zd"
    return "done"
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send("S"), o.throw(ZeroDivisionError), next(o))
def count():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = count()
print(next(c), next(c), c.send("reset"), next(c))
x = iter([1,2,3])
def yf(): return (yield from x)
print(list(yf()))
def genret():
    yield 1
    return 5
print(list(genret()))
gg = genret()
for v in gg: pass
print(next(gg, "exhausted"))
