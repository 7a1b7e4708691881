# A generator suspended inside try/finally (or with) that becomes unreachable is closed at once,
# as CPython's reference counting does: its finally runs when the last name for it goes away.
def lines(tag):
    try:
        for i in range(3):
            yield f"{tag}-{i}"
    finally:
        print("cleanup", tag)

# module-level rebinding
g = lines("rebound")
print(next(g))
g = None
print("after rebind")

# a local of a function that returns (a plain call and one with a comprehension)
def take_one(tag):
    it = lines(tag)
    return next(it)
print(take_one("local"))
print("after local")

def take(n):
    it = lines("comp")
    out = [next(it) for _ in range(n)]
    return out
print(take(2))
print("after comp")

# returning from inside the loop, and from a nested loop
def first():
    for x in lines("loop"):
        return x
print(first())
def pair():
    for a in lines("outer"):
        for b in lines("inner"):
            return a, b
print(pair())

# a with statement inside the generator
class Section:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
def sectioned():
    with Section("gen"):
        yield 1
        yield 2
def peek():
    s = sectioned()
    return next(s)
print(peek())

# GeneratorExit seen by the generator
def watcher():
    try:
        yield "watching"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
def watch():
    w = watcher()
    print(next(w))
watch()

# still referenced: not closed until the holder lets go
def keeper():
    it = lines("kept")
    next(it)
    return [it]
box = keeper()
print("still open:", next(box[0]))
box = None
print("after box")

# a closure keeps it alive until the closure is dropped
def make_reader():
    it = lines("closure")
    return lambda: next(it)
rd = make_reader()
print(rd(), rd())
rd = None
print("after closure")

# a generator without try/with needs nothing, one run to the end runs its finally once
def plain():
    yield 1
    yield 2
p = plain()
print(next(p))
p = None
print(list(lines("full")))
print("end")

# the same for an object with __del__ held by a local of a function that has a comprehension
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def squares(n):
    r = Res(n)
    return [i * i for i in range(r.n)]
print(squares(3))
def holder():
    r = Res("closure")
    return lambda: r.n
h = holder()
print(h())
h = None
print("done")
