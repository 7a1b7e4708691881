# Instance attributes added in hot loops: dicts that share a key layout, instances whose
# attributes come in another order, deletions, replaced __dict__s, more attributes than a
# shared layout holds, and a __dict__ given a non-str key (the VM's compiled stores remember
# the layout transition each store made).
class P:
    def __init__(self, a, b, flip=False):
        if flip:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


objs = []
for i in range(4000):
    p = P(i, -i, flip=(i % 7 == 0))
    if i % 11 == 0:
        del p.a
        p.a = 'again'
    if i % 13 == 0:
        p.__dict__ = {'z': 1}
        p.a = 'replaced'
    if i % 17 == 0:
        p.__dict__[5] = 'int key'
        p.c = 'after int key'
    objs.append(p)

print([list(vars(objs[k])) for k in (0, 1, 7, 11, 13, 17, 77, 221)])
print([vars(objs[k]) for k in (2, 14, 22, 26, 34)])
print(sum(1 for p in objs if list(vars(p))[:2] == ['a', 'b']))


class Many:
    def fill(self, n):
        for j in range(n):
            setattr(self, 'k%d' % j, j)
        self.last = n


ms = []
for i in range(300):
    m = Many()
    m.fill(70 if i % 2 else 10)
    m.extra = i
    ms.append(m)
print(len(vars(ms[0])), len(vars(ms[1])), list(vars(ms[1]))[-3:], ms[299].extra, ms[298].k9)


class Q:
    def __init__(self, i):
        self.x = i
        self.y = i * 2
        self.z = i * 3


qs = [Q(i) for i in range(3000)]
print(sum(q.x + q.y + q.z for q in qs), list(vars(qs[-1]).items()))
