# A suspended generator (or coroutine) whose last reference goes away is closed at once, as
# CPython's reference counting does: its finally blocks and __exit__ methods run before the
# next statement. The program makes no class with __del__: the generators alone must be enough.


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  finally of", tag)


class Manager:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("  enter", self.tag)
        return self

    def __exit__(self, *exc):
        print("  exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False


def managed(tag):
    with Manager(tag):
        yield "a"
        yield "b"


def closing_aware(tag):
    try:
        while True:
            yield
    except GeneratorExit:
        print("  GeneratorExit in", tag)
        raise


def averager():
    total = count = 0
    avg = None
    try:
        while True:
            x = yield avg
            total += x
            count += 1
            avg = total / count
    finally:
        print("  averager closed after", count, "values")


print("del:")
g = gen("del")
next(g)
del g
print("rebind to None:")
g = gen("rebind")
next(g)
g = None
print("rebind to another generator:")
g = gen("first")
next(g)
g = gen("second")
print("  second not started yet")
next(g)
g = 0
print("local dies at return:")


def use_locally():
    h = gen("local")
    print("  got", next(h))
    return "returned"


print(use_locally())
print("with inside a generator:")
m = managed("m")
print(" ", next(m))
m = None
print("GeneratorExit seen:")
c = closing_aware("c")
next(c)
c = None
print("a coroutine driven by send():")
avg = averager()
next(avg)
for v in (10, 20, 60):
    print("  average", avg.send(v))
avg = None
print("global rebound in a function:")
gg = gen("global")


def rebind_global():
    global gg
    gg = None


next(gg)
rebind_global()
print("not started: nothing runs")
ns = gen("never started")
ns = None
print("finished: nothing runs twice")
fin = gen("finished")
print(" ", list(fin))
fin = None
print("still referenced elsewhere: not closed")
keep = gen("kept")
next(keep)
holder = [keep]
keep = None
print("  list still holds it")
holder = None
print("end")
