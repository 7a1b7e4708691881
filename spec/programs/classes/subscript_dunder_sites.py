# o[k], o[k] = v and o[k] op= v on instances of classes with Python __getitem__/__setitem__,
# in loops (the VM pushes the dunder's frame): slices as keys, errors and tracebacks, the
# dunders replaced on the class, builtin subclasses overriding them, __missing__,
# __class_getitem__, and a __setitem__ whose return value must be dropped.
import traceback


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)

    def __getitem__(self, pos):
        if isinstance(pos, slice):
            return self.cells[pos]
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
        return "ignored"


g = Grid(8, 8)
for i in range(200):
    g[i % 8, i % 5] = i
    g[i % 8, (i + 1) % 5] += g[i % 8, i % 5]
print(sum(g.cells), g[0:5], g[3, 4])
try:
    g[9, 9]
except IndexError as e:
    print("IndexError", e)


class Checked:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        if k < 0:
            raise KeyError(k)
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        if v is None:
            raise ValueError("none for %r" % k)
        self.d[k] = v


c = Checked()
errs = []
for i in range(-3, 30):
    try:
        c[i] = c[i] + i
    except KeyError as e:
        errs.append(e.args)
        where = traceback.format_exc().splitlines()[-2].strip()
print(sorted(c.d.items())[:4], errs, where)
try:
    for i in range(10):
        c[i] = None if i == 7 else i
except ValueError as e:
    print(e, c.d[6])


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Seq(6)
print([s[i] for i in range(6)], list(s), sum(s), 16 in s)
Seq.__getitem__ = lambda self, i: -i if i < self.n else [][i]
print([s[i] for i in range(6)], list(s))


class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)


lst = L([1, 2, 3])
for i in range(30):
    lst[i % 3] = lst[(i + 1) % 3] % 97
print(lst, lst[0], list.__getitem__(lst, 0))


class D(dict):
    def __missing__(self, k):
        return k * 2


class DG(dict):
    def __getitem__(self, k):
        return dict.get(self, k, 'dflt')


d, dg = D(a=1), DG(a=1)
print([d[k] for k in ('a', 3, 4)], [dg[k] for k in ('a', 'b')] * 2)


class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print([Box[i] for i in range(3)])


class Counter:
    def __init__(self):
        self.n = {}

    def __getitem__(self, k):
        return self.n.get(k, 0)

    def __setitem__(self, k, v):
        self.n[k] = v


cnt = Counter()
for w in "the cat and the hat and the bat".split() * 20:
    cnt[w] += 1
print(sorted(cnt.n.items()))
