class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def get(self): return self.n

def loop_items():
    items = [D(i) for i in range(3)]
    for x in items:
        print("item", x.n)
    print("loop done")
    x = None
    print("x cleared")
    items = None
    print("items cleared")
loop_items()

def alias():
    a = D("a")
    b = a
    a = None
    print("a cleared")
    b = None
    print("b cleared")
alias()

def methods():
    d = D("m")
    t = 0
    for i in range(1000):
        t += d.get() == "m"
    print(t)
    d = D("m2")
    print("rebound")
methods()

store = []
def keep(d):
    store.append(d)
    d = None
    print("kept")
keep(D("k"))
print(len(store))

def make():
    d = D("r")
    return d
r = make()
print("made", r.n)
r = None
print("r cleared")

def cells():
    c = D("c")
    def inner():
        nonlocal c
        c = D("c2")
        print("inner rebound")
    inner()
    print("after inner")
cells()

def sort_keys():
    ds = [D(3), D(1), D(2)]
    out = sorted(ds, key=lambda d: d.n)
    print([d.n for d in out])
    ds = None
    print("ds cleared")
    out = None
    print("out cleared")
sort_keys()

def exc_holder():
    try:
        raise ValueError(D("e"))
    except ValueError as e:
        print("caught", e.args[0].n)
    print("after except")
exc_holder()

def unpack():
    a, b = D("u1"), D("u2")
    a, b = b, a
    print("swapped", a.n, b.n)
    a = b = None
    print("both cleared")
unpack()

def twice(d):
    return d.n * 2
print(twice(D(21)))
print("end")
