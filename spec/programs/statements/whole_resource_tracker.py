import sys
class Tracker:
    def __init__(self):
        self.open = []
        self.log = []
    def resource(self, name, fail_on_exit=False, suppress=False):
        return Resource(self, name, fail_on_exit, suppress)

class Resource:
    def __init__(self, tracker, name, fail_on_exit, suppress):
        self.t, self.name = tracker, name
        self.fail_on_exit, self.suppress = fail_on_exit, suppress
    def __enter__(self):
        self.t.open.append(self.name)
        self.t.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.t.open.remove(self.name)
        self.t.log.append(f"exit {self.name} {et.__name__ if et else None} {ev!r}")
        if self.fail_on_exit:
            raise RuntimeError(f"exit failed in {self.name}")
        return self.suppress

t = Tracker()
with t.resource("a") as a, t.resource("b") as b:
    print(a.name, b.name, t.open)
print(t.open, t.log)
t.log.clear()
try:
    with t.resource("outer"):
        with t.resource("inner", suppress=True):
            raise ValueError("swallowed")
        print("after inner, open:", t.open)
        with t.resource("failing", fail_on_exit=True):
            raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print(t.log)
t.log.clear()

def gen_in_with():
    with t.resource("gen"):
        yield 1
        yield 2
g = gen_in_with()
print(next(g), t.open)
g.close()
print(t.open, t.log)
t.log.clear()

def returns_in_with():
    for i in range(3):
        with t.resource(f"loop{i}"):
            if i == 1:
                return "returned"
            continue
print(returns_in_with(), t.log)
t.log.clear()
for i in range(3):
    with t.resource(f"b{i}"):
        if i == 1:
            break
print(t.log)
t.log.clear()

class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body")
except OSError as e:
    print("OSError:", e)

class Suppressor:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)
with Suppressor(ZeroDivisionError) as s:
    1 / 0
print("suppressed", repr(s.caught))
try:
    with Suppressor(ZeroDivisionError):
        [][0]
except IndexError as e:
    print("not suppressed", repr(e))
class Truthy:
    def __enter__(self): return "value"
    def __exit__(self, *a): return [1]
with Truthy() as v:
    raise ValueError
print("truthy list suppresses", v)
with Truthy() as (x, y, *rest):
    pass
print(x, y, rest)
class Attr:
    pass
obj = Attr()
with Truthy() as obj.field:
    pass
d = {}
with Truthy() as d["k"]:
    pass
print(obj.field, d)

class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print(f"start {self.label}")
        return self
    def __exit__(self, *exc):
        print(f"stop {self.label} exc={exc[0].__name__ if exc[0] else None}")
def nested(n):
    if n == 0:
        raise LookupError("bottom")
    with Timer(f"level{n}"):
        nested(n - 1)
try:
    nested(3)
except LookupError as e:
    print("LookupError:", e)
def exit_sees_exc_info():
    class C:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exc_info in exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
    with C():
        raise TypeError("x")
try:
    exit_sees_exc_info()
except TypeError:
    print("propagated TypeError")
print(sys.exc_info())
