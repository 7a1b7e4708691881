def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

def f():
    g = gen("a")
    next(g)
    g = gen("b")
    print("rebound")
    next(g)
    print("next b")
f()
print("--")
def consume(it):
    return next(it)
print(consume(gen("c")))
print("--")
print(gen("d").send(None))
print("--")
for a, b in zip(gen("e"), "xy"):
    print(a, b)
print("--")
print(sum(gen("f")))
print("--")
x = list(enumerate(gen("g")))
print(x)
print("--")
def outer():
    g = gen("h")
    def use():
        nonlocal g
        next(g)
        g = None
        print("in use")
    use()
    print("after use")
outer()
print("--")
class Holder:
    def __init__(self, g): self.g = g
h = Holder(gen("i"))
next(h.g)
print("holder made")
h = None
print("holder cleared")
print("--")
def co():
    try:
        x = yield
        print("got", x)
        yield
    finally:
        print("co closed")
c = co()
c.send(None)
c.send(5)
c = None
print("end")
