# `del name` of the last reference finalizes at once (CPython's reference counting); while
# another reference remains (a name, a container, an attribute, a closure, a bound method, a
# suspended frame, an exception being handled) nothing happens until the last one goes.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
    def __repr__(self):
        return f"Res({self.name})"

a = Res("a")
del a
print("after a")

b = Res("b")
b2 = b
del b
print("after b (alias kept)")
del b2
print("after b2")

c = Res("c")
holder = [c]
del c
print("after c (in list)")
del holder
print("after holder")

d = Res("d")
keep = {"k": d}
del d
print("after d (in dict)")
del keep
print("after keep")

class Box:
    pass
box = Box()
box.r = Res("e")
box.items = [Res("f"), Res("g")]
del box
print("after box")

def make_closure():
    r = Res("h")
    def get():
        return r
    return get
getter = make_closure()
print(getter())

def local_del():
    r = Res("i")
    other = r
    del r
    print("  in func, other kept")
    del other
    print("  in func, both gone")
local_del()

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("after gen")
g = gen()
del g
print("after unstarted gen")

def cell_demo():
    r = Res("j")
    def inner():
        nonlocal r
        del r
        print("  inner deleted r")
    inner()
    print("  after inner")
cell_demo()


class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print("saved", len(Resurrect.saved))
Resurrect.saved.clear()

class Noisy:
    def __del__(self):
        raise ValueError("in __del__")
n = Noisy()
del n
print("after noisy")

m = Res("m")
bound = m.__repr__
del m
print("after m (bound method kept)", bound())
del bound
print("after bound")

try:
    z = Res("z")
    raise KeyError(z)
except KeyError as e:
    del z
    print("in except, exception holds z")
    err = e
print("after except")
del err
print("after err")

w = Res("w")
for item in [w]:
    del w
    print("loop item kept by loop")
del item
print("after loop")
print("end")
