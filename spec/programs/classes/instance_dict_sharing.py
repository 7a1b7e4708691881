# Instance __dict__s that share a key layout (the same attributes added in the same order)
# must still behave as independent, real dicts: writes, deletes, non-str keys, clear, popitem,
# copies and many attributes, on one instance never show through another.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = P(1, 2)
b = P(3, 4)
print(a.__dict__, b.__dict__, vars(a) is a.__dict__)

# Adding to one does not add to the other; attribute order is insertion order.
a.z = 5
print(a.__dict__, b.__dict__)
b.w = 6
b.z = 7
print(list(a.__dict__), list(b.__dict__))

# Writes through __dict__ are attribute writes, and the other way round.
a.__dict__['q'] = 'via dict'
print(a.q, hasattr(b, 'q'))
b.x = 30
print(b.__dict__['x'], a.__dict__['x'])

# Delete, then re-add: the key goes to the end.
c = P(5, 6)
del c.x
print(c.__dict__, hasattr(c, 'x'))
c.x = 50
print(list(c.__dict__.items()))
d = P(7, 8)
print(list(d.__dict__), d.x, d.y)

# Non-str keys in an instance dict.
e = P(1, 1)
e.__dict__[1] = 'one'
e.__dict__[(2, 3)] = 'tuple'
print(e.__dict__, P(0, 0).__dict__)
e.k = 'k'
print(list(e.__dict__))

# popitem and clear on a shared-layout dict.
f = P(10, 20)
print(f.__dict__.popitem(), f.__dict__)
f.y = 21
print(f.__dict__)
g = P(11, 22)
g.__dict__.clear()
print(g.__dict__, hasattr(g, 'x'), P(1, 2).__dict__)
g.y = 1
g.x = 2
print(list(g.__dict__))

# Copies are independent of the original and of each other.
h = P(1, 2)
cp = h.__dict__.copy()
cp['x'] = 100
cp['extra'] = True
print(h.__dict__, cp)
dd = dict(h.__dict__)
dd.pop('y')
print(h.__dict__, dd)
h.y = 200
print(cp['y'], dd)

# update, setdefault, pop on instance dicts.
i = P(1, 2)
i.__dict__.update({'y': 3, 'n': 4})
print(i.__dict__, i.__dict__.setdefault('x', 9), i.__dict__.setdefault('m', 9))
print(i.__dict__.pop('x'), i.__dict__, P(5, 5).__dict__)

# Many attributes on one instance, fewer on another.
class Many:
    pass

m1 = Many()
for k in range(100):
    setattr(m1, 'a%d' % k, k)
m2 = Many()
for k in range(3):
    setattr(m2, 'a%d' % k, -k)
print(len(m1.__dict__), m1.a0, m1.a99, list(m1.__dict__)[-3:], m2.__dict__)
del m1.a50
print(len(m1.__dict__), hasattr(m1, 'a50'), m1.a51)

# Different classes with the same attribute names.
class Q:
    def __init__(self):
        self.x = 'qx'
        self.y = 'qy'

q = Q()
p = P('px', 'py')
print(q.x, p.x, q.__dict__, p.__dict__)

# Replacing __dict__ wholesale.
r = P(1, 2)
r.__dict__ = {'y': 'new'}
print(r.__dict__, hasattr(r, 'x'), r.y)
r.x = 3
print(r.__dict__)

# Equality and iteration of shared-layout dicts.
s1, s2 = P(1, 2), P(1, 2)
print(s1.__dict__ == s2.__dict__, s1.__dict__ == {'x': 1, 'y': 2}, sorted(s1.__dict__.items()))
for k, v in s1.__dict__.items():
    print(k, v)

# Changing the dict during iteration still raises.
t = P(1, 2)
try:
    for k in t.__dict__:
        t.new_attr = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
