# Instance __dict__s of one class growing to different sizes (key-sharing dicts sized from
# the largest seen so far): vars(), iteration, deletion, copy, update, clear and popitem on
# dicts that have room left, and classes whose instances add attributes in different orders.
import copy


class P:
    def __init__(self, n):
        self.a = n
        if n > 1:
            self.b = n * 2
        if n > 2:
            self.c = n * 3


ps = [P(n) for n in (3, 1, 2, 3, 1)]
for p in ps:
    print(vars(p), list(p.__dict__.items()), len(p.__dict__))
q = P(1)
q.z = "late"
q.b = 5
print(vars(q), list(q.__dict__))
del q.a
print(vars(q), hasattr(q, "a"))
q.a = 0
print(vars(q))
r = P(1)
d = r.__dict__
print(d.popitem(), d, len(d))
r.x = 1
r.y = 2
print(vars(r))
s = P(1)
c = copy.copy(s)
c.extra = 9
s.other = 8
print(vars(s), vars(c))
t = P(2)
t.__dict__.update({"k": 1, 5: "int key"})
print(t.__dict__, t.k)
u = P(1)
u.__dict__.clear()
u.n = 1
print(vars(u), u.__dict__ == {"n": 1}, dict(u.__dict__), u.__dict__.copy())


class Wide:
    def __init__(self, k):
        for i in range(k):
            setattr(self, f"f{i}", i)


ws = [Wide(k) for k in (70, 3, 66, 0, 5)]
print([len(vars(w)) for w in ws], list(vars(ws[1])), sum(vars(ws[0]).values()))
w = Wide(2)
w.f5 = 5
print(vars(w), sorted(vars(Wide(4)).items()) == sorted({"f0": 0, "f1": 1, "f2": 2, "f3": 3}.items()))
