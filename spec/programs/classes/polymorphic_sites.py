# Attribute loads, stores and method calls at sites that see many classes (polymorphic inline
# caches): more classes than the cache holds, a class changed mid-run (a data descriptor added,
# a method replaced), instance dicts shadowing methods, __slots__ classes, __setattr__ overrides.
class Base:
    def __init__(self, n):
        self.n = n
        self.hits = 0
    def step(self):
        self.hits += 1
        return self.n

def make(i):
    def step(self):
        self.hits += 2
        return self.n * i
    return type("K%d" % i, (Base,), {"step": step, "tag": i})

classes = [make(i) for i in range(12)]
objs = [c(i) for i, c in enumerate(classes)] + [Base(100)]

def run(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.step() + o.n
            o.n = o.n + 1
    return total

print(run(objs[:3], 40), run(objs, 40))
print([o.hits for o in objs])

# A data descriptor appears on one class: its instances' `n` now goes through the property.
class Weird(Base):
    pass
w = Weird(5)
objs.append(w)
print(run(objs, 10))
Weird.n = property(lambda self: 1000, lambda self, v: None)
print(run(objs, 10), w.n, w.__dict__["n"])

# A method replaced on a class, and an instance attribute shadowing the method.
classes[1].step = lambda self: -1
objs[2].step = lambda: 7
print(run(objs, 5))
del objs[2].step
print(run(objs, 5))

# __slots__ and __setattr__ classes at the same sites.
class Slotted:
    __slots__ = ("n", "hits")
    def __init__(self, n):
        self.n = n
        self.hits = 0
    def step(self):
        return 3

class Logged(Base):
    log = []
    def __setattr__(self, name, value):
        Logged.log.append(name)
        object.__setattr__(self, name, value)

objs += [Slotted(1), Logged(2)]
print(run(objs, 6), len(Logged.log), Logged.log[:4])

# Attributes deleted and re-added at a polymorphic site (the entry index moves).
def touch(objs):
    s = 0
    for o in objs:
        s += o.n
    return s
for r in range(30):
    for o in objs[:6]:
        del o.n
        o.extra = r
        o.n = r
    v = touch(objs)
print(v, sorted(objs[0].__dict__))
