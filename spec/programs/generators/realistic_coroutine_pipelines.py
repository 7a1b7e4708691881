def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def printer(prefix=""):
    count = 0
    try:
        while True:
            line = yield
            count += 1
            print(f"{prefix}{count}: {line}")
    except GeneratorExit:
        print(f"{prefix}printer closing after {count}")
p = printer("> ")
pipe = grep("py", upper(p))
for ln in ["python rocks", "java", "pypy too", "c++"]:
    pipe.send(ln)
p.close()
print(p.gi_frame is None, pipe.gi_running)
@coroutine
def running_stats():
    n = 0; mean = 0.0; m2 = 0.0
    result = None
    while True:
        x = yield result
        if x == "reset":
            n = 0; mean = 0.0; m2 = 0.0; result = None
            continue
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        result = (n, round(mean, 4), round(m2 / n, 4) if n > 1 else 0.0)
rs = running_stats()
for x in [2, 4, 4, 4, 5, 5, 7, 9]:
    r = rs.send(x)
print(r)
print(rs.send("reset"), rs.send(10))
@coroutine
def fsm():
    state = "idle"
    log = []
    while True:
        ev = yield state
        if ev is None:
            continue
        if state == "idle" and ev == "coin": state = "ready"
        elif state == "ready" and ev == "push": state = "vending"
        elif state == "vending" and ev == "take": state = "idle"
        elif ev == "kick": raise RuntimeError(f"kicked while {state}")
        else: log.append(f"ignored {ev} in {state}")
        if ev == "log": print(log)
m = fsm()
print([m.send(e) for e in ["push", "coin", "coin", "push", "take", "log"]])
try:
    m.send("kick")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    m.send("coin")
except StopIteration:
    print("machine dead")
def gen_with_return():
    total = 0
    while True:
        x = yield
        if x is None: return total
        total += x
def collect():
    results = []
    while True:
        r = yield from gen_with_return()
        results.append(r)
        if len(results) == 2:
            return results
c = collect(); next(c)
for v in [1, 2, None, 10, 20]:
    try:
        c.send(v)
    except StopIteration as e:
        print("collected", e.value)
def g_throw():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    yield "after"
def deleg():
    yield from g_throw()
    yield "outer end"
d = deleg()
print(next(d), d.throw(ValueError("bad")), next(d), next(d), next(d, "exhausted"))
d2 = deleg(); next(d2)
try:
    d2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
print(next(d2, "closed after throw"))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin ran")
f = fin()
print(next(f))
try:
    f.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
f = fin()
print(f.close(), next(f, "unstarted closed"))
gen = (x * x for x in range(5))
print(gen.send(None), next(gen))
try:
    gen.send(3)
except TypeError as e:
    print(type(e).__name__, e) 
print(list(gen))
def ret_val():
    yield 1
    return [1, 2]
try:
    r = ret_val(); next(r); next(r)
except StopIteration as e:
    print(e.value, e.args)
