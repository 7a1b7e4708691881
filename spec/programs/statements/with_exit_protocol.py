class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("suppressed")
print("after")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("in exit")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__context__))
def fn():
    with CM("r"):
        return "returned"
print(fn())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
with CM("t") as (a):
    print(a)
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return None
with Tup() as (p, q):
    print(p, q)
d = {}
with Tup() as d["k"]:
    pass
print(d)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 1
with Truthy():
    1 / 0
print("suppressed by truthy")
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print(p1, p2)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, exc_type, exc, tb):
        print(exc_type, type(exc), exc.args)
        return True
with ExitArgs():
    raise TypeError("a", "b")
class EnterFails:
    def __enter__(self): raise OSError("nope")
    def __exit__(self, *a):
        print("should not run")
try:
    with EnterFails():
        print("no")
except OSError as e:
    print("OSError:", e)
def gen_cm():
    with CM("g"):
        yield 1
        yield 2
gg = gen_cm()
print(next(gg))
gg.close()
print("closed")
