class Timer:
    def __init__(self, name, log): self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"start {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"stop {self.name} {exc_type.__name__ if exc_type else 'ok'}")
        return False
log = []
with Timer("outer", log) as t1:
    with Timer("inner", log):
        log.append("work")
print(log)
class Suppress:
    def __init__(self, *excs): self.excs = excs
    def __enter__(self): return None
    def __exit__(self, et, e, tb):
        return et is not None and issubclass(et, self.excs)
with Suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)
class Transaction:
    def __init__(self, store): self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, e, tb):
        if et is not None:
            self.store.clear(); self.store.update(self.snapshot)
            print(f"rolled back due to {et.__name__}: {e}")
            return True
        print("committed")
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    raise ValueError("constraint")
print(db)
class FailEnter:
    def __enter__(self): raise RuntimeError("cannot enter")
    def __exit__(self, *a): print("exit should not run"); return True
try:
    with Timer("x", log), FailEnter():
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e, log[-2:])
class ExitReturnsTruthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
def f():
    with ExitReturnsTruthy():
        raise KeyError
    return "continued"
print(f())
def g():
    with Timer("ret", log):
        return "returned"
print(g(), log[-1])
def h():
    for i in range(3):
        with Timer(f"loop{i}", log):
            if i == 1: continue
            if i == 2: break
    return log[-4:]
print(h())
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *a):
        Indent.level -= 1
    def say(self, msg): print("    " * Indent.level + msg)
with Indent() as i1:
    i1.say("one")
    with Indent() as i2:
        i2.say("two")
        with Indent() as i3:
            i3.say("three")
    i1.say("back")
class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitSwap:
    def __enter__(self): return self
    def __exit__(self, et, e, tb):
        raise TypeError("replaced") from e
try:
    with ExitSwap():
        raise ValueError("orig")
except TypeError as e:
    print(e, repr(e.__cause__), repr(e.__context__))
class Reusable:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1; print("enter depth", self.depth); return self
    def __exit__(self, *a):
        print("exit depth", self.depth); self.depth -= 1
r = Reusable()
with r:
    with r:
        pass
def gen_with():
    with Timer("gen", log):
        yield 1
        yield 2
gw = gen_with()
print(next(gw), log[-1])
gw.close()
print(log[-1])
class Ctx:
    def __enter__(self): return 1, 2
    def __exit__(self, *a): pass
with Ctx() as (a, b):
    print(a, b)
