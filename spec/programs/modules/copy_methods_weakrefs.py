# deepcopy of bound methods (rebound to the copied object) and weak references (kept as
# they are), copy of weak references.
import copy
import weakref


class Counter:
    def __init__(self):
        self.n = 0
        self.step = self.bump

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
d = copy.deepcopy(c)
print(d.step.__self__ is d, d.step.__self__ is c, d.step == d.bump)
d.step()
d.step()
print(c.n, d.n)
callbacks = {"go": c.bump}
cb2 = copy.deepcopy(callbacks)
print(cb2["go"].__self__ is c, cb2["go"].__func__ is Counter.bump)
m = copy.deepcopy(c.bump)
print(m.__self__ is c, m.__func__ is c.bump.__func__)


class Node:
    pass


target = Node()
r = weakref.ref(target)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
holder = [r, target]
h2 = copy.deepcopy(holder)
print(h2[0] is r, h2[1] is target, h2[0]() is target)
