# Methods read without a call (`f = obj.method`) in a hot loop: the bound method is new each
# time, the instance dict can start shadowing it, and the class can replace it, mid-loop.
class Acc(list):
    def total(self):
        return sum(self)


class Plain:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n


def run(objs):
    out = []
    for i, o in enumerate(objs):
        m = o.bump
        out.append((m(), getattr(m, "__self__", None) is o, getattr(m, "__func__", m).__name__))
        if i == 150:
            o.bump = lambda: "shadowed"
        if i == 300:
            Plain.bump = lambda self, k=1: "replaced"
    return out


def runs(items):
    # Run-length encoding: (count, item) for each stretch of equal items.
    out = []
    for x in items:
        if out and out[-1][1] == x:
            out[-1][0] += 1
        else:
            out.append([1, x])
    return out


objs = [Plain() for _ in range(4)] * 100
for r in runs(run(objs)):
    print(r)

a = Acc([1, 2])
seen = []
for i in range(300):
    app = a.append
    app(i)
    t = a.total
    seen.append((t(), app.__name__, app.__self__ is a, type(app).__name__))
    if i == 200:
        Acc.total = lambda self: -len(self)
print(seen[:3], seen[199:202], seen[-1])
print(a.append == a.append, a.append is a.append, a.total == a.total)

# A builtin method descriptor on a native base, through a Python subclass instance.
class D(dict):
    pass


d = D(x=1)
getters = []
for k in ["x", "y", "x"] * 100:
    g = d.get
    getters.append(g(k, 0))
print(getters[:4], sum(getters), d.get.__qualname__, str.upper.__qualname__)
try:
    for i in range(3):
        g = d.nope
except AttributeError as e:
    print("AttributeError", e)
