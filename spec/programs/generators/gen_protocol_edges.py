def g():
    yield 1
    yield 2
x = g()
print(x.gi_running, x.gi_code.co_name, x.gi_yieldfrom, x.gi_suspended if hasattr(x, "gi_suspended") else "")
print(iter(x) is x, next(x))
def deleg():
    yield from g()
d = deleg()
next(d)
print(d.gi_yieldfrom is not None)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print(v)
    break
def throw_into_finished():
    yield 1
t = throw_into_finished()
list(t)
try:
    t.throw(ValueError("late"))
except ValueError as e:
    print("late throw", e)
t2 = throw_into_finished()
try:
    t2.throw(ValueError("early"))
except ValueError as e:
    print("early throw", e)
print(next(t2, "exhausted"))
def ret_in_gen():
    yield 1
    return [1, 2]
try:
    r = ret_in_gen()
    next(r); next(r)
except StopIteration as e:
    print(e.value, e.args)
def yield_expr():
    a = yield
    b = yield a
    print("a,b", a, b)
ye = yield_expr()
print(ye.send(None), ye.send("A"))
try:
    ye.send("B")
except StopIteration:
    print("stopped")
def lazy_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(lazy_range(5)), list(zip(lazy_range(3), lazy_range(10))))
def g_throw_catch():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
gt = g_throw_catch()
next(gt)
print(gt.throw(ValueError("one")), gt.throw(ValueError, "two") if False else gt.throw(ValueError("two")))
gt.close()
def delegating():
    try:
        yield from g_throw_catch()
    finally:
        print("deleg finally")
dg = delegating()
next(dg)
print(dg.throw(ValueError("via deleg")))
dg.close()
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration(99)
        return self.i
def yf_iter():
    r = yield from It()
    print("yield from result", r)
print(list(yf_iter()))
def gen_exp_scope():
    return list(x for x in range(3))
print(gen_exp_scope())
g3 = (i for i in range(3))
print(3 in g3 if False else "", 1 in g3, list(g3))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def send_to_new():
    yield
try:
    send_to_new().send(1)
except TypeError as e:
    print("TypeError:", e)
def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
print(list(recursive_gen(4)))
def gen_raises():
    yield 1
    raise KeyError("in gen")
try:
    for v in gen_raises():
        print(v)
except KeyError as e:
    print("KeyError", e)
def close_return():
    try:
        yield
    except GeneratorExit:
        return "ret"
c = close_return(); next(c)
print(c.close())
def g_state():
    yield
gs = g_state()
